// SPDX-License-Identifier: Apache-2.0
#include "engine/clusterfit.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace headroom;

namespace {

constexpr std::int64_t MiB = 1024 * 1024;
constexpr std::int64_t GiB = 1024 * MiB;
constexpr std::int64_t TiB = 1024 * GiB;

// cpu in millicores, memory in bytes, as Quantity::raw() holds them.
NodePool fixedPool(const QString& name, std::int64_t cpu, std::int64_t memory, int count)
{
    NodePool pool;
    pool.name = name;
    pool.cpu = Quantity::millicores(cpu);
    pool.memory = Quantity::bytes(memory);
    pool.count = count;
    return pool;
}

NodePool autoscalingPool(const QString& name, std::int64_t cpu, std::int64_t memory, int minCount, int maxCount)
{
    NodePool pool = fixedPool(name, cpu, memory, 0);
    pool.minCount = minCount;
    pool.maxCount = maxCount;
    return pool;
}

// A Burstable pod (limits twice the requests) unless limits are given.
PodRequest pod(const QString& service, const QString& name, std::int64_t cpu, std::int64_t memory,
               const QString& nodePool = {})
{
    PodRequest p;
    p.service = service;
    p.name = name;
    p.cpuRequest = Quantity::millicores(cpu);
    p.cpuLimit = Quantity::millicores(2 * cpu);
    p.memoryRequest = Quantity::bytes(memory);
    p.memoryLimit = Quantity::bytes(2 * memory);
    p.nodePool = nodePool;
    return p;
}

// A pod that maps `hugePages` bytes of 2 MiB huge pages besides its memory.
PodRequest hugePagesPod(const QString& service, const QString& name, std::int64_t memory, std::int64_t hugePages,
                        const QString& nodePool = {})
{
    PodRequest p = pod(service, name, 1000, memory, nodePool);
    p.hugePages2Mi = Quantity::bytes(hugePages);
    return p;
}

NodePool withHugePages(NodePool pool, std::int64_t hugePages)
{
    pool.hugePages2Mi = Quantity::bytes(hugePages);
    return pool;
}

// n replicas of one service: app-db-0, app-db-1, ...
QList<PodRequest> replicas(const QString& service, int n, std::int64_t cpu, std::int64_t memory)
{
    QList<PodRequest> pods;
    for (int i = 0; i < n; ++i)
        pods << pod(service, service + QLatin1Char('-') + QString::number(i), cpu, memory);
    return pods;
}

// "pool/node" for every placed pod, by pod name.
QMap<QString, QString> placements(const ClusterFitResult& result)
{
    QMap<QString, QString> map;
    for (const auto& p : result.placed)
        map.insert(p.name, p.nodePool + QLatin1Char('/') + QString::number(p.node));
    return map;
}

// Everything in a result, as text, so that two results compare in one QCOMPARE.
QString dump(const ClusterFitResult& result)
{
    QStringList lines;
    for (const auto& p : result.placed)
        lines << QStringLiteral("placed %1 %2 %3/%4 %5")
                     .arg(p.name, p.service, p.nodePool)
                     .arg(p.node)
                     .arg(qosClassName(p.qos));
    for (const auto& u : result.unplaced)
        lines << QStringLiteral("unplaced %1 %2 %3: %4").arg(u.name, u.service, qosClassName(u.qos), u.reason);
    for (const auto& n : result.nodes)
        lines << QStringLiteral("node %1/%2 %3 %4 %5 %6 %7 [%8]")
                     .arg(n.nodePool)
                     .arg(n.node)
                     .arg(n.cpuRequested.toString(), n.memoryRequested.toString())
                     .arg(n.pods)
                     .arg(n.cpuUtilisation)
                     .arg(n.memoryUtilisation)
                     .arg(n.podNames.join(QLatin1Char(',')));
    for (const auto& p : result.pools)
        lines << QStringLiteral("pool %1 %2/%3 %4")
                     .arg(p.nodePool)
                     .arg(p.nodesNeeded)
                     .arg(p.nodesAvailable)
                     .arg(p.monthlyCost.value_or(-1));
    lines << QStringLiteral("cost %1").arg(result.monthlyCost.value_or(-1));
    return lines.join(QLatin1Char('\n'));
}

// The placement rule written as plainly as possible (a linear scan of every node for
// every pod), to check the segment tree in ClusterFit against. Pod names must be unique.
QMap<QString, QString> referencePlacements(const QList<NodePool>& pools, QList<PodRequest> pods)
{
    struct Node
    {
        std::int64_t cpu = 0, memory = 0;
        int pods = 0;
        QSet<QString> services;
    };
    std::vector<std::vector<Node>> nodes;
    std::vector<int> maximum;
    for (const auto& p : pools) {
        const bool autoscaling = p.minCount || p.maxCount;
        const int initial = autoscaling ? p.minCount.value_or(0) : p.count;
        nodes.emplace_back(size_t(initial));
        maximum.push_back(autoscaling ? std::max(initial, p.maxCount.value_or(initial)) : initial);
    }
    std::sort(pods.begin(), pods.end(), [](const PodRequest& a, const PodRequest& b) {
        if (a.memoryRequest.raw() != b.memoryRequest.raw())
            return a.memoryRequest.raw() > b.memoryRequest.raw();
        if (a.cpuRequest.raw() != b.cpuRequest.raw())
            return a.cpuRequest.raw() > b.cpuRequest.raw();
        return a.name < b.name;
    });
    QMap<QString, QString> map;
    for (const auto& pod : pods) {
        for (qsizetype p = 0; p < pools.size(); ++p) {
            const NodePool& pool = pools[p];
            if (!pod.nodePool.isEmpty() && pod.nodePool != pool.name)
                continue;
            const auto fits = [&](const Node& n) {
                return n.cpu + pod.cpuRequest.raw() <= pool.cpu.raw()
                    && n.memory + pod.memoryRequest.raw() <= pool.memory.raw() && n.pods < pool.maxPods
                    && !n.services.contains(pod.service);
            };
            auto& poolNodes = nodes[size_t(p)];
            auto it = std::find_if(poolNodes.begin(), poolNodes.end(), fits);
            if (it == poolNodes.end() && int(poolNodes.size()) < maximum[size_t(p)] && fits(Node {}))
                it = poolNodes.insert(poolNodes.end(), Node {});
            if (it == poolNodes.end())
                continue;
            it->cpu += pod.cpuRequest.raw();
            it->memory += pod.memoryRequest.raw();
            ++it->pods;
            it->services.insert(pod.service);
            map.insert(pod.name, pool.name + QLatin1Char('/') + QString::number(it - poolNodes.begin()));
            break;
        }
    }
    return map;
}

// A reproducible mixed workload: a few services with replicas, sizes from 100m/128Mi up.
QList<PodRequest> randomPods(QRandomGenerator& random, int services, const QStringList& pinTo = {})
{
    const std::int64_t cpus[] = { 100, 250, 500, 1000, 2000, 3000 };
    const std::int64_t memories[] = { 128 * MiB, 512 * MiB, GiB, 2 * GiB, 4 * GiB, 6 * GiB, 12 * GiB };
    QList<PodRequest> pods;
    for (int s = 0; s < services; ++s) {
        const QString service = QStringLiteral("svc%1").arg(s);
        const std::int64_t cpu = cpus[random.bounded(int(std::size(cpus)))];
        const std::int64_t memory = memories[random.bounded(int(std::size(memories)))];
        const QString pool
            = !pinTo.isEmpty() && random.bounded(4) == 0 ? pinTo[random.bounded(pinTo.size())] : QString();
        const int n = 1 + random.bounded(4);
        for (int r = 0; r < n; ++r)
            pods << pod(service, service + QStringLiteral("-") + QString::number(r), cpu, memory, pool);
    }
    return pods;
}

} // namespace

