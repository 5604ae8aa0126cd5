// SPDX-License-Identifier: Apache-2.0
#include "model/storageclass.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom {

std::int64_t IopsModel::ceilingFor(std::int64_t volumeBytes) const
{
    switch (kind) {
    case Kind::Fixed:
        return fixed;
    case Kind::PerGiB: {
        const double gib = double(std::max<std::int64_t>(volumeBytes, 0)) / double(1LL << 30);
        const double raw = std::floor(gib * perGiB);
        const double bounded = std::clamp(raw, double(floor), double(ceiling));
        return std::int64_t(bounded);
    }
    case Kind::Provisioned:
        return std::min(baseline + provisioned, max);
    }
    return 0;
}

QString StorageClass::describeIops() const
{
    const auto iopsText = [](std::int64_t n) { return Quantity::iops(n).toDisplayString(); };
    switch (iops.kind) {
    case IopsModel::Kind::Fixed:
        return iopsText(iops.fixed);
    case IopsModel::Kind::PerGiB:
        return QStringLiteral("%1 IOPS/GiB (%2 to %3)")
            .arg(QLocale::c().toString(iops.perGiB), iopsText(iops.floor), iopsText(iops.ceiling));
    case IopsModel::Kind::Provisioned:
        return QStringLiteral("%1 baseline + %2 provisioned (max %3)")
            .arg(iopsText(iops.baseline), iopsText(iops.provisioned), iopsText(iops.max));
    }
    return {};
}

} // namespace headroom
