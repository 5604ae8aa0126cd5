// SPDX-License-Identifier: Apache-2.0
#include "engine/clusterfit.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace headroom {

// Kubernetes' rules for a pod with one container. Requests are explicit here (the
// API server's "request defaults to limit" has already happened in the sizing).
QosClass ClusterFit::qosOf(const Resources& resources)
{
    PodRequest pod;
    pod.cpuRequest = resources.cpuRequest;
    pod.cpuLimit = resources.cpuLimit;
    pod.memoryRequest = resources.memoryRequest;
    pod.memoryLimit = resources.memoryLimit;
    return qosOf(pod);
}

QosClass ClusterFit::qosOf(const PodRequest& pod)
{
    const std::int64_t cpuRequest = pod.cpuRequest.raw();
    const std::int64_t cpuLimit = pod.cpuLimit.raw();
    const std::int64_t memoryRequest = pod.memoryRequest.raw();
    const std::int64_t memoryLimit = pod.memoryLimit.raw();
    if (cpuRequest == 0 && cpuLimit == 0 && memoryRequest == 0 && memoryLimit == 0)
        return QosClass::BestEffort;
    if (cpuRequest == cpuLimit && memoryRequest == memoryLimit && cpuLimit != 0 && memoryLimit != 0)
        return QosClass::Guaranteed;
    return QosClass::Burstable;
}

namespace {

constexpr double hoursPerMonth = 730; // the cloud providers' billing month

// What a pod asks of a node. minSlots and service let one search serve both placing a pod
// and explaining why it could not be placed (e.g. "is there room if we ignore maxPods?").
struct Need
{
    std::int64_t cpu = 0;
    std::int64_t memory = 0;
    std::int64_t hugePages = 0; // hugepages-2Mi, in bytes
    int minSlots = 1;
    int service = -1; // anti-affinity: skip nodes running this service (its id, see place())
};

// Pods and services by integer id (index into the input, service id): names are needed
// only for the result, not for every placement decision.
struct Node
{
    std::int64_t cpuRequested = 0;
    std::int64_t memoryRequested = 0;
    std::int64_t hugePagesRequested = 0;
    std::vector<int> pods; // indices into the input, in placement order
    std::vector<int> services; // parallel: the service id of each
    bool runs(int service) const { return std::find(services.cbegin(), services.cend(), service) != services.cend(); }
};

// The placement state of one pool. Nodes that do not exist yet are empty nodes at the end
// of the index range, so "first existing node that fits, else open one" is simply "first
// node that fits". A segment tree over the nodes' free CPU, memory and pod slots (maxima
// per range) finds that node in about log(nodes) steps instead of scanning every node for
// every pod, which matters when thousands of services fill hundreds of nodes.
class PoolState
{
public:
    PoolState(const NodePool& pool, qsizetype podCount)
        : m_pool(pool)
    {
        const bool autoscaling = pool.minCount.has_value() || pool.maxCount.has_value();
        m_initial = std::max(0, autoscaling ? pool.minCount.value_or(0) : pool.count);
        m_maximum = std::max(m_initial, autoscaling ? pool.maxCount.value_or(m_initial) : m_initial);
        // Every node opened beyond the initial ones takes at least one pod, so more node
        // indices than that can never be used (and a huge maxCount costs nothing).
        m_searchable = int(std::min<std::int64_t>(m_maximum, std::int64_t(m_initial) + podCount));
        m_nodes.resize(size_t(m_initial));
        buildTree();
    }

