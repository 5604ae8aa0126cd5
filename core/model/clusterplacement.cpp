// SPDX-License-Identifier: Apache-2.0
#include "model/clusterplacement.h"

namespace headroom {

QString qosClassName(QosClass qos)
{
    switch (qos) {
    case QosClass::Guaranteed:
        return QStringLiteral("Guaranteed");
    case QosClass::Burstable:
        return QStringLiteral("Burstable");
    case QosClass::BestEffort:
        return QStringLiteral("BestEffort");
    }
    return {};
}

} // namespace headroom