class TestClusterFit : public QObject
{
    Q_OBJECT

private slots:
    void qos_data()
    {
        QTest::addColumn<std::int64_t>("cpuRequest");
        QTest::addColumn<std::int64_t>("cpuLimit");
        QTest::addColumn<std::int64_t>("memoryRequest");
        QTest::addColumn<std::int64_t>("memoryLimit");
        QTest::addColumn<QosClass>("qos");
        const std::int64_t zero = 0;
        QTest::newRow("nothing set") << zero << zero << zero << zero << QosClass::BestEffort;
        QTest::newRow("requests equal limits")
            << std::int64_t(500) << std::int64_t(500) << GiB << GiB << QosClass::Guaranteed;
        QTest::newRow("cpu limit above request")
            << std::int64_t(500) << std::int64_t(1000) << GiB << GiB << QosClass::Burstable;
        QTest::newRow("memory limit above request")
            << std::int64_t(500) << std::int64_t(500) << GiB << 2 * GiB << QosClass::Burstable;
        QTest::newRow("requests only") << std::int64_t(500) << zero << GiB << zero << QosClass::Burstable;
        QTest::newRow("limits only") << zero << std::int64_t(500) << zero << GiB << QosClass::Burstable;
        QTest::newRow("cpu equal, no memory")
            << std::int64_t(500) << std::int64_t(500) << zero << zero << QosClass::Burstable;
        QTest::newRow("memory equal, no cpu") << zero << zero << GiB << GiB << QosClass::Burstable;
        QTest::newRow("memory request only") << zero << zero << 256 * MiB << zero << QosClass::Burstable;
    }

