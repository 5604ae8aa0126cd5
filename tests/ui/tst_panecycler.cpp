// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/findingspanel.h"
#include "ui/mainwindow.h"
#include "ui/propertyeditor.h"

#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace headroom;

class TestPaneCycler : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static bool focusIn(const QWidget* pane)
    {
        const QWidget* focus = QApplication::focusWidget();
        return focus && (focus == pane || pane->isAncestorOf(focus));
    }

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // Tab leaves the sizing table for the explanation below it (the arrows move in the table).
    void tabLeavesTheSizingTable()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.sizingTable()->setFocus();
        QVERIFY(w.sizingTable()->hasFocus());
        QTest::keyClick(w.sizingTable(), Qt::Key_Tab);
        QVERIFY(!w.sizingTable()->hasFocus());
    }

    // F6 visits the plan tree, the view, the findings and the property editor in turn;
    // Shift+F6 goes back.
    void f6MovesBetweenPanes()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.planTree()->setFocus();
        const QList<const QWidget*> order { w.planTree(), w.sizingTable()->parentWidget(), w.findingsPanel(),
                                            w.propertyEditor()->parentWidget()->parentWidget() };
        for (int i = 1; i <= 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QVERIFY2(focusIn(order[i % 4]), qPrintable(QString::number(i)));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(focusIn(order[3]));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(focusIn(order[2]));
    }
};

QTEST_MAIN(TestPaneCycler)
#include "tst_panecycler.moc"
