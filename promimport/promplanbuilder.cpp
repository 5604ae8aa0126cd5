// SPDX-License-Identifier: Apache-2.0
#include "promimport/promplanbuilder.h"

#include "measure/planimporter.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace headroom {

namespace {

// The role releases Headroom's Helm export names NAME-ROLE (core/export/helmvaluesexporter).
const QStringList kRoleSuffixes = { QStringLiteral("-primary"), QStringLiteral("-replica") };

const QString kReplicaSuffix = QStringLiteral("-replica");

// The release Headroom's Helm export names for the replicas of a service's topology.
bool isReplicaRelease(const PlannedService& service, const ImportedService& release)
{
    return release.name == service.name + kReplicaSuffix;
}

// postgres_exporter's figures as the load PlanImporter takes: the commit rate at p95 and
// the most client connections seen.
std::optional<PlanImporter::RoleLoad> loadOf(const Measurement& m)
{
    const EngineMeasurement& e = m.engine;
    if (!e.commitsPerSecond && !e.connections)
        return std::nullopt;
    return PlanImporter::RoleLoad { e.commitsPerSecond ? double(e.commitsPerSecond->p95.raw()) : 0.0,
                                    e.connections ? int(std::min<std::int64_t>(e.connections->max.raw(), INT_MAX))
                                                  : 0 };
}

} // namespace

PromPlanBuilder::PromPlanBuilder(Catalog catalog, QList<ChartMap> charts)
    : m_catalog(std::move(catalog))
    , m_charts(std::move(charts))
{
}

void PromPlanBuilder::resolveKinds(QList<ImportedService>& services) const
{
    for (auto& s : services) {
        const auto map
            = std::find_if(m_charts.cbegin(), m_charts.cend(), [&s](const ChartMap& m) { return m.chart == s.chart; });
        s.kind = map != m_charts.cend() && m_catalog.service(map->service) ? map->service : QString();
    }
}

PlannedService PromPlanBuilder::serviceOf(const ImportedService& s) const
{
    const Measurement& m = s.measurement;
    PlannedService service;
    service.name = s.name;
    service.request.service = s.kind;
    service.request.cpuLimit = m.limits.cpu;
    service.request.memoryLimit = m.limits.memory;
    service.request.cpuRequest = m.requests.cpu;
    service.request.memoryRequest = m.requests.memory;
    if (!m.limits.cpu || !m.limits.memory) {
        // Without both limits deployed the catalog's middle size stands in for the rest.
        const QStringList sizes = m_catalog.workloadSizeIds();
        service.request.size
            = sizes.contains(QStringLiteral("medium")) ? QStringLiteral("medium") : sizes.value(sizes.size() / 2);
    }
    service.request.replicas = std::max(1, m.pods);
    service.measured = m;
    feedPostgresLoad(service, { &s });
    return service;
}

void PromPlanBuilder::storeMeasurements(PlannedService& service, const QList<const ImportedService*>& releases)
{
    // A topology's NAME-replica release is its replicas' measurement, compared with the
    // replica role's sizing; everything else is the service's (or its primary's).
    QList<Measurement> own;
    QList<Measurement> replicas;
    for (const ImportedService* r : releases)
        (service.topology && isReplicaRelease(service, *r) ? replicas : own) << r->measurement;
    service.measured.reset();
    service.measuredReplica.reset();
    if (!own.isEmpty())
        service.measured = ImportedService::merged(own);
    if (!replicas.isEmpty())
        service.measuredReplica = ImportedService::merged(replicas);
}

void PromPlanBuilder::feedPostgresLoad(PlannedService& service, const QList<const ImportedService*>& releases)
{
    if (service.request.service != QLatin1String("postgresql"))
        return;
    std::optional<PlanImporter::RoleLoad> primary;
    QList<PlanImporter::RoleLoad> replicas;
    int replicaPods = 0;
    qint64 windowMs = 0;
    for (const ImportedService* r : releases) {
        const auto load = loadOf(r->measurement);
        if (!load)
            continue;
        windowMs = std::max(windowMs, qint64(r->measurement.window.raw()));
        if (isReplicaRelease(service, *r)) {
            replicas << *load;
            replicaPods += std::max(1, r->measurement.pods);
        } else {
            primary = load;
        }
    }
    if (!primary && replicas.isEmpty())
        return;
    if (!service.topology) {
        service.topology = PostgresTopology();
        service.topology->readReplicas = replicaPods;
    }
    PlanImporter::setMeasuredLoad(*service.topology, primary.value_or(PlanImporter::RoleLoad {}), replicas,
                                  double(windowMs) / 1000.0);
}

Plan PromPlanBuilder::newPlan(const QList<ImportedService>& services, const QString& source, QStringList& skipped) const
{
    Plan plan;
    plan.name = tr("Imported from %1").arg(source);
    plan.notes = tr("Measured by headroom import prometheus: resources are the deployed requests and limits, "
                    "usage is under each service's measured.");
    for (const auto& s : services) {
        if (s.kind.isEmpty()) {
            skipped << tr("%1 (namespace %2): no chart Headroom knows ('%3')").arg(s.name, s.ns, s.chart);
            continue;
        }
        PlannedService service = serviceOf(s);
        if (plan.service(service.name))
            service.name = QStringLiteral("%1-%2").arg(s.name, s.ns);
        if (plan.service(service.name)) {
            skipped << tr("%1 (namespace %2): the name is taken").arg(s.name, s.ns);
            continue;
        }
        plan.services << service;
    }
    return plan;
}

QString PromPlanBuilder::serviceFor(const Plan& plan, const QString& release)
{
    if (plan.service(release))
        return release;
    for (const auto& suffix : kRoleSuffixes) {
        if (release.endsWith(suffix) && plan.service(release.chopped(suffix.size())))
            return release.chopped(suffix.size());
    }
    return {};
}

QStringList PromPlanBuilder::update(Plan& plan, const QList<ImportedService>& services) const
{
    QMap<QString, QList<const ImportedService*>> byService;
    for (const auto& s : services) {
        const QString name = serviceFor(plan, s.name);
        if (!name.isEmpty())
            byService[name] << &s;
    }
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        PlannedService& service = *plan.service(it.key());
        // The load first: a PostgreSQL service it gives a topology is then measured per role.
        feedPostgresLoad(service, it.value());
        storeMeasurements(service, it.value());
    }
    return byService.keys();
}

} // namespace headroom
