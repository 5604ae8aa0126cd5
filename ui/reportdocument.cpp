// SPDX-License-Identifier: Apache-2.0
#include "ui/reportdocument.h"

#include "engine/sizingengine.h"
#include "engine/whatifsweep.h"
#include "report/planreport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace headroom {

namespace {

constexpr int chartPoints = 25;
constexpr QSize chartSize(640, 240);
constexpr QSize chartShown(480, 180); // on the page: the width of A4 between its margins

// The input a service's chart sweeps: connections where the service has them (what most
// findings are about), else its first input.
QString chartInput(const SizingEngine& engine, const QString& service)
{
    const QStringList inputs = whatif::sweepableInputs(engine, service);
    if (inputs.contains(QLatin1String("connections")))
        return QStringLiteral("connections");
    return inputs.value(0);
}

// What the engine's components ask for; the remainder (page cache) only fills what is left under the limit.
double memoryDemand(const ServiceSizing& sizing)
{
    double sum = 0;
    for (const auto& component : sizing.memory)
        sum += component.demand.toFormulaValue();
    return sum;
}

struct Series
{
    QList<QPointF> demand; // (input, bytes)
    QList<QPointF> limit;
    double maxX = 0;
    double maxY = 0;
};

Series seriesOf(const QList<WhatIfPoint>& points)
{
    Series series;
    for (const auto& point : points) {
        if (!point.sizing)
            continue;
        const double x = point.input.toFormulaValue();
        const double demand = memoryDemand(*point.sizing);
        const double limit = point.sizing->resources.memoryLimit.toFormulaValue();
        series.demand << QPointF(x, demand);
        series.limit << QPointF(x, limit);
        series.maxX = std::max(series.maxX, x);
        series.maxY = std::max({ series.maxY, demand, limit });
    }
    return series;
}

void drawLine(QPainter& painter, const QList<QPointF>& values, const QRectF& plot, const Series& series,
              const QColor& colour)
{
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF p(plot.left() + values[i].x() / series.maxX * plot.width(),
                        plot.bottom() - values[i].y() / series.maxY * plot.height());
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setPen(QPen(colour, 2.5));
    painter.drawPath(path);
}

// The memory the engine gives the service (its limit) and what its components demand, across the input.
QImage drawChart(const Series& series, const WhatIfRange& range, const QString& inputTitle)
{
    QImage image(chartSize * 2, QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QRectF plot(70, 12, chartSize.width() - 90, chartSize.height() - 62);
    painter.setPen(QPen(Qt::gray, 1));
    painter.drawRect(plot);
    const QColor limitColour(0x1f, 0x77, 0xb4);
    const QColor demandColour(0xd6, 0x27, 0x28);
    drawLine(painter, series.limit, plot, series, limitColour);
    drawLine(painter, series.demand, plot, series, demandColour);
    const double currentX = plot.left() + range.current.toFormulaValue() / series.maxX * plot.width();
    painter.setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    painter.drawLine(QPointF(currentX, plot.top()), QPointF(currentX, plot.bottom()));

    painter.setPen(Qt::black);
    const auto yLabel
        = [&](double bytes) { return Quantity::bytes(static_cast<std::int64_t>(bytes)).toDisplayString(); };
    painter.drawText(QRectF(0, plot.top() - 6, plot.left() - 6, 14), Qt::AlignRight, yLabel(series.maxY));
    painter.drawText(QRectF(0, plot.bottom() - 8, plot.left() - 6, 14), Qt::AlignRight, yLabel(0));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, 200, 14), Qt::AlignLeft, range.from.toDisplayString());
    painter.drawText(QRectF(plot.right() - 200, plot.bottom() + 4, 200, 14), Qt::AlignRight,
                     range.to.toDisplayString());
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 14), Qt::AlignHCenter, inputTitle);

    const qreal legendY = chartSize.height() - 22;
    const auto legend = [&](qreal x, const QColor& colour, const QString& text) {
        painter.fillRect(QRectF(x, legendY + 4, 14, 4), colour);
        painter.drawText(QRectF(x + 20, legendY - 2, 240, 16), Qt::AlignLeft, text);
    };
    legend(plot.left(), limitColour, ReportDocument::tr("Memory limit"));
    legend(plot.left() + 200, demandColour, ReportDocument::tr("Memory demand"));
    return image;
}

