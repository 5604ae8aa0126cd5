// SPDX-License-Identifier: Apache-2.0
#include "promimport/promplanbuilder.h"

#include <QMap>

#include <algorithm>

namespace headroom {

namespace {

// The role releases Headroom's Helm export names NAME-ROLE (core/export/helmvaluesexporter).
const QStringList kRoleSuffixes = { QStringLiteral("-primary"), QStringLiteral("-replica") };

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
    return service;
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
    QMap<QString, QList<Measurement>> byService;
    for (const auto& s : services) {
        const QString name = serviceFor(plan, s.name);
        if (!name.isEmpty())
            byService[name] << s.measurement;
    }
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        plan.service(it.key())->measured = ImportedService::merged(it.value());
    return byService.keys();
}

} // namespace headroom
