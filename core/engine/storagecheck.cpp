// SPDX-License-Identifier: Apache-2.0
#include "engine/storagecheck.h"

#include "model/catalogtext.h"

namespace headroom {

std::optional<Finding> StorageCheck::iopsExceedsClass(const QString& serviceName, const StorageSizing& storage,
                                                      const StorageClass& storageClass, const QString& volume,
                                                      TextCache& texts)
{
    if (!storage.iopsNeeded || storage.iopsNeeded->raw() <= storage.iopsCeiling.raw())
        return std::nullopt;
    // The inputs are the sizing request's names, as the engine's other findings and errors.
    return Finding { QStringLiteral("storage.iops-exceeds-class"),
                     Severity::Error,
                     tr("%1 needs %2 but %3 delivers %4 for a %5 volume.")
                         .arg(serviceName, texts.display(*storage.iopsNeeded), catalogText(storageClass.name),
                              texts.display(storage.iopsCeiling), volume),
                     tr("Choose a faster storage class, a larger volume if the class's IOPS grow with size, or "
                        "provision more IOPS."),
                     { QStringLiteral("iops"), QStringLiteral("storage-class") } };
}

std::optional<Finding> StorageCheck::throughputExceedsClass(const QString& serviceName, const StorageSizing& storage,
                                                            const StorageClass& storageClass, TextCache& texts)
{
    if (!storage.throughputNeeded || storage.throughputNeeded->raw() <= storage.throughputCeiling.raw())
        return std::nullopt;
    return Finding { QStringLiteral("storage.throughput-exceeds-class"),
                     Severity::Error,
                     tr("%1 needs %2 but %3 delivers %4.")
                         .arg(serviceName, texts.display(*storage.throughputNeeded), catalogText(storageClass.name),
                              texts.display(storage.throughputCeiling)),
                     tr("Choose a storage class with more throughput."),
                     { QStringLiteral("storage-class") } };
}

} // namespace headroom
