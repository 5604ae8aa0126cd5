// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/exportdialog.h"
#include "ui/exportsview.h"
#include "ui/plandocument.h"

#include <QComboBox>
#include <QDirIterator>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace headroom;

// The export dialog writes the same files as `headroom export`, byte for byte: both run
// core's PlanExporter and ExportFolder. The command is run as users run it, as a process.
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
        QComboBox* profiles = view->profileCombo();
        profiles->setCurrentIndex(profiles->findData(profile));
        QCOMPARE(profiles->currentData().toString(), profile);
        view->formatCombo()->setCurrentIndex(view->formatCombo()->findData(format));
        if (!services.isEmpty()) {
            for (int i = 0; i < view->serviceList()->count(); ++i) {
                QListWidgetItem* item = view->serviceList()->item(i);
                item->setCheckState(services.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
            }
        }
        QVERIFY(!view->files().isEmpty());
        QCOMPARE(view->fileList()->count(), view->files().size());

        QTemporaryDir gui;
        QTemporaryDir cli;
        view->writeTo(gui.path());

        QStringList arguments { QStringLiteral("export"),    plan,    QStringLiteral("--out"),    cli.path(),
                                QStringLiteral("--profile"), profile, QStringLiteral("--format"), format };
        if (!services.isEmpty())
            arguments << QStringLiteral("--services") << services.join(QLatin1Char(','));
        const auto command = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
        QVERIFY2(command.exitCode == 0, qPrintable(command.err));

        const auto written = readTree(gui.path());
        const auto expected = readTree(cli.path());
        QCOMPARE(written.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
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
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
