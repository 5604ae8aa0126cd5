// SPDX-License-Identifier: Apache-2.0
#include "export/exportinputhash.h"

#include "export/chartmaploader.h"
#include "export/contenthash.h"
#include "export/postgresconfexporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <bit>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>

namespace headroom {

namespace {

// Raised whenever the renderers write other bytes for the same inputs, so that folders
// exported by a build with the same version number are rendered again. tests/data/
// renderer-output.txt records what this generation writes for the example plans.
constexpr std::int64_t kRendererGeneration = 2;

// Every value goes in with its length or presence, so that no two different inputs give the
// same bytes ("ab","c" and "a","bc" differ).
class Feed
{
public:
    // Appends to `buffer`, emptied first: a buffer kept from one service to the next saves
    // allocating and growing one for each.
    explicit Feed(std::string& buffer)
        : m_bytes(buffer)
    {
        m_bytes.clear();
    }
    void number(std::int64_t v) { m_bytes.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void bytes(QByteArrayView b)
    {
        number(b.size());
        m_bytes.append(b.data(), size_t(b.size()));
    }
    QByteArray digest() const { return ContentHash::xxh3(QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size()))); }

private:
    std::string& m_bytes;
};

template <std::integral T> void put(Feed& f, T v)
{
    f.number(std::int64_t(v));
}
void put(Feed& f, bool v);
void put(Feed& f, double v);
void put(Feed& f, const QString& s);
void put(Feed& f, const QByteArray& b);
void put(Feed& f, const QDateTime& t);
void put(Feed& f, Quantity q);
void put(Feed& f, QosMode m);
void put(Feed& f, Severity s);
void put(Feed& f, const ResourceOverrides& r);
void put(Feed& f, const StorageGrowth& g);
void put(Feed& f, const PostgresRole& r);
void put(Feed& f, const Pooler& p);
void put(Feed& f, const PostgresTopology& t);
void put(Feed& f, const PostgresRoleContext& c);
void put(Feed& f, const ServiceRequest& r);
void put(Feed& f, const UsageDistribution& u);
void put(Feed& f, const DeployedResources& d);
void put(Feed& f, const MeasuredVolume& v);
void put(Feed& f, const Measurement& m);
void put(Feed& f, const PlannedService& s);
void put(Feed& f, const NodePool& p);
void put(Feed& f, const StorageClass& c);
void put(Feed& f, const FormulaDefinition& d);
void put(Feed& f, const ProfileSetting& s);
void put(Feed& f, const PostgresProfile& p);
void put(Feed& f, const Resources& r);
void put(Feed& f, const InputValue& v);
void put(Feed& f, const FormulaValue& v);
void put(Feed& f, const MemoryComponent& c);
void put(Feed& f, const Setting& s);
void put(Feed& f, const StorageSizing& s);
void put(Feed& f, const Finding& x);
void put(Feed& f, const PostgresProfileSizing& p);
void put(Feed& f, const ServiceSizing& s);
void put(Feed& f, const RoleSizing& r);
void put(Feed& f, const PoolingPlan& p);
void put(Feed& f, const StorageForecast& s);
void put(Feed& f, const ResourceProposal& p);
void put(Feed& f, const MeasuredSizing& m);
void put(Feed& f, const ServicePlanSizing& s);

template <typename T> void put(Feed& f, const std::optional<T>& v)
{
    put(f, v.has_value());
    if (v)
        put(f, *v);
}

template <typename T> void put(Feed& f, const QList<T>& list)
{
    put(f, std::int64_t(list.size()));
    for (const auto& item : list)
        put(f, item);
}

template <typename K, typename V> void put(Feed& f, const QMap<K, V>& map)
{
    put(f, std::int64_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        put(f, it.key());
        put(f, it.value());
    }
}

template <typename... T> void putAll(Feed& f, const T&... values)
{
    (put(f, values), ...);
}

void put(Feed& f, bool v)
{
    f.number(v ? 1 : 0);
}
void put(Feed& f, double v)
{
    f.number(std::bit_cast<std::int64_t>(v));
}
void put(Feed& f, const QString& s)
{
    f.bytes(QByteArrayView(reinterpret_cast<const char*>(s.utf16()), s.size() * qsizetype(sizeof(char16_t))));
}
void put(Feed& f, const QByteArray& b)
{
    f.bytes(b);
}
void put(Feed& f, const QDateTime& t)
{
    putAll(f, t.isValid(), t.isValid() ? t.toMSecsSinceEpoch() : 0, t.isValid() ? t.offsetFromUtc() : 0);
}
void put(Feed& f, Quantity q)
{
    putAll(f, int(q.dimension()), q.raw());
}
void put(Feed& f, QosMode m)
{
    put(f, int(m));
}
void put(Feed& f, Severity s)
{
    put(f, int(s));
}

// ---- the plan ----

void put(Feed& f, const ResourceOverrides& r)
{
    putAll(f, r.cpuLimit, r.memoryLimit, r.cpuRequest, r.memoryRequest);
}
void put(Feed& f, const StorageGrowth& g)
{
    putAll(f, g.amount, g.every);
}
void put(Feed& f, const PostgresRole& r)
{
    putAll(f, r.resources, r.maxConnections, r.commits, r.activeConnections);
}
void put(Feed& f, const Pooler& p)
{
    putAll(f, p.enabled, p.mode, p.multiplexing, p.minPoolSize);
}
void put(Feed& f, const PostgresTopology& t)
{
    putAll(f, t.readReplicas, t.requestsPerSecond, t.readShare, t.clientConnections, t.primary, t.replica, t.pooler,
           t.primaryMemoryFloor);
}
void put(Feed& f, const PostgresRoleContext& c)
{
    putAll(f, c.replica, c.readReplicas, c.pooled, c.volume, c.hugePages, c.pgVersion);
}
void put(Feed& f, const ServiceRequest& r)
{
    putAll(f, r.service, r.size, r.cpuLimit, r.memoryLimit, r.cpuRequest, r.memoryRequest, r.qos, r.replicas,
           r.storageClass, r.inputs, r.postgresProfile, r.postgres);
}
void put(Feed& f, const UsageDistribution& u)
{
    putAll(f, u.p50, u.p95, u.p99, u.max);
}
void put(Feed& f, const DeployedResources& d)
{
    putAll(f, d.cpu, d.memory);
}
void put(Feed& f, const MeasuredVolume& v)
{
    putAll(f, v.pvc, v.used, v.capacity, v.growthPerDay);
}
void put(Feed& f, const Measurement& m)
{
    putAll(f, m.source, m.window, m.at, m.pods, m.cpu, m.memory, m.throttled, m.oomKills, m.restarts, m.requests,
           m.limits, m.volumes);
}
// The location is left out: where the service stands in the plan file changes no export.
void put(Feed& f, const PlannedService& s)
{
    putAll(f, s.name, s.request, s.volumeSize, s.growth, s.topology, s.nodePool, s.measured);
}
void put(Feed& f, const NodePool& p)
{
    putAll(f, p.name, p.cpu, p.memory, p.count, p.minCount, p.maxCount, p.maxPods, p.pricePerHour, p.hugePages2Mi);
}

// ---- the catalog ----

void put(Feed& f, const StorageClass& c)
{
    const IopsModel& i = c.iops;
    putAll(f, c.id, c.name, int(i.kind), i.fixed, i.perGiB, i.floor, i.ceiling, i.baseline, i.provisioned, i.max);
    putAll(f, c.throughput, c.latencyMin, c.latencyMax, c.costRank, c.costLabel, c.useCase);
}
void put(Feed& f, const FormulaDefinition& d)
{
    putAll(f, d.name, d.title, int(d.dimension), d.expression, d.explanation, d.guideExpression, d.guideNote);
}
void put(Feed& f, const ProfileSetting& s)
{
    putAll(f, s.name, s.expression, s.value, s.format, s.when, s.explanation);
}
void put(Feed& f, const PostgresProfile& p)
{
    putAll(f, p.id, p.name, p.description, p.engine, p.values, p.settings);
}

// ---- the sizing ----

void put(Feed& f, const Resources& r)
{
    putAll(f, r.cpuRequest, r.cpuLimit, r.memoryRequest, r.memoryLimit);
}
void put(Feed& f, const InputValue& v)
{
    putAll(f, v.name, v.title, v.value, v.source, v.description);
}
void put(Feed& f, const FormulaValue& v)
{
    putAll(f, v.name, v.title, v.value, v.explanation, v.guideValue, v.guideNote);
}
void put(Feed& f, const MemoryComponent& c)
{
    putAll(f, c.name, c.title, c.demand, c.allocated, c.explanation, c.workloadDemand);
}
void put(Feed& f, const Setting& s)
{
    putAll(f, s.name, s.value, s.explanation);
}
void put(Feed& f, const StorageSizing& s)
{
    putAll(f, s.storageClass, s.storageClassName, s.size, s.iopsNeeded, s.throughputNeeded, s.iopsCeiling,
           s.throughputCeiling);
}
void put(Feed& f, const Finding& x)
{
    putAll(f, x.code, x.severity, x.message, x.fix, x.inputs);
}
void put(Feed& f, const PostgresProfileSizing& p)
{
    putAll(f, p.id, p.name, p.context, p.inputs, p.settings, p.figures);
}
void put(Feed& f, const ServiceSizing& s)
{
    putAll(f, s.service, s.serviceName, s.size, s.replicas, s.qos, s.resources, s.residentMemory, s.inputs, s.values);
    putAll(f, s.memory, s.memoryRemainder, s.memoryRemainderTitle, s.storage, s.settings, s.findings,
           s.postgresProfile);
}
void put(Feed& f, const RoleSizing& r)
{
    putAll(f, r.role, r.pods, r.sizing, r.loadShare, r.loadShareMeasured, r.demandConnections);
}
void put(Feed& f, const PoolingPlan& p)
{
    putAll(f, p.role, p.mode, p.defaultPoolSize, p.reservePoolSize, p.maxClientConn, p.maxDbConnections,
           p.serverMaxConnections);
}
void put(Feed& f, const StorageForecast& s)
{
    putAll(f, s.now, s.atHorizon, s.volume, s.volumeGiven, s.horizon, s.timeToFull);
}
void put(Feed& f, const ResourceProposal& p)
{
    putAll(f, p.cpuRequest, p.cpuLimit, p.memoryRequest, p.memoryLimit, p.worstCase, p.heldByNode);
}
void put(Feed& f, const MeasuredSizing& m)
{
    putAll(f, m.measured, m.role, m.configuredWorstCase, m.resident, m.usageOnly, m.engineAware);
}
void put(Feed& f, const ServicePlanSizing& s)
{
    putAll(f, s.name, s.kind, s.roles, s.pooling, s.storage, s.measured, s.error);
}

// The built-in chart maps as compiled in, file by file.
void putChartMaps(Feed& f)
{
    const QDir dir(ChartMapLoader::builtInDirectory());
    const QStringList names = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    put(f, std::int64_t(names.size()));
    for (const auto& name : names) {
        QFile file(dir.filePath(name));
        putAll(f, name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
}

// The profile each role's postgresql.conf and chart settings are rendered with, as
// PostgresConfExporter::settings picks it (a service that cannot be sized exports none).
void putEffectiveProfiles(Feed& f, const ServicePlanSizing& sized, const QString& asked)
{
    if (sized.kind != QLatin1String("postgresql") || !sized.error.isEmpty()) {
        put(f, std::int64_t(0));
        return;
    }
    PostgresConfOptions options;
    options.profile = asked;
    put(f, std::int64_t(sized.roles.size()));
    for (const auto& role : sized.roles)
        put(f, PostgresConfExporter::profileOf(role.sizing, options));
}

} // namespace

std::int64_t ExportInputHash::rendererGeneration()
{
    return kRendererGeneration;
}

ExportInputHash::ExportInputHash(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                 const PlanExportOptions& options)
    : m_profile(options.profile)
{
    std::string buffer;
    Feed f(buffer);
    putAll(f, kRendererGeneration, options.format, options.pgVersion, options.headroomVersion);
    putChartMaps(f);
    putAll(f, catalog.postgresProfiles, catalog.storageClasses);
    putAll(f, plan.name, plan.notes, plan.nodePools, plan.defaultStorageClass, plan.storageClasses, plan.horizon,
           plan.qos, plan.postgresProfile, plan.catalogOverrides, sizing.planName);
    m_common = f.digest();
}

QByteArray ExportInputHash::of(const PlannedService* planned, const ServicePlanSizing& sized) const
{
    thread_local std::string buffer;
    Feed f(buffer);
    putAll(f, m_common, planned != nullptr);
    if (planned)
        put(f, *planned);
    put(f, sized);
    putEffectiveProfiles(f, sized, m_profile);
    return f.digest();
}

} // namespace headroom
