// SPDX-License-Identifier: Apache-2.0
#include "ui/whatifview.h"

#include "model/catalogtext.h"
#include "model/role.h"
#include "ui/plandocument.h"
#include "ui/zoomablechartview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <QStyle>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace headroom {

namespace {
constexpr double gib = 1024.0 * 1024.0 * 1024.0;

double gibOf(const Quantity& q)
{
    return double(q.raw()) / gib;
}

// The x axis in a unit people read: GiB, days or hours, MB/s, percent, or the formula unit.
struct XUnit
{
    double scale = 1;
    QString unit;
};

XUnit xUnitFor(const Quantity& high)
{
    switch (high.dimension()) {
    case Dimension::Memory:
        return { 1.0 / gib, WhatIfView::tr("GiB") };
    case Dimension::Duration:
        return high.raw() >= 7LL * 86400 * 1000 ? XUnit { 1.0 / 86400.0, WhatIfView::tr("days") }
                                                : XUnit { 1.0 / 3600.0, WhatIfView::tr("hours") };
    case Dimension::Throughput:
        return { 1e-6, WhatIfView::tr("MB/s") };
    case Dimension::Percent:
        return { 100.0, WhatIfView::tr("%") };
    case Dimension::Rate:
        return { 1, WhatIfView::tr("per second") };
    case Dimension::Cpu:
        return { 1, WhatIfView::tr("cores") };
    case Dimension::Iops:
        return { 1, WhatIfView::tr("IOPS") };
    case Dimension::Count:
        return { 1, WhatIfView::tr("count") };
    case Dimension::Number:
        return { 1, QString() };
    }
    return {};
}

double totalDemand(const ServiceSizing& s)
{
    double total = 0;
    for (const auto& m : s.memory)
        total += gibOf(m.demand);
    return total;
}
} // namespace

WhatIfView::WhatIfView(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    m_curve = new QComboBox(this);
    m_curve->addItem(tr("Memory"), int(Curve::Memory));
    m_curve->addItem(tr("IOPS"), int(Curve::Iops));
    m_curve->addItem(tr("Storage"), int(Curve::Storage));
    controls->addWidget(m_curve);
    controls->addWidget(new QLabel(tr("Sweep:"), this));
    m_input = new QComboBox(this);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->setMinimumContentsLength(14); // long input names must not widen the window
    controls->addWidget(m_input);
    m_roleLabel = new QLabel(tr("Role:"), this);
    controls->addWidget(m_roleLabel);
    m_role = new QComboBox(this);
    m_role->addItem(tr("Primary"), roleName(Role::Primary));
    m_role->addItem(tr("Replica"), roleName(Role::Replica));
    m_role->setToolTip(tr("A primary with read replicas is sized per role: its own limits and connections."));
    controls->addWidget(m_role);
    // The slider has a row of its own: beside the combos it had no width left on a small screen.
    auto* sweep = new QHBoxLayout;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Sets the input in the plan; the sizing table follows."));
    m_slider->setMinimumWidth(m_slider->fontMetrics().averageCharWidth() * 30);
    sweep->addWidget(m_slider, 1);
    m_value = new QLabel(this);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 GiB (default)")));
    sweep->addWidget(m_value);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the chart as a PNG or SVG image."));
    m_export->setIcon(
        QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As &PNG…"), this, [this] { exportChart(false); });
    exportMenu->addAction(tr("As &SVG…"), this, [this] { exportChart(true); });
    m_export->setMenu(exportMenu);
    controls->addStretch(1);
    controls->addWidget(m_export);
    layout->addLayout(controls);
    layout->addLayout(sweep);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_chart = new QChart;
    m_chart->setTheme(chartTheme());
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new ZoomableChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view, 1);

    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(exportMenu->actions());

    connect(m_input, &QComboBox::currentIndexChanged, this, [this] { resweep(true); });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { resweep(true); });
    connect(m_curve, &QComboBox::currentIndexChanged, this, &WhatIfView::rebuildChart);
    connect(m_slider, &QSlider::valueChanged, this, &WhatIfView::setSweptValue);
    setService(QString());
}

