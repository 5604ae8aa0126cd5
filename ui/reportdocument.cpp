// SPDX-License-Identifier: Apache-2.0
#include "ui/reportdocument.h"

#include "engine/sizingengine.h"
#include "model/catalogtext.h"
#include "model/role.h"
#include "report/measuredreport.h"
#include "ui/reportchart.h"
#include "ui/whatiflabels.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>

namespace headroom {

namespace {

constexpr QSize chartSize(640, 300);
constexpr QSize chartShown(480, 225); // on the page: the width of A4 between its margins

// The input a service's chart sweeps, as the window's What-if tab picks it: connections
// where the service has them (what most findings are about), else its first input.
QString chartInput(const SizingEngine& engine, const QString& service)
{
    const QStringList inputs = whatif::sweepableInputs(engine, service);
    if (inputs.contains(QLatin1String("connections")))
        return QStringLiteral("connections");
    return inputs.value(0);
}

QString inputTitle(const SizingEngine& engine, const QString& service, const QString& input)
{
    const ServiceDefinition* def = engine.catalog().service(service);
    const InputDefinition* in = def ? def->input(input) : nullptr;
    return in ? catalogTitle(in->title, in->name) : input;
}

// The roles the window sweeps a service as: a PostgreSQL topology per role, else the service.
QStringList chartRoles(const PlannedService& service)
{
    if (!service.topology)
        return { QString() };
    if (service.topology->readReplicas > 0)
        return { roleName(Role::Primary), roleName(Role::Replica) };
    return { roleName(Role::Primary) };
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

QString percent(double fraction)
{
    const auto q = Quantity::fromFormulaValue(Dimension::Percent, fraction);
    return q ? q->toDisplayString() : QString();
}

// Requests and limits as Kubernetes takes them, as `headroom report` prints them.
QString pair(const Quantity& a, const Quantity& b)
{
    if (a.dimension() == Dimension::Memory)
        return QStringLiteral("%1/%2").arg(memory_format::kubernetes(a.raw()), memory_format::kubernetes(b.raw()));
    return QStringLiteral("%1/%2").arg(a.toString(), b.toString());
}

void insertHeading(QTextCursor& cursor, const QString& text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 12);
    block.setBottomMargin(4);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 16 : level == 2 ? 12.5 : 10);
    cursor.insertBlock(block, chars);
    cursor.insertText(text);
}

void insertParagraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& chars = {})
{
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(text, chars);
}

// Columns as HTML lays them out: as wide as their texts where the page has room, else
// each at least as wide as its longest word and the rest shared in proportion to what
// the texts would take. Left to itself Qt gave every column about the same share and
// broke short words such as "headroom" in the middle.
QList<QTextLength> columnWidths(const QTextDocument& document, const QStringList& header,
                                const QList<QStringList>& rows, qreal padding)
{
    QFont bold = document.defaultFont();
    bold.setBold(true);
    const QFontMetricsF plain(document.defaultFont());
    const QFontMetricsF heading(bold);
    // A quarter more than measured: the printed layout sets the words wider than the font
    // metrics say, and a column short by a hair breaks its word.
    const qreal extra = 2 * padding + 4;
    const auto measure = [&](const QFontMetricsF& metrics, const QString& text, qreal& whole, qreal& word) {
        whole = std::max(whole, metrics.horizontalAdvance(text) * 1.25 + extra);
        for (const QString& part : text.split(QLatin1Char(' ')))
            word = std::max(word, metrics.horizontalAdvance(part) * 1.25 + extra);
    };
    QList<qreal> least(header.size(), 0);
    QList<qreal> most(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c) {
        measure(heading, header[c], most[c], least[c]);
        for (const auto& row : rows)
            measure(plain, row.value(c), most[c], least[c]);
    }
    const qreal page = document.pageSize().width() > 0 ? document.pageSize().width() - 4 : 1e9;
    qreal sumLeast = 0;
    qreal sumMost = 0;
    for (qsizetype c = 0; c < header.size(); ++c) {
        sumLeast += least[c];
        sumMost += most[c];
    }
    QList<QTextLength> out;
    for (qsizetype c = 0; c < header.size(); ++c) {
        qreal width = most[c];
        if (sumMost > page && sumLeast < page)
            width = least[c] + (most[c] - least[c]) * (page - sumLeast) / (sumMost - sumLeast);
        else if (sumMost > page)
            width = least[c] * page / sumLeast;
        out << QTextLength(QTextLength::FixedLength, width);
    }
    return out;
}