    const NodePool& pool() const { return m_pool; }
    // The huge pages each node offers; none unless the pool says so.
    std::int64_t hugePages() const { return m_pool.hugePages2Mi ? m_pool.hugePages2Mi->raw() : 0; }
    int maximum() const { return m_maximum; }
    int existing() const { return int(m_nodes.size()); }
    const Node& node(int index) const { return m_nodes[size_t(index)]; }
    // Only to explain an unplaced pod, so counted then rather than kept up to date per pod.
    int nodesRunning(int service) const
    {
        return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [&](const Node& n) { return n.runs(service); }));
    }

    // Whether an empty node of this pool could take the pod: the pool may hold it at all.
    bool canHold(const Need& need) const
    {
        return m_maximum > 0 && need.cpu <= m_pool.cpu.raw() && need.memory <= m_pool.memory.raw()
            && need.hugePages <= hugePages() && m_pool.maxPods >= need.minSlots;
    }

    // The lowest node index that satisfies need, existing or not yet opened; -1 if none.
    int firstFit(const Need& need) const { return m_searchable == 0 ? -1 : descend(1, 0, m_leaves, need); }

    void place(int index, const PodRequest& pod, int podIndex, int service)
    {
        if (index >= existing())
            m_nodes.resize(size_t(index) + 1); // first fit opens at most the next node
        Node& n = m_nodes[size_t(index)];
        n.cpuRequested += pod.cpuRequest.raw();
        n.memoryRequested += pod.memoryRequest.raw();
        n.hugePagesRequested += pod.hugePages2Mi.raw();
        n.pods.push_back(podIndex);
        n.services.push_back(service);
        update(index);
    }

private:
    struct Free
    {
        std::int64_t cpu;
        std::int64_t memory;
        std::int64_t hugePages;
        std::int64_t podSlots;
    };

    Free freeOf(int index) const
    {
        if (index >= m_searchable)
            return { -1, -1, -1, -1 }; // padding leaf: fits nothing
        if (index >= existing())
            return { m_pool.cpu.raw(), m_pool.memory.raw(), hugePages(), m_pool.maxPods }; // not opened yet: empty
        const Node& n = m_nodes[size_t(index)];
        return { m_pool.cpu.raw() - n.cpuRequested, m_pool.memory.raw() - n.memoryRequested,
                 hugePages() - n.hugePagesRequested, std::int64_t(m_pool.maxPods) - std::int64_t(n.pods.size()) };
    }

    void buildTree()
    {
        m_leaves = 1;
        while (m_leaves < m_searchable)
            m_leaves *= 2;
        m_tree.assign(size_t(2 * m_leaves), Free { -1, -1, -1, -1 });
        for (int i = 0; i < m_leaves; ++i)
            m_tree[size_t(m_leaves + i)] = freeOf(i);
        for (int t = m_leaves - 1; t >= 1; --t)
            pull(t);
    }

    void pull(int t)
    {
        const Free& l = m_tree[size_t(2 * t)];
        const Free& r = m_tree[size_t(2 * t + 1)];
        m_tree[size_t(t)] = { std::max(l.cpu, r.cpu), std::max(l.memory, r.memory), std::max(l.hugePages, r.hugePages),
                              std::max(l.podSlots, r.podSlots) };
    }

    void update(int index)
    {
        int t = m_leaves + index;
        m_tree[size_t(t)] = freeOf(index);
        for (t /= 2; t >= 1; t /= 2)
            pull(t);
    }

    // Leftmost leaf in [lo, hi) under tree node t that satisfies need. A range whose maxima
    // fall short in any dimension cannot hold a fitting node and is skipped whole.
    int descend(int t, int lo, int hi, const Need& need) const
    {
        const Free& f = m_tree[size_t(t)];
        if (f.cpu < need.cpu || f.memory < need.memory || f.hugePages < need.hugePages || f.podSlots < need.minSlots)
            return -1;
        if (hi - lo == 1) {
            const bool sameService = need.service >= 0 && lo < existing() && m_nodes[size_t(lo)].runs(need.service);
            return sameService ? -1 : lo;
        }
        const int mid = lo + (hi - lo) / 2;
        const int left = descend(2 * t, lo, mid, need);
        return left >= 0 ? left : descend(2 * t + 1, mid, hi, need);
    }

    const NodePool& m_pool;
    int m_initial = 0; // nodes that exist before any pod is placed
    int m_maximum = 0; // nodes the pool may have
    int m_searchable = 0; // node indices the search considers, existing or not
    int m_leaves = 1;
    std::vector<Node> m_nodes; // the nodes that exist, by index
    std::vector<Free> m_tree; // 1-based segment tree, leaves at m_leaves + index
};

