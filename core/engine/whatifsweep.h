// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "engine/sizingengine.h"
#include "model/error.h"
#include "model/plan.h"
#include "model/quantity.h"
#include "model/servicesizing.h"

#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// One point of a what-if sweep: the swept input's value and the numbers the engine made
// of it (SizingDetail::Numbers: no settings, findings or guide values; size the point's
// request for those).
struct WhatIfPoint
{
    Quantity input;
    std::optional<ServiceSizing> sizing; // empty when the engine refused this value
    QString error;
};

// The range a sweep covers by default: from the input's minimum (or zero) to twice the
// value the engine uses today, kept inside the input's bounds.
struct WhatIfRange
{
    Quantity from;
    Quantity to;
    Quantity current;
};

// What a sweep's demand is held against. Memory: the components' total need (a
// component's workload demand where the catalog names one) against the container limit,
// the tier's memory and the largest node. Iops: the IOPS needed against the ceiling of
// the service's own storage class at the point's volume size.
enum class WhatIfMeasure { Memory, Iops };

struct WhatIfCeilings
{
    WhatIfMeasure measure = WhatIfMeasure::Memory;
    std::optional<Quantity> tierMemory; // the tier's memory column; whatif::tierMemory()
    std::optional<Quantity> node; // the largest node of the plan's pools
};

// Where the plan breaks: the first value of the swept input at which the demand rises
// above the lowest ceiling.
struct WhatIfBreak
{
    enum class Ceiling { Limit, Tier, Node, StorageClass };
    Quantity input;
    Quantity demand; // at `input`
    Quantity ceiling;
    Ceiling what = Ceiling::Limit;
};

// What a what-if chart shows: the range it sweeps and where the plan breaks inside it.
struct WhatIfChartRange
{
    WhatIfRange range;
    std::optional<WhatIfBreak> breakPoint;
};

namespace whatif {

// The inputs of a service that can be swept (every input the catalog defines).
QStringList sweepableInputs(const SizingEngine& engine, const QString& service);

// The default range for `input` of `request`; fails on an unknown service or input, or a
// request the engine refuses.
Expected<WhatIfRange> defaultRange(const SizingEngine& engine, const ServiceRequest& request, const QString& input);

// The request PlanSizer sizes for one role of a planned service, so that a sweep of it
// shows that role as the plan sizes it: the service's request with the plan's default
// storage class and, for a PostgreSQL topology's "primary" or "replica", the role's own
// resources over the tier, its pods and the max_connections its pooler or the plan sets.
// `role` empty (or a service without a topology): the service's own request. `sizing` is
// the plan's sizing (PlanSizer::size). Fails on an unknown service or role.
Expected<ServiceRequest> roleRequest(const Plan& plan, const PlanSizing& sizing, const QString& service,
                                     const QString& role);

// The memory of the request's tier (its matrix row's memory column), if it has one.
std::optional<Quantity> tierMemory(const Catalog& catalog, const ServiceRequest& request);

// The total memory one sizing demands: each component's workload demand where the catalog
// names one, else what it is given.
Quantity memoryDemand(const ServiceSizing& sizing);

// The demand of `sizing` against the lowest of `ceilings` when it is above it; without
// `input` (the caller knows the swept value).
std::optional<WhatIfBreak> breakOf(const ServiceSizing& sizing, const WhatIfCeilings& ceilings);

// The first value of `input` from `from` to `to` at which the demand breaks a ceiling,
// found by bisection (to one unit for counts, else 0.1% of the value); none when `to`
// holds. Fails as sweep() does.
Expected<std::optional<WhatIfBreak>> findBreak(const SizingEngine& engine, const ServiceRequest& request,
                                               const QString& input, const WhatIfCeilings& ceilings, Quantity from,
                                               Quantity to);

// The default range, extended past the break point when the demand breaks a ceiling
// beyond it (up to the input's maximum): the chart then shows where the plan breaks.
Expected<WhatIfRange> rangeToBreak(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                   const WhatIfCeilings& ceilings);

// The ceilings of `request` in `plan` for `measure`: the tier's memory and the largest
// node of the plan's pools.
WhatIfCeilings planCeilings(const Catalog& catalog, const Plan& plan, const ServiceRequest& request,
                            WhatIfMeasure measure);

// The range a what-if chart of `input` shows and where the plan breaks inside it: up to
// `userTo` when it is set and above the range's start, else a quarter past the break point
// (rangeToBreak). The window's What-if tab and the printed report both chart this.
Expected<WhatIfChartRange> chartRange(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                      const WhatIfCeilings& ceilings, std::optional<Quantity> userTo = std::nullopt);

// The points of a what-if chart, in the window and in the report.
constexpr int chartPoints = 41;

// Sizes `request` at `points` evenly spaced values of `input` from `from` to `to` (both
// included). A pure function of the engine's catalog and its arguments.
Expected<QList<WhatIfPoint>> sweep(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
                                   Quantity from, Quantity to, int points);

} // namespace whatif
} // namespace headroom
