#include "engine/plansizer.h"

#include "engine/clusterfit.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace headroom {

namespace {

constexpr std::int64_t kGiB = 1LL << 30;
constexpr std::int64_t kMiB = 1LL << 20;
constexpr std::int64_t kMsPerDay = 86'400'000;
// PostgreSQL keeps these for superusers on top of what PgBouncer may open.
constexpr int kSuperuserReserved = 3;

QString ratioText(double r) { return QLocale::c().toString(r, 'f', 1); }

} // namespace

ServiceRequest withResources(ServiceRequest request, const ResourceOverrides& o)
{
    if (o.cpuLimit)
        request.cpuLimit = o.cpuLimit;
    if (o.memoryLimit)
        request.memoryLimit = o.memoryLimit;
    if (o.cpuRequest)
        request.cpuRequest = o.cpuRequest;
    if (o.memoryRequest)
        request.memoryRequest = o.memoryRequest;
    // A role's own limit must not be pulled back under the tier's request.
    if (request.memoryLimit && request.memoryRequest && request.memoryRequest->raw() > request.memoryLimit->raw())
        request.memoryRequest.reset();
    if (request.cpuLimit && request.cpuRequest && request.cpuRequest->raw() > request.cpuLimit->raw())
        request.cpuRequest.reset();
    return request;
}

namespace {

struct LoadShares
{
    double primary = 1; // of the whole load
    double perReplica = 0;
    bool known = false; // measured or from requests, not assumed
    bool measured = false;
    QString unit; // "commits" or "requests"
};

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

Quantity roundToGiB(double bytes) { return Quantity::bytes(std::max<std::int64_t>(kGiB, std::llround(bytes / kGiB) * kGiB)); }

} // namespace

PlanSizer::PlanSizer(Catalog catalog)
    : m_engine(std::move(catalog))
{
}

