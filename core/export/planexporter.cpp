// SPDX-License-Identifier: Apache-2.0
#include "export/planexporter.h"

#include "export/chartmaploader.h"
#include "export/helmvaluesexporter.h"
#include "export/postgresconfexporter.h"

#include <QHash>
#include <QSet>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace headroom {

namespace {
// The plan and its sizing with only the `wanted` services: each service's files depend on
// the service and the plan's name alone, so a few are rendered without rendering all.
std::pair<Plan, PlanSizing> only(const Plan& plan, const PlanSizing& sizing, const QSet<QString>& wanted)
{
    Plan some = plan;
    some.services.removeIf([&](const PlannedService& s) { return !wanted.contains(s.name); });
    PlanSizing sized = sizing;
    sized.services.removeIf([&](const ServicePlanSizing& s) { return !wanted.contains(s.name); });
    sized.findings.removeIf([&](const PlanFinding& f) { return !f.service.isEmpty() && !wanted.contains(f.service); });
    return { std::move(some), std::move(sized) };
}

// The chart deploys its own postgresql.conf from the values: give it the profile's settings,
// so the Helm release and the exported postgresql.conf say the same.
PlanSizing chartSizing(const PlanSizing& sizing, const QList<RoleConf>& roleConfs)
{
    QHash<std::pair<QString, QString>, const RoleConf*> confOf; // (service, role)
    confOf.reserve(roleConfs.size());
    for (const auto& rc : roleConfs)
        confOf.insert({ rc.service, rc.role }, &rc);
    PlanSizing forCharts = sizing;
    for (auto& service : forCharts.services) {
        for (auto& role : service.roles) {
            const RoleConf* rc = confOf.value({ service.name, role.role });
            if (!rc)
                continue;
            role.sizing.settings.clear();
            for (const auto& s : rc->settings)
                role.sizing.settings << Setting { s.name, s.value, s.explanation };
            if (!role.sizing.postgresProfile)
                role.sizing.postgresProfile.emplace();
            role.sizing.postgresProfile->id = rc->profile;
            role.sizing.postgresProfile->name = rc->profileName;
        }
    }
    return forCharts;
}

} // namespace

Expected<QList<ExportFile>> PlanExporter::files(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                                const PlanExportOptions& options)
{
    if (options.services.isEmpty())
        return filesOf(plan, sizing, catalog, options);
    QSet<QString> names;
    names.reserve(plan.services.size());
    for (const auto& s : plan.services)
        names.insert(s.name);
    for (const auto& name : options.services) {
        if (!names.contains(name)) {
            QStringList all;
            for (const auto& s : plan.services)
                all << s.name;
            return Error { QStringLiteral("the plan has no service '%1'; its services are: %2.")
                               .arg(name, all.join(QStringLiteral(", "))),
                           QStringLiteral("services"),
                           {} };
        }
    }
    const auto [some, sized] = only(plan, sizing, QSet<QString>(options.services.cbegin(), options.services.cend()));
    return filesOf(some, sized, catalog, options);
}

Expected<QList<ExportFile>> PlanExporter::filesOf(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                                  const PlanExportOptions& options)
{
    QList<ExportFile> all;
    PostgresConfOptions conf;
    conf.profile = options.profile;
    conf.format = options.format;
    conf.pgVersion = options.pgVersion;
    conf.headroomVersion = options.headroomVersion;
    const PostgresConfExporter confExporter(catalog);
    auto roleConfs = confExporter.settings(plan, sizing, conf);
    if (!roleConfs)
        return roleConfs.error();

    ChartMapLoader chartLoader;
    auto maps = chartLoader.loadBuiltIn();
    if (!maps)
        return maps.error();
    HelmExportOptions helm;
    helm.headroomVersion = options.headroomVersion;
    HelmExport values = HelmValuesExporter(maps.value()).exportPlan(plan, chartSizing(sizing, roleConfs.value()), helm);
    all.reserve(values.files.size());
    for (auto& f : values.files) {
        all << ExportFile { f.fileName, f.content.toUtf8(), f.serviceName, f.role, QStringLiteral("helm-values") };
        // Let each file's UTF-16 text go once converted: holding the whole export twice
        // over is most of the peak memory of a large plan.
        f = HelmValuesFile {};
    }
    values = HelmExport {};
#ifdef __GLIBC__
    // The values were rendered on pool threads, in malloc arenas of their own, and freed here;
    // glibc keeps those pages until asked, which adds the whole rendered text to the peak.
    ::malloc_trim(0);
#endif

    auto confFiles = confExporter.exportFiles(plan, roleConfs.value(), conf);
    if (!confFiles)
        return confFiles.error();
    all << confFiles.value();
    all << exportPgBouncer(plan, sizing, options.headroomVersion);
    all << exportMySqlConf(plan, sizing, options.headroomVersion);
    return all;
}

QList<PlanFinding> PlanExporter::blockingFindings(const PlanSizing& sizing, const QStringList& services)
{
    QList<PlanFinding> out;
    const QSet<QString> wanted(services.cbegin(), services.cend());
    for (const auto& f : sizing.findings) {
        if (f.finding.severity != Severity::Error)
            continue;
        if (f.service.isEmpty() || wanted.isEmpty() || wanted.contains(f.service))
            out << f;
    }
    return out;
}

} // namespace headroom
