// SPDX-License-Identifier: Apache-2.0
#include "ui/clusterview.h"

#include "engine/measurednodeuse.h"
#include "ui/plandocument.h"
#include "ui/tablecopy.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom {

namespace {
enum NodeColumn { NodeName, Pods, CpuBar, MemoryBar, PodNames };

QProgressBar* bar(double utilisation, const QString& text, QWidget* parent)
{
    auto* b = new QProgressBar(parent);
    b->setRange(0, 1000);
    b->setValue(int(std::clamp(utilisation, 0.0, 1.0) * 1000));
    b->setFormat(text);
    b->setTextVisible(true);
    b->setMaximumHeight(b->fontMetrics().height() + 6);
    return b;
}

// What a bar says of a node: "3 GiB of 32 GiB" when it holds requests; an empty node says
// so and what is free, rather than a zero of its allocatable.
QString usageText(const NodeUsage& node, const Quantity& requested, const Quantity& allocatable)
{
    if (node.pods == 0)
        return ClusterView::tr("empty · %1 free").arg(allocatable.toDisplayString());
    if (requested.raw() == 0)
        return ClusterView::tr("none requested · %1 free").arg(allocatable.toDisplayString());
    return ClusterView::tr("%1 of %2").arg(requested.toDisplayString(), allocatable.toDisplayString());
}

// A node's measured pods, as a row under the node: their p99 against the node's allocatable
// in the same columns as the requests above it, marked when the p99 is above what they
// request (the scheduler then counts on less than the pods use).
QProgressBar* measuredBar(const Quantity& p99, const Quantity& max, const Quantity& requested,
                          const Quantity& allocatable, QWidget* parent)
{
    auto* b = bar(double(p99.raw()) / double(std::max<std::int64_t>(1, allocatable.raw())),
                  ClusterView::tr("p99 %1, max %2").arg(p99.toDisplayString(), max.toDisplayString()), parent);
    QString tip = ClusterView::tr("Measured p99 %1 and peak %2, added up over the measured pods; they request %3.")
                      .arg(p99.toDisplayString(), max.toDisplayString(), requested.toDisplayString());
    if (p99.raw() > requested.raw()) {
        QPalette palette = b->palette();
        palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
        b->setPalette(palette);
        b->setProperty("aboveRequests", true);
        tip = ClusterView::tr("%1 The p99 is above the requests: the scheduler counts on less than these pods use.")
                  .arg(tip);
    }
    b->setToolTip(tip);
    return b;
}

} // namespace

