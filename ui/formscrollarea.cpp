// SPDX-License-Identifier: Apache-2.0
#include "ui/formscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace headroom {

FormScrollArea::FormScrollArea(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FormScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (widget()) {
        hint.setWidth(widget()->minimumSizeHint().width() + 2 * frameWidth() + verticalScrollBar()->sizeHint().width());
    }
    return hint;
}

bool FormScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The form's minimum changes when it is rebuilt for another item or its texts change:
    // the splitter must hear of it.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace headroom
