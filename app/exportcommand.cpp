#include "exportcommand.h"

#include "io/catalogloader.h"
#include "export/exportfolder.h"
#include "export/planexporter.h"
#include "io/planloader.h"
#include "engine/plansizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace headroom;

namespace {

// The translation context of the export command's messages (lupdate cannot see a free ExportCommand::tr()).
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(QTextStream& err, const QString& message)
{
    err << QStringLiteral("headroom export: %1").arg(message) << Qt::endl;
    return 2;
}

} // namespace

int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Write a plan's Helm values, postgresql.conf per role, pgbouncer.ini and my.cnf into a folder. Files "
           "edited since Headroom wrote them are left alone unless --force."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), ExportCommand::tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("out"), ExportCommand::tr("The output folder (created if missing)."), QStringLiteral("DIR") },
        { QStringLiteral("services"), ExportCommand::tr("Only these services, comma-separated."), QStringLiteral("a,b") },
        { QStringLiteral("profile"), ExportCommand::tr("postgresql.conf rules: headroom (default), guide, pgtune, casestudy or a "
                                        "profile of your catalog."),
          QStringLiteral("P") },
        { QStringLiteral("format"), ExportCommand::tr("conf (default) or alter-system."), QStringLiteral("F") },
        { QStringLiteral("pg-version"), ExportCommand::tr("Target PostgreSQL major version (default 16, the chart's)."),
          QStringLiteral("N") },
        { QStringLiteral("force"), ExportCommand::tr("Replace files even if they were edited since Headroom wrote them.") },
        { QStringLiteral("catalog"), ExportCommand::tr("Read FILE on top of the built-in catalog."), QStringLiteral("FILE") },
    });
    if (!parser.parse(arguments))
        return fail(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(err, ExportCommand::tr("give exactly one plan file."));
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return fail(err, ExportCommand::tr("--out DIR is required."));

    PlanExportOptions options;
    options.headroomVersion = QCoreApplication::applicationVersion();
    if (parser.isSet(QStringLiteral("services")))
        options.services = parser.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("format")))
        options.format = parser.value(QStringLiteral("format"));
    if (options.format != QLatin1String("conf") && options.format != QLatin1String("alter-system"))
        return fail(err, ExportCommand::tr("--format: '%1' is not one of conf, alter-system.").arg(options.format));
    if (parser.isSet(QStringLiteral("pg-version"))) {
        bool ok = false;
        options.pgVersion = parser.value(QStringLiteral("pg-version")).toInt(&ok);
        if (!ok || options.pgVersion < 10 || options.pgVersion > 18)
            return fail(err, ExportCommand::tr("--pg-version: '%1' is not a PostgreSQL major version from 10 to 18.")
                                 .arg(parser.value(QStringLiteral("pg-version"))));
    }

    CatalogLoader catalogLoader;
    auto catalog = parser.isSet(QStringLiteral("catalog"))
        ? catalogLoader.loadWithOverride(parser.value(QStringLiteral("catalog")))
        : catalogLoader.loadBuiltIn();
    if (!catalog)
        return fail(err, catalog.error().toString());
    PlanLoader loader(catalog.value());
    auto plan = loader.loadFile(parser.positionalArguments().first());
    for (const auto& w : loader.warnings())
        err << ExportCommand::tr("warning: %1").arg(w.toString()) << Qt::endl;
    if (!plan)
        return fail(err, plan.error().toString());
    const Catalog& effective = loader.effectiveCatalog();
    const PlanSizing sizing = PlanSizer(effective).size(plan.value());
    for (const auto& s : sizing.services) {
        if (!s.error.isEmpty())
            return fail(err, ExportCommand::tr("%1 cannot be sized: %2").arg(s.name, s.error));
    }
    auto files = PlanExporter::files(plan.value(), sizing, effective, options);
    if (!files) {
        const Error& e = files.error();
        return fail(err, e.keyPath.isEmpty() || !e.location.file.isEmpty()
                             ? e.toString()
                             : QStringLiteral("--%1: %2").arg(e.keyPath, e.message));
    }
    auto report = ExportFolder::write(parser.value(QStringLiteral("out")), files.value(),
                                      parser.isSet(QStringLiteral("force")));
    if (!report)
        return fail(err, report.error().toString());
    for (const auto& path : report->written)
        out << ExportCommand::tr("wrote %1").arg(path) << Qt::endl;
    for (const auto& path : report->unchanged)
        out << ExportCommand::tr("unchanged %1").arg(path) << Qt::endl;
    for (const auto& path : report->refused)
        err << ExportCommand::tr("headroom export: %1 was edited since Headroom wrote it; left alone (use --force to replace it).")
                   .arg(path)
            << Qt::endl;
    return report->refused.isEmpty() ? 0 : 1;
}
