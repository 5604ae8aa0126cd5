// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QString>

namespace headroom {

// The range of one container's CPU or memory that a plan and the command line accept.
// Beyond any node Kubernetes schedules on, and small enough that sums over a plan's
// services stay far from 64-bit overflow.
class ResourceBounds
{
public:
    static constexpr Quantity maxCpu = Quantity::millicores(1'000'000);
    static constexpr Quantity maxMemory = Quantity::bytes(1LL << 50);

    // Empty when `amount` (CPU or memory) is above 0 and within its maximum; else the
    // sentence that states the accepted range.
    static QString problem(const Quantity& amount);
};

} // namespace headroom
