// SPDX-License-Identifier: Apache-2.0
#include "ui/clusterview.h"

#include "ui/plandocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    m_nodes->setColumnWidth(NodeName, 150);
    m_nodes->setColumnWidth(Pods, 50);
    m_nodes->setColumnWidth(CpuBar, 220);
    m_nodes->setColumnWidth(MemoryBar, 220);
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
    connect(m_unplaced, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const QString service = item->data(0, Qt::UserRole).toString();
        if (!service.isEmpty())
            emit serviceActivated(service);
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
}

void ClusterView::refresh()
{
    const Plan& plan = m_document->plan();
    const ClusterFitResult& fit = m_document->sizing().fit;
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
        for (const auto& node : fit.nodes) {
            if (node.nodePool != pool.name)
                continue;
            pods += node.pods;
            auto* item = new QTreeWidgetItem(poolItem);
            item->setText(NodeName, tr("%1-%2").arg(pool.name).arg(node.node));
            item->setText(Pods, QLocale().toString(node.pods));
            item->setTextAlignment(Pods, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(PodNames, node.podNames.join(QStringLiteral(", ")));
            item->setToolTip(PodNames, node.podNames.join(QLatin1Char('\n')));
            m_nodes->setItemWidget(
                item, CpuBar,
                bar(node.cpuUtilisation,
                    tr("%1 of %2").arg(node.cpuRequested.toDisplayString(), pool.cpu.toDisplayString()), m_nodes));
            m_nodes->setItemWidget(
                item, MemoryBar,
                bar(node.memoryUtilisation,
                    tr("%1 of %2").arg(node.memoryRequested.toDisplayString(), pool.memory.toDisplayString()),
                    m_nodes));
        }
        poolItem->setText(Pods, QLocale().toString(pods));
        poolItem->setTextAlignment(Pods, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_nodes->expandAll();

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
        QString text = tr("%n pod(s) placed on %1 node(s).", nullptr, int(fit.placed.size()))
                           .arg(QLocale().toString(fit.nodes.size()));
        if (fit.monthlyCost)
            text = tr("%1 Estimated cost: %2 per month.").arg(text, QLocale().toString(*fit.monthlyCost, 'f', 0));
        m_summary->setText(text);
    }
}

} // namespace headroom