namespace {

// Findings a senior PostgreSQL engineer raises about a primary and its replicas.
void topologyFindings(const PlannedService& ps, const PostgresTopology& t, const LoadShares& shares,
                      ServicePlanSizing& out, QList<PlanFinding>& findings)
{
    if (t.readReplicas == 0 || out.roles.size() < 2)
        return;
    const RoleSizing& primary = out.roles[0];
    const RoleSizing& replica = out.roles[1];
    const std::int64_t memP = primary.sizing.resources.memoryLimit.raw();
    const std::int64_t memR = replica.sizing.resources.memoryLimit.raw();
    const int n = t.readReplicas;

    // The rebalanced layout: the same total memory, split by load share, the primary kept
    // at its floor because it carries the writes and must survive a failover.
    const double total = double(memP) + double(n) * double(memR);
    const double primaryShare = std::max(shares.primary, double(t.primaryMemoryFloor.raw()) / 1e6);
    const Quantity newPrimary = roundToGiB(total * primaryShare);
    const std::int64_t replicaBytes = std::max<std::int64_t>(
        kGiB, (std::int64_t(total) - newPrimary.raw()) / n / kMiB * kMiB);
    Recommendation rebalance;
    rebalance.primaryResources = t.primary.resources;
    rebalance.primaryResources->memoryLimit = newPrimary;
    rebalance.primaryResources->memoryRequest.reset();
    rebalance.replicaResources = t.replica.resources;
    rebalance.replicaResources->memoryLimit = Quantity::bytes(replicaBytes);
    rebalance.replicaResources->memoryRequest.reset();
    // The sentence only when a finding carries it: most services raise none.
    const auto rebalanced = [&]() -> const Recommendation& {
        if (rebalance.summary.isEmpty())
            rebalance.summary = PlanSizer::tr("Move memory to follow the load: primary %1, each replica %2 (the same "
                                              "%3 in all).")
                                    .arg(newPrimary.toString(), Quantity::bytes(replicaBytes).toString(),
                                         Quantity::bytes(std::int64_t(total)).toString());
        return rebalance;
    };

    // The rebalanced layout is where applying the fix settles: with 2+ replicas and the
    // primary at its floor each replica may still have less than the primary, and that is
    // the recommendation, not a finding. (Within the layout's rounding: the primary to GiB,
    // each replica to MiB.)
    const bool atRebalancedLayout = std::llabs(memP - newPrimary.raw()) < kGiB / 2
        && std::llabs(memR - replicaBytes) <= std::int64_t(n) * kMiB;

    if (shares.known) {
        const bool replicaBusier = shares.perReplica > shares.primary;
        const std::int64_t busyMem = replicaBusier ? memR : memP;
        const std::int64_t idleMem = replicaBusier ? memP : memR;
        if (busyMem < idleMem && !atRebalancedLayout) {
            const double idleShare = replicaBusier ? shares.primary : shares.perReplica;
            const double loadRatio = replicaBusier ? shares.perReplica / std::max(idleShare, 1e-12)
                                                   : shares.primary / std::max(idleShare, 1e-12);
            const double memRatio = double(idleMem) / double(busyMem);
            const QString busyText = Quantity::bytes(busyMem).toString();
            const QString idleText = Quantity::bytes(idleMem).toString();
            Finding f;
            f.code = QStringLiteral("postgresql.allocation-inverse-to-load");
            f.severity = Severity::Warning;
            // One role with no load at all: say so instead of an infinite ratio.
            if (idleShare <= 0)
                f.message = (replicaBusier
                                 ? PlanSizer::tr("Memory is allocated inverse to load: the replica handles all of the "
                                                 "%1 of the primary with %2x less memory (%3 against %4).")
                                 : PlanSizer::tr("Memory is allocated inverse to load: the primary handles all of the "
                                                 "%1 of each replica with %2x less memory (%3 against %4)."))
                                .arg(shares.unit, ratioText(memRatio), busyText, idleText);
            else
                f.message = (replicaBusier
                                 ? PlanSizer::tr("Memory is allocated inverse to load: the replica handles %1x the %2 "
                                                 "of the primary with %3x less memory (%4 against %5).")
                                 : PlanSizer::tr("Memory is allocated inverse to load: the primary handles %1x the %2 "
                                                 "of each replica with %3x less memory (%4 against %5)."))
                                .arg(ratioText(loadRatio), shares.unit, ratioText(memRatio), busyText, idleText);
            f.fix = rebalanced().summary;
            f.inputs = { QStringLiteral("topology.primary.resources"), QStringLiteral("topology.replica.resources") };
            findings << PlanFinding { ps.name, QString(), f, rebalanced() };
        }
    }

    // Connections: demand near max_connections, or more backends than the memory holds.
    Recommendation pooling;
    pooling.enablePooler = true;
    PoolingPlan pools[2];
    for (int i = 0; i < 2; ++i) {
        const RoleSizing& role = i == 0 ? primary : replica;
        pools[i] = poolFor(role.role, Pooler { true, QStringLiteral("transaction"), t.pooler.multiplexing,
                                               t.pooler.minPoolSize },
                           role.demandConnections);
        // The server takes the pool, its reserve and the superuser slots.
        (i == 0 ? pooling.primaryMaxConnections : pooling.replicaMaxConnections)
            = Quantity::count(pools[i].serverMaxConnections);
    }
    const auto pooled = [&]() -> const Recommendation& {
        if (pooling.summary.isEmpty()) {
            QStringList poolText;
            for (const PoolingPlan& p : pools)
                poolText << PlanSizer::tr("%1 pool %2 (max_connections %3)")
                                .arg(p.role)
                                .arg(p.defaultPoolSize)
                                .arg(p.serverMaxConnections);
            pooling.summary = PlanSizer::tr("Put PgBouncer in transaction mode in front and size the server by role: "
                                            "%1.")
                                  .arg(poolText.join(QStringLiteral(", ")));
        }
        return pooling;
    };
    for (const auto* role : { &primary, &replica }) {
        const auto* maxConn = role->sizing.input(QStringLiteral("connections"));
        if (!maxConn)
            continue;
        const bool overcommit = role->sizing.hasFinding(QStringLiteral("memory.overcommit"));
        const std::int64_t demand = role->demandConnections ? role->demandConnections->raw() : 0;
        // Behind PgBouncer the clients connect to the pooler; the server sees only the pool.
        const std::int64_t clientLimit
            = t.pooler.enabled ? poolFor(role->role, t.pooler, role->demandConnections).maxClientConn
                               : maxConn->value.raw();
        const bool nearLimit = demand > 0 && demand * 5 > clientLimit * 4;
        if (!overcommit && !nearLimit)
            continue;
        Finding f;
        f.code = QStringLiteral("postgresql.pool-exhaustion-risk");
        f.severity = nearLimit ? Severity::Error : Severity::Warning;
        f.message = nearLimit
            ? PlanSizer::tr("The %1 serves %2 client connections against a limit of %3 (%4): a burst exhausts it.")
                  .arg(role->role)
                  .arg(demand)
                  .arg(clientLimit)
                  .arg(t.pooler.enabled ? QStringLiteral("PgBouncer max_client_conn") : QStringLiteral("max_connections"))
            : PlanSizer::tr("The %1 allows %2 connections but its %3 cannot hold that many backends with their "
                            "work_mem (%4 active now): a busy hour ends in OOM kills or refused connections.")
                  .arg(role->role)
                  .arg(maxConn->value.raw())
                  .arg(role->sizing.resources.memoryLimit.toString())
                  .arg(demand);
        f.fix = pooled().summary;
        f.inputs = { QStringLiteral("topology.%1.maxConnections").arg(role->role) };
        findings << PlanFinding { ps.name, role->role, f, pooled() };
    }

    // A replica that serves reads in too little memory replays WAL late.
    const bool replicaStarved = replica.sizing.hasFinding(QStringLiteral("memory.overcommit"))
        || (shares.known && shares.perReplica > shares.primary && memR < memP && !atRebalancedLayout);
    if (replicaStarved) {
        Finding f;
        f.code = QStringLiteral("postgresql.replication-lag-risk");
        f.severity = Severity::Warning;
        f.message = PlanSizer::tr("Each replica replays all of the primary's WAL while serving %1% of the load in "
                                  "%2; when reads take its memory, replay falls behind and readers see stale data.")
                        .arg(QLocale::c().toString(shares.perReplica * 100, 'f', 0), Quantity::bytes(memR).toString());
        f.fix = rebalanced().summary;
        f.inputs = { QStringLiteral("topology.replica.resources") };
        findings << PlanFinding { ps.name, QStringLiteral("replica"), f, rebalanced() };
    }
}

} // namespace

