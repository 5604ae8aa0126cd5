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
    const ServiceDefinition* def = engine.catalog().service(request.service);
    if (!def)
        return Error { WhatIfText::tr("Unknown service \"%1\".").arg(request.service), {}, {} };
    const InputDefinition* in = def->input(input);
    if (!in)
        return Error { WhatIfText::tr("Service \"%1\" has no input \"%2\".").arg(request.service, input), {}, {} };
    auto sized = engine.size(request);
    if (!sized)
        return sized.error();
    const InputValue* used = sized->input(input);
    const Quantity current = used ? used->value : Quantity(in->dimension, 0);
    const std::int64_t low = in->min ? in->min->raw() : 0;
    const std::int64_t high = in->max ? in->max->raw() : std::numeric_limits<std::int64_t>::max();
    std::int64_t to = current.raw() > std::numeric_limits<std::int64_t>::max() / 2 ? high : current.raw() * 2;
    if (to <= low)
        to = std::max<std::int64_t>(low * 2, low + 1);
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
