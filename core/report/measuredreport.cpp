// SPDX-License-Identifier: Apache-2.0
#include "report/measuredreport.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace headroom::measured_report {

namespace {

struct MeasuredText
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredReport)
};

// Memory as Kubernetes takes it (rounded up to whole Mi), so a measured figure reads like the limits beside it.
QString shown(const Quantity& q)
{
    return q.dimension() == Dimension::Memory ? memory_format::kubernetes(q.raw()) : q.toString();
}

QString pair(const Quantity& a, const Quantity& b)
{
    return QStringLiteral("%1/%2").arg(shown(a), shown(b));
}

QString pair(const std::optional<UsageDistribution>& d)
{
    return d ? pair(d->p99, d->max) : QStringLiteral("-");
}

QString cpuOf(const ResourceProposal& p)
{
    return QStringLiteral("%1/%2").arg(p.cpuRequest.toString(),
                                       p.cpuLimit ? p.cpuLimit->toString() : MeasuredText::tr("none"));
}

QString memoryOf(const ResourceProposal& p)
{
    return pair(p.memoryRequest, p.memoryLimit);
}

QJsonObject distribution(const UsageDistribution& d)
{
    return { { QStringLiteral("p50"), d.p50.toString() },
             { QStringLiteral("p95"), d.p95.toString() },
             { QStringLiteral("p99"), d.p99.toString() },
             { QStringLiteral("max"), d.max.toString() } };
}

QJsonObject proposal(const ResourceProposal& p, bool engineAware)
{
    QJsonObject o { { QStringLiteral("cpuRequest"), p.cpuRequest.toString() },
                    { QStringLiteral("cpuLimit"), p.cpuLimit ? QJsonValue(p.cpuLimit->toString()) : QJsonValue() },
                    { QStringLiteral("memoryRequest"), p.memoryRequest.toString() },
                    { QStringLiteral("memoryLimit"), p.memoryLimit.toString() } };
    if (engineAware) {
        o[QStringLiteral("worstCase")] = p.worstCase.toString();
        o[QStringLiteral("heldByNode")] = p.heldByNode;
    }
    return o;
}

const RoleSizing* comparedRole(const ServicePlanSizing& s, const MeasuredSizing& m)
{
    for (const auto& r : s.roles) {
        if (r.role == m.role)
            return &r;
    }
    return nullptr;
}

// The service's measurements, each beside its role: the service's (or primary's), then the replicas'.
QList<const MeasuredSizing*> measurementsOf(const ServicePlanSizing& s)
{
    QList<const MeasuredSizing*> out;
    for (const auto* m : { &s.measured, &s.measuredReplica }) {
        if (*m)
            out << &**m;
    }
    return out;
}

QStringList row(const ServicePlanSizing& s, const MeasuredSizing& m, const RoleSizing& role)
{
    const Resources& r = role.sizing.resources;
    const QString none = QStringLiteral("-");
    return { m.role.isEmpty() ? s.name : QStringLiteral("%1/%2").arg(s.name, m.role),
             pair(r.cpuRequest, r.cpuLimit),
             pair(m.measured.cpu),
             pair(r.memoryRequest, r.memoryLimit),
             pair(m.measured.memory),
             shown(m.configuredWorstCase),
             m.usageOnly ? cpuOf(*m.usageOnly) : none,
             m.usageOnly ? memoryOf(*m.usageOnly) : none,
             m.engineAware ? cpuOf(*m.engineAware) : none,
             m.engineAware ? memoryOf(*m.engineAware) : none };
}

// The figures an engine exporter gave, quantities as text; absent ones are left out.
QJsonObject engineJson(const EngineMeasurement& e)
{
    QJsonObject o;
    const auto peak = [&o](const char* key, const std::optional<EnginePeak>& p) {
        if (p)
            o.insert(QLatin1String(key),
                     QJsonObject { { QStringLiteral("p95"), p->p95.toString() },
                                   { QStringLiteral("max"), p->max.toString() } });
    };
    const auto single = [&o](const char* key, const std::optional<Quantity>& q) {
        if (q)
            o.insert(QLatin1String(key), q->toString());
    };
    peak("commitsPerSecond", e.commitsPerSecond);
    peak("connections", e.connections);
    peak("usedMemory", e.usedMemory);
    single("maxMemory", e.maxMemory);
    peak("heapUsed", e.heapUsed);
    single("heapMax", e.heapMax);
    return o;
}

} // namespace

QStringList header()
{
    return { MeasuredText::tr("Measured"),       MeasuredText::tr("CPU req/lim"),
             MeasuredText::tr("CPU p99/max"),    MeasuredText::tr("Memory req/lim"),
             MeasuredText::tr("Memory p99/max"), MeasuredText::tr("Worst case"),
             MeasuredText::tr("Usage only CPU"), MeasuredText::tr("Usage only memory"),
             MeasuredText::tr("Headroom CPU"),   MeasuredText::tr("Headroom memory") };
}

QList<QStringList> rows(const PlanSizing& sizing)
{
    QList<QStringList> out;
    for (const auto& s : sizing.services) {
        for (const MeasuredSizing* measured : measurementsOf(s)) {
            if (const RoleSizing* role = comparedRole(s, *measured))
                out << row(s, *measured, *role);
        }
    }
    return out;
}

QJsonObject toJson(const ServicePlanSizing& s, const MeasuredSizing& m)
{
    const Measurement& x = m.measured;
    QJsonObject o { { QStringLiteral("role"), m.role },
                    { QStringLiteral("source"), x.source },
                    { QStringLiteral("window"), x.window.toString() },
                    { QStringLiteral("pods"), x.pods },
                    { QStringLiteral("oomKills"), x.oomKills },
                    { QStringLiteral("restarts"), x.restarts },
                    { QStringLiteral("configuredWorstCase"), m.configuredWorstCase.toString() },
                    { QStringLiteral("resident"), m.resident.toString() } };
    if (x.at.isValid())
        o[QStringLiteral("at")] = x.at.toString(Qt::ISODate);
    if (x.cpu)
        o[QStringLiteral("cpu")] = distribution(*x.cpu);
    if (x.memory)
        o[QStringLiteral("memory")] = distribution(*x.memory);
    if (x.throttled)
        o[QStringLiteral("throttled")] = x.throttled->toString();
    if (const RoleSizing* role = comparedRole(s, m)) {
        const Resources& r = role->sizing.resources;
        o[QStringLiteral("planned")] = QJsonObject { { QStringLiteral("cpuRequest"), r.cpuRequest.toString() },
                                                     { QStringLiteral("cpuLimit"), r.cpuLimit.toString() },
                                                     { QStringLiteral("memoryRequest"), r.memoryRequest.toString() },
                                                     { QStringLiteral("memoryLimit"), r.memoryLimit.toString() } };
    }
    if (m.usageOnly)
        o[QStringLiteral("usageOnly")] = proposal(*m.usageOnly, false);
    if (m.engineAware)
        o[QStringLiteral("engineAware")] = proposal(*m.engineAware, true);
    if (!x.engine.isEmpty())
        o[QStringLiteral("engine")] = engineJson(x.engine);
    return o;
}

} // namespace headroom::measured_report
