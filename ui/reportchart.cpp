// SPDX-License-Identifier: Apache-2.0
#include "ui/reportchart.h"

#include "model/catalogtext.h"
#include "ui/axisunit.h"
#include "ui/whatiflabels.h"
#include "ui/whatifpalette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

using namespace whatifpalette;

// Axis ticks at 1, 2 or 5 times a power of ten, covering low to high.
struct Ticks
{
    double low = 0;
    double high = 1;
    double step = 1;
    int decimals = 0;

    static Ticks covering(double low, double high)
    {
        const double span = high > low ? high - low : std::max(1.0, std::abs(high));
        const double raw = span / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double fraction = raw / magnitude;
        const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        Ticks t;
        t.step = nice * magnitude;
        t.low = std::floor(low / t.step + 1e-9) * t.step;
        t.high = std::ceil(high / t.step - 1e-9) * t.step;
        if (t.high <= t.low)
            t.high = t.low + t.step;
        t.decimals = t.step >= 1 ? 0 : int(std::ceil(-std::log10(t.step) - 1e-9));
        return t;
    }
    QList<double> values() const
    {
        QList<double> out;
        for (double v = low; v <= high + step / 2; v += step)
            out << v;
        return out;
    }
    QString label(double v) const { return QLocale().toString(std::abs(v) < step / 2 ? 0.0 : v, 'f', decimals); }
};

enum class Swatch { Area, Line, DashedLine, Marker };

struct LegendEntry
{
    QColor colour;
    Swatch swatch;
    Qt::PenStyle style = Qt::SolidLine;
    QString text;
};

} // namespace

struct ReportChart::Frame
{
    QRectF plot;
    AxisUnit xUnit;
    AxisUnit yUnit;
    Ticks x;
    Ticks y;
    QList<LegendEntry> legend;
    QList<QRectF> legendBoxes; // one per entry, below the plot

    QPointF at(double xFormula, double yBytes) const
    {
        const double u = (xFormula * xUnit.scale - x.low) / (x.high - x.low);
        const double v = (yBytes * yUnit.scale - y.low) / (y.high - y.low);
        return { plot.left() + u * plot.width(), plot.bottom() - v * plot.height() };
    }
};

ReportChart::ReportChart(Input input)
    : m_input(std::move(input))
{
    for (const auto& p : m_input.points) {
        if (p.sizing) {
            m_first = &*p.sizing;
            break;
        }
    }
}

std::optional<Quantity> ReportChart::shownNode() const
{
    // As the window: a node far above everything else would only squash the chart.
    const auto& node = m_input.ceilings.node;
    if (node && double(node->raw()) <= top())
        return node;
    return std::nullopt;
}

double ReportChart::top() const
{
    double top = 0;
    for (const auto& p : m_input.points) {
        if (p.sizing)
            top = std::max(
                { top, double(whatif::memoryDemand(*p.sizing).raw()), double(p.sizing->resources.memoryLimit.raw()) });
    }
    if (m_input.ceilings.tierMemory)
        top = std::max(top, double(m_input.ceilings.tierMemory->raw()));
    if (m_input.measured)
        top = std::max(top, double(m_input.measured->max.raw()));
    if (m_input.ceilings.node && double(m_input.ceilings.node->raw()) <= 2 * top)
        top = std::max(top, double(m_input.ceilings.node->raw()));
    return top;
}

