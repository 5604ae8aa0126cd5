// SPDX-License-Identifier: Apache-2.0
#include "ui/sidepanecollapser.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QtTest>

#include <cstdlib>

using namespace headroom;

namespace {
// A tree, tabs and an editor side by side, as in the main window; the second tab needs `need`.
struct Window
{
    QSplitter splitter { Qt::Horizontal };
    QLabel* tree = new QLabel(QStringLiteral("tree"), &splitter);
    QTabWidget* tabs = new QTabWidget(&splitter);
    QLabel* editor = new QLabel(QStringLiteral("editor"), &splitter);
    QWidget* first = new QWidget;
    QWidget* wide = new QWidget;
    int need = 0;
    SidePaneCollapser* collapser = nullptr;

    Window()
    {
        tabs->addTab(first, QStringLiteral("First"));
        tabs->addTab(wide, QStringLiteral("Wide"));
        collapser = new SidePaneCollapser(&splitter, editor, tabs, wide, [this] { return need; });
        splitter.resize(900, 300);
        splitter.setSizes({ 200, 400, 300 });
        splitter.show();
    }
};
} // namespace

class TestSidePaneCollapser : public QObject
{
    Q_OBJECT

private slots:
    // The wide page, narrower than it needs, gets the side pane's width; another page gives
    // the side pane its width back, the tree's untouched throughout.
    void hidesForTheWidePageOnly()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.splitter));
        const QList<int> before = w.splitter.sizes();
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        QVERIFY(!w.editor->isVisible());
        QCOMPARE(w.splitter.sizes().value(0), before.value(0));
        QCOMPARE(w.splitter.sizes().value(1), before.value(1) + before.value(2) + w.splitter.handleWidth());

        w.tabs->setCurrentWidget(w.first);
        QTRY_VERIFY(!w.collapser->isCollapsed());
        QTRY_VERIFY(w.editor->isVisible());
        QCOMPARE(w.splitter.sizes(), before);
    }

    // A page that fits beside the side pane leaves it alone.
    void keepsThePaneWhenThePageFits()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.splitter));
        w.need = 100;
        w.tabs->setCurrentWidget(w.wide);
        QTest::qWait(20);
        QVERIFY(!w.collapser->isCollapsed());
        QVERIFY(w.editor->isVisible());
    }

    // Grown wide enough for both, the window shows the side pane again on the wide page; not
    // before (it would take the page below its need and hide again, back and forth).
    void comesBackWhenTheWindowGrows()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.splitter));
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        w.splitter.resize(w.splitter.width() + 50, w.splitter.height());
        QTest::qWait(20);
        QVERIFY(w.collapser->isCollapsed());
        w.splitter.resize(w.splitter.width() + 600, w.splitter.height());
        QTRY_VERIFY(!w.collapser->isCollapsed());
        QVERIFY(w.editor->isVisible());
        QVERIFY(w.tabs->currentWidget()->width() >= w.need);
    }

    // restore() (before the splitter's state is saved) shows the pane at its width.
    void restoreShowsThePane()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.splitter));
        QTest::qWait(20);
        const int editorWidth = w.splitter.sizes().value(2);
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        w.collapser->restore();
        QVERIFY(w.editor->isVisible());
        // Before the next layout pass the splitter may still round its new handle's pixel.
        QVERIFY2(std::abs(w.splitter.sizes().value(2) - editorWidth) <= 1,
                 qPrintable(QStringLiteral("%1, was %2").arg(w.splitter.sizes().value(2)).arg(editorWidth)));
    }
};

QTEST_MAIN(TestSidePaneCollapser)
#include "tst_sidepanecollapser.moc"
