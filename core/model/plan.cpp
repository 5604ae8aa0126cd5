// SPDX-License-Identifier: Apache-2.0
#include "model/plan.h"

#include "model/role.h"

namespace headroom {

const PlannedService* Plan::service(const QString& name) const
{
    for (const auto& s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

PlannedService* Plan::service(const QString& name)
{
    for (auto& s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool operator==(const ServiceRequest& a, const ServiceRequest& b)
{
    return a.service == b.service && a.size == b.size && a.cpuLimit == b.cpuLimit && a.memoryLimit == b.memoryLimit
        && a.cpuRequest == b.cpuRequest && a.memoryRequest == b.memoryRequest && a.replicas == b.replicas
        && a.storageClass == b.storageClass && a.inputs == b.inputs && a.qos == b.qos
        && a.postgresProfile == b.postgresProfile && a.postgres == b.postgres;
}

bool operator==(const PlannedService& a, const PlannedService& b)
{
    // The source location is where it was read, not part of the plan.
    return a.name == b.name && a.request == b.request && a.volumeSize == b.volumeSize && a.growth == b.growth
        && a.topology == b.topology && a.nodePool == b.nodePool && a.measured == b.measured
        && a.measuredReplica == b.measuredReplica;
}

const Measurement* PlannedService::measurementOf(const QString& role) const
{
    const auto& m = role == roleName(Role::Replica) ? measuredReplica : measured;
    return m ? &*m : nullptr;
}

namespace {
bool samePools(const QList<NodePool>& a, const QList<NodePool>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto& x = a[i];
        const auto& y = b[i];
        if (x.name != y.name || x.cpu != y.cpu || x.memory != y.memory || x.count != y.count || x.minCount != y.minCount
            || x.maxCount != y.maxCount || x.maxPods != y.maxPods || x.pricePerHour != y.pricePerHour
            || x.hugePages2Mi != y.hugePages2Mi)
            return false;
    }
    return true;
}

bool sameClasses(const QList<StorageClass>& a, const QList<StorageClass>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto& x = a[i];
        const auto& y = b[i];
        const auto& p = x.iops;
        const auto& q = y.iops;
        if (x.id != y.id || x.name != y.name || x.throughput != y.throughput || x.latencyMin != y.latencyMin
            || x.latencyMax != y.latencyMax || x.costRank != y.costRank || x.costLabel != y.costLabel
            || x.useCase != y.useCase || p.kind != q.kind || p.fixed != q.fixed || p.perGiB != q.perGiB
            || p.floor != q.floor || p.ceiling != q.ceiling || p.baseline != q.baseline
            || p.provisioned != q.provisioned || p.max != q.max)
            return false;
    }
    return true;
}
} // namespace

bool operator==(const Plan& a, const Plan& b)
{
    return a.name == b.name && a.notes == b.notes && samePools(a.nodePools, b.nodePools)
        && a.defaultStorageClass == b.defaultStorageClass && sameClasses(a.storageClasses, b.storageClasses)
        && a.horizon == b.horizon && a.qos == b.qos && a.postgresProfile == b.postgresProfile
        && a.services == b.services && a.catalogOverrides.trimmed() == b.catalogOverrides.trimmed();
}

} // namespace headroom