QImage ReportChart::render(QSize size) const
{
    QImage image(size * 2, QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    if (!m_first)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);

    Frame frame;
    const WhatIfRange& range = m_input.chart.range;
    frame.xUnit = AxisUnit::forValues(range.to.dimension(), range.to.toFormulaValue());
    frame.yUnit = AxisUnit::forValues(Dimension::Memory, top());
    frame.x = Ticks::covering(range.from.toFormulaValue() * frame.xUnit.scale,
                              range.to.toFormulaValue() * frame.xUnit.scale);
    frame.y = Ticks::covering(0, top() * frame.yUnit.scale * 1.1);
    const auto* self = this;
    const auto entries = [self] {
        QList<LegendEntry> out;
        for (qsizetype c = 0; c < self->m_first->memory.size(); ++c) {
            const MemoryComponent& mc = self->m_first->memory[c];
            out << LegendEntry { kAreaColors[c % std::size(kAreaColors)], Swatch::Area, Qt::SolidLine,
                                 catalogTitle(mc.title, mc.name) };
        }
        return out;
    }();
    frame.legend = entries;
    frame.legend << LegendEntry { kLimitColor, Swatch::Line, Qt::SolidLine, tr("Container limit") };
    if (m_input.ceilings.tierMemory)
        frame.legend << LegendEntry { kTierColor, Swatch::DashedLine, Qt::DashLine,
                                      tr("Tier %1 memory").arg(m_first->size) };
    if (shownNode())
        frame.legend << LegendEntry { kNodeColor, Swatch::DashedLine, Qt::DashDotDotLine, tr("Node size") };
    if (m_input.measured)
        frame.legend << LegendEntry { kMeasuredColor, Swatch::Area, Qt::SolidLine, tr("Measured p50 to max") };
    frame.legend << LegendEntry { Qt::black, Swatch::DashedLine, Qt::DashDotLine, tr("Current value") };
    if (m_input.chart.breakPoint)
        frame.legend << LegendEntry { kBreakColor, Swatch::Marker, Qt::SolidLine,
                                      WhatIfLabels::breakText(*m_input.chart.breakPoint, m_input.title) };

    // The legend flows in rows under the plot; the plot takes what is left.
    const qreal left = 60;
    const qreal right = size.width() - 24; // room for the last tick's label
    qreal x = left;
    int row = 0;
    for (const auto& entry : std::as_const(frame.legend)) {
        const qreal width = 22 + metrics.horizontalAdvance(entry.text) + 14;
        if (x + width > right && x > left) {
            x = left;
            ++row;
        }
        frame.legendBoxes << QRectF(x, row * 16, width, 16);
        x += width;
    }
    const qreal legendHeight = (row + 1) * 16;
    const qreal bottom = size.height() - legendHeight - 40;
    frame.plot = QRectF(left, 10, right - left, bottom - 10);
    for (QRectF& box : frame.legendBoxes)
        box.translate(0, size.height() - legendHeight - 4);

    drawAreas(painter, frame);
    drawLines(painter, frame);
    drawAxes(painter, frame);
    drawMarkers(painter, frame);
    drawLegend(painter, frame);
    return image;
}

void ReportChart::drawAxes(QPainter& painter, const Frame& frame) const
{
    const QRectF& plot = frame.plot;
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.8));
    for (double v : frame.y.values()) {
        const qreal y = frame.at(0, v / frame.yUnit.scale).y();
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(QPen(Qt::gray, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.setPen(Qt::black);
    for (double v : frame.y.values()) {
        const qreal y = frame.at(0, v / frame.yUnit.scale).y();
        painter.drawText(QRectF(0, y - 8, plot.left() - 5, 16), Qt::AlignRight | Qt::AlignVCenter, frame.y.label(v));
    }
    for (double v : frame.x.values()) {
        const qreal x = frame.at(v / frame.xUnit.scale, 0).x();
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, 14), Qt::AlignHCenter | Qt::AlignTop, frame.x.label(v));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 19, plot.width(), 14), Qt::AlignHCenter | Qt::AlignTop,
                     frame.xUnit.title(m_input.title));
    painter.save();
    painter.translate(12, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt::AlignCenter,
                     frame.yUnit.title(tr("Memory")));
    painter.restore();
}

// Each component's need stacked on the ones before it, as the window's areas.
void ReportChart::drawAreas(QPainter& painter, const Frame& frame) const
{
    painter.save();
    painter.setClipRect(frame.plot);
    const qsizetype components = m_first->memory.size();
    for (qsizetype c = components - 1; c >= 0; --c) {
        QPolygonF outline;
        QList<QPointF> base;
        for (const auto& p : m_input.points) {
            if (!p.sizing || p.sizing->memory.size() != components)
                continue;
            double below = 0;
            for (qsizetype k = 0; k < c; ++k)
                below += double(p.sizing->memory[k].need().raw());
            const double x = p.input.toFormulaValue();
            outline << frame.at(x, below + double(p.sizing->memory[c].need().raw()));
            base.prepend(frame.at(x, below));
        }
        outline << QPolygonF(base);
        const QColor colour = kAreaColors[c % std::size(kAreaColors)];
        painter.setPen(QPen(colour.darker(130), 0.8));
        painter.setBrush(colour);
        painter.drawPolygon(outline);
    }
    // The measured band over the areas, translucent, as the window lays it.
    if (m_input.measured) {
        const WhatIfRange& range = m_input.chart.range;
        const QPointF topLeft = frame.at(range.from.toFormulaValue(), double(m_input.measured->max.raw()));
        const QPointF bottomRight = frame.at(range.to.toFormulaValue(), double(m_input.measured->p50.raw()));
        QColor fill = kMeasuredColor;
        fill.setAlpha(70);
        painter.fillRect(QRectF(topLeft, bottomRight), fill);
    }
    painter.restore();
}

