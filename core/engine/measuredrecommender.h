// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/sizingengine.h"
#include "engine/textcache.h"
#include "model/measuredsizing.h"
#include "model/nodepool.h"
#include "model/servicesizing.h"

#include <QList>

#include <optional>

namespace headroom {

// What a node offers one pod: its allocatable CPU and memory.
struct NodeSize
{
    Quantity cpu;
    Quantity memory;
};

// Puts a service's measurement beside its sizing and proposes its resources twice: by
// usage alone, as usage-history tools do, and engine-aware, sized again by the engine so
// that the memory limit holds every component the configuration allows at that limit.
class MeasuredRecommender
{
public:
    // The margin above the measured peak both proposals keep (15%, the usual rule).
    static constexpr std::int64_t kMemoryMarginPpm = 150'000;
    // After an OOM kill the peak was cut off at the limit: more margin, over the deployed limit.
    static constexpr std::int64_t kOomMarginPpm = 250'000;
    // A throttled pod's peak is its limit: the margin above it is where it wanted to go.
    static constexpr std::int64_t kThrottledPpm = 50'000; // 5% of CFS periods
    static constexpr std::int64_t kThrottledMarginPpm = 500'000;

    explicit MeasuredRecommender(const SizingEngine& engine)
        : m_engine(engine)
    {
    }

    // `planned` is the request the role was sized from, `sizing` its result; `node` the
    // node the pod would run on (none without node pools).
    MeasuredSizing compare(const Measurement& measured, const QString& role, const ServiceRequest& planned,
                           const ServiceSizing& sizing, const std::optional<NodeSize>& node, TextCache& texts) const;

    // The memory limit a measured pod needs at least: its peak with a margin (Headroom's rule).
    static Quantity memoryTarget(const Measurement& measured);
    // The CPU limit a measured pod needs at least: its peak with a margin, more when throttled.
    static Quantity cpuLimitTarget(const Measurement& measured);
    static ResourceProposal usageOnly(const UsageDistribution& cpu, const UsageDistribution& memory);
    // Every memory component at its demand: what the configuration lets the engine take.
    static Quantity worstCase(const ServiceSizing& sizing);
    // The node a service's pods run on: its pinned pool, else the pool with the most memory.
    static std::optional<NodeSize> nodeFor(const QList<NodePool>& pools, const QString& pinned);

private:
    ResourceProposal engineAware(const Measurement& measured, const ServiceRequest& planned,
                                 const ServiceSizing& sizing, const std::optional<NodeSize>& node,
                                 TextCache& texts) const;

    const SizingEngine& m_engine;
};

// Quantities rounded up to what a manifest shows: CPU to 10m (or 100m), memory to 1Mi.
namespace proposal_rounding {
Quantity cpu(std::int64_t millicores, std::int64_t step = 10);
Quantity memory(std::int64_t bytes);
// `q` plus `ppm` parts per million of it, rounded up.
std::int64_t withMargin(std::int64_t raw, std::int64_t ppm);
} // namespace proposal_rounding

} // namespace headroom
