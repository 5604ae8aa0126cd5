// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/clusterplacement.h"
#include "model/plan.h"
#include "model/quantity.h"

#include <QList>
#include <QString>

namespace headroom {

// What the pods placed on one node used, as measured, beside what they request. The figures
// add up each pod's own p99 and peak: pods seldom peak together, so the sum of the peaks is
// the most the node can have held at once, not what it did hold.
struct MeasuredNodeUse
{
    QString nodePool;
    int node = 0; // index within the pool, as NodeUsage
    int pods = 0; // pods placed on the node
    int measuredPods = 0; // those whose service carries a measurement with CPU and memory
    Quantity cpuRequested = Quantity::millicores(0); // of the measured pods only
    Quantity memoryRequested = Quantity::bytes(0);
    Quantity cpuP99 = Quantity::millicores(0);
    Quantity cpuMax = Quantity::millicores(0);
    Quantity memoryP99 = Quantity::bytes(0);
    Quantity memoryMax = Quantity::bytes(0);

    // Every node of the fit, in its order: each pod counts its service's measurement (per pod).
    static QList<MeasuredNodeUse> of(const Plan& plan, const ClusterFitResult& fit);
};

} // namespace headroom
