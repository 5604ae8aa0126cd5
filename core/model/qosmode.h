// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// How a service's requests follow its limits. Memory cannot be taken back from a database
// without an OOM kill, so by default its memory request is its limit; `guaranteed` sets the
// CPU request to the limit too (Kubernetes' Guaranteed class), `burstable` keeps the
// catalog's share but never below what the engine holds resident.
enum class QosMode { Guaranteed, MemoryGuaranteed, Burstable };

constexpr QosMode kDefaultQosMode = QosMode::MemoryGuaranteed;

QString qosModeName(QosMode mode); // guaranteed, memory-guaranteed, burstable: for files
std::optional<QosMode> qosModeFromName(const QString& name);
QStringList qosModeNames();

} // namespace headroom