QString cpuText(std::int64_t millicores)
{
    return ClusterFit::tr("%1 CPU").arg(Quantity::millicores(millicores).toString());
}

QString memoryText(std::int64_t bytes)
{
    return Quantity::bytes(bytes).toString();
}

QString nodesText(int n)
{
    return n == 1 ? ClusterFit::tr("1 node") : ClusterFit::tr("%1 nodes").arg(n);
}

QString hugePagesText(std::int64_t bytes)
{
    return ClusterFit::tr("%1 of huge pages (hugepages-2Mi)").arg(memoryText(bytes));
}

// "2 CPU and 8Gi memory", leaving out a resource the pod does not request.
QString needText(const Need& need)
{
    QStringList parts;
    if (need.cpu > 0)
        parts << cpuText(need.cpu);
    if (need.memory > 0)
        parts << ClusterFit::tr("%1 memory").arg(memoryText(need.memory));
    if (need.hugePages > 0)
        parts << hugePagesText(need.hugePages);
    switch (parts.size()) {
    case 0:
        return ClusterFit::tr("nothing");
    case 1:
        return parts.first();
    case 2:
        return ClusterFit::tr("%1 and %2").arg(parts[0], parts[1]);
    default:
        return ClusterFit::tr("%1, %2 and %3").arg(parts[0], parts[1], parts[2]);
    }
}

QString poolNames(const QList<PoolState*>& pools)
{
    QStringList names;
    for (const PoolState* p : pools)
        names << p->pool().name;
    if (names.size() == 1)
        return ClusterFit::tr("pool %1").arg(names.first());
    const QString last = names.takeLast();
    return ClusterFit::tr("pools %1 and %2").arg(names.join(ClusterFit::tr(", ")), last);
}

// No pool's empty node can take the pod: it is too large for the node types offered.
QString tooLargeReason(const Need& need, const QList<PoolState*>& pools)
{
    const auto largest = [&](auto raw) {
        return *std::max_element(pools.begin(), pools.end(),
                                 [&](const PoolState* a, const PoolState* b) { return raw(a) < raw(b); });
    };
    const PoolState* byMemory = largest([](const PoolState* p) { return p->pool().memory.raw(); });
    if (need.memory > byMemory->pool().memory.raw())
        return ClusterFit::tr("needs %1 memory but the largest node (pool %2) has %3")
            .arg(memoryText(need.memory), byMemory->pool().name, memoryText(byMemory->pool().memory.raw()));
    const PoolState* byCpu = largest([](const PoolState* p) { return p->pool().cpu.raw(); });
    if (need.cpu > byCpu->pool().cpu.raw())
        return ClusterFit::tr("needs %1 but the largest node (pool %2) has %3")
            .arg(cpuText(need.cpu), byCpu->pool().name, cpuText(byCpu->pool().cpu.raw()));
    const PoolState* byHugePages = largest([](const PoolState* p) { return p->hugePages(); });
    if (need.hugePages > byHugePages->hugePages()) {
        if (byHugePages->hugePages() == 0)
            return ClusterFit::tr("needs %1 but no node of %2 offers huge pages")
                .arg(hugePagesText(need.hugePages), poolNames(pools));
        return ClusterFit::tr("needs %1 but the most a node offers (pool %2) is %3")
            .arg(hugePagesText(need.hugePages), byHugePages->pool().name, memoryText(byHugePages->hugePages()));
    }
    const PoolState* byPods = largest([](const PoolState* p) { return p->pool().maxPods; });
    if (byPods->pool().maxPods < 1)
        return (pools.size() == 1 ? ClusterFit::tr("%1 allows no pods (maxPods %2)")
                                  : ClusterFit::tr("%1 allow no pods (maxPods %2)"))
            .arg(poolNames(pools))
            .arg(byPods->pool().maxPods);
    // Each resource fits some node type, but no node type has both.
    QStringList shapes;
    for (const PoolState* p : pools) {
        QString shape = ClusterFit::tr("pool %1: %2, %3")
                            .arg(p->pool().name, cpuText(p->pool().cpu.raw()), memoryText(p->pool().memory.raw()));
        if (need.hugePages > 0)
            shape = ClusterFit::tr("%1, %2").arg(
                shape, p->hugePages() > 0 ? hugePagesText(p->hugePages()) : ClusterFit::tr("no huge pages"));
        shapes << shape;
    }
    return (need.hugePages > 0 ? ClusterFit::tr("needs %1 but no node has all of them (%2)")
                               : ClusterFit::tr("needs %1 but no node has both (%2)"))
        .arg(needText(need), shapes.join(ClusterFit::tr("; ")));
}

