// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

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
timespec mtimeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        qFatal("cannot stat");
    return st.st_mtim;
}
// Sets a file's mtime to the nanosecond, as an edit within one timestamp tick leaves it.
void setMtime(const QString& path, timespec mtime)
{
    const timespec times[2] = { { 0, UTIME_OMIT }, mtime };
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) != 0)
        qFatal("cannot set the mtime");
}
// Everything in a folder, hidden entries included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
QString sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
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

    // An edit that keeps the size and, within one timestamp tick, the mtime: the manifest was
    // written in that same tick, so the file's stat cannot vouch for it and it is hashed.
    void sameSizeEditWithinTheManifestsTickIsRefused()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.conf"));
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        const timespec written = mtimeOf(a);
        writeRaw(a, "two\n");
        setMtime(a, written);
        setMtime(dir.filePath(ExportFolder::manifestName()), written);
        auto r = ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "uno\n") }, false);
        QVERIFY(r.hasValue());
        QCOMPARE(r->refused, QStringList { a });
        QCOMPARE(readFile(a), QByteArray("two\n"));
    }

    void sameSizeEditWithANewMtimeIsRefused()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.conf"));
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        timespec later = mtimeOf(a);
        later.tv_sec += 1;
        writeRaw(a, "two\n");
        setMtime(a, later);
        auto r = ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "uno\n") }, false);
        QCOMPARE(r->refused, QStringList { a });
        QCOMPARE(readFile(a), QByteArray("two\n"));
    }

    // The manifest comes with the folder, so from whoever made it: entries that name files
    // outside it (`../`, an absolute path) or its own hidden files are not Headroom's, and
    // neither the stale list nor --prune touches them, whatever their hash.
    void manifestEntriesOutsideTheFolderAreIgnored_data()
    {
        QTest::addColumn<bool>("firstFormat");
        QTest::addRow("first format") << true;
        QTest::addRow("current format") << false;
    }

    void manifestEntriesOutsideTheFolderAreIgnored()
    {
        QFETCH(bool, firstFormat);
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        const QString outside = root.filePath(QStringLiteral("outside.conf"));
        const QString absolute = root.filePath(QStringLiteral("absolute.conf"));
        const QString lock = QDir(folder).filePath(ExportFolder::lockName());
        writeRaw(outside, "victim\n");
        writeRaw(absolute, "victim\n");
        writeRaw(QDir(folder).filePath(QStringLiteral("gone.conf")), "victim\n");
        QJsonObject files;
        for (const QString& name :
             { QStringLiteral("../outside.conf"), absolute, ExportFolder::lockName(), QStringLiteral("gone.conf") })
            files.insert(name, sha256("victim\n"));
        QJsonObject manifest = files;
        if (!firstFormat) {
            QJsonObject entries;
            for (auto it = files.begin(); it != files.end(); ++it)
                entries.insert(it.key(), QJsonObject { { QStringLiteral("sha256"), it.value() } });
            manifest = QJsonObject { { QStringLiteral("format"), 3 }, { QStringLiteral("files"), entries } };
        }
        writeRaw(QDir(folder).filePath(ExportFolder::manifestName()), QJsonDocument(manifest).toJson());

        ExportFolderOptions options;
        options.complete = true;
        options.prune = true;
        auto r = ExportFolder::write(folder, { file(QStringLiteral("kept.conf"), "kept\n") }, options);
        QVERIFY(r.hasValue());
        QCOMPARE(r->pruned, QStringList { QDir(folder).filePath(QStringLiteral("gone.conf")) });
        QCOMPARE(r->stale, QStringList());
        QCOMPARE(readFile(outside), QByteArray("victim\n"));
        QCOMPARE(readFile(absolute), QByteArray("victim\n"));
        QVERIFY(!QFile::exists(lock)); // the run's own lock, released; never listed or pruned
        const QByteArray rewritten = readFile(QDir(folder).filePath(ExportFolder::manifestName()));
        QVERIFY(!rewritten.contains("outside.conf"));
        QVERIFY(!rewritten.contains("absolute.conf"));
    }

    // A folder exported before the manifest recorded sizes and mtimes (a map of SHA-256s):
    // its files are still recognised, edits still refused, and the manifest is rewritten.
    void firstFormatManifestStillReads()
    {
        QTemporaryDir dir;
        writeRaw(dir.filePath(QStringLiteral("same.conf")), "same\n");
        writeRaw(dir.filePath(QStringLiteral("old.conf")), "old\n");
        writeRaw(dir.filePath(QStringLiteral("edited.conf")), "edited by hand\n");
        writeRaw(dir.filePath(QStringLiteral("gone.conf")), "gone\n");
        QJsonObject legacy;
        legacy.insert(QStringLiteral("same.conf"), sha256("same\n"));
        legacy.insert(QStringLiteral("old.conf"), sha256("old\n"));
        legacy.insert(QStringLiteral("edited.conf"), sha256("edited\n"));
        legacy.insert(QStringLiteral("gone.conf"), sha256("gone\n"));
        writeRaw(dir.filePath(ExportFolder::manifestName()), QJsonDocument(legacy).toJson());
        ExportFolderOptions options;
        options.complete = true;
        options.prune = true;
        auto r = ExportFolder::write(dir.path(),
                                     { file(QStringLiteral("same.conf"), "same\n"),
                                       file(QStringLiteral("old.conf"), "new\n"),
                                       file(QStringLiteral("edited.conf"), "edited\n") },
                                     options);
        QVERIFY(r.hasValue());
        QCOMPARE(r->unchanged, QStringList { dir.filePath(QStringLiteral("same.conf")) });
        QCOMPARE(r->written, QStringList { dir.filePath(QStringLiteral("old.conf")) });
        QCOMPARE(r->refused, QStringList { dir.filePath(QStringLiteral("edited.conf")) });
        QCOMPARE(r->pruned, QStringList { dir.filePath(QStringLiteral("gone.conf")) });
        QCOMPARE(readFile(dir.filePath(QStringLiteral("edited.conf"))), QByteArray("edited by hand\n"));

        // The rewritten manifest still knows the refused file by its SHA-256: put back as
        // Headroom wrote it, it is Headroom's own again.
        writeRaw(dir.filePath(QStringLiteral("edited.conf")), "edited\n");
        const QByteArray rewritten = readFile(dir.filePath(ExportFolder::manifestName()));
        QVERIFY(QJsonDocument::fromJson(rewritten).object().value(QStringLiteral("files")).isObject());
        auto again = ExportFolder::write(dir.path(),
                                         { file(QStringLiteral("same.conf"), "same\n"),
                                           file(QStringLiteral("old.conf"), "new\n"),
                                           file(QStringLiteral("edited.conf"), "edited again\n") },
                                         false);
        QVERIFY(again.hasValue());
        QCOMPARE(again->unchanged.size(), 2);
        QCOMPARE(again->written, QStringList { dir.filePath(QStringLiteral("edited.conf")) });
        QVERIFY(again->refused.isEmpty());
    }

    void replacedFilesAndManifestKeepTheirMode()
    {
        QTemporaryDir dir;
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString& name : { QStringLiteral("a.conf"), ExportFolder::manifestName() })
            QVERIFY(QFile::setPermissions(dir.filePath(name), ownerOnly));
        QVERIFY(ExportFolder::write(dir.path(), { file(QStringLiteral("a.conf"), "two\n") }, false).hasValue());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("a.conf"))), QByteArray("two\n"));
        for (const QString& name : { QStringLiteral("a.conf"), ExportFolder::manifestName() })
            QCOMPARE(QFileInfo(dir.filePath(name)).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     ownerOnly);
    }

    // A new folder is built beside it and appears whole: every file and the manifest, no lock,
    // nothing hidden left beside it.
    void newFolderAppearsWhole()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        auto r = ExportFolder::write(
            out, { file(QStringLiteral("a.conf"), "one\n"), file(QStringLiteral("b.yaml"), "b\n") }, false);
        QVERIFY2(r.hasValue(), qPrintable(testutils::errorText(r)));
        QCOMPARE(r->written, QStringList({ out + QStringLiteral("/a.conf"), out + QStringLiteral("/b.yaml") }));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out") });
        QCOMPARE(entries(out),
                 QStringList({ ExportFolder::manifestName(), QStringLiteral("a.conf"), QStringLiteral("b.yaml") }));
        auto again = ExportFolder::write(
            out, { file(QStringLiteral("a.conf"), "one\n"), file(QStringLiteral("b.yaml"), "b\n") }, false);
        QCOMPARE(again->unchanged.size(), 2);
    }

    // A run that fails half-way leaves no folder where there was none.
    void failedRunLeavesNoNewFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("nested/out"));
        auto r = ExportFolder::write(out,
                                     { file(QStringLiteral("a.conf"), "one\n"), file(QStringLiteral("b.conf"), "b\n"),
                                       file(QStringLiteral("a.conf"), "two\n") },
                                     false);
        QVERIFY(!r.hasValue());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(entries(dir.filePath(QStringLiteral("nested"))), QStringList());
    }

    // An empty folder is replaced by the one built beside it: it keeps its permissions, and a
    // failed run leaves it as it was.
    void emptyFolderKeepsItsModeAndFailsAsItWas()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(out));
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        QVERIFY(QFile::setPermissions(out, mode));
        const auto permissions = [&] {
            return QFileInfo(out).permissions()
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };
        auto failed = ExportFolder::write(
            out, { file(QStringLiteral("a.conf"), "one\n"), file(QStringLiteral("a.conf"), "two\n") }, false);
        QVERIFY(!failed.hasValue());
        QCOMPARE(entries(out), QStringList());
        QCOMPARE(permissions(), mode);
        QVERIFY(ExportFolder::write(out, { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        QCOMPARE(readFile(out + QStringLiteral("/a.conf")), QByteArray("one\n"));
        QCOMPARE(permissions(), mode);
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out") });
    }

    // The working directory is written in place: a folder replaced under a process's feet
    // would leave it in a deleted one.
    void workingDirectoryIsNotReplaced()
    {
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
        QVERIFY(QDir::setCurrent(dir.path()));
        struct stat was
        {
        };
        QCOMPARE(::stat(".", &was), 0);
        QVERIFY(
            ExportFolder::write(QStringLiteral("."), { file(QStringLiteral("a.conf"), "one\n") }, false).hasValue());
        struct stat now
        {
        };
        QCOMPARE(::stat(".", &now), 0);
        QCOMPARE(now.st_ino, was.st_ino);
        QCOMPARE(readFile(QStringLiteral("a.conf")), QByteArray("one\n"));
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
