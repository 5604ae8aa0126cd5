// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"
#include "export/planexport.h"
#include "testutils.h"
#include "ui/editedfiledialog.h"
#include "ui/exportdialog.h"
#include "ui/exportsview.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace headroom;

// The export dialog writes the same files as `headroom export`, byte for byte: both run
// core's PlanExporter and ExportFolder. The command is run as users run it, as a process.
namespace {
// The manifest without what differs between two runs that write the same files: each
// file's inode and mtime.
QJsonObject withoutRunFields(const QByteArray& manifest)
{
    QJsonObject json = QJsonDocument::fromJson(manifest).object();
    QJsonObject files = json.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        QJsonObject entry = it.value().toObject();
        entry.remove(QStringLiteral("inode"));
        entry.remove(QStringLiteral("mtime"));
        *it = entry;
    }
    json.insert(QStringLiteral("files"), files);
    return json;
}

// Ticks `services` (all when empty) and picks the profile and format, as a user would.
void choose(ExportsView* view, const QString& profile, const QString& format, const QStringList& services)
{
    QComboBox* profiles = view->profileCombo();
    profiles->setCurrentIndex(profiles->findData(profile));
    QCOMPARE(profiles->currentData().toString(), profile);
    view->formatCombo()->setCurrentIndex(view->formatCombo()->findData(format));
    QCOMPARE(view->formatCombo()->currentData().toString(), format);
    if (services.isEmpty())
        return;
    QAbstractItemModel* list = view->serviceList()->model();
    for (int i = 0; i < list->rowCount(); ++i) {
        const QModelIndex item = list->index(i, 0);
        QVERIFY(list->setData(item, services.contains(item.data().toString()) ? Qt::Checked : Qt::Unchecked,
                              Qt::CheckStateRole));
    }
}

