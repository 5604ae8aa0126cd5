// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planwriter.h"
#include "testutils.h"
#include "ui/activewindow.h"
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

// The row of the first finding of `code` (and `role`, when given), or -1.
int rowOf(const FindingsModel& model, const QString& code, const QString& role = {})
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const PlanFinding* f = model.findingAt(r);
        if (f->finding.code == code && (role.isEmpty() || f->role == role))
            return r;
    }
    return -1;
}

bool hasFix(const PlanFinding& finding)
{
    return finding.recommendation && !finding.recommendation->isEmpty();
}

// Clicks `row` of the findings list, with `modifiers` (Ctrl adds it to the selection).
void clickRow(FindingsPanel* panel, int row, Qt::KeyboardModifiers modifiers = {})
{
    QTreeView* view = panel->view();
    view->scrollTo(panel->model()->index(row, 0));
    const QRect rect = view->visualRect(panel->model()->index(row, FindingsModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
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

    // With several findings selected, Apply Fix applies every selected fix the way
    // `check --apply` orders them, as one undo step that one Ctrl+Z takes back byte for byte;
    // with none of the selected findings fixable it is disabled.
    void applyFixAppliesEverySelectedFix()
    {
        MainWindow w(m_catalog);
        w.resize(1600, 1000);
        QVERIFY(testutils::openActive(w, QStringLiteral("case-study-before.yaml")));
        FindingsPanel* panel = w.findingsPanel();
        const FindingsModel& model = *panel->model();
        const int pool = rowOf(model, QStringLiteral("postgresql.pool-exhaustion-risk"));
        const int memory = rowOf(model, QStringLiteral("postgresql.allocation-inverse-to-load"));
        const int overcommitPrimary = rowOf(model, QStringLiteral("memory.overcommit"), QStringLiteral("primary"));
        const int overcommitReplica = rowOf(model, QStringLiteral("memory.overcommit"), QStringLiteral("replica"));
        QVERIFY(pool >= 0 && memory >= 0 && overcommitPrimary >= 0 && overcommitReplica >= 0);
        QVERIFY(hasFix(*model.findingAt(pool)) && hasFix(*model.findingAt(memory)));
        QVERIFY(!hasFix(*model.findingAt(overcommitPrimary)) && !hasFix(*model.findingAt(overcommitReplica)));

        clickRow(panel, overcommitPrimary);
        clickRow(panel, overcommitReplica, Qt::ControlModifier);
        QCOMPARE(panel->view()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(!panel->fixButton()->isEnabled());

        // Selected from the bottom up: the order of the list, not of the clicks, counts.
        clickRow(panel, std::max(pool, memory));
        clickRow(panel, std::min(pool, memory), Qt::ControlModifier);
        clickRow(panel, overcommitPrimary, Qt::ControlModifier);
        QCOMPARE(panel->view()->selectionModel()->selectedRows().size(), 3);
        QVERIFY(panel->fixButton()->isEnabled());

        const Plan before = w.document()->plan();
        const QByteArray beforeYaml = PlanWriter::toYaml(before);
        QList<PlanFinding> chosen; // as check --apply lists them
        for (const PlanFinding& f : w.document()->sizing().findings) {
            const QString code = f.finding.code;
            if ((code == model.findingAt(pool)->finding.code && f.role == model.findingAt(pool)->role)
                || code == model.findingAt(memory)->finding.code)
                chosen << f;
        }
        QCOMPARE(chosen.size(), 2);
        const Plan expected = PlanSizer::applyAll(before, chosen);
        const int steps = w.document()->undoStack()->count();
        QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        QCOMPARE(PlanWriter::toYaml(w.document()->plan()), PlanWriter::toYaml(expected));
        QVERIFY(PlanWriter::toYaml(w.document()->plan()) != beforeYaml);
        QVERIFY2(w.document()->undoStack()->undoText().contains(u'2'),
                 qPrintable(w.document()->undoStack()->undoText()));

        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(PlanWriter::toYaml(w.document()->plan()), beforeYaml);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        QCOMPARE(w.document()->undoStack()->index(), steps);
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
