#pragma once

#include "error.h"
#include "quantity.h"
#include "sizing.h"
#include "sizingengine.h"

#include <QList>
#include <QString>
#include <optional>

namespace headroom {

// One point of a what-if sweep: the swept input's value and what the engine made of it.
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

namespace whatif {

// The inputs of a service that can be swept (every input the catalog defines).
QStringList sweepableInputs(const SizingEngine& engine, const QString& service);

// The default range for `input` of `request`; fails on an unknown service or input, or a
// request the engine refuses.
Expected<WhatIfRange> defaultRange(const SizingEngine& engine, const ServiceRequest& request, const QString& input);

// Sizes `request` at `points` evenly spaced values of `input` from `from` to `to` (both
// included). A pure function of the engine's catalog and its arguments.
Expected<QList<WhatIfPoint>> sweep(const SizingEngine& engine, const ServiceRequest& request, const QString& input,
    Quantity from, Quantity to, int points);

} // namespace whatif
} // namespace headroom
