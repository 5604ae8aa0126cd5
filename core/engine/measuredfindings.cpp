// SPDX-License-Identifier: Apache-2.0
#include "engine/measuredfindings.h"

#include "engine/measuredrecommender.h"
#include "model/role.h"

#include <QLocale>

#include <algorithm>

namespace headroom {

namespace {

constexpr std::int64_t kDayMs = 86'400'000LL;
constexpr std::int64_t kSoonDays = 30; // a volume full sooner than this is an error

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

// The node pool whose price a service's pods cost: its pinned pool, else the first priced one.
const NodePool* pricedPool(const Plan& plan, const QString& pinned)
{
    for (const auto& p : plan.nodePools) {
        if ((pinned.isEmpty() || p.name == pinned) && p.pricePerHour)
            return &p;
    }
    return nullptr;
}

// What `excess` of one resource costs a month on `pods` pods: its share of a node's price.
std::optional<double> monthlyCost(const NodePool* pool, std::int64_t excess, std::int64_t nodeAmount, int pods)
{
    if (!pool || nodeAmount <= 0)
        return std::nullopt;
    return *pool->pricePerHour * MeasuredFindings::kHoursPerMonth * pods * double(excess) / double(nodeAmount);
}

} // namespace

PlanFinding MeasuredFindings::make(const Context& c, const char* code, Severity severity, QString message, QString fix,
                                   std::optional<Recommendation> recommendation)
{
    return PlanFinding { c.service.name, c.measured.role,
                         Finding { QString::fromLatin1(code), severity, std::move(message), std::move(fix), {} },
                         std::move(recommendation) };
}

std::optional<Recommendation> MeasuredFindings::proposal(const Context& c, TextCache& texts)
{
    if (!c.measured.engineAware)
        return std::nullopt;
    const ResourceProposal& p = *c.measured.engineAware;
    const ResourceOverrides o { p.cpuLimit, p.memoryLimit, p.cpuRequest, p.memoryRequest };
    Recommendation r;
    r.summary = tr("resources from the measurement: CPU request %1, CPU limit %2, memory request and limit %3")
                    .arg(texts.exact(p.cpuRequest), texts.exact(p.cpuLimit.value_or(Quantity::millicores(0))),
                         texts.exact(p.memoryLimit));
    if (!c.service.topology)
        r.resources = o;
    else if (c.measured.role == roleName(Role::Replica))
        r.replicaResources = o;
    else
        r.primaryResources = o;
    return r;
}

void MeasuredFindings::memory(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const Measurement& m = c.measured.measured;
    if (!m.memory)
        return;
    const Resources& planned = c.role.sizing.resources;
    const QString& name = c.service.name;
    const Quantity target = MeasuredRecommender::memoryTarget(m);
    if (planned.memoryLimit.raw() < target.raw()) {
        const bool killed = m.oomKills > 0;
        const QString message = killed
            ? tr("%1 was killed for lack of memory %n time(s) in the %2 measured; its memory limit of %3 is below "
                 "%4, the peak it reached plus 25%.",
                 nullptr, m.oomKills)
                  .arg(name, texts.exact(m.window), texts.display(planned.memoryLimit), texts.display(target))
            : tr("%1 has a memory limit of %2, less than 15% above its measured peak of %3: the next peak can end "
                 "in an OOM kill.")
                  .arg(name, texts.display(planned.memoryLimit), texts.display(m.memory->max));
        out << make(c, "measured.memory-limit-low",
                    killed || planned.memoryLimit.raw() < m.memory->max.raw() ? Severity::Error : Severity::Warning,
                    message, tr("Raise the memory limit to at least %1.").arg(texts.display(target)),
                    proposal(c, texts));
    }
    if (planned.memoryRequest.raw() < m.memory->p95.raw())
        out << make(
            c, "measured.memory-request-low", Severity::Warning,
            tr("%1 requests %2 of memory but uses more than that 5% of the time (p95 %3): when the node runs short "
               "it is evicted first.")
                .arg(name, texts.display(planned.memoryRequest), texts.display(m.memory->p95)),
            tr("Request at least the measured p95."), proposal(c, texts));
}

void MeasuredFindings::cpu(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const Measurement& m = c.measured.measured;
    const Resources& planned = c.role.sizing.resources;
    const QString& name = c.service.name;
    if (m.cpu && planned.cpuRequest.raw() < m.cpu->p95.raw())
        out << make(
            c, "measured.cpu-request-low", Severity::Warning,
            tr("%1 requests %2 of CPU but uses more than that 5% of the time (p95 %3): it competes for CPU it is "
               "not guaranteed.")
                .arg(name, texts.display(planned.cpuRequest), texts.display(m.cpu->p95)),
            tr("Request at least the measured p95."), proposal(c, texts));
    const Quantity target = MeasuredRecommender::cpuLimitTarget(m);
    if (m.throttled && m.throttled->raw() > MeasuredRecommender::kThrottledPpm && planned.cpuLimit.raw() < target.raw())
        out << make(c, "measured.cpu-throttled", Severity::Warning,
                    tr("%1 was throttled in %2 of its CPU periods, more than 5%, under a CPU limit of %3.")
                        .arg(name, texts.display(*m.throttled), texts.display(planned.cpuLimit)),
                    tr("Raise the CPU limit to at least %1, the measured peak plus 50%, or remove it.")
                        .arg(texts.display(target)),
                    proposal(c, texts));
}

void MeasuredFindings::waste(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const Measurement& m = c.measured.measured;
    if (!m.cpu || !m.memory || !c.measured.engineAware)
        return;
    const ResourceProposal& p = *c.measured.engineAware;
    const Resources& planned = c.role.sizing.resources;
    const NodePool* pool = pricedPool(c.plan, c.service.nodePool);
    const int pods = c.role.pods;
    const auto report = [&](const char* code, const Quantity& request, const Quantity& p99, const Quantity& proposed,
                            std::int64_t nodeAmount, bool memory) {
        if (request.raw() <= kWasteFactor * p99.raw() || proposed.raw() >= request.raw())
            return;
        const Quantity excess(request.dimension(), request.raw() - proposed.raw());
        const auto cost = monthlyCost(pool, excess.raw(), nodeAmount, pods);
        const QString message = cost
            ? (memory ? tr("%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom's proposal "
                           "frees %4 a pod, about %5 a month over %n pod(s).",
                           nullptr, pods)
                      : tr("%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom's proposal "
                           "frees %4 a pod, about %5 a month over %n pod(s).",
                           nullptr, pods))
                  .arg(c.service.name, texts.display(request), texts.display(p99), texts.display(excess), money(*cost))
            : (memory ? tr("%1 requests %2 of memory, more than twice its measured p99 of %3; Headroom's proposal "
                           "frees %4 a pod.")
                      : tr("%1 requests %2 of CPU, more than twice its measured p99 of %3; Headroom's proposal "
                           "frees %4 a pod."))
                  .arg(c.service.name, texts.display(request), texts.display(p99), texts.display(excess));
        out << make(c, code, Severity::Warning, message, tr("Request what the service uses."), proposal(c, texts));
    };
    report("measured.memory-request-waste", planned.memoryRequest, m.memory->p99, p.memoryRequest,
           pool ? pool->memory.raw() : 0, true);
    report("measured.cpu-request-waste", planned.cpuRequest, m.cpu->p99, p.cpuRequest, pool ? pool->cpu.raw() : 0,
           false);
}

void MeasuredFindings::volumes(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const std::int64_t horizonDays = c.plan.horizon.raw() / kDayMs;
    for (const auto& v : c.measured.measured.volumes) {
        if (v.growthPerDay.raw() <= 0)
            continue;
        const std::int64_t days = (v.capacity.raw() - v.used.raw()) / v.growthPerDay.raw();
        if (days >= horizonDays)
            continue;
        const Quantity needed = Quantity::bytes(v.used.raw() + v.growthPerDay.raw() * horizonDays);
        constexpr std::int64_t gi = 1LL << 30;
        const Quantity size = Quantity::bytes((needed.raw() + gi - 1) / gi * gi);
        const bool planHolds = c.storage && c.storage->volume.raw() >= size.raw();
        std::optional<Recommendation> r;
        if (!planHolds) {
            r = Recommendation();
            r->volumeSize = size;
            r->summary = tr("volume size %1, the measured use and growth over the horizon").arg(texts.exact(size));
        }
        out << make(c, "measured.volume-full", days < kSoonDays && !planHolds ? Severity::Error : Severity::Warning,
                    tr("%1: volume %2 holds %3 of %4 and grows %5 a day; it is full in %n day(s), within the "
                       "plan's horizon of %6.",
                       nullptr, int(days))
                        .arg(c.service.name, v.pvc, texts.display(v.used), texts.display(v.capacity),
                             texts.display(v.growthPerDay), texts.exact(c.plan.horizon)),
                    planHolds ? tr("The plan's volume of %1 holds the growth: resize the claim to it.")
                                    .arg(texts.display(c.storage->volume))
                              : tr("Grow the volume to %1.").arg(texts.display(size)),
                    r);
    }
}

void MeasuredFindings::drift(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const Measurement& m = c.measured.measured;
    const Resources& planned = c.role.sizing.resources;
    const QString fix = tr("Deploy the plan (headroom export), or change the plan to what runs.");
    const auto compare = [&](const std::optional<Quantity>& deployed, const Quantity& plan, const QString& text) {
        if (deployed && *deployed != plan)
            out << make(c, "measured.drift", Severity::Warning,
                        text.arg(c.service.name, texts.display(*deployed), texts.display(plan)), fix, std::nullopt);
    };
    compare(m.requests.cpu, planned.cpuRequest, tr("%1 runs with a CPU request of %2; the plan has %3."));
    compare(m.limits.cpu, planned.cpuLimit, tr("%1 runs with a CPU limit of %2; the plan has %3."));
    compare(m.requests.memory, planned.memoryRequest, tr("%1 runs with a memory request of %2; the plan has %3."));
    compare(m.limits.memory, planned.memoryLimit, tr("%1 runs with a memory limit of %2; the plan has %3."));
}

void MeasuredFindings::worstCase(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const Measurement& m = c.measured.measured;
    const Quantity worst = c.measured.configuredWorstCase;
    const Quantity limit = c.role.sizing.resources.memoryLimit;
    if (!m.memory || worst.raw() <= limit.raw() || m.memory->max.raw() * kFarBelowDivisor >= worst.raw())
        return;
    out << make(
        c, "measured.worst-case-above-limit", Severity::Warning,
        tr("%1: the configuration allows %2 of memory, above the limit of %3; the pod has used at most %4, "
           "so the limit has held so far, not by design.")
            .arg(c.service.name, texts.display(worst), texts.display(limit), texts.display(m.memory->max)),
        tr("Lower the settings that grow with connections, or raise the memory limit to %1.").arg(texts.display(worst)),
        proposal(c, texts));
}

std::optional<Quantity> MeasuredFindings::plannedOrReported(const Context& c, const char* value,
                                                            const std::optional<Quantity>& reported)
{
    if (const FormulaValue* v = c.role.sizing.value(QString::fromLatin1(value)); v && v->value.raw() > 0)
        return v->value;
    if (reported && reported->raw() > 0)
        return reported;
    return std::nullopt;
}

void MeasuredFindings::engineMemory(const Context& c, TextCache& texts, QList<PlanFinding>& out)
{
    const EngineMeasurement& e = c.measured.measured.engine;
    const QString& name = c.service.name;
    if (const auto ceiling = plannedOrReported(c, "maxmemory", e.maxMemory); e.usedMemory && ceiling) {
        const bool near = e.usedMemory->max.raw() * 100 >= ceiling->raw() * kNearPercent;
        out << make(c, near ? "measured.redis-maxmemory-near" : "measured.redis-maxmemory",
                    near ? Severity::Warning : Severity::Info,
                    near ? tr("%1: Redis has used at most %2 of its maxmemory of %3 (p95 %4): at maxmemory it evicts "
                              "keys, or refuses writes under noeviction.")
                               .arg(name, texts.display(e.usedMemory->max), texts.display(*ceiling),
                                    texts.display(e.usedMemory->p95))
                         : tr("%1: Redis has used at most %2 of its maxmemory of %3 (p95 %4).")
                               .arg(name, texts.display(e.usedMemory->max), texts.display(*ceiling),
                                    texts.display(e.usedMemory->p95)),
                    near ? tr("Raise the memory limit so that maxmemory holds the dataset, or shrink the dataset.")
                         : QString(),
                    std::nullopt);
    }
    if (const auto ceiling = plannedOrReported(c, "heap", e.heapMax); e.heapUsed && ceiling) {
        const bool near = e.heapUsed->max.raw() * 100 >= ceiling->raw() * kNearPercent;
        out << make(c, near ? "measured.heap-near" : "measured.heap", near ? Severity::Warning : Severity::Info,
                    near ? tr("%1: the JVM heap has used at most %2 of %3 (p95 %4): near -Xmx, garbage collection "
                              "runs back to back and an OutOfMemoryError ends the process.")
                               .arg(name, texts.display(e.heapUsed->max), texts.display(*ceiling),
                                    texts.display(e.heapUsed->p95))
                         : tr("%1: the JVM heap has used at most %2 of %3 (p95 %4).")
                               .arg(name, texts.display(e.heapUsed->max), texts.display(*ceiling),
                                    texts.display(e.heapUsed->p95)),
                    near ? tr("Raise the memory limit, which gives the heap its share of it.") : QString(),
                    std::nullopt);
    }
}

QList<PlanFinding> MeasuredFindings::raise(const Context& c, TextCache& texts)
{
    QList<PlanFinding> out;
    memory(c, texts, out);
    cpu(c, texts, out);
    waste(c, texts, out);
    volumes(c, texts, out);
    drift(c, texts, out);
    worstCase(c, texts, out);
    engineMemory(c, texts, out);
    return out;
}

} // namespace headroom
