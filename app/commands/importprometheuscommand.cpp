// SPDX-License-Identifier: Apache-2.0
#include "commands/importprometheuscommand.h"

#include "engine/plansizer.h"
#include "export/chartmaploader.h"
#include "io/planwriter.h"
#include "model/quantity.h"
#include "promimport/promclient.h"
#include "promimport/promimporter.h"
#include "promimport/promjson.h"
#include "promimport/promplanbuilder.h"
#include "report/planreport.h"
#include "translations/translationloader.h"

using namespace headroom;

namespace {

QString cpuText(const std::optional<Quantity>& q)
{
    return q ? q->toDisplayString() : QStringLiteral("-");
}

QString percentText(const std::optional<Quantity>& q)
{
    return q ? QStringLiteral("%1%").arg(double(q->raw()) / 1e4, 0, 'f', 1) : QStringLiteral("-");
}

QString row(const QStringList& cells, const QList<int>& widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i)
        line += QStringLiteral("%1  ").arg(cells.at(i), -widths.value(i));
    return line.trimmed();
}

} // namespace

ImportPrometheusCommand::ImportPrometheusCommand()
    : PlanCommand(QStringLiteral("import prometheus"),
                  tr("measure usage from Prometheus, Thanos or Mimir and write or update a plan"),
                  { QStringLiteral("text"), QStringLiteral("json") })
{
}

void ImportPrometheusCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Find the Helm releases kube-state-metrics reports (kube_pod_labels with app.kubernetes.io/instance and "
           "app.kubernetes.io/name) and measure each over the window through a Prometheus-compatible HTTP API: CPU "
           "and memory p50/p95/p99/max per pod, CPU throttling, OOM kills, restarts, deployed requests and limits, "
           "volumes and their growth. The server computes every figure. Credentials are read from files only and "
           "are never printed or written. docs/IMPORT.md lists the queries."));
    parser.addPositionalArgument(QStringLiteral("prometheus"), tr("The source to import from: prometheus."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("The server's base URL, e.g. http://prometheus:9090 or "
                                    "https://mimir/prometheus."));
    parser.addOptions({
        { QStringLiteral("selector"), tr("Label matchers over kube_pod_labels, e.g. {namespace=\"prod\"}."),
          QStringLiteral("S") },
        { QStringLiteral("window"), tr("How far back to measure, e.g. 14d (default) or 36h."), QStringLiteral("D") },
        { QStringLiteral("at"), tr("The end of the window: an ISO 8601 time or Unix seconds (default now)."),
          QStringLiteral("TIME") },
        { QStringLiteral("step"), tr("The resolution of the percentiles, e.g. 5m (default)."), QStringLiteral("D") },
        { QStringLiteral("plan"), tr("Match the releases against this plan's services."), QStringLiteral("PLAN") },
        { QStringLiteral("out"), tr("Write a new plan with a service per release."), QStringLiteral("PLAN") },
        { QStringLiteral("update"), tr("Store the measurement of each matched service in this plan, keeping the rest."),
          QStringLiteral("PLAN") },
        { QStringLiteral("token-file"), tr("Send the bearer token this file holds."), QStringLiteral("F") },
        { QStringLiteral("user"), tr("Basic authentication user (with --password-file)."), QStringLiteral("U") },
        { QStringLiteral("password-file"), tr("Basic authentication password, read from this file."),
          QStringLiteral("F") },
        { QStringLiteral("ca-file"), tr("Trust the PEM certificates in this file for HTTPS."), QStringLiteral("F") },
        { QStringLiteral("org-id"),
          tr("Send this tenant ID as X-Scope-OrgID, as Mimir and Cortex require (several joined by |)."),
          QStringLiteral("TENANT") },
        { QStringLiteral("timeout"), tr("How long to wait for one answer, e.g. 30s (default)."), QStringLiteral("D") },
        { QStringLiteral("format"), tr("Output format: text (default) or json."), QStringLiteral("FORMAT") },
        catalogOption(tr("Read FILE on top of the built-in catalog.")),
    });
}

