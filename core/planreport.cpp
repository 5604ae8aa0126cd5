#include "planreport.h"

#include "sizingreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace headroom::plan_report {

namespace {

QString subject(const PlanFinding& f)
{
    if (f.service.isEmpty())
        return QStringLiteral("cluster");
    return f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
}

QString percent(double fraction) { return QStringLiteral("%1%").arg(QLocale::c().toString(fraction * 100, 'f', 0)); }

QString money(double v) { return QLocale::c().toString(v, 'f', 2); }

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
             row.sizing->sizing.size.isEmpty() ? QStringLiteral("custom") : row.sizing->sizing.size,
             QString::number(row.sizing->pods),
             QStringLiteral("%1/%2").arg(r.cpuRequest.toString(), r.cpuLimit.toString()),
             QStringLiteral("%1/%2").arg(r.memoryRequest.toString(), r.memoryLimit.toString()),
             row.sizing->loadShare ? percent(*row.sizing->loadShare) : QString(),
             conn ? conn->value : QString(),
             st.storageClass,
             st.iopsNeeded ? QStringLiteral("%1/%2").arg(st.iopsNeeded->toDisplayString(), st.iopsCeiling.toDisplayString())
                           : QString() };
}

const QStringList kServiceHeader = { QStringLiteral("Service"), QStringLiteral("Kind"), QStringLiteral("Tier"),
                                     QStringLiteral("Pods"), QStringLiteral("CPU req/lim"),
                                     QStringLiteral("Memory req/lim"), QStringLiteral("Load"),
                                     QStringLiteral("max_conn"), QStringLiteral("Storage class"),
                                     QStringLiteral("IOPS need/cap") };

} // namespace

