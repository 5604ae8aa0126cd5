// SPDX-License-Identifier: Apache-2.0
#include "ui/sidepanecollapser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QtTest>

#include <cstdlib>

using namespace headroom;

namespace {
// A tree, tabs and an editor side by side in a window of a fixed size, as in the main
// window; the second tab needs `need`.
struct Window
{
    QWidget window;
    QSplitter& splitter = *new QSplitter(Qt::Horizontal, &window);
    QLabel* tree = new QLabel(QStringLiteral("tree"), &splitter);
    QTabWidget* tabs = new QTabWidget(&splitter);
    QLabel* editor = new QLabel(QStringLiteral("editor"), &splitter);
    QWidget* first = new QWidget;
    QWidget* wide = new QWidget;
    int need = 0;
    SidePaneCollapser* collapser = nullptr;

    Window()
    {
        auto* layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(&splitter);
        tabs->addTab(first, QStringLiteral("First"));
        tabs->addTab(wide, QStringLiteral("Wide"));
        collapser = new SidePaneCollapser(&splitter, editor, tabs, wide, [this] { return need; });
        window.setFixedSize(900, 300);
        splitter.setSizes({ 200, 400, 300 });
        window.show();
    }

    // Shown, and laid out as the user first sees it: the splitter shares its width out once
    // more after the window is exposed.
    bool shown()
    {
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QTest::qWait(50);
        return true;
    }
};

// Whether `sizes` are `expected` to a pixel: QSplitter rounds as it shares its width out
// again when a pane is hidden or shown.
bool near(const QList<int>& sizes, const QList<int>& expected)
{
    if (sizes.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (std::abs(sizes[i] - expected[i]) > 1)
            return false;
    }
    return true;
}

QString describe(const QList<int>& sizes)
{
    QStringList texts;
    for (int size : sizes)
        texts << QString::number(size);
    return texts.join(QLatin1Char(' '));
}
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
        QVERIFY(w.shown());
        const QList<int> before = w.splitter.sizes();
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        QVERIFY(!w.editor->isVisible());
        const QList<int> collapsed { before[0], before[1] + before[2] + w.splitter.handleWidth(), 0 };
        QTRY_VERIFY2(near(w.splitter.sizes(), collapsed),
                     qPrintable(describe(w.splitter.sizes()) + QLatin1String(" for ") + describe(collapsed)));

        w.tabs->setCurrentWidget(w.first);
        QTRY_VERIFY(!w.collapser->isCollapsed());
        QTRY_VERIFY(w.editor->isVisible());
        QTRY_VERIFY2(near(w.splitter.sizes(), before),
                     qPrintable(describe(w.splitter.sizes()) + QLatin1String(" for ") + describe(before)));
    }

    // A page that fits beside the side pane leaves it alone.
    void keepsThePaneWhenThePageFits()
    {
        Window w;
        QVERIFY(w.shown());
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
        QVERIFY(w.shown());
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        w.window.setFixedSize(w.window.width() + 50, w.window.height());
        QTest::qWait(20);
        QVERIFY(w.collapser->isCollapsed());
        w.window.setFixedSize(w.window.width() + 600, w.window.height());
        QTRY_VERIFY(!w.collapser->isCollapsed());
        QVERIFY(w.editor->isVisible());
        QVERIFY(w.tabs->currentWidget()->width() >= w.need);
    }

    // restore() (before the splitter's state is saved) shows the pane at its width.
    void restoreShowsThePane()
    {
        Window w;
        QVERIFY(w.shown());
        const int editorWidth = w.splitter.sizes().value(2);
        w.need = w.tabs->width() + 100;
        w.tabs->setCurrentWidget(w.wide);
        QTRY_VERIFY(w.collapser->isCollapsed());
        w.collapser->restore();
        QVERIFY(w.editor->isVisible());
        QVERIFY2(std::abs(w.splitter.sizes().value(2) - editorWidth) <= 1,
                 qPrintable(QStringLiteral("%1, was %2").arg(w.splitter.sizes().value(2)).arg(editorWidth)));
    }
};

QTEST_MAIN(TestSidePaneCollapser)
#include "tst_sidepanecollapser.moc"
