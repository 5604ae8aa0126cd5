// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QString>

class QValueAxis;

namespace headroom {

// A chart axis in a unit people read, picked from the largest value the axis shows:
// MiB, GiB or TiB; MB/s or GB/s; hours or days; IOPS or events per second by the
// thousand (×1000) when the values run into thousands. Its labels carry no exponent (no 1e+04).
struct AxisUnit
{
    Q_DECLARE_TR_FUNCTIONS(AxisUnit)

public:
    double scale = 1; // multiplies a formula value (bytes, seconds, IOPS…) into the unit
    QString unit; // translated; empty for plain numbers

    // The unit for an axis whose largest value is `largest` (in the formula's unit).
    static AxisUnit forValues(Dimension dimension, double largest);
    // The axis title: the name with the unit, or the name alone.
    QString title(const QString& name) const;
    // Fixed-point tick labels with as many decimals as the axis's tick step needs; call it
    // once the range is set.
    static void setReadableLabels(QValueAxis* axis);
};

} // namespace headroom
