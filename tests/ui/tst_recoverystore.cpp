// SPDX-License-Identifier: Apache-2.0
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "io/planwriter.h"
#include "io/recoveryfile.h"
#include "ui/plandocument.h"
#include "ui/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace headroom;

namespace {
const QString example = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml");

std::optional<RecoveryFile> readBack(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto decoded = RecoveryFile::decode(f.readAll(), path);
    if (decoded.damage)
        return std::nullopt;
    return decoded.file;
}

// Unmounts what the test mounted, however it ends.
struct Mount
{
    QString dir;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), { dir });
    }
};
} // namespace

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("headroom-recoverystore-tests"));
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        m_catalog = catalog.value();
    }

    void init() { QDir(RecoveryStore::directory()).removeRecursively(); }

    // Whatever the umask, the folder is the user's alone and so is every file in it.
    void onlyTheUserReadsIt()
    {
        const mode_t before = ::umask(0);
        PlanDocument doc(m_catalog);
        RecoveryStore store(&doc);
        QVERIFY(!doc.open(example));
        doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
        const auto error = store.writeNow();
        ::umask(before);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        struct stat file = {};
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &file), 0);
        QCOMPARE(file.st_mode & 0777, mode_t(0600));
        struct stat dir = {};
        QCOMPARE(::stat(QFile::encodeName(RecoveryStore::directory()).constData(), &dir), 0);
        QCOMPARE(dir.st_mode & 0777, mode_t(0700));
    }

    // An edit made while an autosave is being written is in the next autosave, which follows
    // the first (one write of the file at a time): the file ends up holding the plan as it is.
    void editDuringAWriteIsInTheNext()
    {
        PlanDocument doc(m_catalog);
        RecoveryStore store(&doc);
        QVERIFY(!doc.open(example));
        QSignalSpy written(&store, &RecoveryStore::written);
        QSignalSpy failed(&store, &RecoveryStore::writeFailed);
        doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
        const Plan first = doc.plan();
        store.autosave();
        QVERIFY(store.isWriting());
        doc.setTier(QStringLiteral("app-db"), QStringLiteral("large"));
        QVERIFY(!(doc.plan() == first));
        store.autosave(); // due while the first is under way
        QTRY_COMPARE(written.size(), 2);
        QVERIFY(!store.isWriting());
        QVERIFY(failed.isEmpty());
        const auto left = readBack(store.filePath());
        QVERIFY(left);
        QVERIFY(PlanLoader(m_catalog).load(left->planYaml, store.filePath()).value() == doc.plan());
    }

    // Quitting with an autosave under way finishes it, and the one due behind it: the file is
    // whole (its length and checksum hold) and holds the last edit.
    void quittingFinishesTheWriteInFlight_data()
    {
        QTest::addColumn<bool>("dueBehind");
        QTest::addRow("one in flight") << false;
        QTest::addRow("one in flight, one due behind it") << true;
    }

    void quittingFinishesTheWriteInFlight()
    {
        QFETCH(bool, dueBehind);
        PlanDocument doc(m_catalog);
        QString path;
        {
            RecoveryStore store(&doc);
            QVERIFY(!doc.open(example));
            doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
            store.autosave();
            QVERIFY(store.isWriting());
            if (dueBehind) {
                doc.setTier(QStringLiteral("app-db"), QStringLiteral("large"));
                store.autosave();
            }
            path = store.filePath();
        } // the window closes with unsaved changes nobody discarded
        const auto left = readBack(path);
        QVERIFY(left);
        QVERIFY(PlanLoader(m_catalog).load(left->planYaml, path).value() == doc.plan());
        QVERIFY(!QFile::exists(RecoveryStore::lockPathFor(path))); // the owner is gone
    }

    // A write under way never brings back a file the user discarded, and never lands over a
    // newer one written now.
    void writeInFlightLandsBeforeDiscardAndWriteNow()
    {
        PlanDocument doc(m_catalog);
        RecoveryStore store(&doc);
        QVERIFY(!doc.open(example));
        doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
        store.autosave();
        store.discard();
        QVERIFY(!QFile::exists(store.filePath()));
        QTRY_VERIFY(!store.isWriting());
        QVERIFY(!QFile::exists(store.filePath()));

        store.autosave();
        QVERIFY(store.isWriting());
        doc.setTier(QStringLiteral("app-db"), QStringLiteral("large"));
        QVERIFY(!store.writeNow());
        QTRY_VERIFY(!store.isWriting());
        const auto left = readBack(store.filePath());
        QVERIFY(left);
        QVERIFY(PlanLoader(m_catalog).load(left->planYaml, store.filePath()).value() == doc.plan());
    }

    // On a really full file system the write fails, says so with the file named, and the
    // last good recovery file stays whole: never a shorter plan under the final name.
    void fullDiskKeepsTheLastGoodFile()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a 16 KiB tmpfs to fill needs root (CI runs as root)");
        Mount mount { RecoveryStore::directory() };
        QVERIFY(QDir().mkpath(mount.dir));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                     QStringLiteral("size=16k,mode=0700"), QStringLiteral("tmpfs"), mount.dir }),
                 0);
        mount.mounted = true;

        PlanDocument doc(m_catalog);
        RecoveryStore store(&doc);
        QVERIFY(!doc.open(example));
        doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
        QVERIFY(!store.writeNow());
        const Plan good = doc.plan();

        Plan big = good;
        const PlannedService cache = *good.service(QStringLiteral("cache"));
        for (int i = 0; i < 300; ++i) {
            PlannedService s = cache;
            s.name = QStringLiteral("cache-%1").arg(i);
            big.services << s;
        }
        QVERIFY(PlanWriter::toYaml(big).size() > 16 * 1024);
        doc.editPlan(big, QStringLiteral("300 services"));
        const auto error = store.writeNow();
        QVERIFY(error);
        QCOMPARE(error->location.file, store.filePath());

        const auto left = readBack(store.filePath());
        QVERIFY(left);
        QVERIFY(PlanLoader(m_catalog).load(left->planYaml, store.filePath()).value() == good);
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(mount.dir).entryList(QDir::Files | QDir::Hidden).size(), 2); // the file and its lock
    }
};

QTEST_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