std::optional<PromImportOptions> ImportPrometheusCommand::importOptions(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(tr("give exactly one server URL, e.g. headroom import prometheus http://prometheus:9090.")),
               std::nullopt;
    PromImportOptions options;
    options.url = QUrl(positional.at(1), QUrl::StrictMode);
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || options.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(tr("URL: '%1' is not an http or https URL.").arg(positional.at(1))), std::nullopt;
    if (!options.url.userInfo().isEmpty())
        return fail(tr("URL: credentials in the URL are visible in the process list; use --user with "
                       "--password-file, or --token-file.")),
               std::nullopt;
    const auto selector = PromImportOptions::parseSelector(parser.value(QStringLiteral("selector")));
    if (!selector)
        return fail(selector.error().message), std::nullopt;
    options.selector = selector.value();
    if (parser.isSet(QStringLiteral("out")) && parser.isSet(QStringLiteral("update")))
        return fail(tr("--out and --update exclude each other.")), std::nullopt;
    if (!readTimes(parser, options) || !readCredentials(parser, options))
        return std::nullopt;
    return options;
}

bool ImportPrometheusCommand::readTimes(const QCommandLineParser& parser, PromImportOptions& options)
{
    const QString window = parser.value(QStringLiteral("window"));
    if (!window.isEmpty()) {
        const auto s = PromImportOptions::secondsFrom(window);
        if (!s || *s < 600 || *s > 366LL * 86400)
            return fail(tr("--window: '%1' is not a duration from 10m to 1y, e.g. 14d.").arg(window)), false;
        options.windowSeconds = *s;
    }
    const QString step = parser.value(QStringLiteral("step"));
    if (!step.isEmpty()) {
        const auto s = PromImportOptions::secondsFrom(step);
        if (!s || *s < 1 || *s > options.windowSeconds / 2)
            return fail(tr("--step: '%1' is not a duration from 1s to half the window, e.g. 5m.").arg(step)), false;
        options.stepSeconds = *s;
    }
    const QString at = parser.value(QStringLiteral("at"));
    options.at = QDateTime::currentDateTimeUtc();
    if (!at.isEmpty()) {
        options.at = PromImportOptions::timeFrom(at);
        if (!options.at.isValid())
            return fail(tr("--at: '%1' is not an ISO 8601 time or Unix seconds, e.g. 2026-05-01T12:00:00Z.").arg(at)),
                   false;
    }
    const QString timeout = parser.value(QStringLiteral("timeout"));
    if (!timeout.isEmpty()) {
        const auto t = Quantity::parse(Dimension::Duration, timeout);
        if (!t || t->raw() < 100 || t->raw() > 3600LL * 1000)
            return fail(tr("--timeout: '%1' is not a duration from 100ms to 1h, e.g. 30s.").arg(timeout)), false;
        options.timeoutMs = int(t->raw());
    }
    return true;
}

bool ImportPrometheusCommand::readCredentials(const QCommandLineParser& parser, PromImportOptions& options)
{
    const bool token = parser.isSet(QStringLiteral("token-file"));
    const bool user = parser.isSet(QStringLiteral("user"));
    if (token && user)
        return fail(tr("--token-file and --user exclude each other.")), false;
    if (user != parser.isSet(QStringLiteral("password-file")))
        return fail(tr("--user and --password-file go together.")), false;
    if (parser.isSet(QStringLiteral("org-id"))) {
        const auto orgId = PromImportOptions::orgIdFrom(parser.value(QStringLiteral("org-id")));
        if (!orgId)
            return fail(orgId.error().message), false;
        options.orgId = orgId.value();
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const auto certificates = PromImportOptions::caCertificatesFrom(parser.value(QStringLiteral("ca-file")),
                                                                        QStringLiteral("--ca-file"));
        if (!certificates)
            return fail(certificates.error().message), false;
        options.caCertificates = certificates.value();
    }
    if (!token && !user)
        return true;
    const auto header = token ? PromImportOptions::bearerFrom(parser.value(QStringLiteral("token-file")))
                              : PromImportOptions::basicFrom(parser.value(QStringLiteral("user")),
                                                             parser.value(QStringLiteral("password-file")));
    if (!header)
        return fail(header.error().message), false;
    options.authorization = header.value();
    return true;
}

