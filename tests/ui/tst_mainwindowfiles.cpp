// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"
#include "testutils.h"
#include "ui/comparedialog.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/settingskeys.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;

// The window's File and Help menus and its start-up: the last plan or the welcome page, the
// sample only when asked, Close, Revert, recent files, Save As's suggestion, open errors,
// report export, handbook and About.
class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;
    QTemporaryDir m_dir;

    QString planCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"), path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    static QAction* fileAction(MainWindow& window, const QString& text)
    {
        for (QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void init() { QSettings().clear(); }

    // No plan from the last session: the welcome page, not the sample; the sample opens from
    // its button, untitled and titled as a sample.
    void firstStartShowsTheWelcome()
    {
        MainWindow window(*m_catalog);
        window.startUp(QString());
        window.show();
        QVERIFY(window.isShowingWelcome());
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(window.document()->plan().services.isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));

        QTest::mouseClick(window.welcomePage()->sampleButton(), Qt::LeftButton);
        QVERIFY(!window.isShowingWelcome());
        QVERIFY(!window.document()->plan().services.isEmpty());
        QVERIFY(window.document()->filePath().isEmpty()); // saving asks for a name
        QVERIFY2(window.windowTitle().contains(QLatin1String("(sample)")), qPrintable(window.windowTitle()));
    }

    void startReopensTheLastPlan()
    {
        const QString path = planCopy(QStringLiteral("last.yaml"));
        {
            MainWindow window(*m_catalog);
            window.startUp(path);
            window.show();
            QVERIFY(!window.isShowingWelcome());
            QVERIFY(window.close());
        }
        MainWindow again(*m_catalog);
        again.startUp(QString());
        QVERIFY(!again.isShowingWelcome());
        QCOMPARE(again.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!again.windowTitle().contains(QLatin1String("(sample)")));
    }

    // File › Close shows the welcome page with the plan among the recent ones, and the next
    // start does not reopen it; a recent plan opens from the page.
    void closeShowsTheWelcome()
    {
        const QString path = planCopy(QStringLiteral("closed.yaml"));
        MainWindow window(*m_catalog);
        window.startUp(path);
        window.show();
        fileAction(window, QStringLiteral("&Close"))->trigger();
        QVERIFY(window.isShowingWelcome());
        // The closed plan's summary does not stay behind on the welcome page.
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
        QListWidget* recent = window.welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.close());

        MainWindow again(*m_catalog);
        again.startUp(QString());
        again.show();
        QVERIFY(again.isShowingWelcome());
        QListWidget* list = again.welcomePage()->recentList();
        list->setCurrentRow(0);
        emit list->itemActivated(list->item(0));
        QVERIFY(!again.isShowingWelcome());
        QCOMPARE(again.document()->filePath(), QFileInfo(path).absoluteFilePath());
    }

    void revertDropsTheChanges()
    {
        const QString path = planCopy(QStringLiteral("revert.yaml"));
        MainWindow window(*m_catalog);
        window.startUp(path);
        const Plan saved = window.document()->plan();
        QAction* revert = fileAction(window, QStringLiteral("Re&vert"));
        QVERIFY(revert && revert->isEnabled());
        window.document()->setReplicas(QStringLiteral("cache"), 3);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.revert(false));
        QVERIFY(window.document()->plan() == saved);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(window.document()->undoStack()->count(), 0);

        window.closePlan();
        QVERIFY(!revert->isEnabled()); // nothing to revert to
    }

    void recentFilesAreNumbered()
    {
        MainWindow window(*m_catalog);
        for (const char* name : { "one.yaml", "two.yaml", "a&b.yaml" })
            QVERIFY(window.openFile(planCopy(QLatin1String(name))));
        const QList<QAction*> actions = window.recentMenu()->actions();
        QVERIFY(actions.size() >= 3);
        QCOMPARE(actions[0]->text(), QStringLiteral("&1 a&&b.yaml"));
        QCOMPARE(actions[1]->text(), QStringLiteral("&2 two.yaml"));
        QCOMPARE(actions[2]->text(), QStringLiteral("&3 one.yaml"));
    }

    // Save As starts beside the plan's file, or for an untitled plan in the folder of plans
    // with a name made from the plan's, never in the last export folder.
    void saveAsSuggestsAPlanName()
    {
        const QString exports = m_dir.filePath(QStringLiteral("exports"));
        QDir().mkpath(exports);
        QSettings().setValue(settings_keys::exportDirectory(), exports);
        const QString path = planCopy(QStringLiteral("named.yaml"));
        MainWindow window(*m_catalog);
        QVERIFY(window.openFile(path));
        QCOMPARE(window.suggestedSavePath(), QFileInfo(path).absoluteFilePath());
        window.openSample();
        QCOMPARE(window.suggestedSavePath(),
                 QFileInfo(path).absoluteDir().filePath(QStringLiteral("small-production-stack.yaml")));
    }

    // Every problem of the file, each with its file:line:column, not the first and a count.
    void openErrorListsEveryProblem()
    {
        QByteArray yaml = testutils::readFile(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"));
        yaml.replace("tier: medium\n    storageClass: local-ssd", "tier: gigantic\n    storageClass: local-ssd");
        yaml.replace("replicas: 2", "replicas: many");
        const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
        QVERIFY(testutils::writeFile(bad, yaml));

        MainWindow window(*m_catalog);
        window.show();
        QStringList shown;
        QTimer::singleShot(0, this, [&shown] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() != QLatin1String("openProblemsDialog"))
                    continue;
                auto* list = widget->findChild<QListWidget*>();
                for (int i = 0; list && i < list->count(); ++i)
                    shown << list->item(i)->text();
                static_cast<QDialog*>(widget)->reject();
            }
        });
        QVERIFY(!window.openFile(bad));
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown[0].startsWith(bad + QStringLiteral(":19:")), qPrintable(shown[0]));
        QVERIFY(shown[0].contains(QLatin1String("gigantic")));
        QVERIFY(shown[1].contains(QLatin1String("many")));
        for (const QString& line : shown)
            QVERIFY2(!line.contains(QLatin1String("more problem")), qPrintable(line));
    }

    // A changed plan, then a file that does not load (what File › Open does once the user has
    // chosen Discard): the changed plan stays open and changed, so saving it is still offered.
    void failedOpenAfterDiscardKeepsThePlan()
    {
        const QString path = planCopy(QStringLiteral("discard.yaml"));
        const QString bad = m_dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(testutils::writeFile(bad, "apiVersion: headroom/v1\nkind: Plan\nservices: [\n"));
        MainWindow window(*m_catalog);
        window.startUp(path);
        window.setInteractive(false); // the problems are printed, not shown in a dialog
        window.document()->setReplicas(QStringLiteral("cache"), 3);
        const Plan changed = window.document()->plan();
        QVERIFY(!window.openFile(bad));
        QVERIFY(window.document()->plan() == changed);
        QVERIFY(window.document()->isModified());
        QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(path));
    }

    void exportsTheReport()
    {
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(planCopy(QStringLiteral("report.yaml"))));
        QVERIFY(fileAction(window, QStringLiteral("Export Re&port…")));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(window.exportReport(html));
        const QString text = QString::fromUtf8(testutils::readFile(html));
        for (const auto& service : window.document()->plan().services)
            QVERIFY2(text.contains(service.name), qPrintable(service.name));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(window.exportReport(pdf));
        QVERIFY(testutils::readFile(pdf).startsWith("%PDF"));
        QVERIFY(!window.exportReport(m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"))));
    }

    // The same differences `headroom diff OPEN OTHER` prints, row by row.
    void compareShowsTheDiff()
    {
        const QString before = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/case-study-before.yaml");
        const QString after = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/case-study-after.yaml");
        MainWindow window(*m_catalog);
        QVERIFY(window.openFile(before));
        QVERIFY(fileAction(window, QStringLiteral("Compare &with…")));
        CompareDialog dialog(window.document());
        QVERIFY(dialog.compareWith(after));

        const auto result
            = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), { QStringLiteral("diff"), before, after });
        QCOMPARE(result.exitCode, 1);
        QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst(); // the header
        lines.removeIf([](const QString& line) { return line.startsWith(QLatin1Char('-')); });
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), lines.size());
        QVERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QStringList cells
                = lines[row].split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
            QStringList shown;
            for (int column = 0; column < CompareDialog::ColumnCount; ++column)
                shown << table->item(row, column)->text();
            QCOMPARE(shown, cells);
        }
        QVERIFY(!dialog.compareWith(m_dir.filePath(QStringLiteral("missing.yaml"))));
        QCOMPARE(table->rowCount(), 0);
    }

    void helpMenu()
    {
        MainWindow window(*m_catalog);
        QAction* handbook = fileAction(window, QStringLiteral("&Handbook"));
        QVERIFY(handbook);
        QCOMPARE(handbook->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(MainWindow::handbookPath().endsWith(QLatin1String("GUI.md")));
        QVERIFY(QFileInfo::exists(MainWindow::handbookPath()));
        QVERIFY(fileAction(window, QStringLiteral("About &Qt")));
        QVERIFY(fileAction(window, QStringLiteral("&About Headroom")));
    }
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
