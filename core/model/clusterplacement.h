// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// What placing pods on node pools gives: where each pod went, why one did not fit, and
// what each node and pool holds.
enum class QosClass { Guaranteed, Burstable, BestEffort };
QString qosClassName(QosClass qos);

// One pod to place: the resources of one replica of a service.
struct PodRequest
{
    QString service; // replicas of one service go on different nodes
    QString name; // e.g. app-db-0, app-db-replica-1
    Quantity cpuRequest = Quantity::millicores(0);
    Quantity cpuLimit = Quantity::millicores(0);
    Quantity memoryRequest = Quantity::bytes(0);
    Quantity memoryLimit = Quantity::bytes(0);
    Quantity hugePages2Mi = Quantity::bytes(0); // requested = limited, from the node's hugepages-2Mi
    QString nodePool; // optional: only this pool
};

struct PlacedPod
{
    QString name;
    QString service;
    QString nodePool;
    int node = 0; // index within the pool, 0-based
    QosClass qos = QosClass::Burstable;
    Quantity cpuRequest = Quantity::millicores(0);
    Quantity memoryRequest = Quantity::bytes(0);
};

struct UnplacedPod
{
    QString name;
    QString service;
    QosClass qos = QosClass::Burstable;
    QString reason; // one sentence: why no node can take it
};

struct NodeUsage
{
    QString nodePool;
    int node = 0;
    Quantity cpuRequested = Quantity::millicores(0);
    Quantity memoryRequested = Quantity::bytes(0);
    int pods = 0;
    double cpuUtilisation = 0; // requested / allocatable, 0..1
    double memoryUtilisation = 0;
    QStringList podNames;
};

struct PoolUsage
{
    QString nodePool;
    int nodesNeeded = 0; // nodes that hold at least one pod
    int nodesAvailable = 0; // count, or maxCount when autoscaling
    std::optional<double>
        monthlyCost; // nodesNeeded (or the fixed count, or minCount, whichever is larger) × price × 730 h
};

struct ClusterFitResult
{
    QList<PlacedPod> placed;
    QList<UnplacedPod> unplaced;
    QList<NodeUsage> nodes; // every node that exists or was needed, pool by pool
    QList<PoolUsage> pools;
    std::optional<double> monthlyCost; // sum over pools that have a price
};

} // namespace headroom