// A table with a bold header row, repeated on each page it runs onto.
void insertTable(QTextCursor& cursor, const QStringList& header, const QList<QStringList>& rows)
{
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::gray);
    format.setBorderCollapse(true);
    format.setHeaderRowCount(1);
    format.setTopMargin(4);
    format.setColumnWidthConstraints(columnWidths(*cursor.document(), header, rows, format.cellPadding()));
    QTextTable* table = cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int c = 0; c < header.size(); ++c)
        table->cellAt(0, c).firstCursorPosition().insertText(header[c], bold);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < header.size(); ++c)
            table->cellAt(r + 1, c).firstCursorPosition().insertText(rows[r].value(c));
    }
    cursor.movePosition(QTextCursor::End);
}

QString subject(const PlanFinding& f)
{
    return f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
}

void insertFinding(QTextCursor& cursor, const PlanFinding& f)
{
    QTextBlockFormat block;
    block.setLeftMargin(10);
    block.setTopMargin(3);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat code;
    code.setFontFixedPitch(true);
    code.setFontFamilies({ QStringLiteral("monospace") });
    cursor.insertBlock(block, QTextCharFormat());
    cursor.insertText(severityText(f.finding.severity), bold);
    cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    cursor.insertText(f.finding.code, code);
    cursor.insertText(ReportDocument::tr(" (%1): %2", "a finding's subject, then its message")
                          .arg(f.service.isEmpty() ? ReportDocument::tr("cluster") : subject(f), f.finding.message),
                      QTextCharFormat());
    if (f.finding.fix.isEmpty())
        return;
    QTextCharFormat italic;
    italic.setFontItalic(true);
    cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    cursor.insertText(ReportDocument::tr("Fix:"), italic);
    cursor.insertText(QStringLiteral(" ") + f.finding.fix, QTextCharFormat());
}

} // namespace

ReportDocument::ReportDocument(const Plan& plan, const PlanSizing& sizing, const SizingEngine& engine)
    : m_plan(plan)
    , m_sizing(sizing)
{
    for (const auto& service : plan.services) {
        if (m_charts.size() >= maxCharts)
            break;
        addCharts(service, engine);
    }
}

void ReportDocument::addCharts(const PlannedService& service, const SizingEngine& engine)
{
    const QString input = chartInput(engine, service.request.service);
    if (input.isEmpty())
        return;
    for (const QString& role : chartRoles(service)) {
        auto request = whatif::roleRequest(m_plan, m_sizing, service.name, role);
        if (!request || m_charts.size() >= maxCharts)
            continue;
        const WhatIfCeilings ceilings
            = whatif::planCeilings(engine.catalog(), m_plan, request.value(), WhatIfMeasure::Memory);
        auto range = whatif::chartRange(engine, request.value(), input, ceilings);
        if (!range)
            continue;
        auto points
            = whatif::sweep(engine, request.value(), input, range->range.from, range->range.to, whatif::chartPoints);
        if (!points)
            continue;
        ReportChart::Input data { inputTitle(engine, service.request.service, input), range.value(), points.value(),
                                  ceilings, std::nullopt };
        // The measurement is of the pods that take the writes: the window compares it with the primary.
        if (service.measured && service.measured->memory && role != roleName(Role::Replica))
            data.measured = service.measured->memory;
        const ReportChart chart(data);
        const QString who = role.isEmpty() ? service.name : QStringLiteral("%1/%2").arg(service.name, role);
        QString caption
            = tr("Memory of %1 as %2 changes (today %3).").arg(who, data.title, range->range.current.toDisplayString());
        if (range->breakPoint)
            caption += QLatin1Char(' ') + WhatIfLabels::breakSentence(*range->breakPoint, data.title);
        else
            caption += QLatin1Char(' ') + tr("Its memory holds across the range.");
        m_charts << Chart { service.name, role, input, range.value(), caption, chart.render(chartSize) };
    }
}

void ReportDocument::fill(QTextDocument& document) const
{
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // Measured as the printer draws them: with the screen's hinted widths the tables made
    // their columns too narrow for the printed words, which then broke mid-word.
    document.setUseDesignMetrics(true);
    QTextCursor cursor(&document);
    writeHeader(cursor);
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(chartName(i)), m_charts[i].image);
    insertHeading(cursor, tr("Services"), 2);
    for (const auto& service : m_sizing.services)
        writeService(cursor, service);
    if (m_charts.size() >= maxCharts && m_plan.services.size() > maxCharts)
        insertParagraph(cursor, tr("What-if charts of the first %n service(s) only.", nullptr, maxCharts));
    writeMeasured(cursor);
    writeClusterFit(cursor);
}