bool ImportPrometheusCommand::loadTarget(const QCommandLineParser& parser, std::optional<LoadedPlan>& loaded)
{
    const QString path = parser.isSet(QStringLiteral("update")) ? parser.value(QStringLiteral("update"))
                                                                : parser.value(QStringLiteral("plan"));
    if (path.isEmpty())
        return true;
    auto plan = loadPlan(path, parser);
    if (!plan)
        return fail(plan.error().toString()), false;
    loaded = plan.value();
    return true;
}

QList<PlanFinding> ImportPrometheusCommand::measuredFindings(const QList<ImportedService>& services,
                                                             const std::optional<LoadedPlan>& loaded,
                                                             const Catalog& catalog, const QList<ChartMap>& charts,
                                                             const QString& source)
{
    // The plan --update (or --plan) would hold, else the one --out would write.
    Plan plan;
    const Catalog& effective = loaded ? loaded->catalog : catalog;
    if (loaded) {
        plan = loaded->plan;
        PromPlanBuilder(effective, charts).update(plan, services);
    } else {
        QStringList skipped;
        plan = PromPlanBuilder(effective, charts).newPlan(services, source, skipped);
    }
    QList<PlanFinding> findings = PlanSizer(effective).size(plan).findings;
    findings.removeIf([](const PlanFinding& f) { return !f.finding.code.startsWith(QLatin1String("measured.")); });
    return findings;
}

void ImportPrometheusCommand::printText(const QList<ImportedService>& services, const Plan* plan)
{
    const QStringList header
        = { tr("RELEASE"), tr("NAMESPACE"), tr("KIND"), tr("PODS"),     tr("CPU P95"),  tr("CPU MAX"), tr("MEM P95"),
            tr("MEM MAX"), tr("THROTTLED"), tr("OOM"),  tr("RESTARTS"), tr("REQUESTS"), tr("LIMITS"),  tr("PLAN") };
    QList<QStringList> rows { header };
    for (const auto& s : services) {
        const Measurement& m = s.measurement;
        const auto pair
            = [](const DeployedResources& r) { return QStringLiteral("%1/%2").arg(cpuText(r.cpu), cpuText(r.memory)); };
        const QString matched = plan ? PromPlanBuilder::serviceFor(*plan, s.name) : QString();
        rows << QStringList { s.name,
                              s.ns,
                              s.kind.isEmpty() ? QStringLiteral("-") : s.kind,
                              QString::number(m.pods),
                              m.cpu ? cpuText(m.cpu->p95) : QStringLiteral("-"),
                              m.cpu ? cpuText(m.cpu->max) : QStringLiteral("-"),
                              m.memory ? cpuText(m.memory->p95) : QStringLiteral("-"),
                              m.memory ? cpuText(m.memory->max) : QStringLiteral("-"),
                              percentText(m.throttled),
                              QString::number(m.oomKills),
                              QString::number(m.restarts),
                              pair(m.requests),
                              pair(m.limits),
                              matched.isEmpty() ? QStringLiteral("-") : matched };
    }
    QList<int> widths(header.size(), 0);
    for (const auto& r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths.at(i), int(r.at(i).size()));
    for (const auto& r : rows)
        out() << row(r, widths) << Qt::endl;
    printVolumes(services);
    printEngines(services);
}

void ImportPrometheusCommand::printEngines(const QList<ImportedService>& services)
{
    for (const auto& s : services) {
        const EngineMeasurement& e = s.measurement.engine;
        if (e.commitsPerSecond)
            out() << tr("%1: %2 commits a second at p95, %3 at most (postgres_exporter)")
                         .arg(s.name, e.commitsPerSecond->p95.toDisplayString(),
                              e.commitsPerSecond->max.toDisplayString())
                  << Qt::endl;
        if (e.connections)
            out() << tr("%1: %2 client connections at p95, %3 at most (postgres_exporter)")
                         .arg(s.name, e.connections->p95.toDisplayString(), e.connections->max.toDisplayString())
                  << Qt::endl;
        if (e.usedMemory)
            out() << tr("%1: Redis used %2 at p95, %3 at most, of maxmemory %4 (redis_exporter)")
                         .arg(s.name, e.usedMemory->p95.toDisplayString(), e.usedMemory->max.toDisplayString(),
                              e.maxMemory && e.maxMemory->raw() > 0 ? e.maxMemory->toDisplayString() : tr("unset"))
                  << Qt::endl;
        if (e.heapUsed)
            out() << tr("%1: JVM heap used %2 at p95, %3 at most, of %4")
                         .arg(s.name, e.heapUsed->p95.toDisplayString(), e.heapUsed->max.toDisplayString(),
                              e.heapMax ? e.heapMax->toDisplayString() : tr("an unknown maximum"))
                  << Qt::endl;
    }
}

