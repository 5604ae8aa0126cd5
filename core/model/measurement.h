// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// Four points of a distribution over the measurement window.
struct UsageDistribution
{
    Quantity p50;
    Quantity p95;
    Quantity p99;
    Quantity max;
    friend bool operator==(const UsageDistribution&, const UsageDistribution&) = default;
};

// Requests or limits as deployed (what kube-state-metrics saw), per pod.
struct DeployedResources
{
    std::optional<Quantity> cpu; // millicores
    std::optional<Quantity> memory; // bytes
    friend bool operator==(const DeployedResources&, const DeployedResources&) = default;
};

// One persistent volume claim of the service.
struct MeasuredVolume
{
    QString pvc;
    Quantity used = Quantity::bytes(0);
    Quantity capacity = Quantity::bytes(0);
    Quantity growthPerDay = Quantity::bytes(0); // bytes per day; 0 when not growing
    friend bool operator==(const MeasuredVolume&, const MeasuredVolume&) = default;
};

// The 95th percentile and the peak of an engine exporter's figure over the window.
struct EnginePeak
{
    Quantity p95;
    Quantity max;
    friend bool operator==(const EnginePeak&, const EnginePeak&) = default;
};

// What the engine's own exporter reported, per pod; each figure absent where no exporter gave
// it (never zero for "not measured"). PostgreSQL from postgres_exporter, Redis from
// redis_exporter, the JVM heap from a Java agent or elasticsearch_exporter.
struct EngineMeasurement
{
    std::optional<EnginePeak> commitsPerSecond; // Rate
    std::optional<EnginePeak> connections; // Count: client backends
    std::optional<EnginePeak> usedMemory; // bytes: Redis used_memory
    std::optional<Quantity> maxMemory; // bytes: Redis maxmemory (0: no limit)
    std::optional<EnginePeak> heapUsed; // bytes
    std::optional<Quantity> heapMax; // bytes: the heap's ceiling (-Xmx)
    bool isEmpty() const { return *this == EngineMeasurement {}; }
    friend bool operator==(const EngineMeasurement&, const EngineMeasurement&) = default;
};

// What a service used, as measured by a metrics server over a window. Stored in the plan
// under `measured:` beside what the user planned; never edited by sizing. Per pod.
struct Measurement
{
    QString source; // the server's URL without credentials
    Quantity window = Quantity::milliseconds(14LL * 86400 * 1000);
    QDateTime at; // end of the window, UTC
    int pods = 0;
    std::optional<UsageDistribution> cpu; // millicores
    std::optional<UsageDistribution> memory; // working set, bytes
    std::optional<Quantity> throttled; // share of CFS periods throttled (Percent)
    int oomKills = 0;
    int restarts = 0;
    DeployedResources requests;
    DeployedResources limits;
    QList<MeasuredVolume> volumes;
    EngineMeasurement engine;
    friend bool operator==(const Measurement&, const Measurement&) = default;
};

} // namespace headroom
