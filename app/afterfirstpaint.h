// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QWidget>

#include <functional>

// Runs `then` from the event loop once the first Paint event of the window (or a child) has been handled and that
// frame is painted, once; an application event filter until then. Filters made earlier see the paint first, so
// their `then` runs first.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    std::function<void()> m_then;
};
