// SPDX-License-Identifier: Apache-2.0
#include "engine/whatifsweep.h"

#include "model/role.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace headroom::whatif {

namespace {

// The translation context of the sweep's messages, shown in the what-if view.
struct WhatIfText
{
    Q_DECLARE_TR_FUNCTIONS(WhatIf)
};

// The service's definition of the swept input, or why there is none.
Expected<const InputDefinition*> sweptInput(const SizingEngine& engine, const ServiceRequest& request,
                                            const QString& input)
{
    const ServiceDefinition* def = engine.catalog().service(request.service);
    if (!def)
        return Error { WhatIfText::tr("Unknown service \"%1\".").arg(request.service), {}, {} };
    const InputDefinition* in = def->input(input);
    if (!in)
        return Error { WhatIfText::tr("Service \"%1\" has no input \"%2\".").arg(request.service, input), {}, {} };
    return in;
}

// Sizes one request at single values of one input and tells whether each breaks a ceiling.
class BreakProbe
{
public:
    BreakProbe(const SizingEngine& engine, const ServiceRequest& request, const InputDefinition& input,
               const WhatIfCeilings& ceilings)
        : m_engine(engine)
        , m_request(request)
        , m_input(input)
        , m_ceilings(ceilings)
    {
    }

    // The break at `raw`; none when the demand holds or the engine refuses the value.
    std::optional<WhatIfBreak> at(std::int64_t raw)
    {
        const Quantity value(m_input.dimension, raw);
        m_request.inputs.insert(m_input.name, value);
        auto sized = m_engine.size(m_request, m_texts, SizingDetail::Numbers);
        if (!sized)
            return std::nullopt;
        auto broken = whatif::breakOf(sized.value(), m_ceilings);
        if (broken)
            broken->input = value;
        return broken;
    }

private:
    const SizingEngine& m_engine;
    ServiceRequest m_request;
    const InputDefinition& m_input;
    const WhatIfCeilings& m_ceilings;
    TextCache m_texts;
};

} // namespace

QStringList sweepableInputs(const SizingEngine& engine, const QString& service)
{
    QStringList names;
    if (const ServiceDefinition* def = engine.catalog().service(service)) {
        for (const auto& input : def->inputs)
            names << input.name;
    }
    return names;
}

Expected<WhatIfRange> defaultRange(const SizingEngine& engine, const ServiceRequest& request, const QString& input)
{
    auto swept = sweptInput(engine, request, input);
    if (!swept)
        return swept.error();
    const InputDefinition* in = swept.value();
    auto sized = engine.size(request);
    if (!sized)
        return sized.error();
    const InputValue* used = sized->input(input);
    const Quantity current = used ? used->value : Quantity(in->dimension, 0);
    const std::int64_t low = in->min ? in->min->raw() : 0;
    const std::int64_t high = in->max ? in->max->raw() : std::numeric_limits<std::int64_t>::max();
    std::int64_t to = current.raw() > std::numeric_limits<std::int64_t>::max() / 2 ? high : current.raw() * 2;
    if (to <= low) {
        // An input at zero (a switch off, a share of none) sweeps up to one whole unit at least:
        // one base unit would be a millionth of a factor, and every tick would read 0.000.
        const auto one = Quantity::fromFormulaValue(in->dimension, 1);
        to = std::max({ low * 2, low + 1, one ? low + one->raw() : 0 });
    }
    to = std::min(to, high);
    return WhatIfRange { Quantity(in->dimension, low), Quantity(in->dimension, to), current };
}

Expected<ServiceRequest> roleRequest(const Plan& plan, const PlanSizing& sizing, const QString& service,
                                     const QString& role)
{
    const PlannedService* ps = plan.service(service);
    if (!ps)
        return Error { WhatIfText::tr("The plan has no service \"%1\".").arg(service), {}, {} };
    ServiceRequest request = ps->request;
    if (request.storageClass.isEmpty())
        request.storageClass = plan.defaultStorageClass;
    if (!request.qos)
        request.qos = plan.qos;
    if (role.isEmpty() || !ps->topology)
        return request;
    const std::optional<Role> named = roleFromName(role);
    const bool primary = named == Role::Primary;
    if (!primary && named != Role::Replica)
        return Error { WhatIfText::tr("\"%1\" is not a role; use primary or replica.").arg(role), {}, {} };
    const ServicePlanSizing* sized = sizing.service(service);
    const RoleSizing* rs = nullptr;
    for (const auto& r : sized ? sized->roles : QList<RoleSizing>()) {
        if (r.role == role)
            rs = &r;
    }
    if (!rs)
        return Error { WhatIfText::tr("%1 has no %2 sized.").arg(service, role), {}, {} };

    request = withResources(std::move(request),
                            primary ? ps->topology->primary.resources : ps->topology->replica.resources);
    request.replicas = rs->pods;
    // max_connections as the plan settled it for this role (pooler or per-role setting).
    if (const InputValue* connections = rs->sizing.input(QStringLiteral("connections")))
        request.inputs.insert(QStringLiteral("connections"), connections->value);
    return request;
}

