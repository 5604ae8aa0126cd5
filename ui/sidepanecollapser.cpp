// SPDX-License-Identifier: Apache-2.0
#include "ui/sidepanecollapser.h"

#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace headroom {

SidePaneCollapser::SidePaneCollapser(QSplitter* splitter, QWidget* sidePane, QTabWidget* tabs, QWidget* page,
                                     std::function<int()> neededWidth)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_side(sidePane)
    , m_tabs(tabs)
    , m_page(page)
    , m_neededWidth(std::move(neededWidth))
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &SidePaneCollapser::updateLater);
    // The page's width is known once the splitter and the tabs have laid it out: after a
    // window resize, a tab change or a pane's new minimum, it is resized last.
    m_page->installEventFilter(this);
}

bool SidePaneCollapser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Resize)
        updateLater();
    return QObject::eventFilter(watched, event);
}

void SidePaneCollapser::updateLater()
{
    // Not inside the layout pass that resized the page: the splitter is laid out again.
    QTimer::singleShot(0, this, &SidePaneCollapser::update);
}

int SidePaneCollapser::paneOf(const QWidget* widget) const
{
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (m_splitter->widget(i) == widget || m_splitter->widget(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}

void SidePaneCollapser::update()
{
    const bool onPage = m_tabs->currentWidget() == m_page && m_page->isVisible();
    const int needed = onPage ? m_neededWidth() : 0;
    if (!m_collapsed) {
        if (needed > m_page->width())
            collapse();
        return;
    }
    // Shown again, the side pane would take its width back from the page.
    if (!onPage || m_page->width() - m_sideWidth - m_splitter->handleWidth() >= needed)
        restore();
}

void SidePaneCollapser::collapse()
{
    const int side = paneOf(m_side);
    const int centre = paneOf(m_tabs);
    if (side < 0 || centre < 0)
        return;
    QList<int> sizes = m_splitter->sizes();
    m_sideWidth = sizes[side];
    // The pane and the handle beside it both go.
    sizes[centre] += sizes[side] + m_splitter->handleWidth();
    sizes[side] = 0;
    m_collapsed = true;
    m_side->hide();
    m_splitter->setSizes(sizes);
}

void SidePaneCollapser::restore()
{
    if (!m_collapsed)
        return;
    m_collapsed = false;
    // The sizes while hidden: the page gives back the pane's width and its handle's.
    const int side = paneOf(m_side);
    const int centre = paneOf(m_tabs);
    QList<int> sizes = m_splitter->sizes();
    m_side->show();
    sizes[centre] = std::max(0, sizes[centre] - m_sideWidth - m_splitter->handleWidth());
    sizes[side] = m_sideWidth;
    m_splitter->setSizes(sizes);
}

} // namespace headroom
