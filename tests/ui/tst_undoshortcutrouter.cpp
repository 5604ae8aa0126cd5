// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/propertyeditor.h"

#include <QLineEdit>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;

class TestUndoShortcutRouter : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static std::optional<Quantity> primaryMemory(const MainWindow& w)
    {
        const PlannedService* s = w.document()->plan().service(QStringLiteral("benchmarkdb"));
        return s && s->topology ? s->topology->primary.resources.memoryLimit : std::nullopt;
    }

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // Ctrl+Z in a field whose value the plan has taken undoes the plan's last edit; typing not
    // yet committed is undone by the field itself.
    void ctrlZInAFieldUndoesThePlan()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("case-study-before.yaml")));
        w.selectService(QStringLiteral("benchmarkdb"));
        QLineEdit* edit = w.propertyEditor()->field(QStringLiteral("primaryMemory"));
        QVERIFY(edit);
        const auto before = primaryMemory(w);

        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("64Gi"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents(); // the field learns that its text was taken
        QCOMPARE(primaryMemory(w),
                 std::optional<Quantity>(Quantity::parse(Dimension::Memory, QStringLiteral("64Gi")).value()));
        QVERIFY(w.document()->undoStack()->canUndo());
        edit = w.propertyEditor()->field(QStringLiteral("primaryMemory"));
        QVERIFY(edit->hasFocus());

        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(primaryMemory(w), before);
        QVERIFY(!w.document()->undoStack()->canUndo());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(primaryMemory(w),
                 std::optional<Quantity>(Quantity::parse(Dimension::Memory, QStringLiteral("64Gi")).value()));

        // Typing not committed: Ctrl+Z takes the typing back, the plan stays.
        edit = w.propertyEditor()->field(QStringLiteral("primaryMemory"));
        edit->setFocus();
        const QString shown = edit->text();
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral("0"));
        QCOMPARE(edit->text(), shown + u'0');
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(edit->text(), shown);
        QCOMPARE(primaryMemory(w),
                 std::optional<Quantity>(Quantity::parse(Dimension::Memory, QStringLiteral("64Gi")).value()));
    }
};

QTEST_MAIN(TestUndoShortcutRouter)
#include "tst_undoshortcutrouter.moc"
