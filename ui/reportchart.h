// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/whatifsweep.h"
#include "model/measurement.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// One memory what-if chart of the printed report, drawn as the window's What-if tab draws
// it: each component's need stacked, the container limit, the tier's memory and the
// largest node, the measured band, today's value and the break point with its label, on
// axes in units people read. Painted with QPainter, so that it needs no widgets.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    struct Input
    {
        QString title; // the swept input's title
        WhatIfChartRange chart;
        QList<WhatIfPoint> points;
        WhatIfCeilings ceilings;
        std::optional<UsageDistribution> measured; // working set, with a measurement
    };

    explicit ReportChart(Input input);

    // The chart at `size` logical pixels, at twice the resolution for print.
    QImage render(QSize size) const;
    // The largest memory figure the chart shows, in bytes: it picks the y axis's unit.
    double top() const;
    const Input& input() const { return m_input; }

private:
    struct Frame;
    void drawAxes(QPainter& painter, const Frame& frame) const;
    void drawAreas(QPainter& painter, const Frame& frame) const;
    void drawLines(QPainter& painter, const Frame& frame) const;
    void drawMarkers(QPainter& painter, const Frame& frame) const;
    void drawLegend(QPainter& painter, const Frame& frame) const;
    std::optional<Quantity> shownNode() const;

    Input m_input;
    const ServiceSizing* m_first = nullptr;
};

} // namespace headroom