// `headroom export` of `plan` into `out` with these choices, as users run it.
testutils::ProcessResult exportCommand(const QString& plan, const QString& out, const QString& profile,
                                       const QString& format, const QStringList& services)
{
    QStringList arguments { QStringLiteral("export"),    plan,    QStringLiteral("--out"),    out,
                            QStringLiteral("--profile"), profile, QStringLiteral("--format"), format };
    if (profile != QLatin1String(kDefaultPostgresProfile))
        arguments << QStringLiteral("--allow-findings"); // the dialog's writeTo does not ask
    if (!services.isEmpty())
        arguments << QStringLiteral("--services") << services.join(QLatin1Char(','));
    return testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

    static QMap<QString, QByteArray> readTree(const QString& root)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files.insert(QDir(root).relativeFilePath(path), f.readAll());
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void sameFilesAsTheCommand_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("services");
        QTest::addRow("defaults") << QStringLiteral("headroom") << QStringLiteral("conf") << QStringList();
        QTest::addRow("pgtune, ALTER SYSTEM")
            << QStringLiteral("pgtune") << QStringLiteral("alter-system") << QStringList();
        QTest::addRow("guide, two services") << QStringLiteral("guide") << QStringLiteral("conf")
                                             << QStringList { QStringLiteral("app-db"), QStringLiteral("cache") };
    }

    void sameFilesAsTheCommand()
    {
        QFETCH(QString, profile);
        QFETCH(QString, format);
        QFETCH(QStringList, services);
        const QString plan = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml");

        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        choose(view, profile, format, services);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!view->files().isEmpty());
        // The list shows the current service's files alone, the same as among all of them.
        const QString current = view->serviceList()->currentIndex().data().toString();
        QList<ExportFile> ofCurrent;
        for (const auto& f : view->files()) {
            if (f.service == current)
                ofCurrent << f;
        }
        QVERIFY(!ofCurrent.isEmpty());
        QCOMPARE(view->fileList()->model()->rowCount(), ofCurrent.size());
        QCOMPARE(view->shownFiles().size(), ofCurrent.size());
        for (int i = 0; i < ofCurrent.size(); ++i) {
            QCOMPARE(view->fileList()->model()->index(i, 0).data().toString(), ofCurrent[i].fileName);
            QCOMPARE(view->shownFiles()[i].content, ofCurrent[i].content);
        }

        QTemporaryDir gui;
        QTemporaryDir cli;
        view->writeTo(gui.path());
        const auto command = exportCommand(plan, cli.path(), profile, format, services);
        QVERIFY2(command.exitCode == 0, qPrintable(command.err));

        // Byte for byte, the manifest too (its input hashes and service records) but for the
        // inodes and mtimes of the files.
        const auto written = readTree(gui.path());
        const auto expected = readTree(cli.path());
        QCOMPARE(written.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.key() == ExportFolder::manifestName()) {
                QVERIFY(!withoutRunFields(it.value()).value(QStringLiteral("services")).toObject().isEmpty());
                QCOMPARE(withoutRunFields(written.value(it.key())), withoutRunFields(it.value()));
            } else {
                QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
            }
        }
    }

    // What the window wrote, `headroom export` with the same choices finds unchanged without
    // rendering a service again: the window records the same input hashes.
    void commandFindsTheWindowsExportUnchanged_data() { sameFilesAsTheCommand_data(); }

    void commandFindsTheWindowsExportUnchanged()
    {
        QFETCH(QString, profile);
        QFETCH(QString, format);
        QFETCH(QStringList, services);
        const QString plan = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml");
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        choose(view, profile, format, services);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        QVERIFY2(view->writeTo(dir.path()).contains(QLatin1String("written")), "the window wrote nothing");
        const qsizetype fileCount = readTree(dir.path()).size() - 1; // and the manifest

        // What the command would render, asked of the folder without writing into it.
        PlanExportOptions options;
        options.profile = profile;
        options.format = format;
        options.services = services;
        options.headroomVersion = QStringLiteral(HEADROOM_VERSION);
        const PlanExport source(document.plan(), document.sizing(), document.catalog(), options);
        ExportFolderOptions dryRun;
        dryRun.complete = services.isEmpty();
        dryRun.dryRun = true;
        const auto decided = ExportFolder::write(dir.path(), source, dryRun);
        QVERIFY2(decided.hasValue(), decided ? "" : qPrintable(decided.error().toString()));
        QCOMPARE(decided->rendered, QStringList());
        QCOMPARE(decided->written, QStringList());
        QCOMPARE(decided->unchanged.size(), fileCount);

        const auto command = exportCommand(plan, dir.path(), profile, format, services);
        QVERIFY2(command.exitCode == 0, qPrintable(command.err));
        const QStringList lines = command.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), fileCount);
        for (const auto& line : lines)
            QVERIFY2(line.startsWith(QLatin1String("unchanged ")), qPrintable(line));
    }

    // The window always names its profile, the plan's own unless the user picks another; the
    // command without --profile uses each role's own. Both export the same files, so they
    // record the same input hashes: the command finds the window's export unchanged without
    // rendering it. A profile that differs renders the PostgreSQL service again, and only it.
    void commandWithoutProfileFindsTheWindowsExportUnchanged_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QString>("other");
        QTest::addRow("the default profile") << testutils::readFile(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"))
                                             << QStringLiteral("pgtune");
        QTest::addRow("the plan's profile") << QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: p}\n"
                                                          "postgresProfile: pgtune\nservices:\n"
                                                          "  - {name: app-db, kind: postgresql, tier: medium}\n"
                                                          "  - {name: cache, kind: redis, tier: small}\n")
                                            << QStringLiteral("headroom");
    }

    void commandWithoutProfileFindsTheWindowsExportUnchanged()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QString, other);
        QTemporaryDir dir;
        const QString planFile = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(testutils::writeFile(planFile, plan));
        const QString out = dir.filePath(QStringLiteral("out"));
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(planFile));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        QVERIFY(!view->profileCombo()->currentData().toString().isEmpty());
        QVERIFY(view->profileCombo()->currentData().toString() != other);
        QVERIFY2(view->writeTo(out).contains(QLatin1String("written")), "the window wrote nothing");
        const qsizetype fileCount = readTree(out).size() - 1; // and the manifest

        PlanExportOptions options;
        options.headroomVersion = QStringLiteral(HEADROOM_VERSION);
        ExportFolderOptions dryRun;
        dryRun.complete = true;
        dryRun.dryRun = true;
        const auto asIs = ExportFolder::write(
            out, PlanExport(document.plan(), document.sizing(), document.catalog(), options), dryRun);
        QVERIFY2(asIs.hasValue(), asIs ? "" : qPrintable(asIs.error().toString()));
        QCOMPARE(asIs->rendered, QStringList());
        const auto command = testutils::runProcess(
            QStringLiteral(HEADROOM_EXECUTABLE), { QStringLiteral("export"), planFile, QStringLiteral("--out"), out });
        QVERIFY2(command.exitCode == 0, qPrintable(command.err));
        const QStringList lines = command.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), fileCount);
        for (const auto& line : lines)
            QVERIFY2(line.startsWith(QLatin1String("unchanged ")), qPrintable(line));

        options.profile = other;
        const auto otherProfile = ExportFolder::write(
            out, PlanExport(document.plan(), document.sizing(), document.catalog(), options), dryRun);
        QVERIFY2(otherProfile.hasValue(), otherProfile ? "" : qPrintable(otherProfile.error().toString()));
        QCOMPARE(otherProfile->rendered, QStringList { QStringLiteral("app-db") });
        const auto again
            = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE),
                                    { QStringLiteral("export"), planFile, QStringLiteral("--out"), out,
                                      QStringLiteral("--profile"), other, QStringLiteral("--allow-findings") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QStringList wrote = again.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        wrote.removeIf([](const QString& line) { return !line.startsWith(QLatin1String("wrote ")); });
        QVERIFY2(!wrote.filter(QStringLiteral("/app-db-primary.postgresql.conf")).isEmpty()
                     || !wrote.filter(QStringLiteral("/app-db.postgresql.conf")).isEmpty(),
                 qPrintable(again.out));
        for (const auto& line : std::as_const(wrote))
            QVERIFY2(line.contains(QLatin1String("/app-db")), qPrintable(line));
    }

    // Each service's files are rendered when it is chosen, and are the ones all the files
    // hold for it (a plan of many services is never rendered whole to be looked at).
    void choosingAServiceShowsItsFiles_data()
    {
        QTest::addColumn<QString>("example");
        for (const char* name :
             { "case-study-before", "case-study-after", "data-stack", "measured-stack", "small-production-stack" })
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    void choosingAServiceShowsItsFiles()
    {
        QFETCH(QString, example);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/%1.yaml").arg(example)));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        const QList<ExportFile> all = view->files();
        QAbstractItemModel* services = view->serviceList()->model();
        QCOMPARE(services->rowCount(), int(document.plan().services.size()));
        for (int row = 0; row < services->rowCount(); ++row) {
            view->serviceList()->setCurrentIndex(services->index(row, 0));
            const QString service = services->index(row, 0).data().toString();
            QList<ExportFile> expected;
            for (const auto& f : all) {
                if (f.service == service)
                    expected << f;
            }
            QCOMPARE(view->fileList()->model()->rowCount(), expected.size());
            QCOMPARE(view->shownFiles().size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(view->fileList()->model()->index(i, 0).data().toString(), expected[i].fileName);
                QCOMPARE(view->shownFiles()[i].content, expected[i].content);
            }
        }
    }

    // The keyboard path through the lists: Down moves to the next service and shows its files,
    // Space unticks it (its files are no longer written), Down in the files shows the next file.
    void keyboardChoosesAndUnticks()
    {
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        ExportDialog dialog(&document);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ExportsView* view = dialog.exportsView();
        QListView* services = view->serviceList();
        services->setFocus();
        QCOMPARE(services->currentIndex().row(), 0);
        QTest::keyClick(services, Qt::Key_Down);
        QCOMPARE(services->currentIndex().row(), 1);
        const QString second = services->currentIndex().data().toString();
        QVERIFY(!view->shownFiles().isEmpty());
        for (const auto& f : view->shownFiles())
            QCOMPARE(f.service, second);

        QTest::keyClick(services, Qt::Key_Space);
        QCOMPARE(services->currentIndex().data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!view->files().isEmpty());
        for (const auto& f : view->files())
            QVERIFY(f.service != second);

        QTest::keyClick(services, Qt::Key_Up); // a database: more than one file
        QVERIFY(view->shownFiles().size() > 1);
        QListView* files = view->fileList();
        auto* preview = view->findChild<QPlainTextEdit*>();
        QVERIFY(preview);
        QCOMPARE(preview->toPlainText().toUtf8(), view->shownFiles().first().content);
        files->setFocus();
        QTest::keyClick(files, Qt::Key_Down);
        QCOMPARE(files->currentIndex().row(), 1);
        QCOMPARE(preview->toPlainText().toUtf8(), view->shownFiles().at(1).content);
    }

    // `headroom export` refuses a plan with error findings; the window asks, listing them,
    // and writes only on Yes. A plan without error findings is written without a question.
    void errorFindingsAreAskedAbout_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("asks");
        QTest::addColumn<QMessageBox::StandardButton>("answer");
        QTest::addRow("errors, No") << QStringLiteral("case-study-before.yaml") << true << QMessageBox::No;
        QTest::addRow("errors, Yes") << QStringLiteral("case-study-before.yaml") << true << QMessageBox::Yes;
        QTest::addRow("no errors") << QStringLiteral("case-study-after.yaml") << false << QMessageBox::No;
    }

    void errorFindingsAreAskedAbout()
    {
        QFETCH(QString, plan);
        QFETCH(bool, asks);
        QFETCH(QMessageBox::StandardButton, answer);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + plan));
        ExportDialog dialog(&document);
        QString asked;
        QTimer::singleShot(0, &dialog, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(answer)->click();
        });
        const bool confirmed = dialog.exportsView()->confirmFindings();
        QCOMPARE(!asked.isEmpty(), asks);
        if (asks) {
            QVERIFY2(asked.contains(QLatin1String("benchmarkdb/replica")), qPrintable(asked));
            QCOMPARE(confirmed, answer == QMessageBox::Yes);
        } else {
            QVERIFY(confirmed);
        }
    }

    // An export into a folder where someone edited a postgresql.conf: each edited file is
    // shown; keeping it writes nothing, overwriting writes everything.
    void editedFileIsShownAndKeptOrOverwritten_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::addRow("keep") << false;
        QTest::addRow("overwrite") << true;
    }

    void editedFileIsShownAndKeptOrOverwritten()
    {
        QFETCH(bool, overwrite);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        QTemporaryDir dir;
        view->writeTo(dir.path());
        const auto first = readTree(dir.path());
        QString conf;
        for (const auto& file : view->files()) {
            if (file.fileName.endsWith(QLatin1String(".postgresql.conf")) && conf.isEmpty())
                conf = file.fileName;
        }
        QVERIFY(!conf.isEmpty());
        const QByteArray edited = first.value(conf) + "shared_buffers = 3019MB # tuned by hand\n";
        QVERIFY(testutils::writeFile(QDir(dir.path()).filePath(conf), edited));

        document.setTier(QStringLiteral("app-db"), QStringLiteral("large")); // every app-db file changes
        view->refresh();
        QString diff;
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* edit = qobject_cast<EditedFileDialog*>(widget);
                if (!edit || !edit->isVisible())
                    continue;
                asked = true;
                QTest::mouseClick(edit->diffButton(), Qt::LeftButton);
                diff = edit->diffView()->toPlainText();
                QTest::mouseClick(overwrite ? edit->overwriteButton() : edit->keepButton(), Qt::LeftButton);
            }
        });
        const QString message = view->writeTo(dir.path());
        QVERIFY(asked);
        QVERIFY2(diff.contains(QLatin1String("- shared_buffers = 3019MB # tuned by hand")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("+ ")));

        const auto after = readTree(dir.path());
        for (const auto& file : view->files()) {
            const QByteArray expected = overwrite ? file.content
                : file.fileName == conf           ? edited
                                                  : first.value(file.fileName);
            QVERIFY2(after.value(file.fileName) == expected, qPrintable(file.fileName));
        }
        QVERIFY2(message.contains(overwrite ? QLatin1String("written") : QLatin1String("Nothing written")),
                 qPrintable(message));
    }

    // The format choice changes the PostgreSQL settings files only, and its label says so.
    void formatChangesOnlyThePostgresFiles()
    {
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        ExportDialog dialog(&document);
        ExportsView* view = dialog.exportsView();
        auto* label = qobject_cast<QLabel*>(
            static_cast<QFormLayout*>(view->formatCombo()->parentWidget()->layout()->itemAt(0)->layout())
                ->labelForField(view->formatCombo()));
        QVERIFY(label);
        QVERIFY2(QString(label->text()).remove(QLatin1Char('&')).contains(QLatin1String("PostgreSQL")),
                 qPrintable(label->text()));
        QCOMPARE(label->buddy(), view->formatCombo());

        const QList<ExportFile> conf = view->files();
        view->formatCombo()->setCurrentIndex(view->formatCombo()->findData(QStringLiteral("alter-system")));
        const QList<ExportFile> sql = view->files();
        QCOMPARE(sql.size(), conf.size());
        int changed = 0;
        for (int i = 0; i < conf.size(); ++i) {
            if (conf[i].content == sql[i].content)
                continue;
            ++changed;
            QVERIFY2(conf[i].fileName.contains(QLatin1String("postgresql")), qPrintable(conf[i].fileName));
        }
        QVERIFY(changed > 0);
    }

    // A plan that names its PostgreSQL profile is sized with it in the window, and the
    // Exports tab and the dialog start from it.
    void startsFromThePlansProfile()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(testutils::writeFile(plan,
                                     "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: p}\n"
                                     "postgresProfile: pgtune\nservices:\n"
                                     "  - {name: db, kind: postgresql, tier: medium}\n"));
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(plan));
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        const RoleSizing* role = testutils::roleOf(document.sizing(), QStringLiteral("db"));
        QVERIFY(role && role->sizing.postgresProfile);
        QCOMPARE(role->sizing.postgresProfile->id, QStringLiteral("pgtune"));
        ExportsView* tab = window.exportsView();
        QCOMPARE(tab->profileCombo()->currentData().toString(), QStringLiteral("pgtune"));
        const auto conf = std::find_if(tab->files().cbegin(), tab->files().cend(), [](const ExportFile& f) {
            return f.fileName == QLatin1String("db.postgresql.conf");
        });
        QVERIFY(conf != tab->files().cend());
        QVERIFY(conf->content.contains("profile: PGTune"));
        for (const auto& setting : role->sizing.settings)
            QVERIFY2(conf->content.contains((setting.name + QStringLiteral(" = ")).toUtf8()), qPrintable(setting.name));
        ExportDialog dialog(&document);
        QCOMPARE(dialog.exportsView()->profileCombo()->currentData().toString(), QStringLiteral("pgtune"));
    }

    // File › Export… starts from the Exports tab's profile, format and services.
    void dialogStartsFromTheTab()
    {
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        ExportsView* tab = window.exportsView();
        tab->profileCombo()->setCurrentIndex(tab->profileCombo()->findData(QStringLiteral("pgtune")));
        tab->formatCombo()->setCurrentIndex(tab->formatCombo()->findData(QStringLiteral("alter-system")));
        QVERIFY(tab->serviceList()->model()->setData(tab->serviceList()->model()->index(0, 0), Qt::Unchecked,
                                                     Qt::CheckStateRole));
        QString profile;
        QString format;
        Qt::CheckState first = Qt::Checked;
        QTimer::singleShot(0, this, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<ExportDialog*>(widget); dialog && dialog->isVisible()) {
                    profile = dialog->exportsView()->profileCombo()->currentData().toString();
                    format = dialog->exportsView()->formatCombo()->currentData().toString();
                    first = Qt::CheckState(
                        dialog->exportsView()->serviceList()->model()->index(0, 0).data(Qt::CheckStateRole).toInt());
                    dialog->reject();
                }
            }
        });
        window.exportAction()->trigger();
        QCOMPARE(profile, QStringLiteral("pgtune"));
        QCOMPARE(format, QStringLiteral("alter-system"));
        QCOMPARE(first, Qt::Unchecked);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
