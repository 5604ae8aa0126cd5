// SPDX-License-Identifier: Apache-2.0
#include "ui/panecycler.h"

#include <QApplication>
#include <QShortcut>
#include <QTabWidget>
#include <QWidget>

namespace headroom {

namespace {
bool takesFocus(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

// The first widget inside the pane that takes the focus, in the window's Tab order, else the
// pane itself; in tabs, the shown page's.
QWidget* firstFocusable(QWidget* pane)
{
    if (auto* tabs = qobject_cast<QTabWidget*>(pane); tabs && tabs->currentWidget())
        pane = tabs->currentWidget();
    for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesFocus(w))
            return w;
    }
    return takesFocus(pane) ? pane : nullptr;
}
} // namespace

PaneCycler::PaneCycler(QWidget* window, const QList<QWidget*>& panes)
    : QObject(window)
{
    for (QWidget* pane : panes)
        m_panes.append(pane);
    auto* forward = new QShortcut(QKeySequence(Qt::Key_F6), window);
    connect(forward, &QShortcut::activated, this, &PaneCycler::next);
    auto* back = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), window);
    connect(back, &QShortcut::activated, this, &PaneCycler::previous);
}

int PaneCycler::currentPane() const
{
    const QWidget* focus = QApplication::focusWidget();
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes[i] && focus && (m_panes[i] == focus || m_panes[i]->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PaneCycler::move(int step)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    int i = currentPane();
    if (i < 0)
        i = step > 0 ? -1 : 0;
    for (int tried = 0; tried < count; ++tried) {
        i = (i + step + count) % count;
        if (!m_panes[i])
            continue;
        if (QWidget* target = firstFocusable(m_panes[i])) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace headroom
