// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QString>

#include <cstdint>

namespace headroom {

// How a storage class's IOPS ceiling depends on the volume. Cloud block storage comes in
// three shapes: a flat ceiling, IOPS that grow with size between a floor and a ceiling,
// and a baseline plus IOPS bought on top, up to a maximum.
struct IopsModel
{
    enum class Kind { Fixed, PerGiB, Provisioned };
    Kind kind = Kind::Fixed;
    std::int64_t fixed = 0;
    double perGiB = 0;
    std::int64_t floor = 0;
    std::int64_t ceiling = 0;
    std::int64_t baseline = 0;
    std::int64_t provisioned = 0;
    std::int64_t max = 0;

    // The IOPS a volume of this size can deliver.
    std::int64_t ceilingFor(std::int64_t volumeBytes) const;
};

struct StorageClass
{
    QString id;
    QString name;
    IopsModel iops;
    Quantity throughput = Quantity::bytesPerSecond(0);
    Quantity latencyMin = Quantity::milliseconds(0);
    Quantity latencyMax = Quantity::milliseconds(0);
    int costRank = 0; // 1 is the cheapest
    QString costLabel;
    QString useCase;

    QString describeIops() const; // "100k IOPS", "3 IOPS/GiB (100 - 16k)", "3k + 0 provisioned (max 16k)"
};

} // namespace headroom
