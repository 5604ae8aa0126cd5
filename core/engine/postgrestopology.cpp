// SPDX-License-Identifier: Apache-2.0
#include "engine/postgrestopology.h"

#include "engine/plansizer.h"
#include "model/role.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace headroom {

namespace {

// PostgreSQL keeps these for superusers on top of what PgBouncer may open.
constexpr int kSuperuserReserved = 3;
constexpr std::int64_t kGiB = Quantity::gibibytes(1).raw();
constexpr std::int64_t kMiB = Quantity::mebibytes(1).raw();

QString ratioText(double r)
{
    return QLocale::c().toString(r, 'f', 1);
}

Quantity roundToGiB(double bytes)
{
    return Quantity::bytes(std::max<std::int64_t>(kGiB, std::llround(bytes / kGiB) * kGiB));
}

// The sized memory of each role.
struct RoleMemory
{
    std::int64_t primary;
    std::int64_t replica; // of each replica
    int replicas;
};

// The rebalanced layout: the same total memory, split by load share, the primary kept at
// its floor because it carries the writes and must survive a failover.
class Rebalance
{
public:
    Rebalance(const PostgresTopology& t, const LoadShares& shares, const RoleMemory& memory)
        : m_total(double(memory.primary) + double(memory.replicas) * double(memory.replica))
    {
        const double primaryShare = std::max(shares.primary, double(t.primaryMemoryFloor.raw()) / 1e6);
        m_primary = roundToGiB(m_total * primaryShare);
        m_replica = Quantity::bytes(
            std::max<std::int64_t>(kGiB, (std::int64_t(m_total) - m_primary.raw()) / memory.replicas / kMiB * kMiB));
        m_recommendation.primaryResources = t.primary.resources;
        m_recommendation.primaryResources->memoryLimit = m_primary;
        m_recommendation.primaryResources->memoryRequest.reset();
        m_recommendation.replicaResources = t.replica.resources;
        m_recommendation.replicaResources->memoryLimit = m_replica;
        m_recommendation.replicaResources->memoryRequest.reset();
        // The layout is where applying the fix settles: with 2+ replicas and the primary at
        // its floor each replica may still have less than the primary, and that is the
        // recommendation, not a finding. (Within the layout's rounding: the primary to GiB,
        // each replica to MiB.)
        m_reached = std::llabs(memory.primary - m_primary.raw()) < kGiB / 2
            && std::llabs(memory.replica - m_replica.raw()) <= std::int64_t(memory.replicas) * kMiB;
    }

    bool reached() const { return m_reached; }

    // The sentence only when a finding carries it: most services raise none.
    const Recommendation& recommendation()
    {
        if (m_recommendation.summary.isEmpty())
            m_recommendation.summary
                = PlanSizer::tr("Move memory to follow the load: primary %1, each replica %2 (the same %3 in all).")
                      .arg(memory_format::kubernetes(m_primary.raw()), memory_format::kubernetes(m_replica.raw()),
                           memory_format::kubernetes(std::int64_t(m_total)));
        return m_recommendation;
    }

private:
    double m_total;
    Quantity m_primary;
    Quantity m_replica;
    bool m_reached = false;
    Recommendation m_recommendation;
};

// PgBouncer in transaction mode in front of both roles, and the server sized by its pool.
class Pooling
{
public:
    Pooling(const PostgresTopology& t, const RoleSizing& primary, const RoleSizing& replica)
    {
        m_recommendation.enablePooler = true;
        const Pooler transaction { true, QStringLiteral("transaction"), t.pooler.multiplexing, t.pooler.minPoolSize };
        m_pools[0] = poolFor(primary.role, transaction, primary.demandConnections);
        m_pools[1] = poolFor(replica.role, transaction, replica.demandConnections);
        // The server takes the pool, its reserve and the superuser slots.
        m_recommendation.primaryMaxConnections = Quantity::count(m_pools[0].serverMaxConnections);
        m_recommendation.replicaMaxConnections = Quantity::count(m_pools[1].serverMaxConnections);
    }

