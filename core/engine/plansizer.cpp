// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"

#include "engine/clusterfit.h"
#include "engine/measuredfindings.h"
#include "engine/measuredrecommender.h"
#include "engine/postgrestopology.h"
#include "engine/storagecheck.h"
#include "engine/storageforecaster.h"
#include "model/findingorder.h"
#include "model/role.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace headroom {

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

PostgresRoleContext postgresRoleContext(const Plan& plan, const QString& service, const QString& role)
{
    const PlannedService* ps = plan.service(service);
    return ps ? postgresRoleContext(plan, *ps, role) : PostgresRoleContext {};
}

PostgresRoleContext postgresRoleContext(const Plan& plan, const PlannedService& ps, const QString& role)
{
    PostgresRoleContext context;
    context.replica = roleFromName(role) == Role::Replica;
    context.readReplicas = ps.topology ? ps.topology->readReplicas : 0;
    context.pooled = ps.topology && ps.topology->pooler.enabled;
    const NodePool* pool = nullptr;
    for (const auto& p : plan.nodePools) {
        if (p.name == ps.nodePool || (ps.nodePool.isEmpty() && plan.nodePools.size() == 1))
            pool = &p;
    }
    context.hugePages = pool && pool->hugePages2Mi && pool->hugePages2Mi->raw() > 0;
    return context;
}

PlanSizer::PlanSizer(Catalog catalog)
    : m_engine(std::move(catalog))
{
}

