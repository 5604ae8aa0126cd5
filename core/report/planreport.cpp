// SPDX-License-Identifier: Apache-2.0
#include "report/planreport.h"

#include "report/markdowntext.h"
#include "report/measuredreport.h"
#include "report/servicereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace headroom::plan_report {

namespace {

// The translation context of the plan report's headings and sentences (docs/TRANSLATIONS.md).
struct PlanReportText
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)
};

QString subject(const PlanFinding& f)
{
    if (f.service.isEmpty())
        return PlanReportText::tr("cluster");
    return f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(QLocale::c().toString(fraction * 100, 'f', 0));
}

QString money(double v)
{
    return QLocale::c().toString(v, 'f', 2);
}

// "pool general: 2 of 3 nodes used, 1460.00 a month", with `pool` for the pool's name as the
// format shows it.
QString poolLine(const PoolUsage& p, const QString& pool)
{
    if (p.monthlyCost)
        return PlanReportText::tr("pool %1: %2 of %3 nodes used, %4 a month")
            .arg(pool)
            .arg(p.nodesNeeded)
            .arg(p.nodesAvailable)
            .arg(money(*p.monthlyCost));
    return PlanReportText::tr("pool %1: %2 of %3 nodes used").arg(pool).arg(p.nodesNeeded).arg(p.nodesAvailable);
}

struct Row
{
    QString service;
    QString role;
    const RoleSizing* sizing;
};

QList<Row> rows(const PlanSizing& sizing)
{
    QList<Row> out;
    for (const auto& s : sizing.services) {
        for (const auto& r : s.roles)
            out << Row { s.name, r.role, &r };
    }
    return out;
}

QStringList serviceCells(const Row& row)
{
    const auto& r = row.sizing->sizing.resources;
    const auto& st = row.sizing->sizing.storage;
    const auto* conn = row.sizing->sizing.setting(QStringLiteral("max_connections"));
    return { row.role.isEmpty() ? row.service : QStringLiteral("%1/%2").arg(row.service, row.role),
             row.sizing->sizing.service,
             row.sizing->sizing.size.isEmpty() ? PlanReportText::tr("custom") : row.sizing->sizing.size,
             QString::number(row.sizing->pods),
             QStringLiteral("%1/%2").arg(r.cpuRequest.toString(), r.cpuLimit.toString()),
             QStringLiteral("%1/%2").arg(memory_format::kubernetes(r.memoryRequest.raw()),
                                         memory_format::kubernetes(r.memoryLimit.raw())),
             row.sizing->loadShare ? percent(*row.sizing->loadShare) : QString(),
             conn ? conn->value : QString(),
             st.storageClass,
             st.iopsNeeded
                 ? QStringLiteral("%1/%2").arg(st.iopsNeeded->toDisplayString(), st.iopsCeiling.toDisplayString())
                 : QString() };
}

// A function, not a static list: the headings are translated, so after the translator is installed.
QStringList serviceHeader()
{
    return { PlanReportText::tr("Service"),       PlanReportText::tr("Kind"),
             PlanReportText::tr("Tier"),          PlanReportText::tr("Pods"),
             PlanReportText::tr("CPU req/lim"),   PlanReportText::tr("Memory req/lim"),
             PlanReportText::tr("Load"),          QStringLiteral("max_conn"),
             PlanReportText::tr("Storage class"), PlanReportText::tr("IOPS need/cap") };
}

// PostgreSQL's memory settings per role, as its profile writes them (the export's values).
const char* const kPostgresColumns[]
    = { "shared_buffers", "effective_cache_size", "work_mem", "maintenance_work_mem", "autovacuum_work_mem" };

QStringList postgresHeader()
{
    QStringList header { PlanReportText::tr("PostgreSQL"), PlanReportText::tr("Profile") };
    for (const char* name : kPostgresColumns)
        header << QString::fromLatin1(name);
    return header;
}

QList<QStringList> postgresRows(const PlanSizing& sizing)
{
    QList<QStringList> out;
    for (const auto& row : rows(sizing)) {
        const auto& profile = row.sizing->sizing.postgresProfile;
        if (!profile)
            continue;
        QStringList cells { row.role.isEmpty() ? row.service : QStringLiteral("%1/%2").arg(row.service, row.role),
                            profile->id };
        for (const char* name : kPostgresColumns) {
            const Setting* setting = row.sizing->sizing.setting(QString::fromLatin1(name));
            cells << (setting ? setting->value : QStringLiteral("-"));
        }
        out << cells;
    }
    return out;
}

} // namespace

