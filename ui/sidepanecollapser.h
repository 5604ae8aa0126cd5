// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QSplitter;
class QTabWidget;
class QWidget;

namespace headroom {

// Gives one page of a tab widget the width it needs on a small screen: while that page is
// current and narrower than `neededWidth()`, a side pane of the splitter that holds the tabs
// is hidden and its width goes to the tabs' pane. Another page, or a window wide enough for
// both, brings the side pane back at the width it had. Hidden, not collapsed to nothing: the
// keyboard focus and F6 never land in a pane the user cannot see.
class SidePaneCollapser : public QObject
{
    Q_OBJECT

public:
    // `neededWidth` is the page's: 0 when it needs nothing in particular.
    SidePaneCollapser(QSplitter* splitter, QWidget* sidePane, QTabWidget* tabs, QWidget* page,
                      std::function<int()> neededWidth);

    // Hides or shows the side pane for the current page and width. Called once the layouts
    // have settled after the page changed or was resized.
    void update();
    // Shows the side pane at its width (before the splitter's state is saved).
    void restore();
    bool isCollapsed() const { return m_collapsed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void collapse();
    void updateLater();
    // The splitter's pane that is `widget` or holds it.
    int paneOf(const QWidget* widget) const;

    QSplitter* m_splitter;
    QWidget* m_side;
    QTabWidget* m_tabs;
    QWidget* m_page;
    std::function<int()> m_neededWidth;
    bool m_collapsed = false;
    int m_sideWidth = 0; // when it was hidden
};

} // namespace headroom
