// SPDX-License-Identifier: Apache-2.0
#include "app/afterfirstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

AfterFirstPaint::AfterFirstPaint(QWidget* window, std::function<void()> then)
    : QObject(window)
    , m_window(window)
    , m_then(std::move(then))
{
    qApp->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (m_then && event->type() == QEvent::Paint && watched->isWidgetType()
        && (watched == m_window || m_window->isAncestorOf(static_cast<QWidget*>(watched)))) {
        qApp->removeEventFilter(this);
        // Posted: it runs once the whole frame this paint belongs to has been painted.
        QTimer::singleShot(0, m_window, std::exchange(m_then, {}));
    }
    return false;
}