std::optional<Quantity> tierMemory(const Catalog& catalog, const ServiceRequest& request)
{
    const ServiceDefinition* def = catalog.service(request.service);
    const MatrixRow* row = def && !request.size.isEmpty() ? def->row(request.size) : nullptr;
    if (!row)
        return std::nullopt;
    return row->cells.value(QStringLiteral("memory")).quantity;
}

Quantity memoryDemand(const ServiceSizing& sizing)
{
    std::int64_t total = 0;
    for (const auto& m : sizing.memory)
        total += m.need().raw();
    return Quantity::bytes(total);
}

std::optional<WhatIfBreak> breakOf(const ServiceSizing& sizing, const WhatIfCeilings& ceilings)
{
    if (ceilings.measure == WhatIfMeasure::Iops) {
        const StorageSizing& st = sizing.storage;
        if (!st.iopsNeeded || st.iopsCeiling.raw() <= 0 || st.iopsNeeded->raw() <= st.iopsCeiling.raw())
            return std::nullopt;
        return WhatIfBreak { {}, *st.iopsNeeded, st.iopsCeiling, WhatIfBreak::Ceiling::StorageClass };
    }
    // The lowest ceiling breaks first; on a tie the limit, which the pod meets first.
    WhatIfBreak lowest { {}, memoryDemand(sizing), sizing.resources.memoryLimit, WhatIfBreak::Ceiling::Limit };
    const std::pair<std::optional<Quantity>, WhatIfBreak::Ceiling> others[]
        = { { ceilings.tierMemory, WhatIfBreak::Ceiling::Tier }, { ceilings.node, WhatIfBreak::Ceiling::Node } };
    for (const auto& [ceiling, what] : others) {
        if (ceiling && ceiling->raw() < lowest.ceiling.raw()) {
            lowest.ceiling = *ceiling;
            lowest.what = what;
        }
    }
    if (lowest.demand.raw() <= lowest.ceiling.raw())
        return std::nullopt;
    return lowest;
}

Expected<std::optional<WhatIfBreak>> findBreak(const SizingEngine& engine, const ServiceRequest& request,
                                               const QString& input, const WhatIfCeilings& ceilings, Quantity from,
                                               Quantity to)
{
    auto in = sweptInput(engine, request, input);
    if (!in)
        return in.error();
    const Dimension dimension = in.value()->dimension;
    if (from.dimension() != dimension || to.dimension() != dimension || to.raw() < from.raw())
        return Error { WhatIfText::tr("A sweep needs at least two points and a range from low to high."), {}, {} };
    BreakProbe probe(engine, request, *in.value(), ceilings);
    std::optional<WhatIfBreak> found = probe.at(to.raw());
    if (!found)
        return std::optional<WhatIfBreak>();
    if (auto atStart = probe.at(from.raw()))
        return atStart;
    // The demand holds at `lo` and breaks at `hi`.
    std::int64_t lo = from.raw();
    std::int64_t hi = to.raw();
    const auto precise = [&] { return dimension == Dimension::Count ? hi - lo <= 1 : hi - lo <= hi / 1000; };
    while (!precise()) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (auto broken = probe.at(mid)) {
            hi = mid;
            found = broken;
        } else {
            lo = mid;
        }
    }
    return found;
}