PlanSizing PlanSizer::size(const Plan& plan) const
{
    PlanSizing out;
    out.planName = plan.name;
    out.services.reserve(plan.services.size());
    QList<PodRequest> pods;
    pods.reserve(plan.services.size() * 2);
    TextCache texts; // for this run only

    for (const auto& ps : plan.services) {
        ServicePlanSizing s;
        s.name = ps.name;
        s.kind = ps.request.service;
        ServiceRequest base = ps.request;
        if (base.storageClass.isEmpty())
            base.storageClass = plan.defaultStorageClass;

        // Roles to size: the service itself, or a primary and its replicas.
        struct RolePlan
        {
            QString role;
            int pods;
            ServiceRequest request;
            double share;
            std::optional<Quantity> demand;
        };
        QVarLengthArray<RolePlan, 2> roles; // at most a primary and its replicas: no allocation
        LoadShares shares;
        if (ps.topology) {
            const PostgresTopology& t = *ps.topology;
            shares = loadShares(t);
            const std::optional<Quantity> primaryDemand = demandFor(t.primary, t, shares.primary);
            const std::optional<Quantity> replicaDemand = demandFor(t.replica, t, shares.perReplica);
            roles << RolePlan { QStringLiteral("primary"), 1, withResources(base, t.primary.resources),
                                shares.primary, primaryDemand };
            if (t.readReplicas > 0)
                roles << RolePlan { QStringLiteral("replica"), t.readReplicas, withResources(base, t.replica.resources),
                                    shares.perReplica, replicaDemand };
            for (auto& r : roles) {
                const PostgresRole& planned = r.role == QLatin1String("primary") ? t.primary : t.replica;
                r.request.replicas = r.pods;
                std::optional<Quantity> maxConnections = planned.maxConnections;
                if (t.pooler.enabled) {
                    const PoolingPlan p = poolFor(r.role, t.pooler, r.demand);
                    s.pooling << p;
                    if (!maxConnections)
                        maxConnections = Quantity::count(p.serverMaxConnections);
                }
                if (maxConnections)
                    r.request.inputs.insert(QStringLiteral("connections"), *maxConnections);
            }
        } else {
            const int replicas = base.replicas;
            roles.append(RolePlan { QString(), replicas, std::move(base), 1.0, std::nullopt });
        }

        s.roles.reserve(roles.size());
        for (const auto& r : roles) {
            auto sizing = m_engine.size(r.request, texts);
            if (!sizing) {
                s.error = r.role.isEmpty() ? sizing.error().toString()
                                           : QStringLiteral("%1: %2").arg(r.role, sizing.error().toString());
                break;
            }
            // Built in place: a sizing is many lists and strings, moved once.
            // (Braces, not emplaceBack's parentheses: clang 14, which builds the fuzzers, has no
            // parenthesised aggregate initialisation.)
            s.roles.append(RoleSizing { r.role, r.pods, std::move(sizing.value()),
                                        ps.topology ? std::optional<double>(r.share) : std::nullopt,
                                        ps.topology ? shares.measured : false, r.demand });
        }
        if (!s.error.isEmpty()) {
            Finding f { QStringLiteral("plan.service-cannot-be-sized"), Severity::Error, s.error,
                        QStringLiteral("Correct the service's inputs or resources."), {} };
            out.findings << PlanFinding { ps.name, QString(), f, std::nullopt };
            out.services.append(std::move(s));
            continue;
        }

        // Storage over the planning horizon, on the first role's volume (replicas mirror it).
        RoleSizing& first = s.roles.first();
        const auto& st = first.sizing.storage;
        if (st.size || ps.volumeSize) {
            StorageForecast fc;
            fc.horizon = plan.horizon;
            fc.now = st.size.value_or(Quantity::bytes(0));
            double perMs = 0;
            if (ps.growth)
                perMs = double(ps.growth->amount.raw()) / double(ps.growth->every.raw());
            // Whole MiB: a forecast is not precise to the byte, and it prints cleanly.
            // Capped at 1 EiB: absurd growth must not overflow 64 bits.
            constexpr long double kCap = 1LL << 60;
            const long double grownExact
                = std::min(kCap, (long double)fc.now.raw() + (long double)perMs * (long double)plan.horizon.raw());
            const std::int64_t grown = std::int64_t(grownExact);
            fc.atHorizon = Quantity::bytes((grown + kMiB - 1) / kMiB * kMiB);
            fc.volumeGiven = ps.volumeSize.has_value();
            fc.volume = ps.volumeSize.value_or(
                Quantity::bytes((fc.atHorizon.raw() + kGiB - 1) / kGiB * kGiB));
            if (perMs > 0) {
                // Whole days in integers: (volume - now) × every / amount in doubles can land a
                // hair under a whole day (98.99999d for 1Gi every 33d) and floor a day short.
                __extension__ using Int128 = __int128;
                const std::int64_t room = std::max<std::int64_t>(0, fc.volume.raw() - fc.now.raw());
                const Int128 msLeft = Int128(room) * ps.growth->every.raw() / ps.growth->amount.raw();
                const std::int64_t capped = msLeft > Int128(100'000'000'000'000'000LL)
                    ? 100'000'000'000'000'000LL
                    : std::int64_t(msLeft);
                fc.timeToFull = Quantity::milliseconds(capped / kMsPerDay * kMsPerDay);
            }
            if (fc.volumeGiven && fc.volume.raw() < fc.now.raw()) {
                Finding f { QStringLiteral("storage.volume-too-small"), Severity::Error,
                            tr("The %1 volume is smaller than the %2 the data needs today.")
                                .arg(texts.exact(fc.volume), texts.exact(fc.now)),
                            tr("Grow the volume to at least %1.").arg(texts.exact(fc.atHorizon)),
                            { QStringLiteral("volume.size") } };
                out.findings << PlanFinding { ps.name, QString(), f, std::nullopt };
            } else if (fc.timeToFull && fc.timeToFull->raw() < plan.horizon.raw()) {
                Finding f { QStringLiteral("storage.full-within-horizon"), Severity::Warning,
                            tr("At %1 every %2 the %3 volume is full in %4, before the %5 horizon.")
                                .arg(texts.exact(ps.growth->amount), texts.exact(ps.growth->every),
                                     texts.exact(fc.volume), texts.exact(*fc.timeToFull), texts.exact(plan.horizon)),
                            tr("Provision %1 or plan the expansion before then.").arg(
                                texts.exact(Quantity::bytes((fc.atHorizon.raw() + kGiB - 1) / kGiB * kGiB))),
                            { QStringLiteral("volume.size"), QStringLiteral("volume.growth") } };
                out.findings << PlanFinding { ps.name, QString(), f, std::nullopt };
            }
            // The class's IOPS for the volume actually planned (size-dependent classes).
            for (auto& role : s.roles) {
                auto& rst = role.sizing.storage;
                const StorageClass* sc = m_engine.catalog().storageClass(rst.storageClass);
                if (!sc)
                    continue;
                rst.iopsCeiling = Quantity::iops(sc->iops.ceilingFor(fc.volume.raw()));
                auto& fs = role.sizing.findings;
                fs.erase(std::remove_if(fs.begin(), fs.end(),
                                        [](const Finding& f) { return f.code == QLatin1String("storage.iops-exceeds-class"); }),
                         fs.end());
                if (rst.iopsNeeded && rst.iopsNeeded->raw() > rst.iopsCeiling.raw()) {
                    fs << Finding { QStringLiteral("storage.iops-exceeds-class"), Severity::Error,
                                    tr("%1 needs %2 but %3 delivers %4 for a %5 volume.")
                                        .arg(role.sizing.serviceName, texts.display(*rst.iopsNeeded), sc->name,
                                             texts.display(rst.iopsCeiling), texts.exact(fc.volume)),
                                    tr("Choose a faster storage class, a larger volume if the class's IOPS grow with "
                                       "size, or provision more IOPS."),
                                    { QStringLiteral("iops"), QStringLiteral("storageClass") } };
                }
            }
            s.storage = fc;
        }

        for (const auto& role : std::as_const(s.roles)) {
            for (const auto& f : role.sizing.findings)
                out.findings << PlanFinding { ps.name, role.role, f, std::nullopt };
            for (int i = 0; i < role.pods; ++i) {
                PodRequest pod;
                pod.service = ps.name;
                // A Kubernetes-style name, not a sentence: NAME-i or NAME-ROLE-i, in one allocation.
                const QString number = i < 10 ? QString() : QString::number(i);
                pod.name.reserve(ps.name.size() + role.role.size() + 2 + (i < 10 ? 1 : number.size()));
                pod.name.append(ps.name).append(u'-');
                if (!role.role.isEmpty())
                    pod.name.append(role.role).append(u'-');
                if (i < 10)
                    pod.name.append(QChar(u'0' + i));
                else
                    pod.name.append(number);
                pod.cpuRequest = role.sizing.resources.cpuRequest;
                pod.cpuLimit = role.sizing.resources.cpuLimit;
                pod.memoryRequest = role.sizing.resources.memoryRequest;
                pod.memoryLimit = role.sizing.resources.memoryLimit;
                pod.nodePool = ps.nodePool;
                pods.append(std::move(pod));
            }
        }
        if (ps.topology)
            topologyFindings(ps, *ps.topology, shares, s, out.findings);
        out.services.append(std::move(s));
    }

    if (!plan.nodePools.isEmpty()) {
        out.fit = ClusterFit::place(plan.nodePools, pods);
        for (const auto& u : out.fit.unplaced) {
            Finding f { QStringLiteral("cluster.pod-unplaced"), Severity::Error,
                        QStringLiteral("%1 cannot be placed: %2").arg(u.name, u.reason),
                        QStringLiteral("Add nodes or a larger node pool, or lower the service's requests."), {} };
            out.findings << PlanFinding { u.service, QString(), f, std::nullopt };
        }
    }
    // The most severe first, each severity in the order raised (a stable sort by severity,
    // one pass per severity), each finding moved once.
    if (!out.findings.isEmpty()) {
        int highest = int(out.findings.first().finding.severity);
        int lowest = highest;
        for (const PlanFinding& f : std::as_const(out.findings)) {
            highest = std::max(highest, int(f.finding.severity));
            lowest = std::min(lowest, int(f.finding.severity));
        }
        QList<PlanFinding> bySeverity;
        bySeverity.reserve(out.findings.size());
        for (int severity = highest; severity >= lowest; --severity) {
            for (PlanFinding& f : out.findings) {
                if (int(f.finding.severity) == severity)
                    bySeverity.append(std::move(f));
            }
        }
        out.findings = std::move(bySeverity);
    }
    return out;
}

Plan PlanSizer::apply(const Plan& plan, const PlanFinding& finding)
{
    Plan result = plan;
    PlannedService* s = result.service(finding.service);
    if (!s || !finding.recommendation)
        return result;
    const Recommendation& r = *finding.recommendation;
    if (r.primaryResources || r.replicaResources || r.primaryMaxConnections || r.replicaMaxConnections
        || r.enablePooler) {
        if (!s->topology)
            s->topology = PostgresTopology();
        PostgresTopology& t = *s->topology;
        if (r.primaryResources)
            t.primary.resources = *r.primaryResources;
        if (r.replicaResources)
            t.replica.resources = *r.replicaResources;
        if (r.primaryMaxConnections)
            t.primary.maxConnections = r.primaryMaxConnections;
        if (r.replicaMaxConnections)
            t.replica.maxConnections = r.replicaMaxConnections;
        if (r.enablePooler)
            t.pooler.enabled = *r.enablePooler;
    }
    return result;
}

} // namespace headroom
