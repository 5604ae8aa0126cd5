// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/textcache.h"
#include "model/servicesizing.h"
#include "model/storageclass.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace headroom {

// A volume against its storage class. The one place the storage.* class findings are made:
// the engine checks the volume its formulas size, the plan sizer again the volume planned
// over the horizon (a class's IOPS may grow with the volume).
class StorageCheck
{
    Q_DECLARE_TR_FUNCTIONS(StorageCheck)

public:
    // storage.iops-exceeds-class when the IOPS needed are above the class's ceiling;
    // `volume` is the volume's size as the message shows it.
    static std::optional<Finding> iopsExceedsClass(const QString& serviceName, const StorageSizing& storage,
                                                   const StorageClass& storageClass, const QString& volume,
                                                   TextCache& texts);
    // storage.throughput-exceeds-class when the throughput needed is above the class's.
    static std::optional<Finding> throughputExceedsClass(const QString& serviceName, const StorageSizing& storage,
                                                         const StorageClass& storageClass, TextCache& texts);
};

} // namespace headroom