// Why a pod fits none of the candidate pools, the most specific true statement first.
QString unplacedReason(const PodRequest& pod, int service, const QList<PoolState*>& candidates)
{
    if (candidates.isEmpty())
        return ClusterFit::tr("there are no node pools");
    QList<PoolState*> withNodes;
    for (PoolState* p : candidates) {
        if (p->maximum() > 0)
            withNodes << p;
    }
    if (withNodes.isEmpty())
        return candidates.size() == 1 ? ClusterFit::tr("pool %1 has no nodes").arg(candidates.first()->pool().name)
                                      : ClusterFit::tr("no node pool has any nodes");

    const Need room { pod.cpuRequest.raw(), pod.memoryRequest.raw(), pod.hugePages2Mi.raw(), 0, -1 };
    const Need roomAndSlot { room.cpu, room.memory, room.hugePages, 1, -1 };
    QList<PoolState*> capable;
    for (PoolState* p : withNodes) {
        if (p->canHold(roomAndSlot))
            capable << p;
    }
    if (capable.isEmpty())
        return tooLargeReason(roomAndSlot, withNodes);

    // The pod would fit an empty node of every capable pool, so each of them is at its
    // maximum (otherwise it would have opened a node). What stops it on the nodes there?
    QList<PoolState*> withRoom;
    QList<PoolState*> withSlot;
    for (PoolState* p : capable) {
        if (p->firstFit(room) >= 0)
            withRoom << p;
        if (p->firstFit(roomAndSlot) >= 0)
            withSlot << p;
    }
    if (withRoom.isEmpty()) {
        if (capable.size() == 1)
            return ClusterFit::tr("pool %1 is full at its maximum of %2: no node has %3 free")
                .arg(capable.first()->pool().name, nodesText(capable.first()->maximum()), needText(room));
        return ClusterFit::tr("the pools are full: no node has %1 free").arg(needText(room));
    }
    if (withSlot.isEmpty()) {
        if (withRoom.size() == 1)
            return ClusterFit::tr("every node of pool %1 with %2 free already runs its maximum of %3 pods")
                .arg(withRoom.first()->pool().name, needText(room))
                .arg(withRoom.first()->pool().maxPods);
        return ClusterFit::tr("every node with %1 free already runs the most pods its pool allows (maxPods)")
            .arg(needText(room));
    }
    // Nodes with room and a free slot exist, yet the pod did not fit: each runs a replica.
    if (withSlot.size() == 1) {
        const PoolState* p = withSlot.first();
        const bool everyNode = p->nodesRunning(service) == p->maximum();
        return (everyNode ? ClusterFit::tr("every node of pool %1 already runs a replica of %2 (anti-affinity) and the "
                                           "pool is at its maximum of %3")
                          : ClusterFit::tr("every node of pool %1 with room for it already runs a replica of %2 "
                                           "(anti-affinity) and the pool is at its maximum of %3"))
            .arg(p->pool().name, pod.service, nodesText(p->maximum()));
    }
    return ClusterFit::tr("every node with room for it in %1 already runs a replica of %2 (anti-affinity) and the "
                          "pools are at their maximum")
        .arg(poolNames(withSlot), pod.service);
}

// The order of two pods of equal requests: by name, then the other fields, so that the
// order, and with it the result, does not depend on the input's. Three-way, each field
// compared once.
int compareTied(const PodRequest& a, const PodRequest& b)
{
    if (const int c = a.name.compare(b.name))
        return c;
    if (const int c = a.service.compare(b.service))
        return c;
    if (const int c = a.nodePool.compare(b.nodePool))
        return c;
    if (a.memoryLimit.raw() != b.memoryLimit.raw())
        return a.memoryLimit.raw() > b.memoryLimit.raw() ? -1 : 1; // larger limits first
    if (a.cpuLimit.raw() != b.cpuLimit.raw())
        return a.cpuLimit.raw() > b.cpuLimit.raw() ? -1 : 1;
    return 0;
}

