// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/clusterplacement.h"
#include "model/nodepool.h"
#include "model/servicesizing.h"

#include <QCoreApplication>
#include <QList>

namespace headroom {

// Places pods on node pools by their requests. Deterministic; see docs/ARCHITECTURE.md.
class ClusterFit
{
    Q_DECLARE_TR_FUNCTIONS(ClusterFit)

public:
    static QosClass qosOf(const PodRequest& pod);
    static QosClass qosOf(const Resources& resources); // of a single-container pod
    static ClusterFitResult place(const QList<NodePool>& pools, const QList<PodRequest>& pods);
};

} // namespace headroom
