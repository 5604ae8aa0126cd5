// SPDX-License-Identifier: Apache-2.0
#include "ui/zoomablechartview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace headroom {

ZoomableChartView::ZoomableChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    m_copy = new QAction(tr("&Copy Chart"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &ZoomableChartView::copyToClipboard);
    m_reset = new QAction(tr("&Reset Zoom"), this);
    m_reset->setShortcut(QKeySequence(Qt::Key_Home));
    m_reset->setShortcutContext(Qt::WidgetShortcut);
    connect(m_reset, &QAction::triggered, this, &ZoomableChartView::resetZoom);
    addAction(m_copy);
    addAction(m_reset);
}

void ZoomableChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

void ZoomableChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(m_pictureSource->grab().toImage());
}

void ZoomableChartView::wheelEvent(QWheelEvent* event)
{
    if (!chart() || event->angleDelta().y() == 0)
        return QChartView::wheelEvent(event);
    // About the pointer: the point under it stays where it is.
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    const QRectF area = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    QRectF zoomed(0, 0, area.width() / factor, area.height() / factor);
    zoomed.moveCenter(at + (area.center() - at) / factor);
    chart()->zoomIn(zoomed);
    event->accept();
}

void ZoomableChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning && chart()) {
        const QPointF delta = event->position() - m_panFrom;
        chart()->scroll(-delta.x(), delta.y());
        m_panFrom = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        event->accept();
        return;
    }
    // A right click shows the context menu; QChartView would zoom out on it.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetZoom();
    event->accept();
}

void ZoomableChartView::keyPressEvent(QKeyEvent* event)
{
    if (!chart())
        return QChartView::keyPressEvent(event);
    const double step = 20;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, step);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -step);
        break;
    case Qt::Key_Plus:
        chart()->zoomIn();
        break;
    case Qt::Key_Minus:
        chart()->zoomOut();
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

} // namespace headroom