void ReportDocument::writeHeader(QTextCursor& cursor) const
{
    cursor.setBlockFormat(QTextBlockFormat());
    QTextBlockFormat title;
    title.setHeadingLevel(1);
    title.setBottomMargin(6);
    QTextCharFormat big;
    big.setFontWeight(QFont::Bold);
    big.setFontPointSize(16);
    cursor.setBlockFormat(title);
    cursor.insertText(m_plan.name.isEmpty() ? tr("Headroom report") : m_plan.name, big);
    for (const QString& paragraph : m_plan.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        insertParagraph(cursor, paragraph);
    const QString counts = tr("Findings: %1, %2, %3.")
                               .arg(tr("%n error(s)", nullptr, int(m_sizing.count(Severity::Error))),
                                    tr("%n warning(s)", nullptr, int(m_sizing.count(Severity::Warning))),
                                    tr("%n note(s)", nullptr, int(m_sizing.count(Severity::Info))));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    insertParagraph(cursor, counts, bold);
}

void ReportDocument::writeService(QTextCursor& cursor, const ServicePlanSizing& service) const
{
    const QString tier = service.roles.isEmpty() || service.roles.first().sizing.size.isEmpty()
        ? tr("custom")
        : service.roles.first().sizing.size;
    insertHeading(
        cursor, tr("%1 (%2, tier %3)", "a service: its name, kind and tier").arg(service.name, service.kind, tier), 3);
    if (!service.error.isEmpty())
        insertParagraph(cursor, tr("Cannot be sized: %1").arg(service.error));
    QList<QStringList> rows;
    for (const auto& r : service.roles) {
        const ServiceSizing& s = r.sizing;
        const auto* connections = s.setting(QStringLiteral("max_connections"));
        rows << QStringList { r.role.isEmpty() ? service.name : QStringLiteral("%1/%2").arg(service.name, r.role),
                              QString::number(r.pods),
                              pair(s.resources.cpuRequest, s.resources.cpuLimit),
                              pair(s.resources.memoryRequest, s.resources.memoryLimit),
                              s.postgresProfile ? s.postgresProfile->id : QStringLiteral("—"),
                              r.loadShare ? percent(*r.loadShare) : QStringLiteral("—"),
                              connections ? connections->value : QStringLiteral("—"),
                              placement(service.name, r.role) };
    }
    insertTable(cursor,
                { tr("Service"), tr("Pods"), tr("CPU req/lim"), tr("Memory req/lim"), tr("Profile"), tr("Load"),
                  QStringLiteral("max_conn"), tr("Placed on") },
                rows);
    if (service.storage)
        writeStorage(cursor, service);
    writeServiceFindings(cursor, service.name);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        if (m_charts[i].service != service.name)
            continue;
        QTextImageFormat image;
        image.setName(chartName(i));
        image.setWidth(chartShown.width());
        image.setHeight(chartShown.height());
        QTextBlockFormat block;
        block.setTopMargin(8);
        block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.insertBlock(block, QTextCharFormat());
        cursor.insertImage(image);
        insertParagraph(cursor, m_charts[i].caption);
    }
}

void ReportDocument::writeStorage(QTextCursor& cursor, const ServicePlanSizing& service) const
{
    const StorageForecast& f = *service.storage;
    if (service.roles.isEmpty())
        return;
    const StorageSizing& st = service.roles.first().sizing.storage;
    const QString iops = st.iopsNeeded
        ? QStringLiteral("%1/%2").arg(st.iopsNeeded->toDisplayString(), st.iopsCeiling.toDisplayString())
        : QStringLiteral("—");
    const QString full = f.timeToFull ? f.timeToFull->toString() : tr("no growth");
    insertTable(cursor,
                { tr("Storage class"), tr("IOPS need/cap"), tr("Data today"),
                  tr("At the horizon (%1)").arg(f.horizon.toString()),
                  f.volumeGiven ? tr("Volume as provisioned") : tr("Volume as planned"), tr("Full in") },
                { { st.storageClass, iops, memory_format::volume(f.now.raw()), memory_format::volume(f.atHorizon.raw()),
                    memory_format::volume(f.volume.raw()), full } });
}