void WhatIfView::setSweptValue(int index)
{
    if (index < 0 || index >= m_points.size())
        return;
    const QString input = m_input->currentData().toString();
    const Quantity value = m_points.at(index).input;
    const PlannedService* s = m_document->plan().service(m_service);
    // A role's connections are its max_connections in the topology, not the service's input.
    if (s && s->topology && input == QLatin1String("connections")) {
        PostgresTopology t = *s->topology;
        (roleFromName(role()) == Role::Replica ? t.replica : t.primary).maxConnections = value;
        m_document->setTopology(m_service, t);
        return;
    }
    m_document->setInput(m_service, input, value);
}

QString WhatIfView::withImageSuffix(const QString& path, const QString& suffix)
{
    if (path.isEmpty() || QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

namespace {
// A file name to save an image to, with its format's extension when none was typed.
QString askImagePath(QWidget* parent, const QString& title, const QString& filter, const QString& suffix)
{
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return WhatIfView::withImageSuffix(dialog.selectedFiles().first(), suffix);
}
} // namespace

void WhatIfView::exportChart(bool svg)
{
    const QString path = svg
        ? askImagePath(this, tr("Export Chart as SVG"), tr("SVG images (*.svg)"), QStringLiteral("svg"))
        : askImagePath(this, tr("Export Chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return;
    if (!(svg ? saveSvg(path) : savePng(path)))
        m_message->setText(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    m_message->setVisible(!m_message->text().isEmpty());
}

bool WhatIfView::savePng(const QString& path) const
{
    return m_view->grab().save(path, "PNG");
}

bool WhatIfView::saveSvg(const QString& path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_chart->title());
    generator.setDescription(tr("Headroom what-if chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_view->render(&painter);
    return painter.end() && QFileInfo(path).size() > 0;
}

void WhatIfView::setRole(const QString& role)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
}

QString WhatIfView::role() const
{
    const PlannedService* s = m_document->plan().service(m_service);
    return s && s->topology ? m_role->currentData().toString() : QString();
}

QValueAxis* WhatIfView::addSweptAxis()
{
    const XUnit unit = xUnitFor(m_range.to);
    auto* axis = new QValueAxis;
    axis->setTitleText(unit.unit.isEmpty() ? m_input->currentText()
                                           : tr("%1 (%2)").arg(m_input->currentText(), unit.unit));
    axis->setLabelFormat(QStringLiteral("%.4g"));
    m_draft.axes.append({ axis, Qt::AlignBottom });
    return axis;
}

void WhatIfView::attach(QAbstractSeries* series, const QList<QAbstractAxis*>& axes)
{
    m_draft.series.append({ series, axes });
}

void WhatIfView::setService(const QString& name)
{
    m_service = name;
    const PlannedService* s = m_document->plan().service(name);
    const ServiceDefinition* def = s ? m_document->catalog().service(s->request.service) : nullptr;
    {
        QSignalBlocker block(m_input);
        m_input->clear();
        if (def) {
            for (const auto& in : def->inputs)
                m_input->addItem(catalogTitle(in.title, in.name), in.name);
            const int connections = m_input->findData(QStringLiteral("connections"));
            m_input->setCurrentIndex(std::max(0, connections));
        }
    }
    const bool roles = s && s->topology;
    m_role->setVisible(roles);
    m_roleLabel->setVisible(roles);
    {
        QSignalBlocker block(m_role);
        if (auto* model = qobject_cast<QStandardItemModel*>(m_role->model()))
            model->item(1)->setEnabled(roles && s->topology->readReplicas > 0);
        if (roles && s->topology->readReplicas == 0)
            m_role->setCurrentIndex(0);
    }
    resweepWhenShown(true);
}

void WhatIfView::resweepWhenShown(bool newRange)
{
    // Behind another tab the sweep waits: start-up and edits pay only for what is on screen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    resweep(newRange);
}

void WhatIfView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        resweep(true);
    }
}

void WhatIfView::refresh()
{
    const PlannedService* s = m_document->plan().service(m_service);
    if (!s || m_input->count() == 0) {
        setService(s ? m_service : QString());
        return;
    }
    resweepWhenShown(false);
}

double WhatIfView::xValue(const Quantity& q) const
{
    return q.toFormulaValue() * xUnitFor(m_range.to).scale;
}

void WhatIfView::resweep(bool newRange)
{
    m_points.clear();
    const PlannedService* s = m_document->plan().service(m_service);
    const QString input = m_input->currentData().toString();
    const auto fail = [this](const QString& message) {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        m_slider->setEnabled(false);
        m_value->clear();
        rebuildChart();
    };
    if (!s || input.isEmpty())
        return fail(tr("Select a service in the plan to see how its memory follows one of its inputs."));

    if (s->topology && s->topology->readReplicas == 0 && m_role->currentIndex() != 0) {
        QSignalBlocker block(m_role);
        m_role->setCurrentIndex(0);
    }
    const QString role = this->role();
    auto roleRequest = whatif::roleRequest(m_document->plan(), m_document->sizing(), m_service, role);
    if (!roleRequest)
        return fail(tr("This service cannot be sized: %1").arg(roleRequest.error().toString()));
    const ServiceRequest& request = roleRequest.value();
    auto range = whatif::defaultRange(m_document->engine(), request, input);
    if (!range)
        return fail(tr("This service cannot be sized: %1").arg(range.error().toString()));
    const QString key
        = m_service + QLatin1Char('/') + role + QLatin1Char('/') + input + QLatin1Char('/') + request.size;
    const Quantity current = range->current;
    if (newRange || key != m_rangeKey || current.raw() < m_range.from.raw() || current.raw() > m_range.to.raw()) {
        m_range = range.value();
        m_rangeKey = key;
    }
    m_range.current = current;
    auto points = whatif::sweep(m_document->engine(), request, input, m_range.from, m_range.to, pointCount);
    if (!points)
        return fail(points.error().toString());
    m_points = points.value();
    m_message->setText(s->topology
                           ? tr("Swept for the %1 as the plan sizes it: its own limits, pods and max_connections.")
                                 .arg(roleFromName(role) == Role::Replica ? tr("replicas") : tr("primary"))
                           : QString());
    m_message->setVisible(!m_message->text().isEmpty());

    int nearest = 0;
    for (int i = 0; i < m_points.size(); ++i) {
        if (std::llabs(m_points[i].input.raw() - current.raw())
            < std::llabs(m_points[nearest].input.raw() - current.raw()))
            nearest = i;
    }
    {
        QSignalBlocker block(m_slider);
        m_slider->setEnabled(true);
        m_slider->setRange(0, int(m_points.size()) - 1);
        m_slider->setValue(nearest);
    }
    const bool set = request.inputs.contains(input);
    m_value->setText(set ? current.toDisplayString() : tr("%1 (default)").arg(current.toDisplayString()));
    rebuildChart();
}

WhatIfView::Curve WhatIfView::curve() const
{
    return Curve(m_curve->currentData().toInt());
}

void WhatIfView::setCurve(Curve curve)
{
    m_curve->setCurrentIndex(m_curve->findData(int(curve)));
}

void WhatIfView::clearChart()
{
    // A fresh chart each time: axes removed from a shown chart can leave their drawing behind.
    auto* chart = new QChart;
    chart->setTheme(chartTheme());
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = m_chart;
    m_chart = chart;
    m_view->setChart(chart);
    delete old;
}

QChart::ChartTheme WhatIfView::chartTheme() const
{
    return palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void WhatIfView::rebuildChart()
{
    m_draft = {};
    switch (curve()) {
    case Curve::Memory:
        memoryChart();
        break;
    case Curve::Iops:
        iopsChart();
        break;
    case Curve::Storage:
        storageChart();
        break;
    }
    applyDraft();
}

bool WhatIfView::draftFitsShownChart() const
{
    if (m_chart->theme() != chartTheme())
        return false; // the palette changed (a dark theme): a new chart takes the theme's colours
    const QList<QAbstractSeries*> shown = m_chart->series();
    if (shown.size() != m_draft.series.size() || m_shownAxes.size() != m_draft.axes.size())
        return false;
    for (qsizetype i = 0; i < m_draft.axes.size(); ++i) {
        if (m_shownAxes[i].first->type() != m_draft.axes[i].first->type()
            || m_shownAxes[i].second != m_draft.axes[i].second)
            return false;
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QAbstractSeries* draft = m_draft.series[i].first;
        if (shown[i]->type() != draft->type() || shown[i]->attachedAxes().size() != m_draft.series[i].second.size())
            return false;
        if (const auto* area = qobject_cast<const QAreaSeries*>(draft)) {
            if (!static_cast<const QAreaSeries*>(shown[i])->lowerSeries() != !area->lowerSeries())
                return false;
        }
    }
    return true;
}

void WhatIfView::applyDraft()
{
    if (!draftFitsShownChart()) {
        clearChart();
        m_chart->setTitle(m_draft.title);
        m_shownAxes = m_draft.axes;
        for (const auto& [axis, alignment] : std::as_const(m_draft.axes))
            m_chart->addAxis(axis, alignment);
        for (const auto& [series, axes] : std::as_const(m_draft.series)) {
            m_chart->addSeries(series);
            for (QAbstractAxis* axis : axes)
                series->attachAxis(axis);
            // The chart now owns the area, which was its upper line's child; nothing owned its
            // lines, so they go with the area.
            if (auto* area = qobject_cast<QAreaSeries*>(series)) {
                area->upperSeries()->setParent(area);
                if (area->lowerSeries())
                    area->lowerSeries()->setParent(area);
            }
        }
        m_draft = {};
        return;
    }
    // The same shape: the shown series and axes take the draft's data and names. Areas and
    // markers keep the colours the theme gave them; plain lines take the draft's pen, which
    // the builders chose (a limit's dash, the current storage class drawn bolder) and which
    // can move from one line to another with an edit.
    m_chart->setTitle(m_draft.title);
    for (qsizetype i = 0; i < m_draft.axes.size(); ++i) {
        QAbstractAxis* shown = m_shownAxes[i].first;
        QAbstractAxis* draft = m_draft.axes[i].first;
        shown->setTitleText(draft->titleText());
        if (auto* value = qobject_cast<QValueAxis*>(draft)) {
            auto* to = static_cast<QValueAxis*>(shown);
            to->setLabelFormat(value->labelFormat());
            to->setTickCount(value->tickCount());
            to->setRange(value->min(), value->max());
        } else if (auto* log = qobject_cast<QLogValueAxis*>(draft)) {
            auto* to = static_cast<QLogValueAxis*>(shown);
            to->setLabelFormat(log->labelFormat());
            to->setBase(log->base());
            to->setRange(log->min(), log->max());
        }
    }
    const QList<QAbstractSeries*> shown = m_chart->series();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QAbstractSeries* draft = m_draft.series[i].first;
        shown[i]->setName(draft->name());
        if (auto* area = qobject_cast<QAreaSeries*>(draft)) {
            auto* to = static_cast<QAreaSeries*>(shown[i]);
            to->upperSeries()->replace(area->upperSeries()->points());
            if (area->lowerSeries())
                to->lowerSeries()->replace(area->lowerSeries()->points());
        } else if (auto* xy = qobject_cast<QXYSeries*>(draft)) {
            auto* to = static_cast<QXYSeries*>(shown[i]);
            to->replace(xy->points());
            if (draft->type() == QAbstractSeries::SeriesTypeLine)
                to->setPen(xy->pen());
        }
    }
    for (const auto& [series, axes] : std::as_const(m_draft.series)) {
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            // An area is a QObject child of its upper line, and nothing owns its lines.
            QLineSeries* upper = area->upperSeries();
            delete area->lowerSeries();
            delete upper;
        } else {
            delete series;
        }
    }
    for (const auto& [axis, alignment] : std::as_const(m_draft.axes))
        delete axis;
    m_draft = {};
}

double WhatIfView::measuredMemoryBand(QValueAxis* axisX, QValueAxis* axisY)
{
    const PlannedService* s = m_document->plan().service(m_service);
    const bool compared = role().isEmpty() || role() == roleName(Role::Primary);
    if (!s || !s->measured || !s->measured->memory || !compared)
        return 0;
    const UsageDistribution& d = *s->measured->memory;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (const Quantity& x : { m_range.from, m_range.to }) {
        upper->append(xValue(x), gibOf(d.max));
        lower->append(xValue(x), gibOf(d.p50));
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("Measured p50 to max"));
    QColor fill(0x2f, 0x6f, 0xd0, 70);
    band->setBrush(fill);
    fill.setAlpha(200);
    band->setPen(QPen(fill, 1, Qt::DashLine));
    attach(band, { axisX, axisY });
    connect(band, &QAreaSeries::hovered, this, &WhatIfView::hover);
    return gibOf(d.max);
}

void WhatIfView::memoryChart()
{
    const ServiceSizing* first = nullptr;
    for (const auto& p : m_points) {
        if (p.sizing) {
            first = &*p.sizing;
            break;
        }
    }
    if (!first)
        return;
    const QString who = role().isEmpty() ? m_service : tr("%1 (%2)").arg(m_service, role());
    m_draft.title = tr("Memory of %1 as %2 changes").arg(who, m_input->currentText());
    QValueAxis* axisX = addSweptAxis();
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Memory (GiB)"));
    axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_draft.axes.append({ axisY, Qt::AlignLeft });
    const auto attach = [&](QAbstractSeries* series) { this->attach(series, { axisX, axisY }); };

    double yMax = 0;
    // Stacked areas: each component's demand on top of the ones before it.
    const int components = int(first->memory.size());
    for (int c = 0; c < components; ++c) {
        auto* upper = new QLineSeries;
        auto* lower = c > 0 ? new QLineSeries : nullptr;
        for (const auto& p : m_points) {
            if (!p.sizing || p.sizing->memory.size() != components)
                continue;
            double below = 0;
            for (int k = 0; k < c; ++k)
                below += gibOf(p.sizing->memory[k].demand);
            const double x = xValue(p.input);
            const double top = below + gibOf(p.sizing->memory[c].demand);
            upper->append(x, top);
            if (lower)
                lower->append(x, below);
            yMax = std::max(yMax, top);
        }
        auto* area = new QAreaSeries(upper, lower);
        const MemoryComponent& mc = first->memory[c];
        area->setName(catalogTitle(mc.title, mc.name));
        attach(area);
        connect(area, &QAreaSeries::hovered, this, &WhatIfView::hover);
    }

    yMax = std::max(yMax, measuredMemoryBand(axisX, axisY));

    // Lines: the container limit, the tier's memory, the largest node.
    struct Line
    {
        QString name;
        QList<QPointF> points;
        Qt::PenStyle style;
        QColor color;
    };
    QList<Line> lines;
    Line limit { tr("Container limit"), {}, Qt::SolidLine, QColor(0xd0, 0x3a, 0x2f) };
    for (const auto& p : m_points) {
        if (p.sizing)
            limit.points << QPointF(xValue(p.input), gibOf(p.sizing->resources.memoryLimit));
    }
    lines << limit;
    const PlannedService* s = m_document->plan().service(m_service);
    const ServiceDefinition* def = s ? m_document->catalog().service(s->request.service) : nullptr;
    if (def && !first->size.isEmpty()) {
        if (const MatrixRow* row = def->row(first->size)) {
            for (const auto& column : def->columns) {
                const MatrixCell cell = row->cells.value(column.id);
                if (column.dimension == Dimension::Memory && cell.quantity) {
                    const double y = gibOf(*cell.quantity);
                    lines << Line { tr("Tier %1 memory").arg(first->size),
                                    { QPointF(xValue(m_range.from), y), QPointF(xValue(m_range.to), y) },
                                    Qt::DashLine,
                                    QColor(0xc7, 0x7c, 0x02) };
                    break;
                }
            }
        }
    }
    std::optional<Quantity> node;
    for (const auto& pool : m_document->plan().nodePools) {
        if (!node || pool.memory.raw() > node->raw())
            node = pool.memory;
    }
    if (node) {
        const double y = gibOf(*node);
        lines << Line { tr("Node size"),
                        { QPointF(xValue(m_range.from), y), QPointF(xValue(m_range.to), y) },
                        Qt::DashDotDotLine,
                        QColor(0x6b, 0x6b, 0x6b) };
    }

    auto* crossings = new QScatterSeries;
    crossings->setName(tr("Demand crosses a line"));
    crossings->setMarkerSize(10);
    for (const auto& line : lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        series->append(line.points);
        QPen pen = series->pen();
        pen.setWidthF(2);
        pen.setStyle(line.style);
        pen.setColor(line.color);
        series->setPen(pen);
        attach(series);
        connect(series, &QLineSeries::hovered, this, &WhatIfView::hover);
        for (const auto& pt : line.points)
            yMax = std::max(yMax, pt.y());
        // Where the total demand first rises above the line.
        for (const auto& p : m_points) {
            if (!p.sizing)
                continue;
            const double x = xValue(p.input);
            const double lineY
                = line.points.size() == 2 ? line.points.first().y() : gibOf(p.sizing->resources.memoryLimit);
            if (totalDemand(*p.sizing) > lineY) {
                crossings->append(x, totalDemand(*p.sizing));
                break;
            }
        }
    }
    if (crossings->count() > 0)
        attach(crossings);
    else
        delete crossings;

    auto* current = new QLineSeries;
    current->setName(tr("Current value"));
    const double cx = xValue(m_range.current);
    current->append(cx, 0);
    current->append(cx, yMax * 1.08);
    QPen pen = current->pen();
    pen.setStyle(Qt::DashDotLine);
    pen.setColor(palette().color(QPalette::WindowText));
    current->setPen(pen);
    attach(current);

    axisX->setRange(xValue(m_range.from), xValue(m_range.to));
    axisY->setRange(0, yMax * 1.1 > 0 ? yMax * 1.1 : 1);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
}

void WhatIfView::iopsChart()
{
    QList<const WhatIfPoint*> sized;
    for (const auto& p : m_points) {
        if (p.sizing && p.sizing->storage.iopsNeeded)
            sized << &p;
    }
    if (sized.isEmpty()) {
        if (!m_points.isEmpty())
            m_draft.title = tr("%1 has no IOPS sizing.").arg(m_service);
        return;
    }
    m_draft.title = tr("IOPS of %1 as %2 changes").arg(m_service, m_input->currentText());
    QValueAxis* axisX = addSweptAxis();
    auto* axisY = new QLogValueAxis;
    axisY->setTitleText(tr("IOPS (log scale)"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setBase(10);
    m_draft.axes.append({ axisY, Qt::AlignLeft });
    const auto attach = [&](QAbstractSeries* series) { this->attach(series, { axisX, axisY }); };

    double yMin = 1e18;
    double yMax = 1;
    auto* needed = new QLineSeries;
    needed->setName(tr("IOPS needed"));
    QPen pen = needed->pen();
    pen.setWidthF(3);
    pen.setColor(QColor(0x2f, 0x7d, 0xc4));
    needed->setPen(pen);
    for (const WhatIfPoint* p : sized) {
        const double y = std::max<double>(1, double(p->sizing->storage.iopsNeeded->raw()));
        needed->append(xValue(p->input), y);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    }
    attach(needed);
    connect(needed, &QLineSeries::hovered, this, &WhatIfView::hover);

    auto* crossings = new QScatterSeries;
    crossings->setName(tr("Needed exceeds the ceiling"));
    crossings->setMarkerSize(10);
    const QString current = sized.first()->sizing->storage.storageClass;
    const QList<QColor> colors { QColor(0xd0, 0x3a, 0x2f), QColor(0xc7, 0x7c, 0x02), QColor(0x3a, 0x9a, 0x4a),
                                 QColor(0x7a, 0x4a, 0xb8), QColor(0x6b, 0x6b, 0x6b) };
    int colorIndex = 0;
    for (const auto& sc : m_document->catalog().storageClasses) {
        auto* line = new QLineSeries;
        line->setName(sc.id == current ? tr("%1 ceiling (current class)").arg(catalogText(sc.name))
                                       : tr("%1 ceiling").arg(catalogText(sc.name)));
        bool crossed = false;
        for (const WhatIfPoint* p : sized) {
            const std::int64_t volume = p->sizing->storage.size ? p->sizing->storage.size->raw() : 0;
            const double ceiling = std::max<double>(1, double(sc.iops.ceilingFor(volume)));
            line->append(xValue(p->input), ceiling);
            yMin = std::min(yMin, ceiling);
            yMax = std::max(yMax, ceiling);
            if (!crossed && double(p->sizing->storage.iopsNeeded->raw()) > ceiling) {
                crossings->append(xValue(p->input), double(p->sizing->storage.iopsNeeded->raw()));
                crossed = true;
            }
        }
        QPen linePen = line->pen();
        linePen.setStyle(sc.id == current ? Qt::SolidLine : Qt::DashLine);
        linePen.setWidthF(sc.id == current ? 2.5 : 1.5);
        linePen.setColor(colors.at(colorIndex++ % colors.size()));
        line->setPen(linePen);
        attach(line);
        connect(line, &QLineSeries::hovered, this, &WhatIfView::hover);
    }
    if (crossings->count() > 0)
        attach(crossings);
    else
        delete crossings;
    axisX->setRange(xValue(m_range.from), xValue(m_range.to));
    axisX->applyNiceNumbers();
    axisY->setRange(std::pow(10.0, std::floor(std::log10(yMin))), std::pow(10.0, std::ceil(std::log10(yMax * 1.01))));
}

void WhatIfView::storageChart()
{
    const ServicePlanSizing* sized = m_document->sizing().service(m_service);
    if (!sized || !sized->storage) {
        if (sized)
            m_draft.title = tr("%1 has no volume.").arg(m_service);
        return;
    }
    const StorageForecast& f = *sized->storage;
    constexpr double msPerMonth = 30.0 * 86400 * 1000;
    const double months = double(f.horizon.raw()) / msPerMonth;
    m_draft.title = tr("Volume of %1 over the planning horizon").arg(m_service);
    auto* axisX = new QValueAxis;
    axisX->setTitleText(tr("Months from now"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Storage (GiB)"));
    axisY->setLabelFormat(QStringLiteral("%.4g"));
    m_draft.axes.append({ axisX, Qt::AlignBottom });
    m_draft.axes.append({ axisY, Qt::AlignLeft });
    const auto attach = [&](QAbstractSeries* series) { this->attach(series, { axisX, axisY }); };
    auto* use = new QLineSeries;
    use->setName(tr("Data (now %1, at the horizon %2)").arg(f.now.toDisplayString(), f.atHorizon.toDisplayString()));
    use->append(0, gibOf(f.now));
    use->append(months, gibOf(f.atHorizon));
    QPen pen = use->pen();
    pen.setWidthF(3);
    pen.setColor(QColor(0x2f, 0x7d, 0xc4));
    use->setPen(pen);
    attach(use);
    auto* volume = new QLineSeries;
    volume->setName(f.volumeGiven ? tr("Volume as provisioned (%1)").arg(f.volume.toDisplayString())
                                  : tr("Volume as planned (%1)").arg(f.volume.toDisplayString()));
    volume->append(0, gibOf(f.volume));
    volume->append(months, gibOf(f.volume));
    QPen volumePen = volume->pen();
    volumePen.setColor(QColor(0xd0, 0x3a, 0x2f));
    volumePen.setWidthF(2);
    volume->setPen(volumePen);
    attach(volume);
    if (f.timeToFull && f.timeToFull->raw() <= f.horizon.raw()) {
        auto* full = new QScatterSeries;
        full->setName(tr("Full in %1").arg(f.timeToFull->toString()));
        full->setMarkerSize(12);
        full->append(double(f.timeToFull->raw()) / msPerMonth, gibOf(f.volume));
        attach(full);
    }
    axisX->setRange(0, months);
    axisY->setRange(0, std::max({ gibOf(f.volume), gibOf(f.atHorizon), gibOf(f.now) }) * 1.15 + 0.001);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
}

void WhatIfView::hover(const QPointF& point, bool state)
{
    if (!state || m_points.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    int nearest = -1;
    double best = 0;
    for (int i = 0; i < m_points.size(); ++i) {
        if (!m_points[i].sizing)
            continue;
        const double d = std::abs(xValue(m_points[i].input) - point.x());
        if (nearest < 0 || d < best) {
            nearest = i;
            best = d;
        }
    }
    if (nearest < 0)
        return;
    const WhatIfPoint& p = m_points[nearest];
    QStringList lines { tr("%1 = %2").arg(m_input->currentText(), p.input.toDisplayString()) };
    if (curve() == Curve::Iops) {
        const StorageSizing& st = p.sizing->storage;
        if (st.iopsNeeded)
            lines << tr("IOPS needed: %1").arg(st.iopsNeeded->toDisplayString());
        for (const auto& sc : m_document->catalog().storageClasses)
            lines << tr("%1: %2").arg(
                catalogText(sc.name),
                Quantity::iops(sc.iops.ceilingFor(st.size ? st.size->raw() : 0)).toDisplayString());
    } else {
        for (const auto& m : p.sizing->memory)
            lines << tr("%1: %2").arg(catalogTitle(m.title, m.name), m.demand.toDisplayString());
        lines << tr("Container limit: %1").arg(p.sizing->resources.memoryLimit.toDisplayString());
    }
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), m_view);
}

} // namespace headroom
