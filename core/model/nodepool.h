// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QString>

#include <optional>

namespace headroom {

// A group of identical nodes. Either a fixed count or an autoscaling range.
struct NodePool
{
    QString name;
    Quantity cpu = Quantity::millicores(0); // allocatable CPU per node
    Quantity memory = Quantity::bytes(0); // allocatable memory per node
    int count = 0; // fixed size; 0 when autoscaling is set
    std::optional<int> minCount; // autoscaling range
    std::optional<int> maxCount;
    int maxPods = 110;
    std::optional<double> pricePerHour; // per node, in the user's currency
    // Huge pages each node offers (hugepages-2Mi), which PostgreSQL may map for shared_buffers.
    std::optional<Quantity> hugePages2Mi;
};

} // namespace headroom
