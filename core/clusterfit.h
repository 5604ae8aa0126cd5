#pragma once

#include "quantity.h"

#include <QList>
#include <QString>
#include <QStringList>

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
};

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
    QString nodePool; // optional: only this pool
};

struct PlacedPod
{
    QString name;
    QString service;
    QString nodePool;
    int node = 0; // index within the pool, 0-based
    QosClass qos = QosClass::Burstable;
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
    std::optional<double> monthlyCost; // nodesNeeded (or the fixed count, or minCount, whichever is larger) × price × 730 h
};

struct ClusterFitResult
{
    QList<PlacedPod> placed;
    QList<UnplacedPod> unplaced;
    QList<NodeUsage> nodes; // every node that exists or was needed, pool by pool
    QList<PoolUsage> pools;
    std::optional<double> monthlyCost; // sum over pools that have a price
};

// Places pods on node pools by their requests. Deterministic; see docs/ARCHITECTURE.md.
class ClusterFit
{
public:
    static QosClass qosOf(const PodRequest& pod);
    static ClusterFitResult place(const QList<NodePool>& pools, const QList<PodRequest>& pods);
};

} // namespace headroom