void ReportChart::drawLines(QPainter& painter, const Frame& frame) const
{
    painter.save();
    painter.setClipRect(frame.plot);
    painter.setBrush(Qt::NoBrush);
    QPolygonF limit;
    for (const auto& p : m_input.points) {
        if (p.sizing)
            limit << frame.at(p.input.toFormulaValue(), double(p.sizing->resources.memoryLimit.raw()));
    }
    painter.setPen(QPen(kLimitColor, 2));
    painter.drawPolyline(limit);
    const WhatIfRange& range = m_input.chart.range;
    const auto flat = [&](const Quantity& y, const QColor& colour, Qt::PenStyle style) {
        painter.setPen(QPen(colour, 2, style));
        painter.drawLine(frame.at(range.from.toFormulaValue(), double(y.raw())),
                         frame.at(range.to.toFormulaValue(), double(y.raw())));
    };
    if (m_input.ceilings.tierMemory)
        flat(*m_input.ceilings.tierMemory, kTierColor, Qt::DashLine);
    if (const auto node = shownNode())
        flat(*node, kNodeColor, Qt::DashDotDotLine);
    if (m_input.measured) {
        QColor edge = kMeasuredColor;
        edge.setAlpha(200);
        flat(m_input.measured->max, edge, Qt::DashLine);
        flat(m_input.measured->p50, edge, Qt::DashLine);
    }
    painter.restore();
}

void ReportChart::drawMarkers(QPainter& painter, const Frame& frame) const
{
    const double current = m_input.chart.range.current.toFormulaValue();
    painter.setPen(QPen(Qt::black, 1, Qt::DashDotLine));
    painter.drawLine(QPointF(frame.at(current, 0).x(), frame.plot.top()),
                     QPointF(frame.at(current, 0).x(), frame.plot.bottom()));
    if (!m_input.chart.breakPoint)
        return;
    const WhatIfBreak& at = *m_input.chart.breakPoint;
    const QPointF point = frame.at(at.input.toFormulaValue(), double(at.demand.raw()));
    painter.setPen(QPen(kBreakColor.darker(150), 1));
    painter.setBrush(kBreakColor);
    painter.drawEllipse(point, 5, 5);
    // The label beside the marker, on the side with room, as the window's legend names it.
    const QString text = WhatIfLabels::breakText(at, m_input.title);
    const qreal width = QFontMetricsF(painter.font()).horizontalAdvance(text) + 4;
    const bool leftOfIt = point.x() + 8 + width > frame.plot.right();
    const QRectF box(leftOfIt ? point.x() - 8 - width : point.x() + 8, std::max(frame.plot.top(), point.y() - 18),
                     width, 14);
    painter.fillRect(box, QColor(255, 255, 255, 220));
    painter.setPen(kBreakColor.darker(150));
    painter.drawText(box, Qt::AlignCenter, text);
}

void ReportChart::drawLegend(QPainter& painter, const Frame& frame) const
{
    for (qsizetype i = 0; i < frame.legend.size(); ++i) {
        const LegendEntry& entry = frame.legend[i];
        const QRectF& box = frame.legendBoxes[i];
        const QRectF swatch(box.left(), box.top() + 4, 16, 8);
        switch (entry.swatch) {
        case Swatch::Area:
            painter.fillRect(swatch, entry.colour);
            break;
        case Swatch::Line:
        case Swatch::DashedLine:
            painter.setPen(QPen(entry.colour, 2, entry.style));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
            break;
        case Swatch::Marker:
            painter.setPen(QPen(entry.colour.darker(150), 1));
            painter.setBrush(entry.colour);
            painter.drawEllipse(swatch.center(), 4, 4);
            break;
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left() + 22, box.top(), box.width() - 22, box.height()), Qt::AlignVCenter,
                         entry.text);
    }
}

} // namespace headroom