    void qos()
    {
        QFETCH(std::int64_t, cpuRequest);
        QFETCH(std::int64_t, cpuLimit);
        QFETCH(std::int64_t, memoryRequest);
        QFETCH(std::int64_t, memoryLimit);
        QFETCH(QosClass, qos);
        PodRequest p;
        p.cpuRequest = Quantity::millicores(cpuRequest);
        p.cpuLimit = Quantity::millicores(cpuLimit);
        p.memoryRequest = Quantity::bytes(memoryRequest);
        p.memoryLimit = Quantity::bytes(memoryLimit);
        QCOMPARE(ClusterFit::qosOf(p), qos);
    }

    void qosNames()
    {
        QCOMPARE(qosClassName(QosClass::Guaranteed), QStringLiteral("Guaranteed"));
        QCOMPARE(qosClassName(QosClass::Burstable), QStringLiteral("Burstable"));
        QCOMPARE(qosClassName(QosClass::BestEffort), QStringLiteral("BestEffort"));
    }

    void simpleFit()
    {
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 4000, 16 * GiB, 2) };
        PodRequest guaranteed = pod(QStringLiteral("cache"), QStringLiteral("cache-0"), 1000, 2 * GiB);
        guaranteed.cpuLimit = guaranteed.cpuRequest;
        guaranteed.memoryLimit = guaranteed.memoryRequest;
        const QList<PodRequest> pods = { pod(QStringLiteral("web"), QStringLiteral("web-0"), 1000, 4 * GiB), guaranteed,
                                         pod(QStringLiteral("db"), QStringLiteral("db-0"), 2000, 8 * GiB) };
        const ClusterFitResult result = ClusterFit::place(pools, pods);

        QVERIFY(result.unplaced.isEmpty());
        QCOMPARE(result.placed.size(), 3);
        // Largest memory request first.
        QCOMPARE(result.placed[0].name, QStringLiteral("db-0"));
        QCOMPARE(result.placed[1].name, QStringLiteral("web-0"));
        QCOMPARE(result.placed[2].name, QStringLiteral("cache-0"));
        QCOMPARE(result.placed[2].qos, QosClass::Guaranteed);
        QCOMPARE(result.placed[0].qos, QosClass::Burstable);
        for (const auto& p : result.placed) {
            QCOMPARE(p.nodePool, QStringLiteral("general"));
            QCOMPARE(p.node, 0);
        }
        QCOMPARE(result.nodes.size(), 2); // a fixed pool: both nodes exist
        QCOMPARE(result.nodes[0].pods, 3);
        QCOMPARE(result.nodes[0].podNames, QStringList({ "db-0", "web-0", "cache-0" }));
        QCOMPARE(result.nodes[0].cpuRequested, Quantity::millicores(4000));
        QCOMPARE(result.nodes[0].memoryRequested, Quantity::bytes(14 * GiB));
        QCOMPARE(result.nodes[1].pods, 0);
        QCOMPARE(result.nodes[1].node, 1);
        QCOMPARE(result.pools.size(), 1);
        QCOMPARE(result.pools[0].nodesNeeded, 1);
        QCOMPARE(result.pools[0].nodesAvailable, 2);
        QVERIFY(!result.pools[0].monthlyCost);
        QVERIFY(!result.monthlyCost);
    }

    void firstFitDecreasing()
    {
        // Node 0 is tried before node 1, and the pools in the order given.
        const QList<NodePool> pools
            = { fixedPool(QStringLiteral("a"), 2000, 4 * GiB, 2), fixedPool(QStringLiteral("b"), 8000, 32 * GiB, 1) };
        const QList<PodRequest> pods = {
            pod(QStringLiteral("s1"), QStringLiteral("small"), 500, GiB),
            pod(QStringLiteral("s2"), QStringLiteral("big"), 1000, 3 * GiB),
            pod(QStringLiteral("s3"), QStringLiteral("medium"), 1000, 2 * GiB),
            pod(QStringLiteral("s4"), QStringLiteral("huge"), 4000, 16 * GiB),
            pod(QStringLiteral("s5"), QStringLiteral("tie-b"), 500, GiB),
            pod(QStringLiteral("s6"), QStringLiteral("tie-a"), 500, GiB),
            pod(QStringLiteral("s7"), QStringLiteral("tie-c"), 500, GiB),
        };
        const auto map = placements(ClusterFit::place(pools, pods));
        QCOMPARE(map.value(QStringLiteral("huge")), QStringLiteral("b/0")); // too big for a
        QCOMPARE(map.value(QStringLiteral("big")), QStringLiteral("a/0"));
        QCOMPARE(map.value(QStringLiteral("medium")), QStringLiteral("a/1"));
        QCOMPARE(map.value(QStringLiteral("small")), QStringLiteral("a/0")); // "small" < "tie-a" < "tie-b"
        QCOMPARE(map.value(QStringLiteral("tie-a")), QStringLiteral("a/1"));
        QCOMPARE(map.value(QStringLiteral("tie-b")), QStringLiteral("a/1"));
        QCOMPARE(map.value(QStringLiteral("tie-c")), QStringLiteral("b/0")); // both a nodes are full now
    }

    void antiAffinity()
    {
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 16000, 64 * GiB, 3) };
        const QList<PodRequest> pods = replicas(QStringLiteral("app-db"), 4, 1000, 2 * GiB);
        const ClusterFitResult result = ClusterFit::place(pools, pods);

        QCOMPARE(result.placed.size(), 3);
        QSet<int> nodes;
        for (const auto& p : result.placed)
            nodes.insert(p.node);
        QCOMPARE(nodes, QSet<int>({ 0, 1, 2 }));
        QCOMPARE(result.unplaced.size(), 1);
        QCOMPARE(result.unplaced[0].name, QStringLiteral("app-db-3"));
        QCOMPARE(result.unplaced[0].service, QStringLiteral("app-db"));
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("every node of pool general already runs a replica of app-db (anti-affinity) and "
                                "the pool is at its maximum of 3 nodes"));
        QCOMPARE(result.pools[0].nodesNeeded, 3);
    }

    void antiAffinityWithFullNodes()
    {
        // Node 0 is full, nodes 1 and 2 run app-db: the reason says which nodes matter.
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 4000, 8 * GiB, 3) };
        QList<PodRequest> pods = replicas(QStringLiteral("app-db"), 3, 1000, 2 * GiB);
        pods << pod(QStringLiteral("batch"), QStringLiteral("batch-0"), 4000, 8 * GiB);
        const ClusterFitResult result = ClusterFit::place(pools, pods);
        QCOMPARE(placements(result).value(QStringLiteral("batch-0")), QStringLiteral("general/0"));
        QCOMPARE(result.unplaced.size(), 1);
        QCOMPARE(result.unplaced[0].name, QStringLiteral("app-db-2"));
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("every node of pool general with room for it already runs a replica of app-db "
                                "(anti-affinity) and the pool is at its maximum of 3 nodes"));
    }

    void autoscaling_data()
    {
        QTest::addColumn<int>("podCount");
        QTest::addColumn<int>("nodesExisting");
        QTest::addColumn<int>("nodesNeeded");
        QTest::addColumn<int>("unplaced");
        // minCount 2, maxCount 4; each node takes one pod (3Gi of 4Gi).
        QTest::newRow("no pods: the minimum exists") << 0 << 2 << 0 << 0;
        QTest::newRow("one pod") << 1 << 2 << 1 << 0;
        QTest::newRow("three pods open a node") << 3 << 3 << 3 << 0;
        QTest::newRow("up to the maximum") << 4 << 4 << 4 << 0;
        QTest::newRow("beyond the maximum") << 6 << 4 << 4 << 2;
    }

    void autoscaling()
    {
        QFETCH(int, podCount);
        QFETCH(int, nodesExisting);
        QFETCH(int, nodesNeeded);
        QFETCH(int, unplaced);
        const QList<NodePool> pools = { autoscalingPool(QStringLiteral("general"), 2000, 4 * GiB, 2, 4) };
        QList<PodRequest> pods;
        for (int i = 0; i < podCount; ++i)
            pods << pod(QStringLiteral("svc%1").arg(i), QStringLiteral("pod%1").arg(i), 1000, 3 * GiB);
        const ClusterFitResult result = ClusterFit::place(pools, pods);

        QCOMPARE(result.nodes.size(), nodesExisting);
        for (int i = 0; i < result.nodes.size(); ++i)
            QCOMPARE(result.nodes[i].node, i);
        QCOMPARE(result.pools[0].nodesNeeded, nodesNeeded);
        QCOMPARE(result.pools[0].nodesAvailable, 4);
        QCOMPARE(result.unplaced.size(), unplaced);
        for (const auto& u : result.unplaced)
            QCOMPARE(u.reason,
                     QStringLiteral("pool general is full at its maximum of 4 nodes: no node has 1 CPU "
                                    "and 3Gi memory free"));
    }

    void severalFullPools()
    {
        const QList<NodePool> pools = { fixedPool(QStringLiteral("a"), 2000, 8 * GiB, 1),
                                        autoscalingPool(QStringLiteral("b"), 2000, 8 * GiB, 0, 1) };
        const QList<PodRequest> pods = { pod(QStringLiteral("x"), QStringLiteral("x"), 2000, 8 * GiB),
                                         pod(QStringLiteral("y"), QStringLiteral("y"), 2000, 8 * GiB),
                                         pod(QStringLiteral("z"), QStringLiteral("z"), 2000, 8 * GiB) };
        const ClusterFitResult result = ClusterFit::place(pools, pods);
        QCOMPARE(placements(result).value(QStringLiteral("x")), QStringLiteral("a/0"));
        QCOMPARE(placements(result).value(QStringLiteral("y")), QStringLiteral("b/0"));
        QCOMPARE(result.unplaced.size(), 1);
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("the pools are full: no node has 2 CPU and 8Gi memory free"));
    }

    void maxPods()
    {
        NodePool pool = autoscalingPool(QStringLiteral("general"), 64000, 256 * GiB, 1, 2);
        pool.maxPods = 3;
        QList<PodRequest> pods;
        for (int i = 0; i < 7; ++i)
            pods << pod(QStringLiteral("svc%1").arg(i), QStringLiteral("pod%1").arg(i), 100, 128 * MiB);
        const ClusterFitResult result = ClusterFit::place({ pool }, pods);

        QCOMPARE(result.placed.size(), 6);
        QCOMPARE(result.nodes.size(), 2);
        QCOMPARE(result.nodes[0].pods, 3);
        QCOMPARE(result.nodes[1].pods, 3);
        QCOMPARE(result.unplaced.size(), 1);
        QCOMPARE(result.unplaced[0].name, QStringLiteral("pod6"));
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("every node of pool general with 100m CPU and 128Mi memory "
                                "free already runs its maximum of 3 pods"));
    }

    void cannotFit_data()
    {
        QTest::addColumn<QList<NodePool>>("pools");
        QTest::addColumn<PodRequest>("request");
        QTest::addColumn<QString>("reason");
        const NodePool general = fixedPool(QStringLiteral("general"), 8000, 32 * GiB, 3);
        const NodePool small = autoscalingPool(QStringLiteral("small"), 2000, 4 * GiB, 0, 10);
        const NodePool wide = fixedPool(QStringLiteral("wide"), 32000, 16 * GiB, 1);

        QTest::newRow("memory larger than any node")
            << QList { small, general } << pod(QStringLiteral("big"), QStringLiteral("big-0"), 1000, 40 * GiB)
            << QStringLiteral("needs 40Gi memory but the largest node (pool general) has 32Gi");
        QTest::newRow("cpu larger than any node")
            << QList { general, small } << pod(QStringLiteral("big"), QStringLiteral("big-0"), 12000, GiB)
            << QStringLiteral("needs 12 CPU but the largest node (pool general) has 8 CPU");
        QTest::newRow("no node type has both")
            << QList { general, wide } << pod(QStringLiteral("big"), QStringLiteral("big-0"), 16000, 24 * GiB)
            << QStringLiteral("needs 16 CPU and 24Gi memory but no node has both (pool general: 8 CPU, 32Gi; "
                              "pool wide: 32 CPU, 16Gi)");
        QTest::newRow("pinned to a pool too small")
            << QList { general, small } << pod(QStringLiteral("big"), QStringLiteral("big-0"), 1000, 8 * GiB, "small")
            << QStringLiteral("needs 8Gi memory but the largest node (pool small) has 4Gi");
        QTest::newRow("unknown pool") << QList { general }
                                      << pod(QStringLiteral("ml"), QStringLiteral("ml-0"), 1000, GiB, "gpu")
                                      << QStringLiteral("unknown node pool 'gpu'");
        QTest::newRow("no pools") << QList<NodePool>() << pod(QStringLiteral("a"), QStringLiteral("a-0"), 100, MiB)
                                  << QStringLiteral("there are no node pools");
        QTest::newRow("pool without nodes")
            << QList { fixedPool(QStringLiteral("general"), 8000, 32 * GiB, 0) }
            << pod(QStringLiteral("a"), QStringLiteral("a-0"), 100, MiB) << QStringLiteral("pool general has no nodes");
        QTest::newRow("huge pages on a pool without them")
            << QList { general } << hugePagesPod(QStringLiteral("db"), QStringLiteral("db-0"), 8 * GiB, 4 * GiB)
            << QStringLiteral("needs 4Gi of huge pages (hugepages-2Mi) but no node of pool general offers huge pages");
        QTest::newRow("more huge pages than any node offers")
            << QList { withHugePages(general, 2 * GiB), small }
            << hugePagesPod(QStringLiteral("db"), QStringLiteral("db-0"), 8 * GiB, 4 * GiB)
            << QStringLiteral("needs 4Gi of huge pages (hugepages-2Mi) but the most a node offers (pool general) is "
                              "2Gi");
        QTest::newRow("huge pages on one pool, memory on another")
            << QList { withHugePages(small, 8 * GiB), general }
            << hugePagesPod(QStringLiteral("db"), QStringLiteral("db-0"), 8 * GiB, 4 * GiB)
            << QStringLiteral("needs 1 CPU, 8Gi memory and 4Gi of huge pages (hugepages-2Mi) but no node has all of "
                              "them (pool small: 2 CPU, 4Gi, 8Gi of huge pages (hugepages-2Mi); pool general: 8 CPU, "
                              "32Gi, no huge pages)");
        NodePool noPods = general;
        noPods.maxPods = 0;
        QTest::newRow("no pods allowed") << QList { noPods }
                                         << pod(QStringLiteral("a"), QStringLiteral("a-0"), 100, MiB)
                                         << QStringLiteral("pool general allows no pods (maxPods 0)");
    }

    void cannotFit()
    {
        QFETCH(QList<NodePool>, pools);
        QFETCH(PodRequest, request);
        QFETCH(QString, reason);
        const ClusterFitResult result = ClusterFit::place(pools, { request });
        QVERIFY(result.placed.isEmpty());
        QCOMPARE(result.unplaced.size(), 1);
        QCOMPARE(result.unplaced[0].name, request.name);
        QCOMPARE(result.unplaced[0].qos, QosClass::Burstable);
        QCOMPARE(result.unplaced[0].reason, reason);
    }

    // A node's huge pages hold the requests of the pods on it, as its memory does theirs:
    // two pods of 3Gi of huge pages do not share a node that offers 4Gi, however much memory
    // is left; a full pool says so.
    void hugePagesFillNodes()
    {
        const NodePool db = withHugePages(fixedPool(QStringLiteral("db"), 16000, 64 * GiB, 2), 4 * GiB);
        const QList<PodRequest> pods = { hugePagesPod(QStringLiteral("a"), QStringLiteral("a-0"), 4 * GiB, 3 * GiB),
                                         hugePagesPod(QStringLiteral("b"), QStringLiteral("b-0"), 4 * GiB, 3 * GiB),
                                         pod(QStringLiteral("c"), QStringLiteral("c-0"), 1000, 4 * GiB) };
        const ClusterFitResult fit = ClusterFit::place({ db }, pods);
        QVERIFY(fit.unplaced.isEmpty());
        const auto where = placements(fit);
        QCOMPARE(where.value(QStringLiteral("a-0")), QStringLiteral("db/0"));
        QCOMPARE(where.value(QStringLiteral("b-0")), QStringLiteral("db/1"));
        QCOMPARE(where.value(QStringLiteral("c-0")), QStringLiteral("db/0")); // no huge pages: memory alone

        const ClusterFitResult full = ClusterFit::place(
            { db }, pods + QList { hugePagesPod(QStringLiteral("d"), QStringLiteral("d-0"), 4 * GiB, 2 * GiB) });
        QCOMPARE(full.unplaced.size(), 1);
        QCOMPARE(full.unplaced[0].reason,
                 QStringLiteral("pool db is full at its maximum of 2 nodes: no node has 1 CPU, 4Gi memory and 2Gi of "
                                "huge pages (hugepages-2Mi) free"));
    }

    void nodePoolPinning()
    {
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 8000, 32 * GiB, 2),
                                        fixedPool(QStringLiteral("memory"), 8000, 64 * GiB, 1) };
        const QList<PodRequest> pods = {
            pod(QStringLiteral("web"), QStringLiteral("web-0"), 1000, 2 * GiB),
            pod(QStringLiteral("db"), QStringLiteral("db-0"), 2000, 8 * GiB, QStringLiteral("memory")),
            // Pinned to a pool that is full: it does not spill into general.
            pod(QStringLiteral("cache"), QStringLiteral("cache-0"), 1000, 60 * GiB, QStringLiteral("memory")),
            pod(QStringLiteral("ml"), QStringLiteral("ml-0"), 1000, GiB, QStringLiteral("gpu")),
        };
        const ClusterFitResult result = ClusterFit::place(pools, pods);
        const auto map = placements(result);
        QCOMPARE(map.value(QStringLiteral("web-0")), QStringLiteral("general/0"));
        QCOMPARE(map.value(QStringLiteral("cache-0")), QStringLiteral("memory/0"));
        QCOMPARE(result.unplaced.size(), 2);
        QCOMPARE(result.unplaced[0].name, QStringLiteral("db-0"));
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("pool memory is full at its maximum of 1 node: no node "
                                "has 2 CPU and 8Gi memory free"));
        QCOMPARE(result.unplaced[1].name, QStringLiteral("ml-0"));
        QCOMPARE(result.unplaced[1].reason, QStringLiteral("unknown node pool 'gpu'"));
    }

    void determinism()
    {
        QRandomGenerator random(42);
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 4000, 16 * GiB, 6),
                                        autoscalingPool(QStringLiteral("large"), 8000, 32 * GiB, 1, 4) };
        QList<PodRequest> pods = randomPods(random, 40, { QStringLiteral("large") });
        // Pods that tie on every sort key but the name, and one unplaceable pod.
        pods << replicas(QStringLiteral("twin"), 3, 500, GiB)
             << pod(QStringLiteral("x"), QStringLiteral("x"), 100, TiB);
        const QString expected = dump(ClusterFit::place(pools, pods));
        QVERIFY(expected.contains(QStringLiteral("unplaced x")));
        for (int round = 0; round < 10; ++round) {
            std::shuffle(pods.begin(), pods.end(), random);
            QCOMPARE(dump(ClusterFit::place(pools, pods)), expected);
        }
    }

    // The segment tree must choose exactly the node a plain scan would.
    void matchesLinearScan_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void matchesLinearScan()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        NodePool dense = autoscalingPool(QStringLiteral("dense"), 4000, 8 * GiB, 0, 1 + random.bounded(30));
        dense.maxPods = 1 + random.bounded(8);
        const QList<NodePool> pools
            = { fixedPool(QStringLiteral("general"), 4000, 16 * GiB, random.bounded(12)), dense,
                autoscalingPool(QStringLiteral("large"), 16000, 64 * GiB, 2, 3 + random.bounded(20)) };
        const QList<PodRequest> pods = randomPods(random, 20 + random.bounded(120), { QStringLiteral("dense") });
        const ClusterFitResult result = ClusterFit::place(pools, pods);
        QCOMPARE(placements(result), referencePlacements(pools, pods));
        QCOMPARE(result.placed.size() + result.unplaced.size(), pods.size());
    }

    void utilisation()
    {
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 4000, 16 * GiB, 1) };
        const QList<PodRequest> pods = { pod(QStringLiteral("a"), QStringLiteral("a-0"), 1000, 3 * GiB),
                                         pod(QStringLiteral("b"), QStringLiteral("b-0"), 500, GiB) };
        const ClusterFitResult result = ClusterFit::place(pools, pods);
        QCOMPARE(result.nodes.size(), 1);
        const NodeUsage& node = result.nodes[0];
        QCOMPARE(node.nodePool, QStringLiteral("general"));
        QCOMPARE(node.cpuRequested, Quantity::millicores(1500));
        QCOMPARE(node.memoryRequested, Quantity::bytes(4 * GiB));
        QCOMPARE(node.pods, 2);
        // Exact binary fractions, so compare exactly rather than with QCOMPARE's fuzz.
        QVERIFY(node.cpuUtilisation == 0.375);
        QVERIFY(node.memoryUtilisation == 0.25);
    }

    void fullNodeIsExactlyFull()
    {
        // requested + pod == allocatable still fits; one millicore or byte more does not.
        const QList<NodePool> pools = { fixedPool(QStringLiteral("general"), 1000, GiB, 1) };
        ClusterFitResult result = ClusterFit::place(pools,
                                                    { pod(QStringLiteral("a"), QStringLiteral("a"), 600, GiB / 2),
                                                      pod(QStringLiteral("b"), QStringLiteral("b"), 400, GiB / 2) });
        QCOMPARE(result.placed.size(), 2);
        QVERIFY(result.nodes[0].cpuUtilisation == 1.0);
        QVERIFY(result.nodes[0].memoryUtilisation == 1.0);
        result = ClusterFit::place(pools,
                                   { pod(QStringLiteral("a"), QStringLiteral("a"), 600, GiB / 2),
                                     pod(QStringLiteral("b"), QStringLiteral("b"), 401, GiB / 2) });
        QCOMPARE(result.placed.size(), 1);
        QCOMPARE(result.unplaced[0].reason,
                 QStringLiteral("pool general is full at its maximum of 1 node: no node "
                                "has 401m CPU and 512Mi memory free"));
    }

    void monthlyCost()
    {
        NodePool general = fixedPool(QStringLiteral("general"), 4000, 16 * GiB, 3);
        general.pricePerHour = 0.5;
        NodePool burst = autoscalingPool(QStringLiteral("burst"), 4000, 16 * GiB, 1, 5);
        burst.pricePerHour = 1.0;
        const NodePool free = fixedPool(QStringLiteral("on-prem"), 4000, 16 * GiB, 2);
        // One pod in general (the other two nodes still cost), two replicas pinned to burst.
        QList<PodRequest> pods = { pod(QStringLiteral("web"), QStringLiteral("web-0"), 1000, GiB) };
        for (int i = 0; i < 2; ++i)
            pods << pod(QStringLiteral("job"), QStringLiteral("job-%1").arg(i), 1000, GiB, QStringLiteral("burst"));
        const ClusterFitResult result = ClusterFit::place({ general, burst, free }, pods);

        QCOMPARE(result.pools.size(), 3);
        QCOMPARE(result.pools[0].nodesNeeded, 1);
        QCOMPARE(result.pools[0].monthlyCost, std::optional<double>(1095.0)); // 3 × 0.5 × 730
        QCOMPARE(result.pools[1].nodesNeeded, 2);
        QCOMPARE(result.pools[1].nodesAvailable, 5);
        QCOMPARE(result.pools[1].monthlyCost, std::optional<double>(1460.0)); // 2 × 1.0 × 730
        QVERIFY(!result.pools[2].monthlyCost);
        QCOMPARE(result.monthlyCost, std::optional<double>(2555.0));

        QVERIFY(!ClusterFit::place({ free }, pods).monthlyCost);
    }

    void emptyPlan()
    {
        ClusterFitResult result = ClusterFit::place({}, {});
        QVERIFY(result.placed.isEmpty());
        QVERIFY(result.unplaced.isEmpty());
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.pools.isEmpty());
        QVERIFY(!result.monthlyCost);

        NodePool general = fixedPool(QStringLiteral("general"), 4000, 16 * GiB, 2);
        general.pricePerHour = 0.25;
        result = ClusterFit::place({ general, autoscalingPool(QStringLiteral("auto"), 4000, 16 * GiB, 0, 10) }, {});
        QCOMPARE(result.nodes.size(), 2); // the fixed pool's nodes exist; the autoscaler has none
        QCOMPARE(result.pools.size(), 2);
        QCOMPARE(result.pools[0].nodesNeeded, 0);
        QCOMPARE(result.pools[1].nodesAvailable, 10);
        QCOMPARE(result.monthlyCost, std::optional<double>(365.0)); // 2 × 0.25 × 730
    }
};

QTEST_GUILESS_MAIN(TestClusterFit)
#include "tst_clusterfit.moc"
