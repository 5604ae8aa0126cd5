// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace headroom {

// F6 and Shift+F6 move the keyboard focus to the next and previous pane of a window (as in
// KDE and GNOME applications): into the first widget of the pane that takes the focus.
class PaneCycler : public QObject
{
    Q_OBJECT

public:
    PaneCycler(QWidget* window, const QList<QWidget*>& panes);

    void next() { move(+1); }
    void previous() { move(-1); }

private:
    void move(int step);
    int currentPane() const;

    QList<QPointer<QWidget>> m_panes;
};

} // namespace headroom
