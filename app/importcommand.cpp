#include "importcommand.h"

#include "io/catalogloader.h"
#include "liveimport/liveimporter.h"
#include "liveimport/pgconnection.h"
#include "measure/planimporter.h"
#include "io/planloader.h"
#include "io/planwriter.h"
#include "model/quantity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace headroom;

namespace {

// A named context, so that lupdate extracts these strings and the program looks them up there.
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

int fail(QTextStream& err, const QString& message)
{
    err << QStringLiteral("headroom import: %1").arg(message) << Qt::endl;
    return 2;
}

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

int runImportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportCommand::tr("Measure a running PostgreSQL primary and its replicas (settings, database sizes, connections, commit "
           "and tuple rates over an interval, cache hit ratio, replication lag) and write a plan or update a "
           "service's measured inputs. The role needs pg_monitor. Passwords come from the password file "
           "(~/.pgpass, PGPASSFILE), PGPASSWORD or a prompt and are never written anywhere. A password written "
           "in the connection string is visible to every user of this machine in ps for the whole sample: put it in "
           "the password file instead. Standbys found in pg_stat_replication get no password but the password "
           "file's."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("postgres"), ImportCommand::tr("The engine to import from: postgres."));
    parser.addPositionalArgument(QStringLiteral("primary"),
                                 ImportCommand::tr("The primary's libpq connection string: key=value, a URI or service=NAME."));
    parser.addOptions({
        { QStringLiteral("replica"),
          ImportCommand::tr("A replica's connection string (repeatable). Without it the standbys the primary lists in "
             "pg_stat_replication are tried at the primary's port."),
          QStringLiteral("CONNINFO") },
        { QStringLiteral("interval"), ImportCommand::tr("How long to sample the counters, e.g. 30s (default) or 2m."),
          QStringLiteral("D") },
        { QStringLiteral("out"), ImportCommand::tr("Write a new plan with what was measured."), QStringLiteral("PLAN") },
        { QStringLiteral("update"), ImportCommand::tr("Update the measured inputs of --service in this plan, keeping the rest."),
          QStringLiteral("PLAN") },
        { QStringLiteral("service"),
          ImportCommand::tr("The PostgreSQL service: the one --update changes, or the name of the new plan's service (default "
             "postgres)."),
          QStringLiteral("NAME") },
        { QStringLiteral("cache-hit-target"), ImportCommand::tr("Cache hit ratio below which a finding is raised (default 99%)."),
          QStringLiteral("P") },
        { QStringLiteral("lag-target"), ImportCommand::tr("Replication lag over which a finding is raised (default 1s)."),
          QStringLiteral("D") },
        { QStringLiteral("no-password"), ImportCommand::tr("Never prompt for a password.") },
        { QStringLiteral("timeout"),
          ImportCommand::tr("How long to wait for a server to connect or to answer a query, e.g. 10s (default)."),
          QStringLiteral("D") },
        { QStringLiteral("catalog"), ImportCommand::tr("Read FILE on top of the built-in catalog."), QStringLiteral("FILE") },
    });
    if (!parser.parse(arguments))
        return fail(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != QLatin1String("postgres"))
        return fail(err, ImportCommand::tr("the only source is postgres: headroom import postgres PRIMARY_CONNINFO."));
    if (positional.size() != 2)
        return fail(err, ImportCommand::tr("give exactly one primary connection string, e.g. "
                            "headroom import postgres 'host=db1 user=monitor dbname=postgres'."));
    const bool update = parser.isSet(QStringLiteral("update"));
    if (update && parser.isSet(QStringLiteral("out")))
        return fail(err, ImportCommand::tr("--out and --update exclude each other."));
    if (update && parser.value(QStringLiteral("service")).isEmpty())
        return fail(err, ImportCommand::tr("--update needs --service NAME, the PostgreSQL service to update."));

