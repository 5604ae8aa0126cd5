// SPDX-License-Identifier: Apache-2.0
#include "measure/planimporter.h"

#include "measure/printabletext.h"
#include "model/quantity.h"
#include "model/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr int kSuperuserReserved = 3; // superuser_reserved_connections' default

// What a plan holds (PlanLoader refuses more): a server may report more than that
// (max_connections up to 262143, settings up to the int64 limit), and the plan takes the
// nearest value it can hold, so that an imported plan always loads.
constexpr std::int64_t kMaxMemory = std::int64_t(1) << 50; // 1Pi
constexpr std::int64_t kMaxConnections = 100000; // topology.*.maxConnections
constexpr std::int64_t kMaxActiveConnections = 1000000; // topology.*.measured.activeConnections
constexpr std::int64_t kMaxClientConnections = 10000000; // topology.clientConnections
constexpr std::int64_t kMaxReadReplicas = 64; // topology.readReplicas
constexpr double kMaxRate = 1e12; // commits per second, or per window

// A measured double as an integer within [0, max]; NaN and negatives are 0.
std::int64_t bounded(double value, double max)
{
    if (!(value > 0))
        return 0;
    return std::llround(std::min(value, max));
}

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}
QString percent(double ratio, int decimals = 1)
{
    return number(ratio * 100, decimals) + QLatin1Char('%');
}
QString bytes(std::int64_t b)
{
    return Quantity::bytes(b).toDisplayString();
}

// The smallest tier whose memory holds the larger role, so CPU defaults are plausible.
QString tierFor(std::int64_t memory)
{
    if (memory <= Quantity::gibibytes(4).raw())
        return QStringLiteral("small");
    if (memory <= Quantity::gibibytes(8).raw())
        return QStringLiteral("medium");
    if (memory <= Quantity::gibibytes(16).raw())
        return QStringLiteral("large");
    return QStringLiteral("xlarge");
}

// The measured inputs of a topology from a libpq measurement.
void setMeasuredInputs(PostgresTopology& t, const PgMeasurement& m)
{
    const auto load = [](const PgServerMeasurement& s) {
        return PlanImporter::RoleLoad { s.commitsPerSecond, s.clientConnections };
    };
    QList<PlanImporter::RoleLoad> replicas;
    for (const auto& r : m.replicas)
        replicas << load(r);
    PlanImporter::setMeasuredLoad(t, load(m.primary), replicas, m.primary.seconds);
}

// PgBouncer's pool for a role, by the rule PlanSizer sizes pools with (docs/PLANS.md,
// "Pooling"): the server then needs the pool, its reserve and the superuser slots.
int serverConnectionsFor(int clients, const Pooler& pooler)
{
    const double multiplexing = std::max(1e-6, double(pooler.multiplexing.raw()) / 1e6);
    const int pool = std::max(int(pooler.minPoolSize.raw()),
                              int(bounded(std::floor(clients / multiplexing), double(kMaxConnections))));
    const int reserve = std::max(5, int(std::ceil(pool * 0.1)));
    return int(std::min<std::int64_t>(pool + reserve + kSuperuserReserved, kMaxConnections));
}

QString roleLabel(const PgServerMeasurement& s)
{
    return QStringLiteral("%1 %2").arg(roleFromName(s.role) == Role::Primary ? PlanImporter::tr("primary")
                                                                             : PlanImporter::tr("replica"),
                                       s.last.server);
}

} // namespace

PlanImporter::PlanImporter(Catalog catalog)
    : m_sizer(std::move(catalog))
{
}

std::int64_t PlanImporter::estimatedMemory(const PgSnapshot& s)
{
    const double fromBuffers = double(s.sharedBuffers) * 4.0;
    const double fromCache = double(s.effectiveCacheSize) * 4.0 / 3.0;
    const std::int64_t mebibyte = Quantity::mebibytes(1).raw();
    const double mebibytes = std::ceil(std::max(fromBuffers, fromCache) / double(mebibyte));
    return bounded(std::max(mebibytes, 1.0), double(kMaxMemory / mebibyte)) * mebibyte;
}

