// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planwriter.h"
#include "testutils.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;

namespace {
QString example(const QString& name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + name;
}

// The first finding with a recommendation for a service, or -1.
int firstFixable(const FindingsModel& model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const PlanFinding* f = model.findingAt(r);
        if (f->recommendation && !f->recommendation->isEmpty() && !f->service.isEmpty())
            return r;
    }
    return -1;
}
} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // Apply Fix acts on the finding the user can see selected, and on nothing otherwise.
    void applyFixFollowsTheVisibleSelection()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example(QStringLiteral("case-study-before.yaml"))));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FindingsPanel* panel = w.findingsPanel();
        QTreeView* view = panel->view();
        QVERIFY(!panel->fixButton()->isEnabled());
        view->setFocus();
        // The keyboard's current row alone is no selection.
        view->selectionModel()->setCurrentIndex(panel->model()->index(0, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(!panel->fixButton()->isEnabled());

        const int row = firstFixable(*panel->model());
        QVERIFY(row >= 0);
        const PlanFinding finding = *panel->model()->findingAt(row);
        const QRect rect = view->visualRect(panel->model()->index(row, FindingsModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(panel->fixButton()->isEnabled());
        QCOMPARE(w.selectedService(), finding.service);
        // Ctrl+click takes the selection away: nothing to apply.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!panel->fixButton()->isEnabled());
        const Plan before = w.document()->plan();
        QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
        QVERIFY(w.document()->plan() == before);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
        QVERIFY(w.document()->plan() == PlanSizer::apply(before, finding));
        // The findings are new after the change: nothing is selected, so nothing to apply.
        QVERIFY(!panel->fixButton()->isEnabled());
    }

    void applyAllIsCheckApply_data()
    {
        QTest::addColumn<QString>("example");
        for (const char* name :
             { "case-study-before.yaml", "case-study-after.yaml", "data-stack.yaml", "small-production-stack.yaml" })
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    // Apply All Fixes leaves the plan `headroom check --apply` writes, whatever the order the
    // findings are listed in, as one undo step.
    void applyAllIsCheckApply()
    {
        QFETCH(QString, example);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cliOut = dir.filePath(QStringLiteral("cli.yaml"));
        const auto cli = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE),
                                               { QStringLiteral("check"), QStringLiteral("--apply"),
                                                 QStringLiteral("--out"), cliOut, ::example(example) });
        QVERIFY2(cli.exitCode == 0 || cli.exitCode == 1, qPrintable(cli.err));

        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(::example(example)));
        w.show();
        const Plan before = w.document()->plan();
        const int steps = w.document()->undoStack()->count();
        QPushButton* all = w.findingsPanel()->fixAllButton();
        if (all->isEnabled())
            QTest::mouseClick(all, Qt::LeftButton);
        const QString windowOut = dir.filePath(QStringLiteral("window.yaml"));
        QVERIFY(!PlanWriter::save(w.document()->plan(), windowOut));
        QCOMPARE(QString::fromUtf8(testutils::readFile(windowOut)), QString::fromUtf8(testutils::readFile(cliOut)));
        QVERIFY(w.document()->undoStack()->count() <= steps + 1);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == before);
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