    const Recommendation& recommendation()
    {
        if (m_recommendation.summary.isEmpty()) {
            QStringList poolText;
            for (const PoolingPlan& p : m_pools)
                poolText << PlanSizer::tr("%1 pool %2 (max_connections %3)")
                                .arg(p.role)
                                .arg(p.defaultPoolSize)
                                .arg(p.serverMaxConnections);
            m_recommendation.summary
                = PlanSizer::tr("Put PgBouncer in transaction mode in front and size the server by role: %1.")
                      .arg(poolText.join(QStringLiteral(", ")));
        }
        return m_recommendation;
    }

private:
    PoolingPlan m_pools[2];
    Recommendation m_recommendation;
};

// The busier role has less memory than the idler one.
std::optional<Finding> allocationInverseToLoad(const LoadShares& shares, const RoleMemory& memory)
{
    const bool replicaBusier = shares.perReplica > shares.primary;
    const std::int64_t busyMem = replicaBusier ? memory.replica : memory.primary;
    const std::int64_t idleMem = replicaBusier ? memory.primary : memory.replica;
    if (busyMem >= idleMem)
        return std::nullopt;
    const double idleShare = replicaBusier ? shares.primary : shares.perReplica;
    const double loadRatio = (replicaBusier ? shares.perReplica : shares.primary) / std::max(idleShare, 1e-12);
    const double memRatio = double(idleMem) / double(busyMem);
    const QString busyText = memory_format::kubernetes(busyMem);
    const QString idleText = memory_format::kubernetes(idleMem);
    Finding f;
    f.code = QStringLiteral("postgresql.allocation-inverse-to-load");
    f.severity = Severity::Warning;
    // One role with no load at all: say so instead of an infinite ratio.
    if (idleShare <= 0)
        f.message
            = (replicaBusier ? PlanSizer::tr("Memory is allocated inverse to load: the replica handles all of the "
                                             "%1 of the primary with %2x less memory (%3 against %4).")
                             : PlanSizer::tr("Memory is allocated inverse to load: the primary handles all of the "
                                             "%1 of each replica with %2x less memory (%3 against %4)."))
                  .arg(shares.unit, ratioText(memRatio), busyText, idleText);
    else
        f.message
            = (replicaBusier ? PlanSizer::tr("Memory is allocated inverse to load: the replica handles %1x the %2 "
                                             "of the primary with %3x less memory (%4 against %5).")
                             : PlanSizer::tr("Memory is allocated inverse to load: the primary handles %1x the %2 "
                                             "of each replica with %3x less memory (%4 against %5)."))
                  .arg(ratioText(loadRatio), shares.unit, ratioText(memRatio), busyText, idleText);
    f.inputs = { QStringLiteral("topology.primary.resources"), QStringLiteral("topology.replica.resources") };
    return f;
}

// Connections: demand near the client limit, or more backends than the memory holds.
std::optional<Finding> poolExhaustionRisk(const PostgresTopology& t, const RoleSizing& role)
{
    const auto* maxConn = role.sizing.input(QStringLiteral("connections"));
    if (!maxConn)
        return std::nullopt;
    const bool overcommit = role.sizing.hasFinding(QStringLiteral("memory.overcommit"));
    const std::int64_t demand = role.demandConnections ? role.demandConnections->raw() : 0;
    // Behind PgBouncer the clients connect to the pooler; the server sees only the pool.
    const std::int64_t clientLimit
        = t.pooler.enabled ? poolFor(role.role, t.pooler, role.demandConnections).maxClientConn : maxConn->value.raw();
    const bool nearLimit = demand > 0 && demand * 5 > clientLimit * 4;
    if (!overcommit && !nearLimit)
        return std::nullopt;
    Finding f;
    f.code = QStringLiteral("postgresql.pool-exhaustion-risk");
    f.severity = nearLimit ? Severity::Error : Severity::Warning;
    f.message = nearLimit
        ? PlanSizer::tr("The %1 serves %2 client connections against a limit of %3 (%4): a burst exhausts it.")
              .arg(role.role)
              .arg(demand)
              .arg(clientLimit)
              .arg(t.pooler.enabled ? QStringLiteral("PgBouncer max_client_conn") : QStringLiteral("max_connections"))
        : PlanSizer::tr("The %1 allows %2 connections but its %3 cannot hold that many backends with their "
                        "work_mem (%4 active now): a busy hour ends in OOM kills or refused connections.")
              .arg(role.role)
              .arg(maxConn->value.raw())
              .arg(memory_format::kubernetes(role.sizing.resources.memoryLimit.raw()))
              .arg(demand);
    f.inputs = { QStringLiteral("topology.%1.maxConnections").arg(role.role) };
    return f;
}

// A replica that serves reads in too little memory replays WAL late.
Finding replicationLagRisk(const LoadShares& shares, std::int64_t replicaMemory)
{
    Finding f;
    f.code = QStringLiteral("postgresql.replication-lag-risk");
    f.severity = Severity::Warning;
    f.message
        = PlanSizer::tr("Each replica replays all of the primary's WAL while serving %1% of the load in "
                        "%2; when reads take its memory, replay falls behind and readers see stale data.")
              .arg(QLocale::c().toString(shares.perReplica * 100, 'f', 0), memory_format::kubernetes(replicaMemory));
    f.inputs = { QStringLiteral("topology.replica.resources") };
    return f;
}

} // namespace

