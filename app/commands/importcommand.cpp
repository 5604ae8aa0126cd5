// SPDX-License-Identifier: Apache-2.0
#include "commands/importcommand.h"

#include "io/planloader.h"
#include "io/planwriter.h"
#include "liveimport/pgconnection.h"
#include "model/quantity.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

using namespace headroom;

namespace {

// Asks on the terminal with echo off; empty when there is no terminal.
QString promptPassword(const QString& prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    QTextStream tty(stderr);
    tty << prompt << Qt::flush;
    termios old {};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    tty << Qt::endl;
    return password;
}

std::optional<Quantity> parseDuration(const QString& text)
{
    auto q = Quantity::parse(Dimension::Duration, text);
    if (!q)
        return std::nullopt;
    return q.value();
}

} // namespace

ImportCommand::ImportCommand()
    : PlanCommand(QStringLiteral("import"), tr("measure a running PostgreSQL and write or update a plan"))
{
}

void ImportCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Measure a running PostgreSQL primary and its replicas (settings, database sizes, connections, commit "
           "and tuple rates over an interval, cache hit ratio, replication lag) and write a plan or update a "
           "service's measured inputs. The role needs pg_monitor. Passwords come from the password file "
           "(~/.pgpass, PGPASSFILE), PGPASSWORD or a prompt and are never written anywhere. A password written "
           "in the connection string is visible to every user of this machine in ps for the whole sample: put it in "
           "the password file instead. Standbys found in pg_stat_replication get no password but the password "
           "file's."));
    parser.addPositionalArgument(QStringLiteral("postgres"), tr("The engine to import from: postgres."));
    parser.addPositionalArgument(QStringLiteral("primary"),
                                 tr("The primary's libpq connection string: key=value, a URI or service=NAME."));
    parser.addOptions({
        { QStringLiteral("replica"),
          tr("A replica's connection string (repeatable). Without it the standbys the primary lists in "
             "pg_stat_replication are tried at the primary's port."),
          QStringLiteral("CONNINFO") },
        { QStringLiteral("interval"), tr("How long to sample the counters, e.g. 30s (default) or 2m."),
          QStringLiteral("D") },
        { QStringLiteral("out"), tr("Write a new plan with what was measured."), QStringLiteral("PLAN") },
        { QStringLiteral("update"), tr("Update the measured inputs of --service in this plan, keeping the rest."),
          QStringLiteral("PLAN") },
        { QStringLiteral("service"),
          tr("The PostgreSQL service: the one --update changes, or the name of the new plan's service (default "
             "postgres)."),
          QStringLiteral("NAME") },
        { QStringLiteral("cache-hit-target"), tr("Cache hit ratio below which a finding is raised (default 99%)."),
          QStringLiteral("P") },
        { QStringLiteral("lag-target"), tr("Replication lag over which a finding is raised (default 1s)."),
          QStringLiteral("D") },
        { QStringLiteral("no-password"), tr("Never prompt for a password.") },
        { QStringLiteral("timeout"),
          tr("How long to wait for a server to connect or to answer a query, e.g. 10s (default)."),
          QStringLiteral("D") },
        catalogOption(tr("Read FILE on top of the built-in catalog.")),
    });
}

std::optional<LiveImportOptions> ImportCommand::importOptions(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("postgres"))
        return fail(tr("the sources are postgres and prometheus: headroom import postgres PRIMARY_CONNINFO, headroom "
                       "import prometheus URL.")),
               std::nullopt;
    if (positional.size() != 2)
        return fail(tr("give exactly one primary connection string, e.g. "
                       "headroom import postgres 'host=db1 user=monitor dbname=postgres'.")),
               std::nullopt;
    const bool update = parser.isSet(QStringLiteral("update"));
    if (update && parser.isSet(QStringLiteral("out")))
        return fail(tr("--out and --update exclude each other.")), std::nullopt;
    if (update && parser.value(QStringLiteral("service")).isEmpty())
        return fail(tr("--update needs --service NAME, the PostgreSQL service to update.")), std::nullopt;
    LiveImportOptions options;
    options.primary = positional.at(1);
    options.replicas = parser.values(QStringLiteral("replica"));
    if (parser.isSet(QStringLiteral("interval"))) {
        const auto interval = parseDuration(parser.value(QStringLiteral("interval")));
        if (!interval || interval->raw() < 1000 || interval->raw() > 3600LL * 1000)
            return fail(tr("--interval: '%1' is not a duration from 1s to 1h, e.g. 30s.")
                            .arg(parser.value(QStringLiteral("interval")))),
                   std::nullopt;
        options.intervalMs = int(interval->raw());
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = parseDuration(parser.value(QStringLiteral("timeout")));
        if (!timeout || timeout->raw() < 1000 || timeout->raw() > 3600LL * 1000)
            return fail(tr("--timeout: '%1' is not a duration from 1s to 1h, e.g. 10s.")
                            .arg(parser.value(QStringLiteral("timeout")))),
                   std::nullopt;
        options.timeoutSeconds = int(timeout->raw() / 1000);
    }
    return options;
}

