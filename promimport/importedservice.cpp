// SPDX-License-Identifier: Apache-2.0
#include "promimport/importedservice.h"

#include <algorithm>

namespace headroom {

namespace {

Quantity larger(const Quantity& a, const Quantity& b)
{
    return a.raw() >= b.raw() ? a : b;
}

std::optional<Quantity> larger(const std::optional<Quantity>& a, const std::optional<Quantity>& b)
{
    if (!a || !b)
        return a ? a : b;
    return larger(*a, *b);
}

std::optional<UsageDistribution> larger(const std::optional<UsageDistribution>& a,
                                        const std::optional<UsageDistribution>& b)
{
    if (!a || !b)
        return a ? a : b;
    return UsageDistribution { larger(a->p50, b->p50), larger(a->p95, b->p95), larger(a->p99, b->p99),
                               larger(a->max, b->max) };
}

DeployedResources larger(const DeployedResources& a, const DeployedResources& b)
{
    return { larger(a.cpu, b.cpu), larger(a.memory, b.memory) };
}

std::optional<EnginePeak> larger(const std::optional<EnginePeak>& a, const std::optional<EnginePeak>& b)
{
    if (!a || !b)
        return a ? a : b;
    return EnginePeak { larger(a->p95, b->p95), larger(a->max, b->max) };
}

EngineMeasurement larger(const EngineMeasurement& a, const EngineMeasurement& b)
{
    return { larger(a.commitsPerSecond, b.commitsPerSecond),
             larger(a.connections, b.connections),
             larger(a.usedMemory, b.usedMemory),
             larger(a.maxMemory, b.maxMemory),
             larger(a.heapUsed, b.heapUsed),
             larger(a.heapMax, b.heapMax) };
}

} // namespace

Measurement ImportedService::merged(const QList<Measurement>& measurements)
{
    if (measurements.isEmpty())
        return {};
    Measurement m = measurements.first();
    for (qsizetype i = 1; i < measurements.size(); ++i) {
        const Measurement& o = measurements.at(i);
        m.pods += o.pods;
        m.cpu = larger(m.cpu, o.cpu);
        m.memory = larger(m.memory, o.memory);
        m.throttled = larger(m.throttled, o.throttled);
        m.oomKills += o.oomKills;
        m.restarts += o.restarts;
        m.requests = larger(m.requests, o.requests);
        m.limits = larger(m.limits, o.limits);
        m.volumes << o.volumes;
        m.engine = larger(m.engine, o.engine);
    }
    return m;
}

std::optional<double> ImportedService::fullInDays(const MeasuredVolume& volume)
{
    if (volume.growthPerDay.raw() <= 0)
        return std::nullopt;
    const double free = double(std::max<std::int64_t>(0, volume.capacity.raw() - volume.used.raw()));
    return free / double(volume.growthPerDay.raw());
}

} // namespace headroom
