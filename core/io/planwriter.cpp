// SPDX-License-Identifier: Apache-2.0
#include "io/planwriter.h"

#include "io/planloader.h"
#include "model/qosmode.h"

#include <QLocale>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace headroom {

namespace {

std::string s8(const QString& s)
{
    return s.toStdString();
}

// The fewest digits that read back as the same double (a price of 1/3 stays 1/3 after a
// save and a load), in plain decimal notation: never "1e+05" for a price.
QString shortest(double v)
{
    return QLocale::c().toString(v, 'f', QLocale::FloatingPointShortest);
}

void put(YAML::Emitter& out, const char* key, const Quantity& q)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << s8(q.toString());
}

void put(YAML::Emitter& out, const char* key, const std::optional<Quantity>& q)
{
    if (q)
        put(out, key, *q);
}

void putResources(YAML::Emitter& out, const char* key, const ResourceOverrides& r)
{
    if (r.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    if (r.cpuLimit || r.memoryLimit) {
        out << YAML::Key << "limits" << YAML::Value << YAML::BeginMap;
        put(out, "cpu", r.cpuLimit);
        put(out, "memory", r.memoryLimit);
        out << YAML::EndMap;
    }
    if (r.cpuRequest || r.memoryRequest) {
        out << YAML::Key << "requests" << YAML::Value << YAML::BeginMap;
        put(out, "cpu", r.cpuRequest);
        put(out, "memory", r.memoryRequest);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void putRole(YAML::Emitter& out, const char* key, const PostgresRole& role)
{
    if (role == PostgresRole())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    putResources(out, "resources", role.resources);
    put(out, "maxConnections", role.maxConnections);
    if (role.commits || role.activeConnections) {
        out << YAML::Key << "measured" << YAML::Value << YAML::BeginMap;
        put(out, "commits", role.commits);
        put(out, "activeConnections", role.activeConnections);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void putTopology(YAML::Emitter& out, const PostgresTopology& t)
{
    const PostgresTopology defaults;
    out << YAML::Key << "topology" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "readReplicas" << YAML::Value << t.readReplicas;
    if (t.requestsPerSecond || t.readShare) {
        out << YAML::Key << "load" << YAML::Value << YAML::BeginMap;
        put(out, "requestsPerSecond", t.requestsPerSecond);
        put(out, "readShare", t.readShare);
        out << YAML::EndMap;
    }
    put(out, "clientConnections", t.clientConnections);
    putRole(out, "primary", t.primary);
    putRole(out, "replica", t.replica);
    if (t.pooler != defaults.pooler) {
        out << YAML::Key << "pooler" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "enabled" << YAML::Value << t.pooler.enabled;
        if (t.pooler.mode != defaults.pooler.mode)
            out << YAML::Key << "mode" << YAML::Value << s8(t.pooler.mode);
        if (t.pooler.multiplexing != defaults.pooler.multiplexing)
            put(out, "multiplexing", t.pooler.multiplexing);
        if (t.pooler.minPoolSize != defaults.pooler.minPoolSize)
            put(out, "minPoolSize", t.pooler.minPoolSize);
        out << YAML::EndMap;
    }
    if (t.primaryMemoryFloor != defaults.primaryMemoryFloor)
        put(out, "primaryMemoryFloor", t.primaryMemoryFloor);
    out << YAML::EndMap;
}

void putDistribution(YAML::Emitter& out, const char* key, const std::optional<UsageDistribution>& d)
{
    if (!d)
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    put(out, "p50", d->p50);
    put(out, "p95", d->p95);
    put(out, "p99", d->p99);
    put(out, "max", d->max);
    out << YAML::EndMap;
}

void putDeployed(YAML::Emitter& out, const char* key, const DeployedResources& r)
{
    if (!r.cpu && !r.memory)
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    put(out, "cpu", r.cpu);
    put(out, "memory", r.memory);
    out << YAML::EndMap;
}

void putPeak(YAML::Emitter& out, const char* key, const std::optional<EnginePeak>& peak)
{
    if (!peak)
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    put(out, "p95", peak->p95);
    put(out, "max", peak->max);
    out << YAML::EndMap;
}

void putEngine(YAML::Emitter& out, const EngineMeasurement& e)
{
    if (e.isEmpty())
        return;
    out << YAML::Key << "engine" << YAML::Value << YAML::BeginMap;
    putPeak(out, "commitsPerSecond", e.commitsPerSecond);
    putPeak(out, "connections", e.connections);
    putPeak(out, "usedMemory", e.usedMemory);
    put(out, "maxMemory", e.maxMemory);
    putPeak(out, "heapUsed", e.heapUsed);
    put(out, "heapMax", e.heapMax);
    out << YAML::EndMap;
}

void putMeasurement(YAML::Emitter& out, const char* key, const Measurement& m)
{
    const Measurement defaults;
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    if (!m.source.isEmpty())
        out << YAML::Key << "source" << YAML::Value << s8(m.source);
    put(out, "window", m.window);
    if (m.at.isValid())
        out << YAML::Key << "at" << YAML::Value
            << s8(m.at.toUTC().toString(m.at.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate));
    out << YAML::Key << "pods" << YAML::Value << m.pods;
    putDistribution(out, "cpu", m.cpu);
    putDistribution(out, "memory", m.memory);
    put(out, "throttled", m.throttled);
    out << YAML::Key << "oomKills" << YAML::Value << m.oomKills;
    out << YAML::Key << "restarts" << YAML::Value << m.restarts;
    if (m.requests != defaults.requests || m.limits != defaults.limits) {
        out << YAML::Key << "deployed" << YAML::Value << YAML::BeginMap;
        putDeployed(out, "requests", m.requests);
        putDeployed(out, "limits", m.limits);
        out << YAML::EndMap;
    }
    if (!m.volumes.isEmpty()) {
        out << YAML::Key << "volumes" << YAML::Value << YAML::BeginSeq;
        for (const auto& v : m.volumes) {
            out << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "pvc" << YAML::Value << s8(v.pvc);
            put(out, "used", v.used);
            put(out, "capacity", v.capacity);
            if (v.growthPerDay.raw() != 0)
                put(out, "growthPerDay", v.growthPerDay);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    putEngine(out, m.engine);
    out << YAML::EndMap;
}

// One measurement, or with the replicas measured apart one per role.
void putMeasured(YAML::Emitter& out, const PlannedService& s)
{
    if (!s.measuredReplica) {
        if (s.measured)
            putMeasurement(out, "measured", *s.measured);
        return;
    }
    out << YAML::Key << "measured" << YAML::Value << YAML::BeginMap;
    if (s.measured)
        putMeasurement(out, "primary", *s.measured);
    putMeasurement(out, "replica", *s.measuredReplica);
    out << YAML::EndMap;
}

void putStorageClass(YAML::Emitter& out, const StorageClass& sc)
{
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << s8(sc.id);
    if (sc.name != sc.id)
        out << YAML::Key << "name" << YAML::Value << s8(sc.name);
    out << YAML::Key << "iops" << YAML::Value << YAML::Flow << YAML::BeginMap;
    switch (sc.iops.kind) {
    case IopsModel::Kind::Fixed:
        put(out, "fixed", Quantity::iops(sc.iops.fixed));
        break;
    case IopsModel::Kind::PerGiB:
        out << YAML::Key << "perGiB" << YAML::Value << s8(shortest(sc.iops.perGiB));
        put(out, "floor", Quantity::iops(sc.iops.floor));
        put(out, "ceiling", Quantity::iops(sc.iops.ceiling));
        break;
    case IopsModel::Kind::Provisioned:
        put(out, "baseline", Quantity::iops(sc.iops.baseline));
        put(out, "provisioned", Quantity::iops(sc.iops.provisioned));
        put(out, "max", Quantity::iops(sc.iops.max));
        break;
    }
    out << YAML::EndMap;
    put(out, "throughput", sc.throughput);
    if (sc.latencyMin.raw() != 0 || sc.latencyMax.raw() != 0) {
        out << YAML::Key << "latency" << YAML::Value << YAML::Flow << YAML::BeginMap;
        put(out, "min", sc.latencyMin);
        put(out, "max", sc.latencyMax);
        out << YAML::EndMap;
    }
    if (sc.costRank > 0) {
        out << YAML::Key << "cost" << YAML::Value << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "rank" << YAML::Value << sc.costRank;
        if (!sc.costLabel.isEmpty())
            out << YAML::Key << "label" << YAML::Value << s8(sc.costLabel);
        out << YAML::EndMap;
    }
    if (!sc.useCase.isEmpty())
        out << YAML::Key << "useCase" << YAML::Value << s8(sc.useCase);
    out << YAML::EndMap;
}

} // namespace

namespace {

void putNodePools(YAML::Emitter& out, const Plan& plan)
{
    if (!plan.nodePools.isEmpty()) {
        out << YAML::Key << "nodePools" << YAML::Value << YAML::BeginSeq;
        for (const auto& pool : plan.nodePools) {
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value << s8(pool.name);
            put(out, "cpu", pool.cpu);
            put(out, "memory", pool.memory);
            if (pool.maxCount) {
                out << YAML::Key << "autoscaling" << YAML::Value << YAML::Flow << YAML::BeginMap;
                out << YAML::Key << "min" << YAML::Value << pool.minCount.value_or(0);
                out << YAML::Key << "max" << YAML::Value << *pool.maxCount;
                out << YAML::EndMap;
            } else {
                out << YAML::Key << "count" << YAML::Value << pool.count;
            }
            if (pool.maxPods != NodePool().maxPods)
                out << YAML::Key << "maxPods" << YAML::Value << pool.maxPods;
            if (pool.pricePerHour)
                out << YAML::Key << "pricePerHour" << YAML::Value << s8(shortest(*pool.pricePerHour));
            if (pool.hugePages2Mi) {
                out << YAML::Key << "hugePages" << YAML::Value << YAML::Flow << YAML::BeginMap;
                put(out, "2Mi", *pool.hugePages2Mi);
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
}

// storage: only what differs from a new plan's.
void putStorage(YAML::Emitter& out, const Plan& plan)
{
    const Plan defaults;
    if (!plan.defaultStorageClass.isEmpty() || !plan.storageClasses.isEmpty() || plan.horizon != defaults.horizon) {
        out << YAML::Key << "storage" << YAML::Value << YAML::BeginMap;
        if (!plan.defaultStorageClass.isEmpty())
            out << YAML::Key << "defaultClass" << YAML::Value << s8(plan.defaultStorageClass);
        if (plan.horizon != defaults.horizon)
            put(out, "horizon", plan.horizon);
        if (!plan.storageClasses.isEmpty()) {
            out << YAML::Key << "classes" << YAML::Value << YAML::BeginSeq;
            for (const auto& sc : plan.storageClasses)
                putStorageClass(out, sc);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
}

void putService(YAML::Emitter& out, const PlannedService& s)
{
    const ServiceRequest& r = s.request;
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s8(s.name);
    out << YAML::Key << "kind" << YAML::Value << s8(r.service);
    if (!r.size.isEmpty())
        out << YAML::Key << "tier" << YAML::Value << s8(r.size);
    putResources(out, "resources", ResourceOverrides { r.cpuLimit, r.memoryLimit, r.cpuRequest, r.memoryRequest });
    if (r.replicas != 1)
        out << YAML::Key << "replicas" << YAML::Value << r.replicas;
    if (r.qos)
        out << YAML::Key << "qos" << YAML::Value << s8(qosModeName(*r.qos));
    if (!r.postgresProfile.isEmpty())
        out << YAML::Key << "postgresProfile" << YAML::Value << s8(r.postgresProfile);
    if (!r.storageClass.isEmpty())
        out << YAML::Key << "storageClass" << YAML::Value << s8(r.storageClass);
    if (!s.nodePool.isEmpty())
        out << YAML::Key << "nodePool" << YAML::Value << s8(s.nodePool);
    if (s.volumeSize || s.growth) {
        out << YAML::Key << "volume" << YAML::Value << YAML::BeginMap;
        put(out, "size", s.volumeSize);
        if (s.growth) {
            out << YAML::Key << "growth" << YAML::Value << YAML::Flow << YAML::BeginMap;
            put(out, "amount", s.growth->amount);
            put(out, "every", s.growth->every);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    if (!r.inputs.isEmpty()) {
        out << YAML::Key << "inputs" << YAML::Value << YAML::BeginMap;
        for (auto it = r.inputs.cbegin(); it != r.inputs.cend(); ++it)
            put(out, it.key().toUtf8().constData(), it.value());
        out << YAML::EndMap;
    }
    if (s.topology)
        putTopology(out, *s.topology);
    putMeasured(out, s);
    out << YAML::EndMap;
}

// The plan's `catalog:` documents, as read.
void putCatalogOverrides(YAML::Emitter& out, const Plan& plan)
{
    if (!plan.catalogOverrides.trimmed().isEmpty()) {
        out << YAML::Key << "catalog" << YAML::Value << YAML::BeginSeq;
        for (const auto& doc : YAML::LoadAll(plan.catalogOverrides.toStdString())) {
            if (!doc.IsNull())
                out << doc;
        }
        out << YAML::EndSeq;
    }
}

} // namespace

QByteArray PlanWriter::toYaml(const Plan& plan)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << s8(PlanLoader::currentApiVersion());
    out << YAML::Key << "kind" << YAML::Value << "Plan";
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s8(plan.name);
    if (!plan.notes.isEmpty())
        out << YAML::Key << "notes" << YAML::Value << s8(plan.notes);
    out << YAML::EndMap;
    if (plan.qos)
        out << YAML::Key << "qos" << YAML::Value << s8(qosModeName(*plan.qos));
    if (!plan.postgresProfile.isEmpty())
        out << YAML::Key << "postgresProfile" << YAML::Value << s8(plan.postgresProfile);

    putNodePools(out, plan);
    putStorage(out, plan);
    out << YAML::Key << "services" << YAML::Value << YAML::BeginSeq;
    for (const auto& s : plan.services)
        putService(out, s);
    out << YAML::EndSeq;

    putCatalogOverrides(out, plan);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

std::optional<Error> PlanWriter::save(const Plan& plan, const QString& path)
{
    QSaveFile file(path);
    // Unbuffered: a buffered short write would only surface at commit(), unreported, and
    // the truncated file would replace the plan.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error { QStringLiteral("cannot write the plan: %1.").arg(file.errorString()), {}, { path, 0, 0 } };
    const QByteArray text = toYaml(plan);
    if (file.write(text) != text.size() || !file.commit())
        return Error {
            QStringLiteral("cannot write the plan: %1; the file on disk is unchanged.").arg(file.errorString()),
            {},
            { path, 0, 0 }
        };
    return std::nullopt;
}

} // namespace headroom
