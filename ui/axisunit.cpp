// SPDX-License-Identifier: Apache-2.0
#include "ui/axisunit.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
constexpr double kib = 1024.0;
constexpr double mib = kib * kib;
constexpr double gib = mib * kib;
constexpr double tib = gib * kib;
} // namespace

AxisUnit AxisUnit::forValues(Dimension dimension, double largest)
{
    switch (dimension) {
    case Dimension::Memory:
        if (largest >= tib)
            return { 1.0 / tib, tr("TiB") };
        if (largest >= gib)
            return { 1.0 / gib, tr("GiB") };
        return { 1.0 / mib, tr("MiB") };
    case Dimension::Duration:
        return largest >= 7.0 * 86400 ? AxisUnit { 1.0 / 86400.0, tr("days") } : AxisUnit { 1.0 / 3600.0, tr("hours") };
    case Dimension::Throughput:
        return largest >= 1e9 ? AxisUnit { 1e-9, tr("GB/s") } : AxisUnit { 1e-6, tr("MB/s") };
    case Dimension::Percent:
        return { 100.0, tr("%") };
    // Thousands as "×1000": an axis title that spells them out is longer than the axis of a
    // chart at 1024×700, and Qt Charts elides it.
    case Dimension::Rate:
        return largest >= 10'000 ? AxisUnit { 1e-3, tr("×1000/s", "thousands per second") }
                                 : AxisUnit { 1, tr("per second") };
    case Dimension::Cpu:
        return { 1, tr("cores") };
    case Dimension::Iops:
        return largest >= 10'000 ? AxisUnit { 1e-3, tr("×1000 IOPS", "thousands of IOPS") }
                                 : AxisUnit { 1, tr("IOPS") };
    case Dimension::Count:
    case Dimension::Number:
        return { 1, QString() };
    }
    return {};
}

QString AxisUnit::title(const QString& name) const
{
    return unit.isEmpty() ? name : tr("%1 (%2)", "an axis title: what it shows, its unit").arg(name, unit);
}

void AxisUnit::setReadableLabels(QValueAxis* axis)
{
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1 || step <= 0 ? 0 : std::min(3, int(std::ceil(-std::log10(step) - 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace headroom