// A pod in the placement order: larger requests first (first-fit decreasing leaves fewer
// holes), ties by compareTied. `key` packs the sixteen characters of the name that follow
// the prefix all pods of its tie share, so most ties are settled by integer comparisons.
struct Sorted
{
    std::int64_t memory;
    std::int64_t cpu;
    std::uint64_t key[2];
    bool keyed; // the key holds ASCII only, where code-unit order is the names' order
    int index; // into the input
};

// Sorts a run of pods of equal requests by compareTied. Two names that share the run's
// common prefix compare as the rest of them does: ASCII characters pack in order, a name
// that ends pads with zeros (a shorter name sorts first), so keys that differ decide; equal
// keys, or a name outside ASCII, compare in full.
void sortTies(std::span<Sorted> run, const QList<PodRequest>& pods)
{
    const QString& first = pods[run.front().index].name;
    qsizetype common = first.size();
    for (const Sorted& s : run.subspan(1)) {
        const QString& name = pods[s.index].name;
        const qsizetype n = std::min(common, name.size());
        qsizetype i = 0;
        while (i < n && name[i] == first[i])
            ++i;
        common = i;
    }
    for (Sorted& s : run) {
        const QString& name = pods[s.index].name;
        s.keyed = true;
        for (int word = 0; word < 2; ++word) {
            std::uint64_t key = 0;
            for (qsizetype i = common + 8 * word; i < common + 8 * (word + 1); ++i) {
                const char16_t unit = i < name.size() ? name[i].unicode() : 0;
                s.keyed = s.keyed && unit < 0x80;
                key = (key << 8) | (unit & 0xff);
            }
            s.key[word] = key;
        }
    }
    std::sort(run.begin(), run.end(), [&](const Sorted& a, const Sorted& b) {
        if (a.keyed && b.keyed) {
            if (a.key[0] != b.key[0])
                return a.key[0] < b.key[0];
            if (a.key[1] != b.key[1])
                return a.key[1] < b.key[1];
        }
        if (const int c = compareTied(pods[a.index], pods[b.index]))
            return c < 0;
        return a.index < b.index; // identical pods: either order places them alike
    });
}

std::vector<Sorted> placementOrder(const QList<PodRequest>& pods)
{
    std::vector<Sorted> order;
    order.reserve(size_t(pods.size()));
    for (qsizetype i = 0; i < pods.size(); ++i)
        order.push_back({ pods[i].memoryRequest.raw(), pods[i].cpuRequest.raw(), { 0, 0 }, false, int(i) });
    std::sort(order.begin(), order.end(), [](const Sorted& a, const Sorted& b) {
        if (a.memory != b.memory)
            return a.memory > b.memory;
        if (a.cpu != b.cpu)
            return a.cpu > b.cpu;
        return a.index < b.index;
    });
    for (auto from = order.begin(); from != order.end();) {
        auto to = from + 1;
        while (to != order.end() && to->memory == from->memory && to->cpu == from->cpu)
            ++to;
        if (to - from > 1)
            sortTies(std::span<Sorted>(from, to), pods);
        from = to;
    }
    return order;
}

