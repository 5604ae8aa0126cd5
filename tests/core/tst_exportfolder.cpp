// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;
using headroom::testutils::readFile;

namespace {
void writeRaw(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write");
    f.write(data);
}
ExportFile file(const QString& name, const QByteArray& content)
{
    return { name, content, {}, {}, {} };
}
} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT

private slots:
    void writesThenKeepsUnchanged()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("nested/out"));
        auto first = ExportFolder::write(out, { file(QStringLiteral("a.conf"), "one\n") }, false);
        QVERIFY(first.hasValue());
        QCOMPARE(first->written.size(), 1);
        QCOMPARE(readFile(out + QStringLiteral("/a.conf")), QByteArray("one\n"));
        auto again = ExportFolder::write(out, { file(QStringLiteral("a.conf"), "one\n") }, false);
        QCOMPARE(again->unchanged.size(), 1);
        QVERIFY(again->written.isEmpty());
    }

    void replacesWhatItWroteItself()
    {
        QTemporaryDir dir;
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        auto second = ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "two\n") }, false);
        QCOMPARE(second->written.size(), 1);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.conf"))), QByteArray("two\n"));
    }

    void refusesFilesEditedByHandUnlessForced()
    {
        QTemporaryDir dir;
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        writeRaw(dir.filePath(QStringLiteral("a.conf")), "one\n# my tweak\n");
        auto refused = ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "two\n") }, false);
        QVERIFY(refused.hasValue());
        QCOMPARE(refused->refused.size(), 1);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.conf"))), QByteArray("one\n# my tweak\n"));
        auto forced = ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "two\n") }, true);
        QCOMPARE(forced->written.size(), 1);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.conf"))), QByteArray("two\n"));
    }

    // A dry run decides as a write would and changes nothing: not the files, not the manifest.
    void dryRunChangesNothing()
    {
        QTemporaryDir dir;
        const QList<ExportFile> before { file(QStringLiteral("a.conf"), "one\n"),
                                         file(QStringLiteral("b.yaml"), "b\n") };
        QVERIFY(ExportFolder::write(dir.path(), before, false).hasValue());
        writeRaw(dir.filePath(QStringLiteral("a.conf")), "one\n# my tweak\n");
        const QByteArray manifest = readFile(dir.filePath(ExportFolder::manifestName()));
        ExportFolderOptions options;
        options.dryRun = true;
        const QList<ExportFile> after { file(QStringLiteral("a.conf"), "two\n"), file(QStringLiteral("b.yaml"), "B\n"),
                                        file(QStringLiteral("c.ini"), "c\n") };
        auto plan = ExportFolder::write(dir.path(), after, options);
        QVERIFY(plan.hasValue());
        QCOMPARE(plan->refused, QStringList { dir.filePath(QStringLiteral("a.conf")) });
        QCOMPARE(plan->written.size(), 2);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.conf"))), QByteArray("one\n# my tweak\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("b.yaml"))), QByteArray("b\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.ini"))));
        QCOMPARE(readFile(dir.filePath(ExportFolder::manifestName())), manifest);
    }

    void refusesForeignFilesWithoutManifest()
    {
        QTemporaryDir dir;
        writeRaw(dir.filePath(QStringLiteral("values.yaml")), "mine: true\n");
        auto r = ExportFolder::write(dir.path(), { file(QStringLiteral("values.yaml"), "theirs: true\n") }, false);
        QCOMPARE(r->refused.size(), 1);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("values.yaml"))), QByteArray("mine: true\n"));
    }

    void refusesPathsOutsideTheFolder()
    {
        QTemporaryDir dir;
        auto r = ExportFolder::write(dir.path(), { file(QStringLiteral("../escape.conf"), "x") }, false);
        QVERIFY(!r.hasValue());
        QVERIFY(r.error().message.contains(QStringLiteral("not a plain file name")));
    }

    // Two files of one run under one name: the second would silently replace the first.
    void refusesOneNameTwiceInARun()
    {
        QTemporaryDir dir;
        auto r = ExportFolder::write(
            dir.path(), { file(QStringLiteral("a.conf"), "one\n"), file(QStringLiteral("a.conf"), "two\n") }, false);
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().location.file.endsWith(QStringLiteral("/a.conf")), qPrintable(r.error().toString()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.conf"))));
        QVERIFY(!QFile::exists(dir.filePath(ExportFolder::manifestName())));
    }

    void newFilesAreReadableByAllWritableByOwner()
    {
        QTemporaryDir dir;
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        const auto expected
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("a.conf"))).permissions()
                     & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 expected);
        QVERIFY(!QFile::exists(dir.filePath(ExportFolder::lockName())));
    }

    void unwritableFolderIsAnError()
    {
        auto r = ExportFolder::write(QStringLiteral("/proc/headroom-cannot-exist"), { file(QStringLiteral("a"), "x") },
                                     false);
        QVERIFY(!r.hasValue());
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
