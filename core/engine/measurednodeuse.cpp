// SPDX-License-Identifier: Apache-2.0
#include "engine/measurednodeuse.h"

#include <QHash>

namespace headroom {

namespace {

QString keyOf(const QString& pool, int node)
{
    return pool + QLatin1Char('/') + QString::number(node);
}

void add(Quantity& sum, const Quantity& value)
{
    sum = Quantity(sum.dimension(), sum.raw() + value.raw());
}

} // namespace

QList<MeasuredNodeUse> MeasuredNodeUse::of(const Plan& plan, const ClusterFitResult& fit)
{
    QList<MeasuredNodeUse> nodes;
    QHash<QString, qsizetype> byNode;
    for (const auto& usage : fit.nodes) {
        byNode.insert(keyOf(usage.nodePool, usage.node), nodes.size());
        MeasuredNodeUse use;
        use.nodePool = usage.nodePool;
        use.node = usage.node;
        nodes << use;
    }
    for (const auto& pod : fit.placed) {
        const auto at = byNode.constFind(keyOf(pod.nodePool, pod.node));
        if (at == byNode.constEnd())
            continue;
        MeasuredNodeUse& use = nodes[*at];
        ++use.pods;
        const PlannedService* service = plan.service(pod.service);
        if (!service || !service->measured || !service->measured->cpu || !service->measured->memory)
            continue;
        const Measurement& m = *service->measured;
        ++use.measuredPods;
        add(use.cpuRequested, pod.cpuRequest);
        add(use.memoryRequested, pod.memoryRequest);
        add(use.cpuP99, m.cpu->p99);
        add(use.cpuMax, m.cpu->max);
        add(use.memoryP99, m.memory->p99);
        add(use.memoryMax, m.memory->max);
    }
    return nodes;
}

} // namespace headroom