LoadShares loadShares(const PostgresTopology& t)
{
    LoadShares s;
    const int n = t.readReplicas;
    if (n == 0)
        return s;
    if (t.primary.commits && t.replica.commits && (t.primary.commits->raw() + t.replica.commits->raw()) > 0) {
        const double p = double(t.primary.commits->raw());
        const double r = double(t.replica.commits->raw());
        const double total = p + n * r;
        s.primary = p / total;
        s.perReplica = r / total;
        s.known = s.measured = true;
        s.unit = QStringLiteral("commits");
        return s;
    }
    if (t.readShare) {
        const double reads = double(t.readShare->raw()) / 1e6;
        s.primary = 1.0 - reads;
        s.perReplica = reads / n;
        s.known = true;
        s.unit = QStringLiteral("requests");
        return s;
    }
    // Nothing says how the load splits: assume it spreads evenly.
    s.primary = 1.0 / (n + 1);
    s.perReplica = s.primary;
    return s;
}

std::optional<Quantity> demandFor(const PostgresRole& role, const PostgresTopology& t, double share)
{
    if (role.activeConnections)
        return role.activeConnections;
    if (t.clientConnections) {
        // Shares come out of binary floating point (1 - 0.7 is 0.30000000000000004): a product
        // within a rounding error of a whole number is that number, not the next one up.
        const double exact = double(t.clientConnections->raw()) * share;
        const double nearest = std::round(exact);
        const double clients = std::fabs(exact - nearest) <= 1e-9 * std::max(1.0, nearest) ? nearest : std::ceil(exact);
        return Quantity::count(std::int64_t(clients));
    }
    return std::nullopt;
}

// PgBouncer in transaction mode: one server connection serves `multiplexing` clients; the
// pool is rounded down because the reserve pool absorbs bursts; never below minPoolSize so
// that migrations, admin sessions and bursts find a connection.
PoolingPlan poolFor(const QString& role, const Pooler& pooler, std::optional<Quantity> demand)
{
    PoolingPlan p;
    p.role = role;
    p.mode = pooler.mode;
    const double multiplexing = pooler.mode == QLatin1String("session") ? 1.0 : double(pooler.multiplexing.raw()) / 1e6;
    const int clients = demand ? int(demand->raw()) : 0;
    p.defaultPoolSize = std::max(int(pooler.minPoolSize.raw()), int(std::floor(clients / multiplexing)));
    p.reservePoolSize = std::max(5, int(std::ceil(p.defaultPoolSize * 0.1)));
    // Room for twice today's clients before PgBouncer refuses any.
    p.maxClientConn = std::max(100, int(std::ceil(clients * 2 / 100.0)) * 100);
    p.maxDbConnections = p.defaultPoolSize + p.reservePoolSize;
    p.serverMaxConnections = p.maxDbConnections + kSuperuserReserved;
    return p;
}

void topologyFindings(const QString& service, const PostgresTopology& t, const LoadShares& shares,
                      const ServicePlanSizing& sizing, QList<PlanFinding>& findings)
{
    if (t.readReplicas == 0 || sizing.roles.size() < 2)
        return;
    const RoleSizing& primary = sizing.roles[0];
    const RoleSizing& replica = sizing.roles[1];
    const RoleMemory memory { primary.sizing.resources.memoryLimit.raw(), replica.sizing.resources.memoryLimit.raw(),
                              t.readReplicas };
    Rebalance rebalance(t, shares, memory);

    if (shares.known && !rebalance.reached()) {
        if (auto f = allocationInverseToLoad(shares, memory)) {
            f->fix = rebalance.recommendation().summary;
            findings << PlanFinding { service, QString(), *f, rebalance.recommendation() };
        }
    }

    Pooling pooling(t, primary, replica);
    for (const RoleSizing* role : { &primary, &replica }) {
        if (auto f = poolExhaustionRisk(t, *role)) {
            f->fix = pooling.recommendation().summary;
            findings << PlanFinding { service, role->role, *f, pooling.recommendation() };
        }
    }

    const bool replicaStarved = replica.sizing.hasFinding(QStringLiteral("memory.overcommit"))
        || (shares.known && shares.perReplica > shares.primary && memory.replica < memory.primary
            && !rebalance.reached());
    if (replicaStarved) {
        Finding f = replicationLagRisk(shares, memory.replica);
        f.fix = rebalance.recommendation().summary;
        findings << PlanFinding { service, roleName(Role::Replica), f, rebalance.recommendation() };
    }
}

} // namespace headroom
