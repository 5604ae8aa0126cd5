// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>

namespace headroom {

// A chart view a user can look closer with: the wheel zooms about the pointer, a dragged
// rectangle zooms to it, the arrow keys (or a drag with the middle button) pan, and a
// double click, Home or Reset Zoom shows the whole chart again. Copy Chart (Ctrl+C, also in
// the context menu) puts the chart on the clipboard as an image.
class ZoomableChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ZoomableChartView(QChart* chart, QWidget* parent = nullptr);

    QAction* resetZoomAction() const { return m_reset; }
    QAction* copyAction() const { return m_copy; }
    // The widget Copy Chart takes a picture of, when the chart's legend or labels are drawn
    // beside the view; the view itself by default.
    void setPictureSource(QWidget* source) { m_pictureSource = source; }
    void resetZoom();
    void copyToClipboard();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QAction* m_reset = nullptr;
    QAction* m_copy = nullptr;
    QWidget* m_pictureSource = this;
    QPointF m_panFrom;
    bool m_panning = false;
};

} // namespace headroom
