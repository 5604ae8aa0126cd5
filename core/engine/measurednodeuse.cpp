// SPDX-License-Identifier: Apache-2.0
#include "engine/measurednodeuse.h"

#include "model/role.h"

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
    // By name once: a lookup per pod would be quadratic in a large plan.
    QHash<QString, const PlannedService*> services;
    services.reserve(plan.services.size());
    for (const auto& s : plan.services)
        services.insert(s.name, &s);
    for (const auto& pod : fit.placed) {
        const auto at = byNode.constFind(keyOf(pod.nodePool, pod.node));
        if (at == byNode.constEnd())
            continue;
        MeasuredNodeUse& use = nodes[*at];
        ++use.pods;
        const PlannedService* service = services.value(pod.service);
        // A topology's replica pods are named SERVICE-replica-N (PlanSizer): they used what
        // the replicas' measurement says.
        const QString replicaPrefix = QStringLiteral("%1-%2-").arg(pod.service, roleName(Role::Replica));
        const Measurement* measured = service
            ? service->measurementOf(service->topology && pod.name.startsWith(replicaPrefix) ? roleName(Role::Replica)
                                                                                             : QString())
            : nullptr;
        if (!measured || !measured->cpu || !measured->memory)
            continue;
        const Measurement& m = *measured;
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
