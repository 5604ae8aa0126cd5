// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/textcache.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QList>

namespace headroom {

// A service's volume over the planning horizon: the catalog's size today, grown by the
// plan's growth rate, the volume to provision (or the one given) and when it fills up.
class StorageForecaster
{
public:
    // `now` is the size the catalog's formulas give today, if any.
    static StorageForecast forecast(const PlannedService& service, const std::optional<Quantity>& now,
                                    const Quantity& horizon);
    // storage.volume-too-small or storage.full-within-horizon, if either holds.
    static std::optional<Finding> check(const PlannedService& service, const StorageForecast& forecast,
                                        TextCache& texts);
};

} // namespace headroom
