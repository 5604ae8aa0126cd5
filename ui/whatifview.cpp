// SPDX-License-Identifier: Apache-2.0
#include "ui/whatifview.h"

#include "model/catalogtext.h"
#include "model/role.h"
#include "ui/axisunit.h"
#include "ui/chartlegend.h"
#include "ui/flowlayout.h"
#include "ui/plandocument.h"
#include "ui/whatiflabels.h"
#include "ui/whatifpalette.h"
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
#include <QLineEdit>
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
#include <limits>

namespace headroom {

namespace {
using namespace whatifpalette;

const QColor kCeilingColors[] = { kTierColor, kAreaColors[1], kAreaColors[3], kNodeColor };

// A label and its field side by side, kept together in a row that wraps.
QWidget* labelled(QLabel* label, QWidget* field, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(field);
    label->setBuddy(field);
    return box;
}

QLineSeries* lineSeries(const QString& name, const QColor& color, Qt::PenStyle style, double width)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen = series->pen();
    pen.setColor(color);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

// Zooming and panning change an axis's range: its labels take the decimals of the new tick
// step, or a zoomed axis would repeat one rounded number under several ticks.
void keepLabelsReadable(QAbstractAxis* axis)
{
    if (auto* value = qobject_cast<QValueAxis*>(axis))
        QObject::connect(value, &QValueAxis::rangeChanged, value, [value] { AxisUnit::setReadableLabels(value); });
}
} // namespace

WhatIfView::WhatIfView(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    // The controls wrap into a second row when the pane is narrow: each combo shows its
    // whole text, and a label stays beside its combo.
    auto* controlsRow = new QWidget(this);
    auto* controls = new FlowLayout(controlsRow);
    controls->setContentsMargins(0, 0, 0, 0);
    m_curve = new QComboBox(this);
    m_curve->addItem(tr("Memory"), int(Curve::Memory));
    m_curve->addItem(tr("IOPS"), int(Curve::Iops));
    m_curve->addItem(tr("Storage"), int(Curve::Storage));
    controls->addWidget(m_curve);
    m_input = new QComboBox(this);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(labelled(new QLabel(tr("Sweep:"), this), m_input, controlsRow));
    m_roleLabel = new QLabel(tr("Role:"), this);
    m_role = new QComboBox(this);
    m_role->addItem(tr("Primary"), roleName(Role::Primary));
    m_role->addItem(tr("Replica"), roleName(Role::Replica));
    m_role->setToolTip(tr("A primary with read replicas is sized per role: its own limits and connections."));
    m_roleBox = labelled(m_roleLabel, m_role, controlsRow);
    controls->addWidget(m_roleBox);
    // The slider has a row of its own: beside the combos it had no width left on a small screen.
    auto* sweep = new QHBoxLayout;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Sets the input in the plan; the sizing table follows."));
    m_slider->setMinimumWidth(m_slider->fontMetrics().averageCharWidth() * 34);
    sweep->addWidget(m_slider, 1);
    m_value = new QLabel(this);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 GiB")));
    sweep->addWidget(m_value);
    m_rangeLabel = new QLabel(tr("Up to:"), this);
    sweep->addWidget(m_rangeLabel);
    m_rangeTo = new QLineEdit(this);
    m_rangeTo->setPlaceholderText(tr("auto"));
    m_rangeTo->setToolTip(tr("Where the sweep ends, such as 2000 or 64Gi; empty: a quarter past where the plan "
                             "breaks, or twice today's value."));
    m_rangeTo->setMaximumWidth(m_rangeTo->fontMetrics().averageCharWidth() * 10);
    m_rangeTo->setMinimumWidth(m_rangeTo->fontMetrics().averageCharWidth() * 8); // "auto", "64Gi" whole
    m_rangeLabel->setBuddy(m_rangeTo);
    sweep->addWidget(m_rangeTo);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the chart as a PNG or SVG image."));
    m_export->setIcon(
        QIcon::fromTheme(QStringLiteral("document-export"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    // Its icon only: with the text the row was too wide for the tree's summaries beside it
    // at 1024×700. The chart's context menu has the same actions.
    m_export->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_export->setAccessibleName(m_export->text());
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As &PNG…"), this, [this] { exportChart(false); });
    exportMenu->addAction(tr("As &SVG…"), this, [this] { exportChart(true); });
    m_export->setMenu(exportMenu);
    controls->addWidget(m_export);
    layout->addWidget(controlsRow);
    layout->addLayout(sweep);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_chart = new QChart;
    m_chart->setTheme(chartTheme());
    m_chart->legend()->hide(); // m_legend names the series, below the chart
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_panel = new QWidget(this);
    auto* panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    // The title above the chart, in the chart's title font: Qt Charts keeps its own title to
    // one line and elides it, which cut most titles at 1024×700.
    m_title = new QLabel(m_panel);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setFont(m_chart->titleFont());
    m_title->hide();
    panelLayout->addWidget(m_title);
    m_view = new ZoomableChartView(m_chart, m_panel);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setPictureSource(m_panel);
    // However many rows the legend takes, the plot keeps a readable height.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 14);
    panelLayout->addWidget(m_view, 1);
    m_legend = new ChartLegend(m_panel);
    panelLayout->addWidget(m_legend);
    layout->addWidget(m_panel, 1);

    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(exportMenu->actions());

    connect(m_input, &QComboBox::currentIndexChanged, this, [this] {
        m_userTo.reset();
        m_rangeTo->clear();
        resweep(true);
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { resweep(true); });
    connect(m_curve, &QComboBox::currentIndexChanged, this, [this] { resweep(true); });
    connect(m_slider, &QSlider::valueChanged, this, &WhatIfView::setSweptValue);
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        if (m_slider->value() == m_slider->maximum())
            extendRange();
    });
    connect(m_rangeTo, &QLineEdit::editingFinished, this, &WhatIfView::takeUserRange);
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
    } else {
        m_document->setInput(m_service, input, value);
    }
    // At the end the range doubles; during a drag only once the slider is let go, so that
    // holding it at the end does not run the range up to the input's maximum.
    if (index == m_points.size() - 1 && !m_slider->isSliderDown())
        extendRange();
}

const InputDefinition* WhatIfView::sweptInput() const
{
    const PlannedService* s = m_document->plan().service(m_service);
    const ServiceDefinition* def = s ? m_document->catalog().service(s->request.service) : nullptr;
    return def ? def->input(m_input->currentData().toString()) : nullptr;
}

void WhatIfView::extendRange()
{
    const InputDefinition* in = sweptInput();
    if (!in || m_points.isEmpty() || curve() == Curve::Storage)
        return;
    const std::int64_t high = in->max ? in->max->raw() : std::numeric_limits<std::int64_t>::max();
    const std::int64_t to = m_range.to.raw();
    if (to >= high)
        return;
    m_userTo = Quantity(in->dimension, to > high / 2 ? high : std::max<std::int64_t>(to * 2, to + 1));
    m_rangeTo->setText(m_userTo->toString());
    resweep(false);
}

void WhatIfView::takeUserRange()
{
    const InputDefinition* in = sweptInput();
    const QString text = m_rangeTo->text().trimmed();
    if (!in || text.isEmpty()) {
        if (m_userTo) {
            m_userTo.reset();
            resweep(true);
        }
        return;
    }
    auto to = Quantity::parse(in->dimension, text);
    const std::int64_t low = in->min ? in->min->raw() : 0;
    if (!to || to->raw() <= low || (in->max && to->raw() > in->max->raw())) {
        m_message->setText(to ? tr("The sweep's end must be above %1 and at most %2.")
                                    .arg(Quantity(in->dimension, low).toDisplayString(),
                                         in->max ? in->max->toDisplayString() : tr("any value"))
                              : to.error().message);
        m_message->show();
        return;
    }
    if (m_userTo == to.value())
        return;
    m_userTo = to.value();
    resweep(false);
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
    return m_panel->grab().save(path, "PNG");
}

bool WhatIfView::saveSvg(const QString& path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_panel->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_panel->size()));
    generator.setTitle(m_title->text());
    generator.setDescription(tr("Headroom what-if chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_panel->render(&painter);
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
    const AxisUnit unit = AxisUnit::forValues(m_range.to.dimension(), m_range.to.toFormulaValue());
    auto* axis = new QValueAxis;
    axis->setTitleText(unit.title(m_input->currentText()));
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
    m_userTo.reset(); // an end for another service's input
    m_rangeTo->clear();
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
    m_roleBox->setVisible(roles);
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
    return q.toFormulaValue() * AxisUnit::forValues(m_range.to.dimension(), m_range.to.toFormulaValue()).scale;
}

void WhatIfView::resweep(bool newRange)
{
    m_points.clear();
    const PlannedService* s = m_document->plan().service(m_service);
    const QString input = m_input->currentData().toString();
    m_break.reset();
    const auto fail = [this](const QString& message) {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        m_value->clear();
        rebuildChart();
        updateControls();
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
    const QString key = m_service + QLatin1Char('/') + role + QLatin1Char('/') + input + QLatin1Char('/') + request.size
        + QLatin1Char('/') + QString::number(int(curve()));
    const Quantity current = range->current;
    const bool renew
        = newRange || key != m_rangeKey || current.raw() < m_range.from.raw() || current.raw() > m_range.to.raw();
    m_rangeKey = key;
    chooseRange(request, input, range.value(), renew);
    const bool sweeps = curve() != Curve::Storage;
    // The storage forecast follows time, not the input: nothing the input does breaks it there.
    if (!sweeps)
        m_break.reset();
    auto points = whatif::sweep(m_document->engine(), request, input, m_range.from, m_range.to, pointCount);
    if (!points)
        return fail(points.error().toString());
    m_points = points.value();
    QStringList message;
    if (s->topology && sweeps)
        message << tr("Swept for the %1 as the plan sizes it: its own limits, pods and max_connections.")
                       .arg(roleFromName(role) == Role::Replica ? tr("replicas") : tr("primary"));
    if (m_break)
        message << breakSentence();
    m_message->setText(message.join(QLatin1Char('\n')));
    m_message->setVisible(!m_message->text().isEmpty());

    int nearest = 0;
    for (int i = 0; i < m_points.size(); ++i) {
        if (std::llabs(m_points[i].input.raw() - current.raw())
            < std::llabs(m_points[nearest].input.raw() - current.raw()))
            nearest = i;
    }
    {
        QSignalBlocker block(m_slider);
        m_slider->setRange(0, int(m_points.size()) - 1);
        m_slider->setValue(nearest);
    }
    const bool set = request.inputs.contains(input);
    m_value->setText(set ? current.toDisplayString() : tr("%1 (default)").arg(current.toDisplayString()));
    rebuildChart();
    updateControls();
}

void WhatIfView::chooseRange(const ServiceRequest& request, const QString& input, const WhatIfRange& plain, bool renew)
{
    const WhatIfCeilings ceilings = this->ceilings(request);
    if ((m_userTo && m_userTo->raw() > plain.from.raw()) || renew) {
        if (auto chart = whatif::chartRange(m_document->engine(), request, input, ceilings, m_userTo)) {
            m_range = chart->range;
            m_break = chart->breakPoint;
            return;
        }
        m_range = plain;
    }
    m_range.current = plain.current;
    auto found = whatif::findBreak(m_document->engine(), request, input, ceilings, m_range.from, m_range.to);
    m_break = found ? found.value() : std::nullopt;
}

WhatIfCeilings WhatIfView::ceilings(const ServiceRequest& request) const
{
    return whatif::planCeilings(m_document->catalog(), m_document->plan(), request,
                                curve() == Curve::Iops ? WhatIfMeasure::Iops : WhatIfMeasure::Memory);
}

// The storage forecast does not sweep an input: its controls wait for another curve.
void WhatIfView::updateControls()
{
    const bool sweeps = curve() != Curve::Storage && !m_points.isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*> { m_input, m_slider, m_rangeTo, m_rangeLabel, m_value })
        w->setEnabled(sweeps);
    m_input->setEnabled(curve() != Curve::Storage && m_input->count() > 0);
    m_role->setEnabled(curve() != Curve::Storage);
    m_roleLabel->setEnabled(m_role->isEnabled());
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
    chart->legend()->hide();
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
    m_legend->showSeriesOf(m_chart);
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
        showTitle(m_draft.title);
        m_shownAxes = m_draft.axes;
        for (const auto& [axis, alignment] : std::as_const(m_draft.axes)) {
            m_chart->addAxis(axis, alignment);
            keepLabelsReadable(axis);
        }
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
    // The same shape: the shown series and axes take the draft's data, names and colours,
    // which the builders chose (a limit's dash, the current storage class drawn bolder) and
    // which can move from one series to another with an edit.
    showTitle(m_draft.title);
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
            to->setBrush(area->brush());
            to->setPen(area->pen());
        } else if (auto* xy = qobject_cast<QXYSeries*>(draft)) {
            auto* to = static_cast<QXYSeries*>(shown[i]);
            to->replace(xy->points());
            to->setPen(xy->pen());
            to->setBrush(xy->brush());
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

QString WhatIfView::title() const
{
    return m_title->text();
}

void WhatIfView::showTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

double WhatIfView::measuredMemoryBand(QValueAxis* axisX, QValueAxis* axisY, double scale)
{
    const PlannedService* s = m_document->plan().service(m_service);
    const Measurement* measured = s ? s->measurementOf(role()) : nullptr;
    if (!measured || !measured->memory)
        return 0;
    const UsageDistribution& d = *measured->memory;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (const Quantity& x : { m_range.from, m_range.to }) {
        upper->append(xValue(x), double(d.max.raw()) * scale);
        lower->append(xValue(x), double(d.p50.raw()) * scale);
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("Measured p50 to max"));
    QColor fill = kMeasuredColor;
    fill.setAlpha(70);
    band->setBrush(fill);
    fill.setAlpha(200);
    band->setPen(QPen(fill, 1, Qt::DashLine));
    attach(band, { axisX, axisY });
    connect(band, &QAreaSeries::hovered, this, &WhatIfView::hover);
    return double(d.max.raw()) * scale;
}

double WhatIfView::memoryChartTop(const ServiceSizing& first) const
{
    double top = 0;
    for (const auto& p : m_points) {
        if (p.sizing)
            top = std::max(
                { top, double(whatif::memoryDemand(*p.sizing).raw()), double(p.sizing->resources.memoryLimit.raw()) });
    }
    ServiceRequest tier;
    tier.service = first.service;
    tier.size = first.size;
    if (auto memory = whatif::tierMemory(m_document->catalog(), tier))
        top = std::max(top, double(memory->raw()));
    const PlannedService* s = m_document->plan().service(m_service);
    if (const Measurement* measured = s ? s->measurementOf(role()) : nullptr; measured && measured->memory)
        top = std::max(top, double(measured->memory->max.raw()));
    // The largest node, when it is near enough to matter (within twice the rest).
    for (const auto& pool : m_document->plan().nodePools) {
        if (double(pool.memory.raw()) <= 2 * top)
            top = std::max(top, double(pool.memory.raw()));
    }
    return top;
}

// Stacked areas: each component's demand (what the workload needs of it, where the
// catalog says) on top of the ones before it.
void WhatIfView::memoryAreas(QValueAxis* axisX, QValueAxis* axisY, double scale)
{
    const ServiceSizing* first = nullptr;
    for (const auto& p : m_points) {
        if (p.sizing && !first)
            first = &*p.sizing;
    }
    const int components = int(first->memory.size());
    for (int c = 0; c < components; ++c) {
        auto* upper = new QLineSeries;
        auto* lower = c > 0 ? new QLineSeries : nullptr;
        for (const auto& p : m_points) {
            if (!p.sizing || p.sizing->memory.size() != components)
                continue;
            double below = 0;
            for (int k = 0; k < c; ++k)
                below += double(p.sizing->memory[k].need().raw());
            const double x = xValue(p.input);
            upper->append(x, (below + double(p.sizing->memory[c].need().raw())) * scale);
            if (lower)
                lower->append(x, below * scale);
        }
        auto* area = new QAreaSeries(upper, lower);
        const MemoryComponent& mc = first->memory[c];
        area->setName(catalogTitle(mc.title, mc.name));
        area->setColor(kAreaColors[c % std::size(kAreaColors)]);
        area->setBorderColor(area->color().darker(130));
        attach(area, { axisX, axisY });
        connect(area, &QAreaSeries::hovered, this, &WhatIfView::hover);
    }
}

// Lines: what the limit gives a component whose demand is the workload's (Redis's
// maxmemory), the container limit, the tier's memory, the largest node.
void WhatIfView::memoryLines(const ServiceSizing& first, QValueAxis* axisX, QValueAxis* axisY, double scale)
{
    QList<QLineSeries*> lines;
    for (int c = 0; c < first.memory.size(); ++c) {
        const MemoryComponent& mc = first.memory[c];
        if (!mc.workloadDemand || mc.demand.raw() == 0)
            continue;
        QLineSeries* sized
            = lineSeries(tr("%1 as sized").arg(catalogTitle(mc.title, mc.name)), kSizedColor, Qt::DotLine, 2);
        for (const auto& p : m_points) {
            if (!p.sizing || p.sizing->memory.size() != first.memory.size())
                continue;
            double below = 0;
            for (int k = 0; k < c; ++k)
                below += double(p.sizing->memory[k].need().raw());
            sized->append(xValue(p.input), (below + double(p.sizing->memory[c].demand.raw())) * scale);
        }
        lines << sized;
    }
    QLineSeries* limit = lineSeries(tr("Container limit"), kLimitColor, Qt::SolidLine, 2);
    for (const auto& p : m_points) {
        if (p.sizing)
            limit->append(xValue(p.input), double(p.sizing->resources.memoryLimit.raw()) * scale);
    }
    lines << limit;
    const auto flat = [&](QLineSeries* series, const Quantity& y) {
        series->append(xValue(m_range.from), double(y.raw()) * scale);
        series->append(xValue(m_range.to), double(y.raw()) * scale);
        lines << series;
    };
    ServiceRequest tier;
    tier.service = first.service;
    tier.size = first.size;
    if (auto memory = whatif::tierMemory(m_document->catalog(), tier))
        flat(lineSeries(tr("Tier %1 memory").arg(first.size), kTierColor, Qt::DashLine, 2), *memory);
    std::optional<Quantity> node;
    for (const auto& pool : m_document->plan().nodePools) {
        if (!node || pool.memory.raw() > node->raw())
            node = pool.memory;
    }
    // A node far above everything else would only squash the chart: it breaks nothing here.
    if (node && double(node->raw()) <= memoryChartTop(first))
        flat(lineSeries(tr("Node size"), kNodeColor, Qt::DashDotDotLine, 2), *node);
    for (QLineSeries* series : std::as_const(lines)) {
        attach(series, { axisX, axisY });
        connect(series, &QLineSeries::hovered, this, &WhatIfView::hover);
    }
}

QString WhatIfView::breakText() const
{
    return WhatIfLabels::breakText(*m_break, m_input->currentText());
}

QString WhatIfView::breakSentence() const
{
    return WhatIfLabels::breakSentence(*m_break, m_input->currentText());
}

void WhatIfView::addBreakMarker(QAbstractAxis* axisX, QAbstractAxis* axisY, double y)
{
    if (!m_break)
        return;
    auto* marker = new QScatterSeries;
    marker->setName(breakText());
    marker->setMarkerSize(12);
    marker->setColor(kBreakColor);
    marker->setBorderColor(kBreakColor.darker(150));
    marker->append(xValue(m_break->input), y);
    attach(marker, { axisX, axisY });
}

void WhatIfView::addCurrentMarker(QAbstractAxis* axisX, QAbstractAxis* axisY, double low, double high)
{
    QLineSeries* current = lineSeries(tr("Current value"), palette().color(QPalette::WindowText), Qt::DashDotLine, 1);
    const double cx = xValue(m_range.current);
    current->append(cx, low);
    current->append(cx, high);
    attach(current, { axisX, axisY });
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
    const double top = memoryChartTop(*first);
    const AxisUnit unit = AxisUnit::forValues(Dimension::Memory, top);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(unit.title(tr("Memory")));
    m_draft.axes.append({ axisY, Qt::AlignLeft });

    memoryAreas(axisX, axisY, unit.scale);
    measuredMemoryBand(axisX, axisY, unit.scale);
    memoryLines(*first, axisX, axisY, unit.scale);
    if (m_break)
        addBreakMarker(axisX, axisY, double(m_break->demand.raw()) * unit.scale);
    const double yMax = top * unit.scale;
    addCurrentMarker(axisX, axisY, 0, yMax * 1.08);

    axisX->setRange(xValue(m_range.from), xValue(m_range.to));
    axisY->setRange(0, yMax * 1.1 > 0 ? yMax * 1.1 : 1);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
    AxisUnit::setReadableLabels(axisX);
    AxisUnit::setReadableLabels(axisY);
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
    // Every figure first: the smallest and largest pick the axis's unit.
    const QString current = sized.first()->sizing->storage.storageClass;
    QList<std::pair<const StorageClass*, QList<double>>> ceilings;
    QList<double> needed;
    double yMin = 1e18;
    double yMax = 1;
    for (const WhatIfPoint* p : sized) {
        needed << std::max<double>(1, double(p->sizing->storage.iopsNeeded->raw()));
        yMin = std::min(yMin, needed.last());
        yMax = std::max(yMax, needed.last());
    }
    for (const auto& sc : m_document->catalog().storageClasses) {
        QList<double> line;
        for (const WhatIfPoint* p : sized) {
            const std::int64_t volume = p->sizing->storage.size ? p->sizing->storage.size->raw() : 0;
            line << std::max<double>(1, double(sc.iops.ceilingFor(volume)));
            yMin = std::min(yMin, line.last());
            yMax = std::max(yMax, line.last());
        }
        ceilings.append({ &sc, line });
    }
    // Thousands only where every tick is a whole number of them.
    const double scale = yMin >= 1000 ? 1e-3 : 1;
    auto* axisY = new QLogValueAxis;
    axisY->setTitleText(scale < 1 ? tr("Thousands of IOPS (log scale)") : tr("IOPS (log scale)"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setBase(10);
    m_draft.axes.append({ axisY, Qt::AlignLeft });

    QLineSeries* neededLine = lineSeries(tr("IOPS needed"), kAreaColors[0], Qt::SolidLine, 3);
    for (qsizetype i = 0; i < sized.size(); ++i)
        neededLine->append(xValue(sized[i]->input), needed[i] * scale);
    attach(neededLine, { axisX, axisY });
    connect(neededLine, &QLineSeries::hovered, this, &WhatIfView::hover);
    int other = 0;
    for (const auto& [sc, line] : std::as_const(ceilings)) {
        const bool own = sc->id == current;
        QLineSeries* series = own
            ? lineSeries(tr("%1 ceiling (current class)").arg(catalogText(sc->name)), kLimitColor, Qt::SolidLine, 2.5)
            : lineSeries(tr("%1 ceiling").arg(catalogText(sc->name)),
                         kCeilingColors[other++ % std::size(kCeilingColors)], Qt::DashLine, 1.5);
        for (qsizetype i = 0; i < sized.size(); ++i)
            series->append(xValue(sized[i]->input), line[i] * scale);
        attach(series, { axisX, axisY });
        connect(series, &QLineSeries::hovered, this, &WhatIfView::hover);
    }
    const double low = std::pow(10.0, std::floor(std::log10(yMin * scale)));
    const double high = std::pow(10.0, std::ceil(std::log10(yMax * scale * 1.01)));
    if (m_break)
        addBreakMarker(axisX, axisY, double(m_break->demand.raw()) * scale);
    addCurrentMarker(axisX, axisY, low, high);
    axisX->setRange(xValue(m_range.from), xValue(m_range.to));
    axisX->applyNiceNumbers();
    AxisUnit::setReadableLabels(axisX);
    axisY->setRange(low, high);
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
    const double top = double(std::max({ f.volume.raw(), f.atHorizon.raw(), f.now.raw() }));
    const AxisUnit unit = AxisUnit::forValues(Dimension::Memory, top);
    const double scale = unit.scale;
    auto* axisX = new QValueAxis;
    axisX->setTitleText(tr("Months from now"));
    auto* axisY = new QValueAxis;
    axisY->setTitleText(unit.title(tr("Storage")));
    m_draft.axes.append({ axisX, Qt::AlignBottom });
    m_draft.axes.append({ axisY, Qt::AlignLeft });
    const auto attach = [&](QAbstractSeries* series) { this->attach(series, { axisX, axisY }); };
    auto* use = new QLineSeries;
    use->setName(tr("Data (now %1, at the horizon %2)").arg(f.now.toDisplayString(), f.atHorizon.toDisplayString()));
    use->append(0, double(f.now.raw()) * scale);
    use->append(months, double(f.atHorizon.raw()) * scale);
    QPen pen = use->pen();
    pen.setWidthF(3);
    pen.setColor(kAreaColors[0]);
    use->setPen(pen);
    attach(use);
    auto* volume = new QLineSeries;
    volume->setName(f.volumeGiven ? tr("Volume as provisioned (%1)").arg(f.volume.toDisplayString())
                                  : tr("Volume as planned (%1)").arg(f.volume.toDisplayString()));
    volume->append(0, double(f.volume.raw()) * scale);
    volume->append(months, double(f.volume.raw()) * scale);
    QPen volumePen = volume->pen();
    volumePen.setColor(kLimitColor);
    volumePen.setWidthF(2);
    volume->setPen(volumePen);
    attach(volume);
    if (f.timeToFull && f.timeToFull->raw() <= f.horizon.raw()) {
        auto* full = new QScatterSeries;
        full->setName(tr("Full in %1").arg(f.timeToFull->toString()));
        full->setMarkerSize(12);
        full->setColor(kBreakColor);
        full->append(double(f.timeToFull->raw()) / msPerMonth, double(f.volume.raw()) * scale);
        attach(full);
    }
    axisX->setRange(0, months);
    axisY->setRange(0, top * scale * 1.15 + 0.001);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
    AxisUnit::setReadableLabels(axisX);
    AxisUnit::setReadableLabels(axisY);
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
        for (const auto& m : p.sizing->memory) {
            const QString title = catalogTitle(m.title, m.name);
            lines << (m.workloadDemand ? tr("%1: needs %2, sized %3")
                                             .arg(title, m.need().toDisplayString(), m.demand.toDisplayString())
                                       : tr("%1: %2").arg(title, m.demand.toDisplayString()));
        }
        lines << tr("Container limit: %1").arg(p.sizing->resources.memoryLimit.toDisplayString());
    }
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), m_view);
}

} // namespace headroom