    LiveImportOptions options;
    options.primary = positional.at(1);
    options.replicas = parser.values(QStringLiteral("replica"));
    if (parser.isSet(QStringLiteral("interval"))) {
        const auto interval = parseDuration(parser.value(QStringLiteral("interval")));
        if (!interval || interval->raw() < 1000 || interval->raw() > 3600 * 1000)
            return fail(err, ImportCommand::tr("--interval: '%1' is not a duration from 1s to 1h, e.g. 30s.")
                                 .arg(parser.value(QStringLiteral("interval"))));
        options.intervalMs = int(interval->raw());
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = parseDuration(parser.value(QStringLiteral("timeout")));
        if (!timeout || timeout->raw() < 1000 || timeout->raw() > 3600 * 1000)
            return fail(err, ImportCommand::tr("--timeout: '%1' is not a duration from 1s to 1h, e.g. 10s.")
                                 .arg(parser.value(QStringLiteral("timeout"))));
        options.timeoutSeconds = int(timeout->raw() / 1000);
    }
    ImportTargets targets;
    if (parser.isSet(QStringLiteral("cache-hit-target"))) {
        auto p = Quantity::parse(Dimension::Percent, parser.value(QStringLiteral("cache-hit-target")));
        if (!p || p->raw() > 1'000'000)
            return fail(err, ImportCommand::tr("--cache-hit-target: '%1' is not a percentage, e.g. 99%.")
                                 .arg(parser.value(QStringLiteral("cache-hit-target"))));
        targets.cacheHitRatio = double(p->raw()) / 1e6;
    }
    if (parser.isSet(QStringLiteral("lag-target"))) {
        const auto lag = parseDuration(parser.value(QStringLiteral("lag-target")));
        if (!lag)
            return fail(err, ImportCommand::tr("--lag-target: '%1' is not a duration, e.g. 1s.")
                                 .arg(parser.value(QStringLiteral("lag-target"))));
        targets.lagSeconds = double(lag->raw()) / 1000.0;
    }

    // Load the plan to update before measuring, so a typo costs no sampling interval.
    CatalogLoader catalogLoader;
    auto catalog = parser.isSet(QStringLiteral("catalog"))
        ? catalogLoader.loadWithOverride(parser.value(QStringLiteral("catalog")))
        : catalogLoader.loadBuiltIn();
    if (!catalog)
        return fail(err, catalog.error().toString());
    std::optional<Plan> existing;
    Catalog effective = catalog.value();
    const QString service = parser.value(QStringLiteral("service")).isEmpty() ? PlanImporter::defaultServiceName()
                                                                            : parser.value(QStringLiteral("service"));
    if (update) {
        PlanLoader loader(catalog.value());
        auto plan = loader.loadFile(parser.value(QStringLiteral("update")));
        for (const auto& warning : loader.warnings())
            err << ImportCommand::tr("warning: %1").arg(warning.toString()) << Qt::endl;
        if (!plan)
            return fail(err, plan.error().toString());
        if (!plan->service(service))
            return fail(err, ImportCommand::tr("%1 has no service '%2'.").arg(parser.value(QStringLiteral("update")), service));
        existing = plan.value();
        effective = loader.effectiveCatalog();
    }

    err << ImportCommand::tr("Measuring %1 for %2 s…").arg(PgConnection::redacted(options.primary)).arg(options.intervalMs / 1000)
        << Qt::endl;
    LiveImporter importer(options);
    auto measurement = importer.run();
    if (!measurement && importer.needsPassword() && !parser.isSet(QStringLiteral("no-password"))) {
        // The server asked and neither the conninfo, PGPASSWORD nor the password file had one.
        options.password = promptPassword(ImportCommand::tr("Password: "));
        if (!options.password.isEmpty())
            measurement = LiveImporter(options).run();
        options.password.fill(QLatin1Char(' '));
    }
    if (!measurement)
        return fail(err, measurement.error().message);

    const PlanImporter planImporter(effective);
    for (const auto& line : PlanImporter::summary(measurement.value()))
        out << line << Qt::endl;

    Plan plan;
    if (existing) {
        auto updated = planImporter.update(*existing, service, measurement.value());
        if (!updated)
            return fail(err, updated.error().toString());
        plan = updated.value();
    } else {
        plan = planImporter.newPlan(measurement.value(), service);
    }

    const QList<PlanFinding> findings = planImporter.findings(plan, service, measurement.value(), targets);
    out << Qt::endl << ImportCommand::tr("Findings (%1):").arg(findings.size()) << Qt::endl;
    for (const auto& f : findings) {
        out << QStringLiteral("  %1 %2%3: %4")
                   .arg(severityText(f.finding.severity), f.finding.code,
                        f.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.role), f.finding.message)
            << Qt::endl;
        if (f.recommendation && !f.recommendation->summary.isEmpty())
            out << ImportCommand::tr("    recommendation: %1").arg(f.recommendation->summary) << Qt::endl;
        else if (!f.finding.fix.isEmpty())
            out << ImportCommand::tr("    fix: %1").arg(f.finding.fix) << Qt::endl;
    }

    const QString target = update ? parser.value(QStringLiteral("update")) : parser.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        if (auto error = PlanWriter::save(plan, target))
            return fail(err, error->toString());
        out << (update ? ImportCommand::tr("Updated %1 in %2.").arg(service, target) : ImportCommand::tr("Wrote %1.").arg(target)) << Qt::endl;
    }
    return 0;
}