std::optional<ImportTargets> ImportCommand::targets(const QCommandLineParser& parser)
{
    ImportTargets targets;
    if (parser.isSet(QStringLiteral("cache-hit-target"))) {
        auto p = Quantity::parse(Dimension::Percent, parser.value(QStringLiteral("cache-hit-target")));
        if (!p || p->raw() > 1'000'000)
            return fail(tr("--cache-hit-target: '%1' is not a percentage, e.g. 99%.")
                            .arg(parser.value(QStringLiteral("cache-hit-target")))),
                   std::nullopt;
        targets.cacheHitRatio = double(p->raw()) / 1e6;
    }
    if (parser.isSet(QStringLiteral("lag-target"))) {
        const auto lag = parseDuration(parser.value(QStringLiteral("lag-target")));
        if (!lag)
            return fail(tr("--lag-target: '%1' is not a duration, e.g. 1s.")
                            .arg(parser.value(QStringLiteral("lag-target")))),
                   std::nullopt;
        targets.lagSeconds = double(lag->raw()) / 1000.0;
    }
    return targets;
}

bool ImportCommand::loadExisting(const QCommandLineParser& parser, const QString& service,
                                 std::optional<Plan>& existing, Catalog& effective)
{
    // The plan to update is loaded before measuring, so a typo costs no sampling interval.
    auto catalog = loadCatalog(parser, true);
    if (!catalog)
        return fail(catalog.error().toString()), false;
    effective = catalog.value();
    if (!parser.isSet(QStringLiteral("update")))
        return true;
    PlanLoader loader(catalog.value());
    const QString path = parser.value(QStringLiteral("update"));
    auto plan = loader.loadFile(path);
    for (const auto& warning : loader.warnings())
        warn(warning.toString());
    if (!plan)
        return fail(plan.error().toString()), false;
    if (!plan->service(service))
        return fail(tr("%1 has no service '%2'.").arg(path, service)), false;
    existing = plan.value();
    effective = loader.effectiveCatalog();
    return true;
}

Expected<PgMeasurement> ImportCommand::measure(LiveImportOptions options, bool mayPrompt)
{
    err() << tr("Measuring %1 for %2 s…").arg(PgConnection::redacted(options.primary)).arg(options.intervalMs / 1000)
          << Qt::endl;
    LiveImporter importer(options);
    auto measurement = importer.run();
    if (!measurement && importer.needsPassword() && mayPrompt) {
        // The server asked and neither the conninfo, PGPASSWORD nor the password file had one.
        options.password = promptPassword(tr("Password: "));
        if (!options.password.isEmpty())
            measurement = LiveImporter(options).run();
        options.password.fill(QLatin1Char(' '));
    }
    return measurement;
}

void ImportCommand::printFindings(const QList<PlanFinding>& findings)
{
    out() << Qt::endl << tr("Findings (%1):").arg(findings.size()) << Qt::endl;
    for (const auto& f : findings) {
        out() << QStringLiteral("  %1 %2%3: %4")
                     .arg(severityText(f.finding.severity), f.finding.code,
                          f.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.role), f.finding.message)
              << Qt::endl;
        if (f.recommendation && !f.recommendation->summary.isEmpty())
            out() << tr("    recommendation: %1").arg(f.recommendation->summary) << Qt::endl;
        else if (!f.finding.fix.isEmpty())
            out() << tr("    fix: %1").arg(f.finding.fix) << Qt::endl;
    }
}

int ImportCommand::run(const QCommandLineParser& parser)
{
    const auto options = importOptions(parser);
    if (!options)
        return 2;
    const auto limits = targets(parser);
    if (!limits)
        return 2;
    const bool update = parser.isSet(QStringLiteral("update"));
    const QString service = parser.value(QStringLiteral("service")).isEmpty() ? PlanImporter::defaultServiceName()
                                                                              : parser.value(QStringLiteral("service"));
    std::optional<Plan> existing;
    Catalog effective;
    if (!loadExisting(parser, service, existing, effective))
        return 2;
    const auto measurement = measure(*options, !parser.isSet(QStringLiteral("no-password")));
    if (!measurement)
        return fail(measurement.error().message);

    const PlanImporter planImporter(effective);
    for (const auto& line : PlanImporter::summary(measurement.value()))
        out() << line << Qt::endl;
    Plan plan;
    if (existing) {
        auto updated = planImporter.update(*existing, service, measurement.value());
        if (!updated)
            return fail(updated.error().toString());
        plan = updated.value();
    } else {
        plan = planImporter.newPlan(measurement.value(), service);
    }
    printFindings(planImporter.findings(plan, service, measurement.value(), *limits));

    const QString target = update ? parser.value(QStringLiteral("update")) : parser.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        if (auto error = PlanWriter::save(plan, target))
            return fail(error->toString());
        out() << (update ? tr("Updated %1 in %2.").arg(service, target) : tr("Wrote %1.").arg(target)) << Qt::endl;
    }
    return 0;
}