void ImportPrometheusCommand::printVolumes(const QList<ImportedService>& services)
{
    for (const auto& s : services) {
        for (const auto& v : s.measurement.volumes) {
            const auto full = ImportedService::fullInDays(v);
            out() << tr("%1: volume %2 %3 of %4, growing %5 a day, full in %6")
                         .arg(s.name, v.pvc, v.used.toDisplayString(), v.capacity.toDisplayString(),
                              v.growthPerDay.toDisplayString(),
                              full ? tr("%n day(s)", nullptr, int(std::min(*full, 1e9))) : tr("never"))
                  << Qt::endl;
        }
    }
}

int ImportPrometheusCommand::write(const QCommandLineParser& parser, const QList<ImportedService>& services,
                                   std::optional<LoadedPlan>& loaded, const QString& source)
{
    const bool update = parser.isSet(QStringLiteral("update"));
    const QString target = update ? parser.value(QStringLiteral("update")) : parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return 0;
    Plan plan;
    if (update) {
        plan = loaded->plan;
        const QStringList names = PromPlanBuilder(loaded->catalog, {}).update(plan, services);
        if (names.isEmpty())
            return fail(tr("no release matches a service of %1; nothing was written.").arg(target));
        if (auto error = PlanWriter::save(plan, target))
            return fail(error->toString());
        err() << tr("Updated the measurement of %1 in %2.").arg(names.join(QStringLiteral(", ")), target) << Qt::endl;
        return 0;
    }
    auto catalog = loadCatalog(parser, true);
    if (!catalog)
        return fail(catalog.error().toString());
    QStringList skipped;
    plan = PromPlanBuilder(catalog.value(), ChartMapLoader().loadBuiltIn().value()).newPlan(services, source, skipped);
    for (const auto& line : skipped)
        err() << tr("warning: left out %1.").arg(line) << Qt::endl;
    if (auto error = PlanWriter::save(plan, target))
        return fail(error->toString());
    err() << tr("Wrote %1.").arg(target) << Qt::endl;
    return 0;
}

int ImportPrometheusCommand::run(const QCommandLineParser& parser)
{
    const auto options = importOptions(parser);
    if (!options)
        return 2;
    const auto outputFormat = format(parser);
    if (!outputFormat)
        return 2;
    std::optional<LoadedPlan> loaded;
    if (!loadTarget(parser, loaded))
        return 2;
    auto catalog = loadCatalog(parser, true);
    if (!catalog)
        return fail(catalog.error().toString());
    auto charts = ChartMapLoader().loadBuiltIn();
    if (!charts)
        return fail(charts.error().toString());

    PromClient client(*options);
    PromImporter importer(client, *options);
    auto services = importer.run();
    if (!services)
        return fail(QStringLiteral("%1: %2").arg(options->sourceText(), services.error().message));
    PromPlanBuilder(loaded ? loaded->catalog : catalog.value(), charts.value()).resolveKinds(services.value());

    if (*outputFormat == QLatin1String("json")) {
        // Sized under the scope: the findings' words are made when the plan is sized.
        const i18n::EnglishScope english(QCoreApplication::instance(), true);
        const QJsonArray findings = plan_report::findingsJson(
            measuredFindings(services.value(), loaded, catalog.value(), charts.value(), options->sourceText()));
        out() << QString::fromUtf8(PromJson::document(services.value(), options->windowSeconds, options->at, findings));
    } else {
        printText(services.value(), loaded ? &loaded->plan : nullptr);
        // As `headroom check` lists them.
        out() << Qt::endl
              << plan_report::findingsText(measuredFindings(services.value(), loaded, catalog.value(), charts.value(),
                                                            options->sourceText()));
    }
    err() << tr("%n release(s) measured; HTTP requests: %1.", nullptr, int(services->size())).arg(client.requests())
          << Qt::endl;
    return write(parser, services.value(), loaded, options->sourceText());
}