Plan PlanImporter::newPlan(const PgMeasurement& m, const QString& serviceName) const
{
    Plan plan;
    plan.name = printableText(tr("Imported from %1").arg(m.primary.last.server));
    QStringList replicas;
    for (const auto& r : m.replicas)
        replicas << r.last.server;
    plan.notes
        = printableText(tr("Measured by headroom import on %1 over %2 s: PostgreSQL %3, primary %4, replicas: %5. "
                           "Memory limits are estimated from shared_buffers and effective_cache_size; set the "
                           "containers' real limits.")
                            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), number(m.primary.seconds, 1),
                                 m.primary.last.serverVersion, m.primary.last.server,
                                 replicas.isEmpty() ? tr("none") : replicas.join(QStringLiteral(", "))));

    PlannedService s;
    s.name = serviceName;
    s.request.service = QStringLiteral("postgresql");
    if (m.datasetBytes() > 0)
        s.request.inputs.insert(QStringLiteral("dataset"), Quantity::bytes(std::min(m.datasetBytes(), kMaxMemory)));

    PostgresTopology t;
    t.readReplicas = int(std::min<std::int64_t>(m.replicas.size(), kMaxReadReplicas));
    const std::int64_t primaryMemory = estimatedMemory(m.primary.last);
    t.primary.resources.memoryLimit = Quantity::bytes(primaryMemory);
    t.primary.maxConnections
        = Quantity::count(std::clamp<std::int64_t>(m.primary.last.maxConnections, 1, kMaxConnections));
    std::int64_t largest = primaryMemory;
    if (!m.replicas.isEmpty()) {
        // One replica role stands for all of them: the smallest memory (the one that starves
        // first) and the largest max_connections.
        std::int64_t replicaMemory = estimatedMemory(m.replicas.first().last);
        int maxConnections = 0;
        for (const auto& r : m.replicas) {
            replicaMemory = std::min(replicaMemory, estimatedMemory(r.last));
            maxConnections = std::max(maxConnections, r.last.maxConnections);
        }
        t.replica.resources.memoryLimit = Quantity::bytes(replicaMemory);
        t.replica.maxConnections = Quantity::count(std::clamp<std::int64_t>(maxConnections, 1, kMaxConnections));
        largest = std::max(largest, replicaMemory);
    }
    s.request.size = tierFor(largest);
    setMeasuredInputs(t, m);
    s.topology = t;
    plan.services << s;
    return plan;
}

void PlanImporter::setMeasuredLoad(PostgresTopology& t, const RoleLoad& primary, const QList<RoleLoad>& replicas,
                                   double windowSeconds)
{
    double total = primary.commitsPerSecond;
    std::int64_t clients = primary.clientConnections;
    double replicaRate = 0;
    int replicaConnections = 0;
    for (const auto& r : replicas) {
        total += r.commitsPerSecond;
        clients += r.clientConnections; // at most 64 replicas of an int each: no overflow
        replicaRate += r.commitsPerSecond;
        replicaConnections = std::max(replicaConnections, r.clientConnections);
    }
    t.requestsPerSecond = Quantity::perSecond(bounded(total, kMaxRate));
    if (!replicas.isEmpty()) {
        const double share = total > 0 && std::isfinite(total) ? (total - primary.commitsPerSecond) / total : 0.0;
        t.readShare
            = Quantity::partsPerMillion(bounded(std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0) * 1e6, 1e6));
    }
    // A plan's clientConnections is at least 1: an idle pair leaves the demand unset.
    if (clients > 0)
        t.clientConnections = Quantity::count(std::min(clients, kMaxClientConnections));
    else
        t.clientConnections.reset();
    // Commits over one common window so that the primary's and a replica's compare (in the
    // notation PlanLoader reads them with: "303k").
    t.primary.commits = Quantity::iops(bounded(primary.commitsPerSecond * windowSeconds, kMaxRate));
    t.primary.activeConnections
        = Quantity::count(std::min<std::int64_t>(primary.clientConnections, kMaxActiveConnections));
    if (!replicas.isEmpty()) {
        t.replica.commits = Quantity::iops(bounded(replicaRate / double(replicas.size()) * windowSeconds, kMaxRate));
        t.replica.activeConnections
            = Quantity::count(std::min<std::int64_t>(replicaConnections, kMaxActiveConnections));
    }
}

Expected<Plan> PlanImporter::update(const Plan& plan, const QString& serviceName, const PgMeasurement& m) const
{
    Plan result = plan;
    PlannedService* s = result.service(serviceName);
    if (!s) {
        QStringList names;
        for (const auto& ps : plan.services)
            names << ps.name;
        return Error { tr("the plan has no service '%1'; its services are: %2.")
                           .arg(serviceName, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))),
                       QStringLiteral("services"),
                       {} };
    }
    if (s->request.service != QLatin1String("postgresql"))
        return Error { tr("service '%1' is a %2 service, not postgresql.").arg(serviceName, s->request.service),
                       QStringLiteral("services.%1.kind").arg(serviceName), s->location };
    if (!s->topology) {
        s->topology = PostgresTopology();
        s->topology->readReplicas = int(m.replicas.size());
    }
    setMeasuredInputs(*s->topology, m);
    if (m.datasetBytes() > 0)
        s->request.inputs.insert(QStringLiteral("dataset"), Quantity::bytes(std::min(m.datasetBytes(), kMaxMemory)));
    return result;
}