void ReportDocument::writeServiceFindings(QTextCursor& cursor, const QString& service) const
{
    bool any = false;
    for (const auto& f : m_sizing.findings) {
        if (f.service != service)
            continue;
        if (!any)
            insertHeading(cursor, tr("Findings of %1").arg(service), 4);
        any = true;
        insertFinding(cursor, f);
    }
    if (!any)
        insertParagraph(cursor, tr("No findings for %1.").arg(service));
}

QString ReportDocument::placement(const QString& service, const QString& role) const
{
    const QString prefix = role.isEmpty() ? QString() : QStringLiteral("%1-%2-").arg(service, role);
    QStringList nodes;
    for (const auto& pod : m_sizing.fit.placed) {
        if (pod.service != service || (!prefix.isEmpty() && !pod.name.startsWith(prefix)))
            continue;
        const QString node = QStringLiteral("%1-%2").arg(pod.nodePool).arg(pod.node);
        if (!nodes.contains(node))
            nodes << node;
    }
    for (const auto& pod : m_sizing.fit.unplaced) {
        if (pod.service == service && (prefix.isEmpty() || pod.name.startsWith(prefix)))
            nodes << tr("%1 not placed").arg(pod.name);
    }
    return nodes.isEmpty() ? QStringLiteral("—") : nodes.join(QStringLiteral(", "));
}

void ReportDocument::writeMeasured(QTextCursor& cursor) const
{
    const auto rows = measured_report::rows(m_sizing);
    if (rows.isEmpty())
        return;
    insertHeading(cursor, tr("Measured beside planned (per pod)"), 2);
    // Ten columns do not fit the page's width: the figures, then the proposals.
    const QStringList header = measured_report::header();
    const auto columns = [&](const QStringList& row, qsizetype from, qsizetype to) {
        return QStringList { row.value(0) } + row.mid(from, to - from);
    };
    QList<QStringList> figures;
    QList<QStringList> proposals;
    for (const auto& row : rows) {
        figures << columns(row, 1, 6);
        proposals << columns(row, 6, 10);
    }
    insertTable(cursor, columns(header, 1, 6), figures);
    insertTable(cursor, columns(header, 6, 10), proposals);
}

void ReportDocument::writeClusterFit(QTextCursor& cursor) const
{
    if (m_plan.nodePools.isEmpty())
        return;
    insertHeading(cursor, tr("Cluster fit"), 2);
    QList<QStringList> rows;
    for (const auto& n : m_sizing.fit.nodes) {
        rows << QStringList { QStringLiteral("%1-%2").arg(n.nodePool).arg(n.node), QString::number(n.pods),
                              tr("%1 (%2)").arg(n.cpuRequested.toString(), percent(n.cpuUtilisation)),
                              tr("%1 (%2)").arg(memory_format::kubernetes(n.memoryRequested.raw()),
                                                percent(n.memoryUtilisation)),
                              n.podNames.join(QStringLiteral(", ")) };
    }
    insertTable(cursor, { tr("Node"), tr("Pods"), tr("CPU requested"), tr("Memory requested"), tr("Placed") }, rows);
    for (const auto& p : m_sizing.fit.pools) {
        const QString used
            = tr("Pool %1: %2 of %3 nodes used.").arg(p.nodePool).arg(p.nodesNeeded).arg(p.nodesAvailable);
        insertParagraph(cursor,
                        p.monthlyCost ? tr("%1 %2 a month.", "nodes used, then the cost")
                                            .arg(used, QLocale().toString(*p.monthlyCost, 'f', 2))
                                      : used);
    }
    for (const auto& u : m_sizing.fit.unplaced)
        insertParagraph(cursor, tr("%1 is not placed: %2").arg(u.name, u.reason));
    bool heading = false;
    for (const auto& f : m_sizing.findings) {
        if (!f.service.isEmpty())
            continue;
        if (!heading)
            insertHeading(cursor, tr("Findings of the cluster"), 3);
        heading = true;
        insertFinding(cursor, f);
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
    QPdfWriter writer(path);
    writer.setTitle(m_plan.name.isEmpty() ? tr("Headroom report") : m_plan.name);
    writer.setCreator(QStringLiteral("Headroom"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    // Laid out in points on the page's printable area, so the fonts' point sizes hold on paper.
    QTextDocument document;
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size());
    fill(document);
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
