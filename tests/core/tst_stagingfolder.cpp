// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"
#include "export/stagingfolder.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
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
    // What a crash leaves: a hidden folder, with some files or none, of a process that is gone.
    // The next export into the same folder removes it, unless another machine sharing the file
    // system left it (its process id means nothing here).
    void leftoverOfADeadRunIsRemoved_data()
    {
        QTest::addColumn<bool>("withFiles");
        QTest::addColumn<bool>("otherMachine");
        QTest::addColumn<bool>("removed");
        QTest::addRow("crashed while writing") << true << false << true;
        QTest::addRow("crashed before writing") << false << false << true;
        QTest::addRow("another machine's") << true << true << false;
    }
    void leftoverOfADeadRunIsRemoved()
    {
        QFETCH(bool, withFiles);
        QFETCH(bool, otherMachine);
        QFETCH(bool, removed);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const pid_t child = ::fork();
        if (child == 0) {
            const auto staging = StagingFolder::create(out);
            const bool left
                = staging && (!withFiles || writeFile(staging->dir().filePath(QStringLiteral("a.conf")), "half"));
            ::_exit(left ? 0 : 1); // no destructor runs, as in a crash
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QStringList left = hiddenBeside(dir.path());
        QCOMPARE(left.size(), 1);
        QVERIFY2(left[0].contains(QStringLiteral("-%1-").arg(child)), qPrintable(left[0]));
        if (otherMachine) {
            const QString renamed = QString(left[0]).replace(QSysInfo::machineHostName(), QStringLiteral("other-host"));
            QVERIFY(QDir(dir.path()).rename(left[0], renamed));
            left = QStringList { renamed };
        }
        QVERIFY(!QFileInfo::exists(out));

        auto r = ExportFolder::write(out, { file(QStringLiteral("a.conf"), "whole\n") }, false);
        QVERIFY2(r.hasValue(), qPrintable(testutils::errorText(r)));
        QCOMPARE(hiddenBeside(dir.path()), removed ? QStringList() : left);
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
