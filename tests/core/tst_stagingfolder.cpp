// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"
#include "export/stagingfolder.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace headroom;
using headroom::testutils::readFile;
using headroom::testutils::writeFile;

namespace {
QStringList hiddenBeside(const QString& dir)
{
    return QDir(dir).entryList({ QStringLiteral(".out.headroom-*") }, QDir::AllEntries | QDir::Hidden);
}
ExportFile file(const QString& name, const QByteArray& content)
{
    return { name, content, {}, {}, {} };
}
} // namespace

class TestStagingFolder : public QObject
{
    Q_OBJECT

private slots:
    // What a crash leaves: a hidden folder locked by a process that is gone, with some files
    // (while writing), or with its lock file empty (while locking) or absent and nothing in it
    // (before locking). The next export into the same folder removes it.
    void leftoverOfADeadRunIsRemoved_data()
    {
        QTest::addColumn<QByteArray>("lock");
        QTest::addRow("crashed while writing") << QByteArray("kept");
        QTest::addRow("crashed while locking") << QByteArray("empty");
        QTest::addRow("crashed before locking") << QByteArray("absent");
    }
    void leftoverOfADeadRunIsRemoved()
    {
        QFETCH(QByteArray, lock);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const pid_t child = ::fork();
        if (child == 0) {
            const auto staging = StagingFolder::create(out);
            const QString lockPath = staging ? staging->dir().filePath(ExportFolder::lockName()) : QString();
            const bool left = staging
                && (lock == "kept"        ? writeFile(staging->dir().filePath(QStringLiteral("a.conf")), "half")
                        : lock == "empty" ? ::truncate(QFile::encodeName(lockPath).constData(), 0) == 0
                                          : QFile::remove(lockPath));
            ::_exit(left ? 0 : 1); // no destructor runs, as in a crash
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QCOMPARE(hiddenBeside(dir.path()).size(), 1);
        QVERIFY(!QFileInfo::exists(out));

        auto r = ExportFolder::write(out, { file(QStringLiteral("a.conf"), "whole\n") }, false);
        QVERIFY2(r.hasValue(), qPrintable(testutils::errorText(r)));
        QCOMPARE(hiddenBeside(dir.path()), QStringList());
        QCOMPARE(readFile(out + QStringLiteral("/a.conf")), QByteArray("whole\n"));
    }

    // Two runs build the same new folder at once: the first to finish wins, the other fails
    // with a clear message and leaves nothing; neither removes the other's folder meanwhile.
    void ofTwoRunsTheFirstToFinishWins()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        auto slow = StagingFolder::create(out);
        QVERIFY(slow);
        QVERIFY(writeFile(slow->dir().filePath(QStringLiteral("a.conf")), "slow\n"));

        auto fast = ExportFolder::write(out, { file(QStringLiteral("a.conf"), "fast\n") }, false);
        QVERIFY2(fast.hasValue(), qPrintable(testutils::errorText(fast)));
        QVERIFY(slow->dir().exists());

        const auto lost = slow->moveIntoPlace();
        QVERIFY(lost);
        QCOMPARE(lost->location.file, out);
        QVERIFY2(lost->message.contains(QStringLiteral("another export created this folder")),
                 qPrintable(lost->message));
        slow.reset();
        QCOMPARE(hiddenBeside(dir.path()), QStringList());
        QCOMPARE(readFile(out + QStringLiteral("/a.conf")), QByteArray("fast\n"));
        QVERIFY(!QFileInfo::exists(out + QLatin1Char('/') + ExportFolder::lockName()));
    }

    // A folder that holds anything, or is a link, is not built beside itself.
    void onlyAbsentOrEmptyFoldersFit()
    {
        QTemporaryDir dir;
        QVERIFY(StagingFolder::fits(dir.filePath(QStringLiteral("absent"))));
        QVERIFY(StagingFolder::fits(dir.path()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".hidden")), "x"));
        QVERIFY(!StagingFolder::fits(dir.path()));
        QVERIFY(QDir().mkdir(dir.filePath(QStringLiteral("empty"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("empty")), dir.filePath(QStringLiteral("link"))));
        QVERIFY(!StagingFolder::fits(dir.filePath(QStringLiteral("link"))));
        QVERIFY(!StagingFolder::fits(dir.filePath(QStringLiteral(".hidden"))));
        QVERIFY(!StagingFolder::fits(QStringLiteral("/")));
    }
};

QTEST_GUILESS_MAIN(TestStagingFolder)
#include "tst_stagingfolder.moc"
