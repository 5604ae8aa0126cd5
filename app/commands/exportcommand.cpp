// SPDX-License-Identifier: Apache-2.0
#include "commands/exportcommand.h"

#include "engine/plansizer.h"
#include "export/exportfolder.h"
#include "measure/printabletext.h"

#include <future>

using namespace headroom;

ExportCommand::ExportCommand()
    : PlanCommand(QStringLiteral("export"), tr("write Helm values, postgresql.conf, pgbouncer.ini and my.cnf"))
{
}

void ExportCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Write a plan's Helm values, postgresql.conf per role, pgbouncer.ini and my.cnf into a folder. Files "
           "edited since Headroom wrote them are left alone unless --force."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("out"), tr("The output folder (created if missing)."), QStringLiteral("DIR") },
        { QStringLiteral("services"), tr("Only these services, comma-separated."), QStringLiteral("a,b") },
        profileOption(),
        { QStringLiteral("format"), tr("conf (default) or alter-system."), QStringLiteral("F") },
        { QStringLiteral("pg-version"), tr("Target PostgreSQL major version (default 16, the chart's)."),
          QStringLiteral("N") },
        { QStringLiteral("force"), tr("Replace files even if they were edited since Headroom wrote them.") },
        { QStringLiteral("allow-findings"),
          tr("Write the files even though the plan has findings of error severity (exit 1 otherwise).") },
        { QStringLiteral("prune"),
          tr("Remove files an earlier export wrote that the plan no longer writes, unless they were edited since.") },
        catalogOption(tr("Read FILE on top of the built-in catalog.")),
    });
}

std::optional<PlanExportOptions> ExportCommand::exportOptions(const QCommandLineParser& parser)
{
    PlanExportOptions options;
    options.headroomVersion = QCoreApplication::applicationVersion();
    if (parser.isSet(QStringLiteral("services")))
        options.services = parser.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Over the plan's own profile, for postgresql.conf and the chart's settings, as the window's
    // Exports tab does; `check --profile` sizes the plan with it.
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("format")))
        options.format = parser.value(QStringLiteral("format"));
    // Not PlanCommand::format(): this --format shapes the files, and an empty one is refused, not defaulted.
    if (options.format != QLatin1String("conf") && options.format != QLatin1String("alter-system"))
        return fail(tr("--format: '%1' is not one of conf, alter-system.").arg(options.format)), std::nullopt;
    if (parser.isSet(QStringLiteral("pg-version"))) {
        bool ok = false;
        options.pgVersion = parser.value(QStringLiteral("pg-version")).toInt(&ok);
        if (!ok || options.pgVersion < 10 || options.pgVersion > 18)
            return fail(tr("--pg-version: '%1' is not a PostgreSQL major version from 10 to 18.")
                            .arg(parser.value(QStringLiteral("pg-version")))),
                   std::nullopt;
    }
    return options;
}

int ExportCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give exactly one plan file."));
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return fail(tr("--out DIR is required."));
    const auto options = exportOptions(parser);
    if (!options)
        return 2;
    // The folder's manifest is read while the plan loads and is sized: neither needs the other.
    std::future<std::optional<ExportManifest>> manifest
        = std::async(std::launch::async,
                     [dir = parser.value(QStringLiteral("out"))] { return ExportFolder::readManifestAhead(dir); });
    // The catalog's own warnings are not repeated here; `headroom check` shows them.
    auto loaded = loadPlan(parser.positionalArguments().first(), parser, true);
    if (!loaded)
        return fail(loaded.error().toString());
    const PlanSizing sizing = PlanSizer(loaded->catalog).size(loaded->plan);
    for (const auto& s : sizing.services) {
        if (!s.error.isEmpty())
            return fail(tr("%1 cannot be sized: %2").arg(s.name, s.error));
    }
    const QList<PlanFinding> blocking = PlanExporter::blockingFindings(sizing, options->services);
    if (!blocking.isEmpty() && !parser.isSet(QStringLiteral("allow-findings")))
        return refuse(blocking);
    // Rendered as the folder needs them: a service whose files are as an earlier export of the
    // same inputs left them is not rendered again.
    const PlanExport source(loaded->plan, sizing, loaded->catalog, *options);
    // Only a whole-plan export knows which files of the folder the plan no longer writes.
    return write(parser, source, options->services.isEmpty(), manifest.get());
}

// Files a plan with error findings would deploy what the findings say will not hold.
int ExportCommand::refuse(const QList<PlanFinding>& findings)
{
    err() << tr("headroom export: %n finding(s) of error severity; nothing written (--allow-findings writes anyway):",
                nullptr, int(findings.size()))
          << Qt::endl;
    for (const auto& f : findings) {
        const QString where = f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
        err() << QStringLiteral("  %1 [%2] %3")
                     .arg(where.isEmpty() ? tr("cluster") : where, printableLine(f.finding.code),
                          printableLine(f.finding.message))
              << Qt::endl;
    }
    return 1;
}

int ExportCommand::write(const QCommandLineParser& parser, const PlanExport& source, bool wholePlan,
                         std::optional<ExportManifest> manifest)
{
    ExportFolderOptions folderOptions;
    folderOptions.force = parser.isSet(QStringLiteral("force"));
    folderOptions.complete = wholePlan;
    folderOptions.prune = parser.isSet(QStringLiteral("prune"));
    auto report = ExportFolder::write(parser.value(QStringLiteral("out")), source, folderOptions, std::move(manifest));
    if (!report) {
        // An option the exporter refuses names the option; the folder's errors name their file.
        const Error& e = report.error();
        return fail(e.keyPath.isEmpty() || !e.location.file.isEmpty()
                        ? e.toString()
                        : QStringLiteral("--%1: %2").arg(e.keyPath, e.message));
    }
    for (const auto& path : report->written)
        out() << tr("wrote %1").arg(path) << Qt::endl;
    for (const auto& path : report->unchanged)
        out() << tr("unchanged %1").arg(path) << Qt::endl;
    for (const auto& path : report->pruned)
        out() << tr("removed %1 (the plan no longer writes it)").arg(path) << Qt::endl;
    for (const auto& path : report->stale)
        err() << tr("headroom export: %1 is from an earlier export and the plan no longer writes it; left in place "
                    "(use --prune to remove it).")
                     .arg(path)
              << Qt::endl;
    for (const auto& path : report->refused)
        err() << tr("headroom export: %1 was edited since Headroom wrote it; left alone (use --force to replace it).")
                     .arg(path)
              << Qt::endl;
    return report->refused.isEmpty() ? 0 : 1;
}