QString chartName(qsizetype index)
{
    return QStringLiteral("chart-%1.png").arg(index + 1);
}

QString dataUrl(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

ReportDocument::ReportDocument(const Plan& plan, const PlanSizing& sizing, const SizingEngine& engine)
    : m_plan(plan)
    , m_sizing(sizing)
{
    for (const auto& service : plan.services) {
        if (m_charts.size() >= maxCharts)
            break;
        const QString input = chartInput(engine, service.request.service);
        auto request = whatif::roleRequest(plan, sizing, service.name, QString());
        if (input.isEmpty() || !request)
            continue;
        auto range = whatif::defaultRange(engine, request.value(), input);
        if (!range)
            continue;
        auto points = whatif::sweep(engine, request.value(), input, range->from, range->to, chartPoints);
        if (!points)
            continue;
        const Series series = seriesOf(points.value());
        if (series.demand.size() < 2 || series.maxX <= 0 || series.maxY <= 0)
            continue;
        const ServiceSizing& sized = *points->first().sizing;
        const InputValue* inputValue = sized.input(input);
        const QString title = inputValue && !inputValue->title.isEmpty() ? inputValue->title : input;
        m_charts << Chart { service.name,
                            tr("%1: memory limit and demand as %2 grows (dashed: today's value, %3)")
                                .arg(service.name, title, range->current.toDisplayString()),
                            drawChart(series, range.value(), title) };
    }
}

void ReportDocument::fill(QTextDocument& document) const
{
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setMarkdown(plan_report::toMarkdown(m_plan, m_sizing));
    // Markdown's tables are as narrow as Qt can make them; on paper they take the page's width.
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            format.setCellPadding(3);
            format.setCellSpacing(0);
            table->setFormat(format);
        }
    }
    if (m_charts.isEmpty())
        return;
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    if (QTextList* list = cursor.currentList())
        list->remove(cursor.block());
    cursor.setBlockFormat(QTextBlockFormat());
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("What-if").toHtmlEscaped());
    if (m_charts.size() >= maxCharts && m_plan.services.size() > maxCharts)
        html += QStringLiteral("<p>%1</p>").arg(tr("Charts of the first %n service(s).", nullptr, maxCharts));
    cursor.insertHtml(html);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const Chart& chart = m_charts[i];
        const QString name = chartName(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), chart.image);
        cursor.insertHtml(QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"><br>%4</p>")
                              .arg(name)
                              .arg(chartShown.width())
                              .arg(chartShown.height())
                              .arg(chart.caption.toHtmlEscaped()));
    }
}

QString ReportDocument::toHtml() const
{
    // The document holds the charts as named resources; the written HTML carries them as data: URLs.
    QTextDocument document;
    fill(document);
    QString html = document.toHtml();
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        html.replace(QStringLiteral("src=\"%1\"").arg(chartName(i)),
                     QStringLiteral("src=\"%1\"").arg(dataUrl(m_charts[i].image)));
    return html;
}

std::optional<Error> ReportDocument::writeHtml(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("cannot write the report: %1").arg(file.errorString()), {}, { path } };
    file.write(toHtml().toUtf8());
    if (!file.commit())
        return Error { tr("cannot write the report: %1").arg(file.errorString()), {}, { path } };
    return std::nullopt;
}

std::optional<Error> ReportDocument::writePdf(const QString& path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error { tr("cannot write the report: %1").arg(probe.errorString()), {}, { path } };
    probe.close();
    QTextDocument document;
    fill(document);
    QPdfWriter writer(path);
    writer.setTitle(m_plan.name.isEmpty() ? tr("Headroom report") : m_plan.name);
    writer.setCreator(QStringLiteral("Headroom"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    // Laid out in points on the page's printable area, so the fonts' point sizes hold on paper.
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size());
    document.print(&writer);
    return std::nullopt;
}

std::optional<Error> ReportDocument::write(const QString& path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writePdf(path);
    return writeHtml(path);
}

} // namespace headroom