Expected<WhatIfRange> rangeToBreak(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                   const WhatIfCeilings& ceilings)
{
    auto plain = defaultRange(engine, request, input);
    if (!plain)
        return plain;
    WhatIfRange range = plain.value();
    const InputDefinition* in = sweptInput(engine, request, input).value();
    const std::int64_t high = in->max ? in->max->raw() : std::numeric_limits<std::int64_t>::max();
    auto found = findBreak(engine, request, input, ceilings, range.from, range.to);
    if (!found)
        return found.error();
    // Doubling the end until the demand breaks; an input that never breaks keeps its range.
    std::int64_t end = range.to.raw();
    for (int step = 0; !found.value() && step < 48 && end < high; ++step) {
        const std::int64_t next = end > high / 2 ? high : std::max<std::int64_t>(end * 2, end + 1);
        found
            = findBreak(engine, request, input, ceilings, Quantity(in->dimension, end), Quantity(in->dimension, next));
        if (!found)
            return found.error();
        end = next;
    }
    if (found.value()) {
        // A quarter beyond the break, so the chart shows the demand past the ceiling.
        const std::int64_t at = found.value()->input.raw();
        const std::int64_t past = at > high - at / 4 - 1 ? high : at + at / 4 + 1;
        if (past > range.to.raw())
            range.to = Quantity(in->dimension, past);
    }
    return range;
}

WhatIfCeilings planCeilings(const Catalog& catalog, const Plan& plan, const ServiceRequest& request,
                            WhatIfMeasure measure)
{
    WhatIfCeilings c;
    c.measure = measure;
    c.tierMemory = tierMemory(catalog, request);
    for (const auto& pool : plan.nodePools) {
        if (!c.node || pool.memory.raw() > c.node->raw())
            c.node = pool.memory;
    }
    return c;
}

Expected<WhatIfChartRange> chartRange(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                      const WhatIfCeilings& ceilings, std::optional<Quantity> userTo)
{
    auto plain = defaultRange(engine, request, input);
    if (!plain)
        return plain.error();
    WhatIfChartRange chart { plain.value(), std::nullopt };
    if (userTo && userTo->raw() > plain->from.raw()) {
        chart.range.to = *userTo;
    } else {
        auto extended = rangeToBreak(engine, request, input, ceilings);
        if (!extended)
            return extended.error();
        chart.range = extended.value();
    }
    auto found = findBreak(engine, request, input, ceilings, chart.range.from, chart.range.to);
    if (!found)
        return found.error();
    chart.breakPoint = found.value();
    return chart;
}

Expected<QList<WhatIfPoint>> sweep(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                   Quantity from, Quantity to, int points)
{
    const ServiceDefinition* def = engine.catalog().service(request.service);
    if (!def)
        return Error { WhatIfText::tr("Unknown service \"%1\".").arg(request.service), {}, {} };
    const InputDefinition* in = def->input(input);
    if (!in)
        return Error { WhatIfText::tr("Service \"%1\" has no input \"%2\".").arg(request.service, input), {}, {} };
    if (from.dimension() != in->dimension || to.dimension() != in->dimension)
        return Error { WhatIfText::tr("The range of \"%1\" must be %2.").arg(input, dimensionNoun(in->dimension)),
                       {},
                       {} };
    if (points < 2 || to.raw() < from.raw())
        return Error { WhatIfText::tr("A sweep needs at least two points and a range from low to high."), {}, {} };

    QList<WhatIfPoint> out;
    out.reserve(points);
    // One request, with only the swept input changed per point, and one text cache for the
    // whole sweep: most of a point's time went to printing the same figures (the limit, the
    // tier's values, fixed settings) into messages again for every point. The cache gives
    // the very text the engine would print, so every point is still the engine's sizing.
    ServiceRequest r = request;
    r.inputs.insert(input, from);
    Quantity& swept = r.inputs[input];
    TextCache texts;
    const long double span = static_cast<long double>(to.raw()) - static_cast<long double>(from.raw());
    std::int64_t previous = -1;
    for (int i = 0; i < points; ++i) {
        const auto raw = static_cast<std::int64_t>(from.raw() + span * i / (points - 1) + 0.5L);
        if (raw == previous)
            continue; // small integer ranges: every value once
        previous = raw;
        WhatIfPoint p;
        p.input = Quantity(in->dimension, raw);
        swept = p.input;
        auto sized = engine.size(r, texts, SizingDetail::Numbers);
        if (sized)
            p.sizing.emplace(std::move(*sized));
        else
            p.error = sized.error().toString();
        out.append(std::move(p));
    }
    return out;
}

} // namespace headroom::whatif
