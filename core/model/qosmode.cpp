// SPDX-License-Identifier: Apache-2.0
#include "model/qosmode.h"

namespace headroom {

QString qosModeName(QosMode mode)
{
    switch (mode) {
    case QosMode::Guaranteed:
        return QStringLiteral("guaranteed");
    case QosMode::MemoryGuaranteed:
        return QStringLiteral("memory-guaranteed");
    case QosMode::Burstable:
        return QStringLiteral("burstable");
    }
    return {};
}

std::optional<QosMode> qosModeFromName(const QString& name)
{
    for (const QosMode mode : { QosMode::Guaranteed, QosMode::MemoryGuaranteed, QosMode::Burstable }) {
        if (qosModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QStringList qosModeNames()
{
    return { qosModeName(QosMode::Guaranteed), qosModeName(QosMode::MemoryGuaranteed),
             qosModeName(QosMode::Burstable) };
}

} // namespace headroom
