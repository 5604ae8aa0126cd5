// SPDX-License-Identifier: Apache-2.0
#include "model/resourcebounds.h"

namespace headroom {

QString ResourceBounds::problem(const Quantity& amount)
{
    if (amount.dimension() == Dimension::Cpu && (amount.raw() == 0 || amount.raw() > maxCpu.raw()))
        return QStringLiteral("a CPU amount must be above 0 and at most 1000 cores.");
    if (amount.dimension() == Dimension::Memory && (amount.raw() == 0 || amount.raw() > maxMemory.raw()))
        return QStringLiteral("a memory amount must be above 0 and at most 1Pi.");
    return {};
}

} // namespace headroom