QString findingsText(const PlanSizing& sizing)
{
    return findingsText(sizing.findings);
}

QString findingsText(const QList<PlanFinding>& findings)
{
    if (findings.isEmpty())
        return PlanReportText::tr("No findings.") + QLatin1Char('\n');
    TextTable table({ PlanReportText::tr("Severity"), PlanReportText::tr("Where"), PlanReportText::tr("Code"),
                      PlanReportText::tr("Finding") });
    for (const auto& f : findings)
        table.addRow({ severityText(f.finding.severity), subject(f), f.finding.code, f.finding.message });
    QString out = table.toString();
    QStringList fixes;
    for (const auto& f : findings) {
        if (!f.finding.fix.isEmpty())
            fixes << QStringLiteral("  %1 %2: %3%4")
                         .arg(subject(f), f.finding.code, f.finding.fix,
                              f.recommendation ? QStringLiteral(" [headroom check --apply]") : QString());
    }
    if (!fixes.isEmpty())
        out += QLatin1Char('\n') + PlanReportText::tr("What to change:") + QLatin1Char('\n')
            + fixes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

QString toText(const Plan& plan, const PlanSizing& sizing)
{
    QString out = PlanReportText::tr("Plan: %1").arg(plan.name) + QLatin1Char('\n');
    if (!plan.notes.isEmpty())
        out += plan.notes + QLatin1Char('\n');
    out += QLatin1Char('\n');

    TextTable services(serviceHeader());
    for (const auto& row : rows(sizing))
        services.addRow(serviceCells(row));
    out += services.toString({ 3 });
    for (const auto& s : sizing.services) {
        if (!s.error.isEmpty())
            out += PlanReportText::tr("%1: cannot be sized: %2").arg(s.name, s.error) + QLatin1Char('\n');
    }
    if (const auto postgres = postgresRows(sizing); !postgres.isEmpty()) {
        TextTable table(postgresHeader());
        for (const auto& cells : postgres)
            table.addRow(cells);
        out += QLatin1Char('\n') + table.toString();
    }
    if (const auto measured = measured_report::rows(sizing); !measured.isEmpty()) {
        TextTable table(measured_report::header());
        for (const auto& row : measured)
            table.addRow(row);
        out += QLatin1Char('\n') + PlanReportText::tr("Measured beside planned (per pod):") + QLatin1Char('\n')
            + table.toString();
    }

    bool anyPool = false;
    TextTable pooling({ QStringLiteral("PgBouncer"), PlanReportText::tr("Mode"), QStringLiteral("default_pool_size"),
                        QStringLiteral("reserve_pool_size"), QStringLiteral("max_client_conn"),
                        QStringLiteral("max_db_connections"), PlanReportText::tr("server max_connections") });
    for (const auto& s : sizing.services) {
        for (const auto& p : s.pooling) {
            anyPool = true;
            pooling.addRow({ QStringLiteral("%1/%2").arg(s.name, p.role), p.mode, QString::number(p.defaultPoolSize),
                             QString::number(p.reservePoolSize), QString::number(p.maxClientConn),
                             QString::number(p.maxDbConnections), QString::number(p.serverMaxConnections) });
        }
    }
    if (anyPool)
        out += QLatin1Char('\n') + pooling.toString({ 2, 3, 4, 5, 6 });

    TextTable storage({ PlanReportText::tr("Storage"), PlanReportText::tr("Today"), PlanReportText::tr("At horizon"),
                        PlanReportText::tr("Volume"), PlanReportText::tr("Full in") });
    bool anyStorage = false;
    for (const auto& s : sizing.services) {
        if (!s.storage)
            continue;
        anyStorage = true;
        const auto& fc = *s.storage;
        storage.addRow({ s.name, memory_format::volume(fc.now.raw()), memory_format::volume(fc.atHorizon.raw()),
                         fc.volumeGiven
                             ? fc.volume.toString()
                             : PlanReportText::tr("%1 (planned)").arg(memory_format::volume(fc.volume.raw())),
                         fc.timeToFull ? fc.timeToFull->toString() : PlanReportText::tr("no growth") });
    }
    if (anyStorage)
        out += QLatin1Char('\n') + PlanReportText::tr("Storage over %1:").arg(plan.horizon.toString())
            + QLatin1Char('\n') + storage.toString();

    if (!plan.nodePools.isEmpty()) {
        TextTable nodes({ PlanReportText::tr("Node"), PlanReportText::tr("Pods"), PlanReportText::tr("CPU requested"),
                          PlanReportText::tr("Memory requested"), PlanReportText::tr("Placed") });
        for (const auto& n : sizing.fit.nodes) {
            nodes.addRow({ QStringLiteral("%1-%2").arg(n.nodePool).arg(n.node), QString::number(n.pods),
                           QStringLiteral("%1 (%2)").arg(n.cpuRequested.toString(), percent(n.cpuUtilisation)),
                           QStringLiteral("%1 (%2)").arg(memory_format::kubernetes(n.memoryRequested.raw()),
                                                         percent(n.memoryUtilisation)),
                           n.podNames.join(QStringLiteral(", ")) });
        }
        out += QLatin1Char('\n') + PlanReportText::tr("Cluster fit:") + QLatin1Char('\n') + nodes.toString({ 1 });
        for (const auto& p : sizing.fit.pools)
            out += QStringLiteral("  ") + poolLine(p, p.nodePool) + QLatin1Char('\n');
        if (sizing.fit.monthlyCost)
            out += QStringLiteral("  ") + PlanReportText::tr("monthly cost: %1").arg(money(*sizing.fit.monthlyCost))
                + QLatin1Char('\n');
    }
    out += QLatin1Char('\n')
        + PlanReportText::tr("Findings: %1, %2, %3")
              .arg(PlanReportText::tr("%n error(s)", nullptr, int(sizing.count(Severity::Error))),
                   PlanReportText::tr("%n warning(s)", nullptr, int(sizing.count(Severity::Warning))),
                   PlanReportText::tr("%n note(s)", nullptr, int(sizing.count(Severity::Info))))
        + QLatin1Char('\n');
    if (!sizing.findings.isEmpty())
        out += findingsText(sizing);
    return out;
}

QString toMarkdown(const Plan& plan, const PlanSizing& sizing)
{
    using markdown_text::inlineText;
    // Names, notes and messages are the user's or the catalog's text: escaped, so that they
    // read as written and never become HTML or Markdown of their own.
    auto row = [](const QStringList& cells) {
        QStringList escaped;
        for (const auto& c : cells)
            escaped << inlineText(c);
        return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
    };
    QString out = QStringLiteral("# %1\n\n").arg(inlineText(plan.name));
    if (!plan.notes.isEmpty())
        out += markdown_text::blockText(plan.notes) + QStringLiteral("\n\n");
    const QStringList header = serviceHeader();
    out += QStringLiteral("## %1\n\n").arg(PlanReportText::tr("Services")) + row(header);
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule << QStringLiteral("---");
    out += row(rule);
    for (const auto& r : rows(sizing))
        out += row(serviceCells(r));
    if (const auto postgres = postgresRows(sizing); !postgres.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(PlanReportText::tr("PostgreSQL settings")) + row(postgresHeader());
        QStringList postgresRule;
        for (qsizetype i = 0; i < postgresHeader().size(); ++i)
            postgresRule << QStringLiteral("---");
        out += row(postgresRule);
        for (const auto& cells : postgres)
            out += row(cells);
    }
    if (const auto measured = measured_report::rows(sizing); !measured.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(PlanReportText::tr("Measured beside planned (per pod)"))
            + row(measured_report::header());
        QStringList measuredRule;
        for (qsizetype i = 0; i < measured_report::header().size(); ++i)
            measuredRule << QStringLiteral("---");
        out += row(measuredRule);
        for (const auto& cells : measured)
            out += row(cells);
    }
    if (!plan.nodePools.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(PlanReportText::tr("Cluster fit"));
        for (const auto& p : sizing.fit.pools)
            out += QStringLiteral("- ") + poolLine(p, QStringLiteral("**%1**").arg(inlineText(p.nodePool)))
                + QLatin1Char('\n');
        for (const auto& u : sizing.fit.unplaced)
            out += QStringLiteral("- ")
                + PlanReportText::tr("%1 is not placed: %2").arg(inlineText(u.name), inlineText(u.reason))
                + QLatin1Char('\n');
    }
    out += QStringLiteral("\n## %1\n\n").arg(PlanReportText::tr("Findings"));
    if (sizing.findings.isEmpty())
        out += PlanReportText::tr("None.") + QLatin1Char('\n');
    for (const auto& f : sizing.findings) {
        out += QStringLiteral("- **%1** %2 (%3): %4")
                   .arg(severityText(f.finding.severity), markdown_text::codeSpan(f.finding.code),
                        inlineText(subject(f)), inlineText(f.finding.message));
        if (!f.finding.fix.isEmpty())
            out += QLatin1Char(' ') + PlanReportText::tr("*Fix:* %1").arg(inlineText(f.finding.fix));
        out += QLatin1Char('\n');
    }
    return out;
}

QString toJson(const Plan& plan, const PlanSizing& sizing)
{
    QJsonObject root;
    root[QStringLiteral("plan")] = plan.name;
    QJsonArray services;
    for (const auto& s : sizing.services) {
        QJsonObject o { { QStringLiteral("name"), s.name }, { QStringLiteral("kind"), s.kind } };
        if (!s.error.isEmpty())
            o[QStringLiteral("error")] = s.error;
        QJsonArray roles;
        for (const auto& r : s.roles) {
            QJsonObject ro = QJsonDocument::fromJson(service_report::toJson(r.sizing).toUtf8()).object();
            ro[QStringLiteral("role")] = r.role;
            ro[QStringLiteral("pods")] = r.pods;
            if (r.loadShare)
                ro[QStringLiteral("loadShare")] = *r.loadShare;
            if (r.demandConnections)
                ro[QStringLiteral("demandConnections")] = double(r.demandConnections->raw());
            roles.append(ro);
        }
        o[QStringLiteral("roles")] = roles;
        QJsonArray pooling;
        for (const auto& p : s.pooling) {
            pooling.append(QJsonObject { { QStringLiteral("role"), p.role },
                                         { QStringLiteral("pool_mode"), p.mode },
                                         { QStringLiteral("default_pool_size"), p.defaultPoolSize },
                                         { QStringLiteral("reserve_pool_size"), p.reservePoolSize },
                                         { QStringLiteral("max_client_conn"), p.maxClientConn },
                                         { QStringLiteral("max_db_connections"), p.maxDbConnections },
                                         { QStringLiteral("server_max_connections"), p.serverMaxConnections } });
        }
        if (!pooling.isEmpty())
            o[QStringLiteral("pgbouncer")] = pooling;
        if (s.storage) {
            QJsonObject st { { QStringLiteral("now"), s.storage->now.toString() },
                             { QStringLiteral("atHorizon"), s.storage->atHorizon.toString() },
                             { QStringLiteral("volume"), s.storage->volume.toString() },
                             { QStringLiteral("horizon"), s.storage->horizon.toString() } };
            if (s.storage->timeToFull)
                st[QStringLiteral("timeToFull")] = s.storage->timeToFull->toString();
            o[QStringLiteral("storage")] = st;
        }
        if (s.measured)
            o[QStringLiteral("measured")] = measured_report::toJson(s, *s.measured);
        if (s.measuredReplica)
            o[QStringLiteral("measuredReplica")] = measured_report::toJson(s, *s.measuredReplica);
        services.append(o);
    }
    root[QStringLiteral("services")] = services;
    QJsonArray nodes;
    for (const auto& n : sizing.fit.nodes) {
        nodes.append(QJsonObject { { QStringLiteral("pool"), n.nodePool },
                                   { QStringLiteral("node"), n.node },
                                   { QStringLiteral("pods"), QJsonArray::fromStringList(n.podNames) },
                                   { QStringLiteral("cpuRequested"), n.cpuRequested.toString() },
                                   { QStringLiteral("memoryRequested"), n.memoryRequested.toString() },
                                   { QStringLiteral("cpuUtilisation"), n.cpuUtilisation },
                                   { QStringLiteral("memoryUtilisation"), n.memoryUtilisation } });
    }
    QJsonArray unplaced;
    for (const auto& u : sizing.fit.unplaced)
        unplaced.append(QJsonObject { { QStringLiteral("pod"), u.name }, { QStringLiteral("reason"), u.reason } });
    QJsonObject fit { { QStringLiteral("nodes"), nodes }, { QStringLiteral("unplaced"), unplaced } };
    if (sizing.fit.monthlyCost)
        fit[QStringLiteral("monthlyCost")] = *sizing.fit.monthlyCost;
    root[QStringLiteral("clusterFit")] = fit;
    root[QStringLiteral("findings")] = findingsJson(sizing.findings);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QJsonArray findingsJson(const QList<PlanFinding>& list)
{
    QJsonArray findings;
    for (const auto& f : list) {
        QJsonObject o { { QStringLiteral("service"), f.service },
                        { QStringLiteral("role"), f.role },
                        { QStringLiteral("code"), f.finding.code },
                        { QStringLiteral("severity"), severityName(f.finding.severity) },
                        { QStringLiteral("message"), f.finding.message },
                        { QStringLiteral("fix"), f.finding.fix } };
        if (f.recommendation)
            o[QStringLiteral("recommendation")] = f.recommendation->summary;
        findings.append(o);
    }
    return findings;
}

} // namespace headroom::plan_report
