#include "planexporter.h"

#include "postgresconfexporter.h"

namespace headroom {

Expected<QList<ExportFile>> PlanExporter::files(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                                const PlanExportOptions& options)
{
    for (const auto& name : options.services) {
        if (!plan.service(name)) {
            QStringList names;
            for (const auto& s : plan.services)
                names << s.name;
            return Error { QStringLiteral("the plan has no service '%1'; its services are: %2.")
                               .arg(name, names.join(QStringLiteral(", "))),
                           QStringLiteral("services"), {} };
        }
    }
    QList<ExportFile> all;
    PostgresConfOptions conf;
    conf.profile = options.profile;
    conf.format = options.format;
    conf.pgVersion = options.pgVersion;
    conf.headroomVersion = options.headroomVersion;
    auto confFiles = PostgresConfExporter(catalog).exportFiles(plan, sizing, conf);
    if (!confFiles)
        return confFiles.error();
    all << confFiles.value();
    all << exportPgBouncer(plan, sizing, options.headroomVersion);
    all << exportMySqlConf(plan, sizing, options.headroomVersion);

    if (options.services.isEmpty())
        return all;
    QList<ExportFile> selected;
    for (const auto& f : std::as_const(all)) {
        if (options.services.contains(f.service))
            selected << f;
    }
    return selected;
}

} // namespace headroom
