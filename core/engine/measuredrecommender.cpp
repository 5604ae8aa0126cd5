// SPDX-License-Identifier: Apache-2.0
#include "engine/measuredrecommender.h"

#include <algorithm>

namespace headroom {

namespace proposal_rounding {

Quantity cpu(std::int64_t millicores, std::int64_t step)
{
    const std::int64_t m = std::max<std::int64_t>(millicores, step);
    return Quantity::millicores((m + step - 1) / step * step);
}

Quantity memory(std::int64_t bytes)
{
    constexpr std::int64_t mi = 1LL << 20;
    const std::int64_t b = std::max<std::int64_t>(bytes, mi);
    return Quantity::bytes((b + mi - 1) / mi * mi);
}

std::int64_t withMargin(std::int64_t raw, std::int64_t ppm)
{
    // In two parts: a petabyte times a million does not fit in 64 bits.
    constexpr std::int64_t million = 1'000'000;
    const std::int64_t whole = raw / million;
    const std::int64_t rest = raw % million;
    return whole * (million + ppm) + (rest * (million + ppm) + million - 1) / million;
}

} // namespace proposal_rounding

namespace {

// How often the engine-aware proposal sizes the service again to settle its memory: a
// limit raised to the worst case raises the components that follow the limit.
constexpr int kSettleRounds = 16;

// The next limit to try: where the line through the last two (limit, worst case) points
// meets worst case = limit, when the worst case grows slower than the limit; else the
// worst case itself.
std::int64_t nextLimit(std::int64_t limit, std::int64_t worst, std::int64_t lastLimit, std::int64_t lastWorst)
{
    if (lastLimit > 0 && limit != lastLimit) {
        const double slope = double(worst - lastWorst) / double(limit - lastLimit);
        if (slope >= 0 && slope < 0.95)
            return std::max(worst, limit + std::int64_t(double(worst - limit) / (1.0 - slope)));
    }
    return worst;
}

} // namespace

Quantity MeasuredRecommender::memoryTarget(const Measurement& m)
{
    if (!m.memory)
        return Quantity::bytes(0);
    if (m.oomKills > 0) {
        const std::int64_t peak = std::max(m.memory->max.raw(), m.limits.memory.value_or(Quantity()).raw());
        return proposal_rounding::memory(proposal_rounding::withMargin(peak, kOomMarginPpm));
    }
    return proposal_rounding::memory(proposal_rounding::withMargin(m.memory->max.raw(), kMemoryMarginPpm));
}

Quantity MeasuredRecommender::cpuLimitTarget(const Measurement& m)
{
    if (!m.cpu)
        return Quantity::millicores(0);
    const bool throttled = m.throttled && m.throttled->raw() > kThrottledPpm;
    return proposal_rounding::cpu(
        proposal_rounding::withMargin(m.cpu->max.raw(), throttled ? kThrottledMarginPpm : kMemoryMarginPpm), 100);
}

ResourceProposal MeasuredRecommender::usageOnly(const UsageDistribution& cpu, const UsageDistribution& memory)
{
    ResourceProposal p;
    p.cpuRequest = proposal_rounding::cpu(cpu.p95.raw());
    const Quantity m = proposal_rounding::memory(proposal_rounding::withMargin(memory.max.raw(), kMemoryMarginPpm));
    p.memoryRequest = m;
    p.memoryLimit = m;
    return p;
}

Quantity MeasuredRecommender::worstCase(const ServiceSizing& sizing)
{
    std::int64_t sum = 0;
    for (const auto& c : sizing.memory)
        sum += c.demand.raw();
    return Quantity::bytes(sum);
}

std::optional<NodeSize> MeasuredRecommender::nodeFor(const QList<NodePool>& pools, const QString& pinned)
{
    const NodePool* best = nullptr;
    for (const auto& p : pools) {
        if (!pinned.isEmpty() && p.name == pinned)
            return NodeSize { p.cpu, p.memory };
        if (!best || p.memory.raw() > best->memory.raw())
            best = &p;
    }
    if (!best || !pinned.isEmpty())
        return std::nullopt;
    return NodeSize { best->cpu, best->memory };
}

ResourceProposal MeasuredRecommender::engineAware(const Measurement& measured, const ServiceRequest& planned,
                                                  const ServiceSizing& sizing, const std::optional<NodeSize>& node,
                                                  TextCache& texts) const
{
    const UsageDistribution& cpu = *measured.cpu;
    ResourceProposal p;
    p.cpuRequest = proposal_rounding::cpu(cpu.p95.raw());
    std::int64_t cpuLimit
        = std::max({ sizing.resources.cpuLimit.raw(), cpuLimitTarget(measured).raw(), p.cpuRequest.raw() });
    if (node)
        cpuLimit = std::min(cpuLimit, node->cpu.raw());
    p.cpuLimit = proposal_rounding::cpu(cpuLimit, 100);
    if (node && p.cpuLimit->raw() > node->cpu.raw())
        p.cpuLimit = node->cpu;
    p.cpuRequest = Quantity::millicores(std::min(p.cpuRequest.raw(), p.cpuLimit->raw()));

    std::int64_t limit = memoryTarget(measured).raw();
    Quantity worst = worstCase(sizing);
    std::int64_t lastLimit = 0;
    std::int64_t lastWorst = 0;
    for (int round = 0; round < kSettleRounds; ++round) {
        if (node && limit > node->memory.raw()) {
            limit = node->memory.raw();
            p.heldByNode = true;
        }
        ServiceRequest request = planned;
        request.memoryLimit = Quantity::bytes(limit);
        request.memoryRequest = Quantity::bytes(limit);
        request.cpuLimit = p.cpuLimit;
        request.cpuRequest = p.cpuRequest;
        const auto resized = m_engine.size(request, texts, SizingDetail::Numbers);
        if (!resized)
            break;
        worst = worstCase(resized.value());
        if (worst.raw() <= limit || p.heldByNode)
            break;
        const std::int64_t next = nextLimit(limit, worst.raw(), lastLimit, lastWorst);
        lastLimit = limit;
        lastWorst = worst.raw();
        limit = proposal_rounding::memory(next).raw();
    }
    p.memoryRequest = Quantity::bytes(limit);
    p.memoryLimit = Quantity::bytes(limit);
    p.worstCase = worst;
    return p;
}

MeasuredSizing MeasuredRecommender::compare(const Measurement& measured, const QString& role,
                                            const ServiceRequest& planned, const ServiceSizing& sizing,
                                            const std::optional<NodeSize>& node, TextCache& texts) const
{
    MeasuredSizing m;
    m.measured = measured;
    m.role = role;
    m.configuredWorstCase = worstCase(sizing);
    if (!sizing.memory.isEmpty())
        m.resident = sizing.memory.first().demand;
    if (measured.cpu && measured.memory) {
        m.usageOnly = usageOnly(*measured.cpu, *measured.memory);
        m.engineAware = engineAware(measured, planned, sizing, node, texts);
    }
    return m;
}

} // namespace headroom