ClusterView::ClusterView(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_nodes = new QTreeWidget(splitter);
    m_nodes->setHeaderLabels({ tr("Node"), tr("Pods"), tr("CPU requested"), tr("Memory requested"), tr("Pods on it") });
    m_nodes->setRootIsDecorated(true);
    m_nodes->setUniformRowHeights(true);
    m_nodes->header()->setSectionResizeMode(CpuBar, QHeaderView::Fixed);
    m_nodes->header()->setSectionResizeMode(MemoryBar, QHeaderView::Fixed);
    // Columns as wide as their contents (fitColumns): fixed widths would give the name
    // column room the CPU bar needs, and a small screen would cut the bar at the pane's edge.
    m_nodes->setIndentation(m_nodes->fontMetrics().averageCharWidth() * 2);
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_unplacedTitle = new QLabel(bottom);
    bottomLayout->addWidget(m_unplacedTitle);
    m_unplaced = new QTreeWidget(bottom);
    m_unplaced->setHeaderLabels({ tr("Pod"), tr("QoS"), tr("Why it does not fit") });
    m_unplaced->setRootIsDecorated(false);
    m_unplaced->setColumnWidth(0, 200);
    m_unplaced->setColumnWidth(1, 90);
    bottomLayout->addWidget(m_unplaced);
    TableCopy::install(m_nodes);
    TableCopy::install(m_unplaced);
    connect(m_unplaced, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString service = item->data(0, Qt::UserRole).toString();
        if (!service.isEmpty())
            emit serviceActivated(service);
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
}

void ClusterView::addMeasured(QTreeWidgetItem* node, const MeasuredNodeUse& use, const NodePool& pool)
{
    auto* item = new QTreeWidgetItem(node);
    item->setData(NodeName, Qt::UserRole, QStringLiteral("measured"));
    item->setText(NodeName, tr("measured"));
    item->setText(Pods, tr("%1 of %2").arg(use.measuredPods).arg(use.pods));
    item->setTextAlignment(Pods, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(NodeName,
                     tr("What the measured pods of this node used over their window, each pod counted "
                        "with its service's per-pod p99 and peak. Pods seldom peak together: the sum of "
                        "the peaks is an upper bound."));
    item->setText(PodNames,
                  tr("their requests: %1 CPU, %2 memory")
                      .arg(use.cpuRequested.toDisplayString(), use.memoryRequested.toDisplayString()));
    m_nodes->setItemWidget(item, CpuBar, measuredBar(use.cpuP99, use.cpuMax, use.cpuRequested, pool.cpu, m_nodes));
    m_nodes->setItemWidget(item, MemoryBar,
                           measuredBar(use.memoryP99, use.memoryMax, use.memoryRequested, pool.memory, m_nodes));
}

void ClusterView::fitColumns()
{
    m_nodes->resizeColumnToContents(NodeName);
    m_nodes->resizeColumnToContents(Pods);
    for (const int column : { CpuBar, MemoryBar }) {
        // A bar's text with a margin each side, or the header's, whichever is wider.
        int width = m_nodes->header()->sectionSizeHint(column);
        for (QTreeWidgetItemIterator it(m_nodes); *it; ++it) {
            if (const auto* bar = qobject_cast<const QProgressBar*>(m_nodes->itemWidget(*it, column)))
                width = std::max(width,
                                 bar->fontMetrics().horizontalAdvance(bar->text())
                                     + bar->fontMetrics().averageCharWidth() * 3);
        }
        m_nodes->setColumnWidth(column, width);
    }
}

void ClusterView::refresh()
{
    const Plan& plan = m_document->plan();
    const ClusterFitResult& fit = m_document->sizing().fit;
    const QList<MeasuredNodeUse> measured = MeasuredNodeUse::of(plan, fit);
    m_nodes->clear();
    for (const auto& pool : plan.nodePools) {
        auto* poolItem = new QTreeWidgetItem(m_nodes);
        poolItem->setText(NodeName, pool.name);
        QFont f = poolItem->font(NodeName);
        f.setBold(true);
        poolItem->setFont(NodeName, f);
        for (const auto& usage : fit.pools) {
            if (usage.nodePool != pool.name)
                continue;
            QString text = tr("%1 of %2 nodes used").arg(usage.nodesNeeded).arg(usage.nodesAvailable);
            if (usage.monthlyCost)
                text = tr("%1, %2 per month").arg(text, QLocale().toString(*usage.monthlyCost, 'f', 0));
            poolItem->setText(PodNames, text);
        }
        int pods = 0;
        for (qsizetype n = 0; n < fit.nodes.size(); ++n) {
            const NodeUsage& node = fit.nodes.at(n);
            if (node.nodePool != pool.name)
                continue;
            pods += node.pods;
            auto* item = new QTreeWidgetItem(poolItem);
            item->setText(NodeName, tr("%1-%2").arg(pool.name).arg(node.node));
            item->setText(Pods, QLocale().toString(node.pods));
            item->setTextAlignment(Pods, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(PodNames, node.podNames.join(QStringLiteral(", ")));
            item->setToolTip(PodNames, node.podNames.join(QLatin1Char('\n')));
            m_nodes->setItemWidget(item, CpuBar,
                                   bar(node.cpuUtilisation, usageText(node, node.cpuRequested, pool.cpu), m_nodes));
            m_nodes->setItemWidget(
                item, MemoryBar,
                bar(node.memoryUtilisation, usageText(node, node.memoryRequested, pool.memory), m_nodes));
            if (measured.at(n).measuredPods > 0)
                addMeasured(item, measured.at(n), pool);
        }
        poolItem->setText(Pods, QLocale().toString(pods));
        poolItem->setTextAlignment(Pods, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_nodes->expandAll();
    fitColumns();

    m_unplaced->clear();
    for (const auto& pod : fit.unplaced) {
        auto* item = new QTreeWidgetItem(m_unplaced, { pod.name, qosClassName(pod.qos), pod.reason });
        item->setData(0, Qt::UserRole, pod.service);
        item->setToolTip(2, pod.reason);
    }
    m_unplacedTitle->setText(fit.unplaced.isEmpty()
                                 ? tr("Every pod has a node.")
                                 : tr("%n pod(s) cannot be placed:", nullptr, int(fit.unplaced.size())));
    m_unplaced->setVisible(!fit.unplaced.isEmpty());

    if (plan.nodePools.isEmpty()) {
        m_summary->setText(tr("The plan has no node pools, so there is nothing to place pods on."));
    } else {
        QString text = tr("%n pod(s) placed on %1.", "%1 is the number of nodes, e.g. 3 nodes", int(fit.placed.size()))
                           .arg(tr("%n node(s)", nullptr, int(fit.nodes.size())));
        if (fit.monthlyCost)
            text = tr("%1 Estimated cost: %2 per month.").arg(text, QLocale().toString(*fit.monthlyCost, 'f', 0));
        m_summary->setText(text);
    }
}

} // namespace headroom