double share(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

void report(const PoolState& state, const QList<PodRequest>& pods, ClusterFitResult& result)
{
    const NodePool& pool = state.pool();
    PoolUsage usage;
    usage.nodePool = pool.name;
    usage.nodesAvailable = state.maximum();
    for (int i = 0; i < state.existing(); ++i) {
        const Node& n = state.node(i);
        NodeUsage nodeUsage;
        nodeUsage.nodePool = pool.name;
        nodeUsage.node = i;
        nodeUsage.cpuRequested = Quantity::millicores(n.cpuRequested);
        nodeUsage.memoryRequested = Quantity::bytes(n.memoryRequested);
        nodeUsage.pods = int(n.pods.size());
        nodeUsage.cpuUtilisation = share(n.cpuRequested, pool.cpu.raw());
        nodeUsage.memoryUtilisation = share(n.memoryRequested, pool.memory.raw());
        nodeUsage.podNames.reserve(qsizetype(n.pods.size()));
        for (const int pod : n.pods)
            nodeUsage.podNames.append(pods[pod].name);
        result.nodes.append(std::move(nodeUsage));
        if (!n.pods.empty())
            ++usage.nodesNeeded;
    }
    // Nodes that exist are paid for, used or not (a fixed pool, an autoscaler's minimum).
    if (pool.pricePerHour)
        usage.monthlyCost = double(state.existing()) * *pool.pricePerHour * hoursPerMonth;
    result.pools.append(std::move(usage));
}

// Pools in the order given; within a pool the first node that fits, opening one if needed.
void placeOne(const PodRequest& pod, int podIndex, int service, std::span<PoolState* const> candidates,
              ClusterFitResult& result)
{
    const QosClass qos = ClusterFit::qosOf(pod);
    const Need need { pod.cpuRequest.raw(), pod.memoryRequest.raw(), pod.hugePages2Mi.raw(), 1, service };
    for (PoolState* candidate : candidates) {
        if (const int index = candidate->firstFit(need); index >= 0) {
            candidate->place(index, pod, podIndex, service);
            result.placed.append(PlacedPod { pod.name, pod.service, candidate->pool().name, index, qos, pod.cpuRequest,
                                             pod.memoryRequest });
            return;
        }
    }
    result.unplaced << UnplacedPod { pod.name, pod.service, qos,
                                     unplacedReason(pod, service,
                                                    QList<PoolState*>(candidates.begin(), candidates.end())) };
}

} // namespace

ClusterFitResult ClusterFit::place(const QList<NodePool>& pools, const QList<PodRequest>& pods)
{
    std::vector<PoolState> states;
    states.reserve(size_t(pools.size())); // the pointers below must stay valid
    QHash<QString, PoolState*> byName;
    std::vector<PoolState*> allPools;
    for (const NodePool& pool : pools) {
        PoolState* state = &states.emplace_back(pool, pods.size());
        allPools.push_back(state);
        if (!byName.contains(pool.name)) // a duplicate name: pinning means the first
            byName.insert(pool.name, state);
    }

    // Service ids for anti-affinity; a service's replicas usually come one after another.
    std::vector<int> serviceOf(size_t(pods.size()));
    {
        QHash<QString, int> ids;
        for (qsizetype i = 0; i < pods.size(); ++i) {
            if (i > 0 && pods[i].service == pods[i - 1].service) {
                serviceOf[size_t(i)] = serviceOf[size_t(i - 1)];
                continue;
            }
            int& id = ids[pods[i].service];
            if (id == 0)
                id = int(ids.size());
            serviceOf[size_t(i)] = id;
        }
    }

    ClusterFitResult result;
    result.placed.reserve(pods.size());
    const QString* lastPool = nullptr; // the last pinned pool looked up, and what it named
    PoolState* lastPinned = nullptr;
    for (const Sorted& sorted : placementOrder(pods)) {
        const PodRequest& pod = pods[sorted.index];
        const int service = serviceOf[size_t(sorted.index)];
        if (pod.nodePool.isEmpty()) {
            placeOne(pod, sorted.index, service, allPools, result);
            continue;
        }
        if (!lastPool || *lastPool != pod.nodePool) {
            lastPool = &pod.nodePool;
            lastPinned = byName.value(pod.nodePool);
        }
        if (lastPinned)
            placeOne(pod, sorted.index, service, std::span<PoolState* const>(&lastPinned, 1), result);
        else
            result.unplaced << UnplacedPod { pod.name, pod.service, ClusterFit::qosOf(pod),
                                             ClusterFit::tr("unknown node pool '%1'").arg(pod.nodePool) };
    }

    for (const PoolState& state : states) {
        report(state, pods, result);
        if (const auto cost = result.pools.last().monthlyCost)
            result.monthlyCost = result.monthlyCost.value_or(0.0) + *cost;
    }
    return result;
}

} // namespace headroom