QString findingsText(const PlanSizing& sizing)
{
    if (sizing.findings.isEmpty())
        return QStringLiteral("No findings.\n");
    TextTable table({ QStringLiteral("Severity"), QStringLiteral("Where"), QStringLiteral("Code"),
                      QStringLiteral("Finding") });
    for (const auto& f : sizing.findings)
        table.addRow({ severityName(f.finding.severity), subject(f), f.finding.code, f.finding.message });
    QString out = table.toString();
    QStringList fixes;
    for (const auto& f : sizing.findings) {
        if (!f.finding.fix.isEmpty())
            fixes << QStringLiteral("  %1 %2: %3%4")
                         .arg(subject(f), f.finding.code, f.finding.fix,
                              f.recommendation ? QStringLiteral(" [headroom check --apply]") : QString());
    }
    if (!fixes.isEmpty())
        out += QStringLiteral("\nWhat to change:\n") + fixes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

QString toText(const Plan& plan, const PlanSizing& sizing)
{
    QString out = QStringLiteral("Plan: %1\n").arg(plan.name);
    if (!plan.notes.isEmpty())
        out += plan.notes + QLatin1Char('\n');
    out += QLatin1Char('\n');

    TextTable services(kServiceHeader);
    for (const auto& row : rows(sizing))
        services.addRow(serviceCells(row));
    out += services.toString({ 3 });
    for (const auto& s : sizing.services) {
        if (!s.error.isEmpty())
            out += QStringLiteral("%1: cannot be sized: %2\n").arg(s.name, s.error);
    }

    bool anyPool = false;
    TextTable pooling({ QStringLiteral("PgBouncer"), QStringLiteral("Mode"), QStringLiteral("default_pool_size"),
                        QStringLiteral("reserve_pool_size"), QStringLiteral("max_client_conn"),
                        QStringLiteral("max_db_connections"), QStringLiteral("server max_connections") });
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

    TextTable storage({ QStringLiteral("Storage"), QStringLiteral("Today"), QStringLiteral("At horizon"),
                        QStringLiteral("Volume"), QStringLiteral("Full in") });
    bool anyStorage = false;
    for (const auto& s : sizing.services) {
        if (!s.storage)
            continue;
        anyStorage = true;
        const auto& fc = *s.storage;
        storage.addRow({ s.name, fc.now.toString(), fc.atHorizon.toString(),
                         fc.volume.toString() + (fc.volumeGiven ? QString() : QStringLiteral(" (planned)")),
                         fc.timeToFull ? fc.timeToFull->toString() : QStringLiteral("no growth") });
    }
    if (anyStorage)
        out += QStringLiteral("\nStorage over %1:\n").arg(plan.horizon.toString()) + storage.toString();

    if (!plan.nodePools.isEmpty()) {
        TextTable nodes({ QStringLiteral("Node"), QStringLiteral("Pods"), QStringLiteral("CPU requested"),
                          QStringLiteral("Memory requested"), QStringLiteral("Placed") });
        for (const auto& n : sizing.fit.nodes) {
            nodes.addRow({ QStringLiteral("%1-%2").arg(n.nodePool).arg(n.node), QString::number(n.pods),
                           QStringLiteral("%1 (%2)").arg(n.cpuRequested.toString(), percent(n.cpuUtilisation)),
                           QStringLiteral("%1 (%2)").arg(n.memoryRequested.toString(), percent(n.memoryUtilisation)),
                           n.podNames.join(QStringLiteral(", ")) });
        }
        out += QStringLiteral("\nCluster fit:\n") + nodes.toString({ 1 });
        for (const auto& p : sizing.fit.pools) {
            out += QStringLiteral("  pool %1: %2 of %3 nodes used%4\n")
                       .arg(p.nodePool)
                       .arg(p.nodesNeeded)
                       .arg(p.nodesAvailable)
                       .arg(p.monthlyCost ? QStringLiteral(", %1 a month").arg(money(*p.monthlyCost)) : QString());
        }
        if (sizing.fit.monthlyCost)
            out += QStringLiteral("  monthly cost: %1\n").arg(money(*sizing.fit.monthlyCost));
    }
    out += QStringLiteral("\nFindings: %1 errors, %2 warnings, %3 notes\n")
               .arg(sizing.count(Severity::Error))
               .arg(sizing.count(Severity::Warning))
               .arg(sizing.count(Severity::Info));
    if (!sizing.findings.isEmpty())
        out += findingsText(sizing);
    return out;
}

QString toMarkdown(const Plan& plan, const PlanSizing& sizing)
{
    auto row = [](const QStringList& cells) {
        QStringList escaped;
        for (auto c : cells)
            escaped << c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
    };
    QString out = QStringLiteral("# %1\n\n").arg(plan.name);
    if (!plan.notes.isEmpty())
        out += plan.notes + QStringLiteral("\n\n");
    out += QStringLiteral("## Services\n\n") + row(kServiceHeader);
    QStringList rule;
    for (qsizetype i = 0; i < kServiceHeader.size(); ++i)
        rule << QStringLiteral("---");
    out += row(rule);
    for (const auto& r : rows(sizing))
        out += row(serviceCells(r));
    if (!plan.nodePools.isEmpty()) {
        out += QStringLiteral("\n## Cluster fit\n\n");
        for (const auto& p : sizing.fit.pools)
            out += QStringLiteral("- **%1**: %2 of %3 nodes used%4\n")
                       .arg(p.nodePool)
                       .arg(p.nodesNeeded)
                       .arg(p.nodesAvailable)
                       .arg(p.monthlyCost ? QStringLiteral(", %1 a month").arg(money(*p.monthlyCost)) : QString());
        for (const auto& u : sizing.fit.unplaced)
            out += QStringLiteral("- %1 is not placed: %2\n").arg(u.name, u.reason);
    }
    out += QStringLiteral("\n## Findings\n\n");
    if (sizing.findings.isEmpty())
        out += QStringLiteral("None.\n");
    for (const auto& f : sizing.findings) {
        out += QStringLiteral("- **%1** `%2` (%3): %4").arg(severityName(f.finding.severity), f.finding.code, subject(f),
                                                           f.finding.message);
        if (!f.finding.fix.isEmpty())
            out += QStringLiteral(" *Fix:* %1").arg(f.finding.fix);
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
            QJsonObject ro = QJsonDocument::fromJson(sizing_report::toJson(r.sizing).toUtf8()).object();
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
    QJsonArray findings;
    for (const auto& f : sizing.findings) {
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
    root[QStringLiteral("findings")] = findings;
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace headroom::plan_report