QList<PlanFinding> PlanImporter::findings(const Plan& plan, const QString& serviceName, const PgMeasurement& m,
                                          const ImportTargets& targets) const
{
    QList<PlanFinding> out;
    const PlanSizing sizing = m_sizer.size(plan);
    for (const auto& f : sizing.findings) {
        if (f.service == serviceName)
            out << f;
    }
    const PlannedService* s = plan.service(serviceName);
    const Pooler pooler = s && s->topology ? s->topology->pooler : Pooler();
    out << measurementFindings(m, serviceName, pooler, targets);
    return out;
}

QList<PlanFinding> PlanImporter::measurementFindings(const PgMeasurement& m, const QString& serviceName,
                                                     const Pooler& pooler, const ImportTargets& targets)
{
    QList<PlanFinding> out;

    // Connections: one role carries most of the clients yet has no more room than the other.
    if (!m.replicas.isEmpty()) {
        const PgServerMeasurement* busiest = &m.replicas.first();
        for (const auto& r : m.replicas) {
            if (r.clientConnections > busiest->clientConnections)
                busiest = &r;
        }
        const PgServerMeasurement& p = m.primary;
        const bool replicaBusier = busiest->clientConnections > p.clientConnections;
        const PgServerMeasurement& more = replicaBusier ? *busiest : p;
        const PgServerMeasurement& fewer = replicaBusier ? p : *busiest;
        const int high = more.clientConnections;
        const int low = fewer.clientConnections;
        if (high >= 10 && std::int64_t(high) >= 2 * std::int64_t(std::max(low, 1))
            && more.last.maxConnections <= fewer.last.maxConnections) {
            Recommendation pooling;
            pooling.enablePooler = true;
            const int primaryServer = serverConnectionsFor(p.clientConnections, pooler);
            const int replicaServer = serverConnectionsFor(busiest->clientConnections, pooler);
            pooling.primaryMaxConnections = Quantity::count(primaryServer);
            pooling.replicaMaxConnections = Quantity::count(replicaServer);
            pooling.summary = tr("Put PgBouncer in transaction mode in front and size max_connections by role: "
                                 "primary %1, replica %2.")
                                  .arg(primaryServer)
                                  .arg(replicaServer);
            Finding f;
            f.code = QStringLiteral("postgresql.connection-imbalance");
            f.severity = Severity::Warning;
            f.message = tr("Connections are imbalanced: the %1 serves %2 client connections and the %3 %4 (%5x), "
                           "yet max_connections is %6 against %7.")
                            .arg(roleLabel(more))
                            .arg(high)
                            .arg(roleLabel(fewer))
                            .arg(low)
                            .arg(number(double(high) / std::max(low, 1), 1))
                            .arg(more.last.maxConnections)
                            .arg(fewer.last.maxConnections);
            f.fix = pooling.summary;
            f.inputs = { QStringLiteral("topology.primary.maxConnections"),
                         QStringLiteral("topology.replica.maxConnections") };
            out << PlanFinding { serviceName, QString(), f, pooling };
        }
    }

    QList<const PgServerMeasurement*> servers { &m.primary };
    for (const auto& r : m.replicas)
        servers << &r;
    for (const auto* s : servers) {
        if (s->cacheHitRatio && *s->cacheHitRatio < targets.cacheHitRatio) {
            Finding f;
            f.code = QStringLiteral("postgresql.cache-hit-low");
            f.severity = Severity::Warning;
            // A dataset that fits in shared_buffers misses only while the cache warms up.
            const bool fits = s->last.datasetBytes() <= s->last.sharedBuffers;
            f.message = (fits ? tr("The %1 served %2 of block reads from shared_buffers, below the %3 target, though "
                                   "the dataset fits (shared_buffers %4, dataset %5): its cache was still warming "
                                   "up; measure again later.")
                              : tr("The %1 served %2 of block reads from shared_buffers, below the %3 target: its "
                                   "working set does not fit (shared_buffers %4, dataset %5)."))
                            .arg(roleLabel(*s), percent(*s->cacheHitRatio), percent(targets.cacheHitRatio, 0),
                                 bytes(s->last.sharedBuffers), bytes(s->last.datasetBytes()));
            f.fix = tr("Give the %1 more memory and raise shared_buffers and effective_cache_size with it.")
                        .arg(roleFromName(s->role) == Role::Primary ? tr("primary") : tr("replica"));
            f.inputs = { QStringLiteral("topology.%1.resources").arg(s->role) };
            out << PlanFinding { serviceName, s->role, f, std::nullopt };
        }
    }

    for (const auto& r : m.replicas) {
        const bool bytesOver = r.lagBytes && *r.lagBytes > targets.lagBytes;
        const bool secondsOver = r.lagSeconds && *r.lagSeconds > targets.lagSeconds;
        if (!bytesOver && !secondsOver)
            continue;
        Finding f;
        f.code = QStringLiteral("postgresql.replication-lag-high");
        f.severity = Severity::Warning;
        f.message = tr("The replica %1 is %2 and %3 s behind the primary, over the target of %4 and %5 s: "
                       "readers see stale data.")
                        .arg(r.last.server, r.lagBytes ? bytes(*r.lagBytes) : tr("unknown bytes"),
                             r.lagSeconds ? number(*r.lagSeconds, 1) : tr("?"), bytes(targets.lagBytes),
                             number(targets.lagSeconds, 1));
        f.fix = tr("Check the replica's I/O and CPU while it serves reads, and give it the memory its read load "
                   "needs so that replay keeps up.");
        f.inputs = { QStringLiteral("topology.replica.resources") };
        out << PlanFinding { serviceName, roleName(Role::Replica), f, std::nullopt };
    }
    return out;
}

