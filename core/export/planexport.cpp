// SPDX-License-Identifier: Apache-2.0
#include "export/planexport.h"

#include "export/exportinputhash.h"
#include "export/postgresconfexporter.h"

#include <QHash>
#include <QSet>

namespace headroom {

PlanExport::PlanExport(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog, PlanExportOptions options)
    : m_plan(plan)
    , m_sizing(sizing)
    , m_catalog(catalog)
    , m_options(std::move(options))
{
}

std::optional<Error> PlanExport::check() const
{
    if (!m_options.services.isEmpty()) {
        QSet<QString> names;
        names.reserve(m_plan.services.size());
        for (const auto& s : m_plan.services)
            names.insert(s.name);
        for (const auto& name : m_options.services) {
            if (!names.contains(name)) // PlanExporter::files's own sentence; it renders nothing then
                return PlanExporter::files(m_plan, m_sizing, m_catalog, m_options).error();
        }
    }
    PostgresConfOptions conf;
    conf.profile = m_options.profile;
    conf.format = m_options.format;
    conf.pgVersion = m_options.pgVersion;
    return PostgresConfExporter(m_catalog).checkOptions(conf);
}

QList<ExportUnit> PlanExport::units() const
{
    QHash<QString, const PlannedService*> planned;
    planned.reserve(m_plan.services.size());
    for (const auto& s : m_plan.services)
        planned.insert(s.name, &s);
    const QSet<QString> wanted(m_options.services.cbegin(), m_options.services.cend());
    const ExportInputHash hash(m_plan, m_sizing, m_catalog, m_options);
    QList<ExportUnit> units;
    units.reserve(m_sizing.services.size());
    for (const auto& s : m_sizing.services) {
        if (wanted.isEmpty() || wanted.contains(s.name))
            units << ExportUnit { s.name, hash.of(planned.value(s.name), s) };
    }
    return units;
}

Expected<QList<ExportFile>> PlanExport::render(const QStringList& services) const
{
    PlanExportOptions options = m_options;
    options.services.clear();
    const QSet<QString> wanted(services.cbegin(), services.cend());
    if (wanted.size() == m_sizing.services.size())
        return PlanExporter::files(m_plan, m_sizing, m_catalog, options);
    // The plan and sizing with only these services, copied item by item: filtering copies of
    // the whole (PlanExporter's selection) would copy every service for each batch.
    Plan plan = m_plan;
    plan.services = {};
    for (const auto& s : m_plan.services) {
        if (wanted.contains(s.name))
            plan.services << s;
    }
    PlanSizing sizing = m_sizing;
    sizing.services = {};
    sizing.findings = {};
    for (const auto& s : m_sizing.services) {
        if (wanted.contains(s.name))
            sizing.services << s;
    }
    for (const auto& f : m_sizing.findings) {
        if (f.service.isEmpty() || wanted.contains(f.service))
            sizing.findings << f;
    }
    return PlanExporter::files(plan, sizing, m_catalog, options);
}

int PlanExport::rank(const QString& kind)
{
    static const QStringList order = { QStringLiteral("helm-values"), QStringLiteral("postgresql-conf"),
                                       QStringLiteral("pgbouncer-ini"), QStringLiteral("my-cnf") };
    if (kind == QLatin1String("alter-system"))
        return 1; // in place of postgresql.conf
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

} // namespace headroom