namespace {

// A role to size: the service itself, or a PostgreSQL primary or its replicas.
struct RolePlan
{
    QString role;
    int pods;
    ServiceRequest request;
    double share;
    std::optional<Quantity> demand;
};
using RolePlans = QVarLengthArray<RolePlan, 2>; // at most a primary and its replicas: no allocation

// A primary and its replicas, each with its load share, connection demand and pool.
RolePlans topologyRoles(const ServiceRequest& base, const PostgresTopology& t, const LoadShares& shares,
                        ServicePlanSizing& s)
{
    RolePlans roles;
    roles << RolePlan { roleName(Role::Primary), 1, withResources(base, t.primary.resources), shares.primary,
                        demandFor(t.primary, t, shares.primary) };
    if (t.readReplicas > 0)
        roles << RolePlan { roleName(Role::Replica), t.readReplicas, withResources(base, t.replica.resources),
                            shares.perReplica, demandFor(t.replica, t, shares.perReplica) };
    for (auto& r : roles) {
        const PostgresRole& planned = roleFromName(r.role) == Role::Primary ? t.primary : t.replica;
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
    return roles;
}

// Sizes each role; on the first that cannot be sized, sets the service's error and stops.
void sizeRoles(const SizingEngine& engine, const PlannedService& ps, const RolePlans& roles, const LoadShares& shares,
               TextCache& texts, ServicePlanSizing& s)
{
    s.roles.reserve(roles.size());
    for (const auto& r : roles) {
        auto sizing = engine.size(r.request, texts);
        if (!sizing) {
            s.error = r.role.isEmpty() ? sizing.error().toString()
                                       : QStringLiteral("%1: %2").arg(r.role, sizing.error().toString());
            return;
        }
        // Braces, not emplaceBack's parentheses: clang 14, which builds the fuzzers, has no
        // parenthesised aggregate initialisation.
        s.roles.append(RoleSizing { r.role, r.pods, std::move(sizing.value()),
                                    ps.topology ? std::optional<double>(r.share) : std::nullopt,
                                    ps.topology ? shares.measured : false, r.demand });
    }
}

// A profile reads the volume (max_wal_size): the planned one over the horizon, which is
// known once the roles are sized; they are sized again only when it differs.
void resizeForVolume(const SizingEngine& engine, const Plan& plan, const PlannedService& ps, RolePlans& roles,
                     const LoadShares& shares, TextCache& texts, ServicePlanSizing& s)
{
    const auto& size = s.roles.first().sizing.storage.size;
    if (!size && !ps.volumeSize)
        return;
    const Quantity volume = StorageForecaster::forecast(ps, size, plan.horizon).volume;
    if (size && *size == volume)
        return;
    for (auto& r : roles)
        r.request.postgres.volume = volume;
    s.roles.clear();
    sizeRoles(engine, ps, roles, shares, texts, s);
}

// A PostgreSQL profile other than the default whose worst case does not fit a role's limit:
// the container-aware default sizes the same roles so that it fits.
void profileFinding(const PlannedService& ps, const ServicePlanSizing& s, QList<PlanFinding>& findings)
{
    const QString fallback = QString::fromLatin1(kDefaultPostgresProfile);
    for (const auto& role : s.roles) {
        const auto& profile = role.sizing.postgresProfile;
        if (!profile || profile->id == fallback || !role.sizing.hasFinding(QStringLiteral("memory.overcommit")))
            continue;
        Finding f { QStringLiteral("postgresql.profile-overcommits"),
                    Severity::Warning,
                    PlanSizer::tr("The %1 profile's worst case does not fit the %2 limit of the %3: its settings let "
                                  "PostgreSQL take more memory than the container has.")
                        .arg(profile->id, role.sizing.resources.memoryLimit.toString(),
                             role.role.isEmpty() ? ps.name : role.role),
                    PlanSizer::tr("Write postgresql.conf with the %1 profile, which sizes every role from its "
                                  "limit so that the worst case fits.")
                        .arg(fallback),
                    { QStringLiteral("postgresProfile") } };
        Recommendation r;
        r.summary = PlanSizer::tr("Size postgresql.conf with the %1 profile.").arg(fallback);
        r.postgresProfile = fallback;
        findings << PlanFinding { ps.name, QString(), std::move(f), std::move(r) };
        return; // one for the service: the profile is the service's
    }
}

// Storage over the planning horizon, on the first role's volume (replicas mirror it), and
// each role's class checked again for the volume actually planned (a class's IOPS may grow
// with its size).
void forecastStorage(const SizingEngine& engine, const Plan& plan, const PlannedService& ps, TextCache& texts,
                     ServicePlanSizing& s, QList<PlanFinding>& findings)
{
    const auto& size = s.roles.first().sizing.storage.size;
    if (!size && !ps.volumeSize)
        return;
    const StorageForecast fc = StorageForecaster::forecast(ps, size, plan.horizon);
    if (auto f = StorageForecaster::check(ps, fc, texts))
        findings << PlanFinding { ps.name, QString(), std::move(*f), std::nullopt };
    for (auto& role : s.roles) {
        auto& st = role.sizing.storage;
        const StorageClass* sc = engine.catalog().storageClass(st.storageClass);
        if (!sc)
            continue;
        st.iopsCeiling = Quantity::iops(sc->iops.ceilingFor(fc.volume.raw()));
        auto& fs = role.sizing.findings;
        fs.erase(std::remove_if(fs.begin(), fs.end(),
                                [](const Finding& f) { return f.code == QLatin1String("storage.iops-exceeds-class"); }),
                 fs.end());
        if (auto f = StorageCheck::iopsExceedsClass(role.sizing.serviceName, st, *sc, texts.exact(fc.volume), texts))
            fs << std::move(*f);
    }
    s.storage = fc;
}

// A Kubernetes-style pod name, not a sentence: NAME-i or NAME-ROLE-i, in one allocation.
QString podName(const QString& service, const QString& role, int i)
{
    const QString number = i < 10 ? QString() : QString::number(i);
    QString name;
    name.reserve(service.size() + role.size() + 2 + (i < 10 ? 1 : number.size()));
    name.append(service).append(u'-');
    if (!role.isEmpty())
        name.append(role).append(u'-');
    if (i < 10)
        name.append(QChar(u'0' + i));
    else
        name.append(number);
    return name;
}

// Each role's own findings, and one pod per replica for the cluster fit.
void collectRoles(const PlannedService& ps, const ServicePlanSizing& s, QList<PlanFinding>& findings,
                  QList<PodRequest>& pods)
{
    for (const auto& role : s.roles) {
        for (const auto& f : role.sizing.findings)
            findings << PlanFinding { ps.name, role.role, f, std::nullopt };
        for (int i = 0; i < role.pods; ++i) {
            PodRequest pod;
            pod.service = ps.name;
            pod.name = podName(ps.name, role.role, i);
            pod.cpuRequest = role.sizing.resources.cpuRequest;
            pod.cpuLimit = role.sizing.resources.cpuLimit;
            pod.memoryRequest = role.sizing.resources.memoryRequest;
            pod.memoryLimit = role.sizing.resources.memoryLimit;
            pod.hugePages2Mi = role.sizing.resources.hugePages2Mi.value_or(Quantity::bytes(0));
            pod.nodePool = ps.nodePool;
            pods.append(std::move(pod));
        }
    }
}

// Each measurement beside the role it measured (the service, or a topology's primary and,
// when measured apart, its replicas), its proposals and findings.
void compareMeasured(const SizingEngine& engine, const Plan& plan, const PlannedService& ps, const RolePlans& roles,
                     TextCache& texts, ServicePlanSizing& s, QList<PlanFinding>& findings)
{
    const auto node = MeasuredRecommender::nodeFor(plan.nodePools, ps.nodePool);
    for (qsizetype i = 0; i < s.roles.size() && i < roles.size(); ++i) {
        const RoleSizing& role = s.roles.at(i);
        const bool replica = role.role == roleName(Role::Replica);
        const Measurement* measured = replica ? ps.measurementOf(role.role) : (i == 0 ? ps.measurementOf({}) : nullptr);
        if (!measured)
            continue;
        auto& target = replica ? s.measuredReplica : s.measured;
        target
            = MeasuredRecommender(engine).compare(*measured, role.role, roles.at(i).request, role.sizing, node, texts);
        findings << MeasuredFindings::raise({ plan, ps, role, *target, s.storage }, texts);
    }
}

} // namespace

ServicePlanSizing PlanSizer::sizeService(const Plan& plan, const PlannedService& ps, TextCache& texts,
                                         QList<PlanFinding>& findings, QList<PodRequest>& pods) const
{
    ServicePlanSizing s;
    s.name = ps.name;
    s.kind = ps.request.service;
    ServiceRequest base = ps.request;
    if (!base.qos)
        base.qos = plan.qos;
    if (base.storageClass.isEmpty())
        base.storageClass = plan.defaultStorageClass;
    LoadShares shares;
    RolePlans roles;
    if (ps.topology) {
        shares = loadShares(*ps.topology);
        roles = topologyRoles(base, *ps.topology, shares, s);
    } else {
        const int replicas = base.replicas;
        roles.append(RolePlan { QString(), replicas, std::move(base), 1.0, std::nullopt });
    }
    const ServiceDefinition* definition = m_engine.catalog().service(ps.request.service);
    const bool profiled = definition && definition->settingsFromPostgresProfile();
    if (profiled) {
        for (auto& r : roles) {
            if (r.request.postgresProfile.isEmpty())
                r.request.postgresProfile = plan.postgresProfile;
            r.request.postgres = postgresRoleContext(plan, ps, r.role);
        }
    }
    sizeRoles(m_engine, ps, roles, shares, texts, s);
    if (profiled && s.error.isEmpty())
        resizeForVolume(m_engine, plan, ps, roles, shares, texts, s);
    if (!s.error.isEmpty()) {
        Finding f { QStringLiteral("plan.service-cannot-be-sized"),
                    Severity::Error,
                    s.error,
                    PlanSizer::tr("Correct the service's inputs or resources."),
                    {} };
        findings << PlanFinding { ps.name, QString(), f, std::nullopt };
        return s;
    }
    forecastStorage(m_engine, plan, ps, texts, s, findings);
    collectRoles(ps, s, findings, pods);
    if (ps.measured || ps.measuredReplica)
        compareMeasured(m_engine, plan, ps, roles, texts, s, findings);
    if (ps.topology)
        topologyFindings(ps.name, *ps.topology, shares, s, findings);
    if (profiled)
        profileFinding(ps, s, findings);
    return s;
}

ClusterFitResult PlanSizer::fitCluster(const QList<NodePool>& pools, const QList<PodRequest>& pods,
                                       QList<PlanFinding>& findings)
{
    ClusterFitResult fit = ClusterFit::place(pools, pods);
    for (const auto& u : fit.unplaced) {
        Finding f { QStringLiteral("cluster.pod-unplaced"),
                    Severity::Error,
                    tr("%1 cannot be placed: %2").arg(u.name, u.reason),
                    tr("Add nodes or a larger node pool, or lower the service's requests."),
                    {} };
        findings << PlanFinding { u.service, QString(), f, std::nullopt };
    }
    return fit;
}

PlanSizing PlanSizer::size(const Plan& plan) const
{
    PlanSizing out;
    out.planName = plan.name;
    out.services.reserve(plan.services.size());
    QList<PodRequest> pods;
    pods.reserve(plan.services.size() * 2);
    TextCache texts; // for this run only
    for (const auto& ps : plan.services)
        out.services.append(sizeService(plan, ps, texts, out.findings, pods));
    if (!plan.nodePools.isEmpty())
        out.fit = fitCluster(plan.nodePools, pods, out.findings);
    sortBySeverity(out.findings, [](const PlanFinding& f) { return f.finding.severity; });
    return out;
}

Plan PlanSizer::applyAll(const Plan& plan, const QList<PlanFinding>& findings, QList<PlanFinding>* applied)
{
    Plan result = plan;
    QSet<QString> done; // service and summary: two findings may recommend the same change
    for (const auto& f : findings) {
        if (!f.recommendation)
            continue;
        const QString key = f.service + QLatin1Char('\n') + f.recommendation->summary;
        if (done.contains(key))
            continue;
        done.insert(key);
        result = apply(result, f);
        if (applied)
            applied->append(f);
    }
    return result;
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
    if (r.resources) {
        s->request.cpuLimit = r.resources->cpuLimit;
        s->request.memoryLimit = r.resources->memoryLimit;
        s->request.cpuRequest = r.resources->cpuRequest;
        s->request.memoryRequest = r.resources->memoryRequest;
    }
    if (r.volumeSize)
        s->volumeSize = r.volumeSize;
    if (r.postgresProfile)
        s->request.postgresProfile = *r.postgresProfile;
    return result;
}

} // namespace headroom