QStringList PlanImporter::summary(const PgMeasurement& m)
{
    QStringList lines;
    QList<const PgServerMeasurement*> servers { &m.primary };
    for (const auto& r : m.replicas)
        servers << &r;
    for (const auto* s : servers) {
        const PgSnapshot& l = s->last;
        lines << tr("%1: PostgreSQL %2, shared_buffers %3, effective_cache_size %4, work_mem %5, "
                    "maintenance_work_mem %6, max_connections %7 (memory about %8)")
                     .arg(roleLabel(*s), l.serverVersion, bytes(l.sharedBuffers), bytes(l.effectiveCacheSize),
                          bytes(l.workMem), bytes(l.maintenanceWorkMem))
                     .arg(l.maxConnections)
                     .arg(bytes(PlanImporter::estimatedMemory(l)));
        QStringList states;
        for (auto it = l.connectionsByState.cbegin(); it != l.connectionsByState.cend(); ++it)
            states << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        lines << tr("  connections: %1 clients (%2)")
                     .arg(s->clientConnections)
                     .arg(states.isEmpty() ? tr("none") : states.join(QStringLiteral(", ")));
        lines << tr("  over %1 s: %2 commits/s, %3 rollbacks/s, %4 tuples read/s, %5 tuples written/s, "
                    "cache hit %6")
                     .arg(number(s->seconds, 1), number(s->commitsPerSecond, 1), number(s->rollbacksPerSecond, 1),
                          number(s->tupleReadsPerSecond, 0), number(s->tupleWritesPerSecond, 0),
                          s->cacheHitRatio ? percent(*s->cacheHitRatio, 2) : tr("unknown"));
        if (roleFromName(s->role) == Role::Replica)
            lines << tr("  replication lag: %1, %2 s")
                         .arg(s->lagBytes ? bytes(*s->lagBytes) : tr("unknown"),
                              s->lagSeconds ? number(*s->lagSeconds, 3) : QStringLiteral("0"));
    }
    QStringList dbs;
    for (auto it = m.primary.last.databaseSizes.cbegin(); it != m.primary.last.databaseSizes.cend(); ++it)
        dbs << QStringLiteral("%1 %2").arg(it.key(), bytes(it.value()));
    lines << tr("databases: %1 (%2 in all)").arg(dbs.join(QStringLiteral(", ")), bytes(m.datasetBytes()));
    for (const auto& link : m.links) {
        lines << tr("pg_stat_replication: %1 from %2, %3, %4 behind")
                     .arg(link.applicationName,
                          link.clientAddress.isEmpty() ? tr("a local socket") : link.clientAddress, link.state,
                          link.lagBytes ? bytes(*link.lagBytes) : tr("unknown"));
    }
    lines << tr("load: %1 commits/s in all, read share %2 (replica commits over all commits), %3 client connections")
                 .arg(number(m.totalCommitsPerSecond(), 1), percent(m.readShare()))
                 .arg(m.totalClientConnections());
    for (const auto* s : servers) {
        if (s->last.maxConnections > kMaxConnections)
            lines << tr("note: the %1 reports max_connections %2; a plan holds at most %3, so the imported plan "
                        "says %3.")
                         .arg(roleLabel(*s))
                         .arg(s->last.maxConnections)
                         .arg(kMaxConnections);
    }
    for (const auto& w : m.warnings)
        lines << tr("warning: %1").arg(w);
    // Server text (database and application names, versions) must not act on a terminal.
    for (auto& line : lines)
        line = printableText(line);
    return lines;
}

} // namespace headroom
