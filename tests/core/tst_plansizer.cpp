// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "report/plandiff.h"
#include "testutils.h"

#include <QtTest>

#include <cmath>

using namespace headroom;
using headroom::testutils::roleOf;

namespace {

constexpr std::int64_t MiB = std::int64_t(1024) * 1024;
constexpr std::int64_t GiB = 1024 * MiB;
constexpr std::int64_t DayMs = 86'400'000;

const QByteArray kHead = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: test}\n";

// A plan, the catalog it is sized against and its sizing.
struct Sized
{
    Plan plan;
    Catalog catalog;
    PlanSizing sizing;
    QString error;
};

const PlanFinding* findingOf(const PlanSizing& sizing, const QString& code, const QString& service,
                             const QString& role = QString())
{
    for (const auto& f : sizing.findings) {
        if (f.finding.code == code && f.service == service && f.role == role)
            return &f;
    }
    return nullptr;
}

int countOf(const PlanSizing& sizing, const QString& code)
{
    return int(std::count_if(sizing.findings.cbegin(), sizing.findings.cend(),
                             [&](const PlanFinding& f) { return f.finding.code == code; }));
}

const PoolingPlan* poolOf(const PlanSizing& sizing, const QString& service, const QString& role)
{
    const ServicePlanSizing* s = sizing.service(service);
    if (!s)
        return nullptr;
    for (const auto& p : s->pooling) {
        if (p.role == role)
            return &p;
    }
    return nullptr;
}

QString settingOf(const RoleSizing* role, const QString& name)
{
    if (!role)
        return QStringLiteral("<no role>");
    const Setting* s = role->sizing.setting(name);
    return s ? s->value : QStringLiteral("<no setting>");
}

// Every finding as one line, so that two sizings compare in one QCOMPARE.
QStringList findingLines(const PlanSizing& sizing)
{
    QStringList lines;
    for (const auto& f : sizing.findings)
        lines << QStringLiteral("%1 %2/%3 %4: %5 | %6 | %7")
                     .arg(severityName(f.finding.severity), f.service, f.role, f.finding.code, f.finding.message,
                          f.finding.fix, f.recommendation ? f.recommendation->summary : QString());
    return lines;
}

// Everything the sizer computes, as text.
QStringList sizingLines(const PlanSizing& sizing)
{
    QStringList lines;
    for (const auto& s : sizing.services) {
        lines << QStringLiteral("service %1 %2 %3").arg(s.name, s.kind, s.error);
        for (const auto& r : s.roles) {
            const auto& res = r.sizing.resources;
            lines << QStringLiteral("  role %1 pods %2 share %3 demand %4 %5/%6 %7/%8")
                         .arg(r.role)
                         .arg(r.pods)
                         .arg(r.loadShare ? QString::number(*r.loadShare, 'g', 17) : QString())
                         .arg(r.demandConnections ? r.demandConnections->toString() : QString())
                         .arg(res.cpuRequest.toString(), res.cpuLimit.toString(), res.memoryRequest.toString(),
                              res.memoryLimit.toString());
            for (const auto& v : r.sizing.values)
                lines << QStringLiteral("    %1 = %2").arg(v.name, v.value.toString());
            for (const auto& st : r.sizing.settings)
                lines << QStringLiteral("    setting %1 = %2").arg(st.name, st.value);
        }
        for (const auto& p : s.pooling)
            lines << QStringLiteral("  pool %1 %2 %3 %4 %5 %6 %7")
                         .arg(p.role, p.mode)
                         .arg(p.defaultPoolSize)
                         .arg(p.reservePoolSize)
                         .arg(p.maxClientConn)
                         .arg(p.maxDbConnections)
                         .arg(p.serverMaxConnections);
        if (s.storage)
            lines << QStringLiteral("  storage %1 %2 %3 %4")
                         .arg(s.storage->now.toString(), s.storage->atHorizon.toString(), s.storage->volume.toString(),
                              s.storage->timeToFull ? s.storage->timeToFull->toString() : QString());
    }
    for (const auto& p : sizing.fit.placed)
        lines << QStringLiteral("placed %1 %2/%3").arg(p.name, p.nodePool).arg(p.node);
    for (const auto& u : sizing.fit.unplaced)
        lines << QStringLiteral("unplaced %1 %2").arg(u.name, u.reason);
    if (sizing.fit.monthlyCost)
        lines << QStringLiteral("cost %1").arg(*sizing.fit.monthlyCost, 0, 'f', 4);
    return lines + findingLines(sizing);
}

} // namespace

class TestPlanSizer : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Sized sizeText(const QByteArray& text) const
    {
        Sized out;
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        if (!plan) {
            out.error = plan.error().toString();
            return out;
        }
        out.plan = plan.value();
        out.catalog = loader.effectiveCatalog();
        out.sizing = PlanSizer(out.catalog).size(out.plan);
        return out;
    }

    Sized sizeFile(const QString& path) const
    {
        Sized out;
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        if (!plan) {
            out.error = plan.error().toString();
            return out;
        }
        out.plan = plan.value();
        out.catalog = loader.effectiveCatalog();
        out.sizing = PlanSizer(out.catalog).size(out.plan);
        return out;
    }

    static QString example(const char* name) { return QStringLiteral(":/examples/") + QLatin1String(name); }

    // A primary and `replicas` read replicas of a small PostgreSQL, with `topologyExtra`
    // appended under topology (indented four spaces).
    static QByteArray postgresPlan(int replicas, const QByteArray& topologyExtra, const QByteArray& serviceExtra = {})
    {
        return kHead + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n" + serviceExtra
            + "    topology:\n      readReplicas: " + QByteArray::number(replicas) + "\n" + topologyExtra;
    }

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // --- The case study -------------------------------------------------------------

    void caseStudyBeforeHasTheSpecialistsFindings()
    {
        const Sized s = sizeFile(example("case-study-before.yaml"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const QString db = QStringLiteral("benchmarkdb");
        const QString replica = QStringLiteral("replica");

        const RoleSizing* p = roleOf(s.sizing, db, QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, db, replica);
        QVERIFY(p && r);
        QCOMPARE(p->sizing.resources.memoryLimit, Quantity::bytes(7 * GiB));
        QCOMPARE(r->sizing.resources.memoryLimit, Quantity::bytes(3 * GiB));
        QCOMPARE(settingOf(p, QStringLiteral("max_connections")), QStringLiteral("200"));
        QCOMPARE(settingOf(r, QStringLiteral("max_connections")), QStringLiteral("200"));

        const PlanFinding* inverse = findingOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load"), db);
        QVERIFY2(inverse, qPrintable(findingLines(s.sizing).join(QLatin1Char('\n'))));
        QCOMPARE(inverse->finding.severity, Severity::Warning);
        // The specialist's numbers: the replica handles 3.1x the load with 2.3x less memory.
        QVERIFY2(inverse->finding.message.contains(QStringLiteral("3.1x")), qPrintable(inverse->finding.message));
        QVERIFY2(inverse->finding.message.contains(QStringLiteral("2.3x")), qPrintable(inverse->finding.message));
        QVERIFY(inverse->finding.message.contains(QStringLiteral("commits")));
        QVERIFY(inverse->recommendation);
        QCOMPARE(inverse->recommendation->primaryResources->memoryLimit.value_or(Quantity()), Quantity::bytes(4 * GiB));
        QCOMPARE(inverse->recommendation->replicaResources->memoryLimit.value_or(Quantity()), Quantity::bytes(6 * GiB));

        const PlanFinding* exhaustion
            = findingOf(s.sizing, QStringLiteral("postgresql.pool-exhaustion-risk"), db, replica);
        QVERIFY(exhaustion);
        QVERIFY(exhaustion->recommendation);
        QCOMPARE(exhaustion->recommendation->enablePooler.value_or(false), true);
        QCOMPARE(exhaustion->recommendation->primaryMaxConnections.value_or(Quantity()), Quantity::count(28));
        QCOMPARE(exhaustion->recommendation->replicaMaxConnections.value_or(Quantity()), Quantity::count(48));
        // The plan names the guide's rules, whose worst case (three autovacuum workers with
        // maintenance_work_mem each) does not fit the primary's 7Gi either.
        QVERIFY(findingOf(s.sizing, QStringLiteral("memory.overcommit"), db, QStringLiteral("primary")));

        const PlanFinding* lag = findingOf(s.sizing, QStringLiteral("postgresql.replication-lag-risk"), db, replica);
        QVERIFY(lag);
        QVERIFY(lag->recommendation);
        QVERIFY2(lag->finding.message.contains(QStringLiteral("76%")), qPrintable(lag->finding.message));

        const PlanFinding* overcommit = findingOf(s.sizing, QStringLiteral("memory.overcommit"), db, replica);
        QVERIFY(overcommit);
        QCOMPARE(overcommit->finding.severity, Severity::Error);
        QCOMPARE(s.sizing.count(Severity::Error), 2);

        // Errors come first, then warnings.
        for (qsizetype i = 1; i < s.sizing.findings.size(); ++i)
            QVERIFY(int(s.sizing.findings[i - 1].finding.severity) >= int(s.sizing.findings[i].finding.severity));
    }

    void caseStudyRecommendationsGiveTheAfterPlan()
    {
        const Sized before = sizeFile(example("case-study-before.yaml"));
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        Plan plan = before.plan;
        QStringList applied;
        for (const auto& f : before.sizing.findings) {
            if (!f.recommendation || applied.contains(f.recommendation->summary))
                continue;
            QVERIFY(!f.recommendation->isEmpty());
            applied << f.recommendation->summary;
            plan = PlanSizer::apply(plan, f);
        }
        // The rebalance, the pooling, and the container-aware profile instead of the guide's.
        QCOMPARE(applied.size(), 3);

        const PlanSizer sizer(before.catalog);
        const PlanSizing sizing = sizer.size(plan);
        QVERIFY2(sizing.count(Severity::Error) == 0 && sizing.count(Severity::Warning) == 0,
                 qPrintable(findingLines(sizing).join(QLatin1Char('\n'))));
        const QString db = QStringLiteral("benchmarkdb");
        const RoleSizing* p = roleOf(sizing, db, QStringLiteral("primary"));
        const RoleSizing* r = roleOf(sizing, db, QStringLiteral("replica"));
        QVERIFY(p && r);
        QCOMPARE(p->sizing.resources.memoryLimit, Quantity::bytes(4 * GiB));
        QCOMPARE(r->sizing.resources.memoryLimit, Quantity::bytes(6 * GiB));
        QCOMPARE(p->sizing.resources.cpuLimit, Quantity::millicores(2000));
        QCOMPARE(settingOf(p, QStringLiteral("max_connections")), QStringLiteral("28"));
        QCOMPARE(settingOf(r, QStringLiteral("max_connections")), QStringLiteral("48"));
        QCOMPARE(p->sizing.postgresProfile->id, QString::fromLatin1(kDefaultPostgresProfile));

        const PostgresTopology& t = *plan.service(db)->topology;
        QVERIFY(t.pooler.enabled);
        QCOMPARE(t.primary.maxConnections.value_or(Quantity()), Quantity::count(28));
        QCOMPARE(t.replica.maxConnections.value_or(Quantity()), Quantity::count(48));

        // The same as the after plan the case study arrived at: as sized, and as a plan.
        const Sized after = sizeFile(example("case-study-after.yaml"));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const auto changes = plan_diff::compare(sizing, after.sizing);
        QVERIFY2(changes.isEmpty(), qPrintable(plan_diff::toText(changes)));
        Plan renamed = plan;
        renamed.name = after.plan.name;
        renamed.notes = after.plan.notes;
        // The before plan names the guide; the applied one names the default for its service,
        // which the after plan takes without naming it.
        QCOMPARE(renamed.postgresProfile, QStringLiteral("guide"));
        QCOMPARE(renamed.services.first().request.postgresProfile, QString::fromLatin1(kDefaultPostgresProfile));
        renamed.postgresProfile.clear();
        renamed.services.first().request.postgresProfile.clear();
        QVERIFY(renamed == after.plan);

        // Applying again changes nothing: the after plan has no recommendation left.
        for (const auto& f : sizing.findings)
            QVERIFY(!f.recommendation);
    }

    void applyLeavesOtherServicesAlone()
    {
        const Sized before = sizeFile(example("case-study-before.yaml"));
        QVERIFY(before.error.isEmpty());
        PlanFinding f;
        f.service = QStringLiteral("no-such-service");
        f.recommendation
            = Recommendation { QStringLiteral("x"), std::nullopt, std::nullopt, Quantity::count(5), std::nullopt, true,
                               std::nullopt,        std::nullopt, std::nullopt };
        QVERIFY(PlanSizer::apply(before.plan, f) == before.plan);
        f.service = QStringLiteral("benchmarkdb");
        f.recommendation.reset();
        QVERIFY(PlanSizer::apply(before.plan, f) == before.plan);
    }

    // --- Load shares and connections ------------------------------------------------

    void loadShareFromMeasuredCommits()
    {
        const Sized s = sizeFile(example("case-study-before.yaml"));
        QVERIFY(s.error.isEmpty());
        const RoleSizing* p = roleOf(s.sizing, QStringLiteral("benchmarkdb"), QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("benchmarkdb"), QStringLiteral("replica"));
        QVERIFY(p && r && p->loadShare && r->loadShare);
        QVERIFY(p->loadShareMeasured);
        QVERIFY(r->loadShareMeasured);
        QVERIFY2(std::abs(*p->loadShare - 303.0 / 1253.0) < 1e-9, qPrintable(QString::number(*p->loadShare)));
        QVERIFY(std::abs(*p->loadShare - 0.2418) < 1e-4);
        QVERIFY(std::abs(*r->loadShare - 950.0 / 1253.0) < 1e-9);
        // Measured connections are the demand as they are.
        QCOMPARE(p->demandConnections.value_or(Quantity()), Quantity::count(18));
        QCOMPARE(r->demandConnections.value_or(Quantity()), Quantity::count(81));
    }

    void loadShareFromMeasuredCommitsWithTwoReplicas()
    {
        // Commits are counted per pod: each replica did 950k.
        const Sized s = sizeText(postgresPlan(2,
                                              "      primary: {measured: {commits: 303k}}\n"
                                              "      replica: {measured: {commits: 950k}}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const RoleSizing* p = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("replica"));
        QVERIFY(p && r && p->loadShare && r->loadShare);
        QCOMPARE(r->pods, 2);
        QVERIFY(std::abs(*p->loadShare - 303.0 / 2203.0) < 1e-9);
        QVERIFY(std::abs(*r->loadShare - 950.0 / 2203.0) < 1e-9);
        QVERIFY(std::abs(*p->loadShare + 2 * *r->loadShare - 1.0) < 1e-9);
    }

    void loadShareFromReadShare_data()
    {
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QByteArray>("readShare");
        QTest::addColumn<double>("primary");
        QTest::addColumn<double>("perReplica");
        QTest::addRow("1 replica, 70%% reads") << 1 << QByteArray("70%") << 0.3 << 0.7;
        QTest::addRow("2 replicas, 70%% reads") << 2 << QByteArray("70%") << 0.3 << 0.35;
        QTest::addRow("3 replicas, 90%% reads") << 3 << QByteArray("90%") << 0.1 << 0.3;
        QTest::addRow("4 replicas, 100%% reads") << 4 << QByteArray("100%") << 0.0 << 0.25;
        QTest::addRow("2 replicas, no reads") << 2 << QByteArray("0%") << 1.0 << 0.0;
    }

    void loadShareFromReadShare()
    {
        QFETCH(int, replicas);
        QFETCH(QByteArray, readShare);
        QFETCH(double, primary);
        QFETCH(double, perReplica);
        const Sized s = sizeText(
            postgresPlan(replicas, "      load: {requestsPerSecond: 300/s, readShare: " + readShare + "}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const RoleSizing* p = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("replica"));
        QVERIFY(p && r && p->loadShare && r->loadShare);
        QCOMPARE(p->pods, 1);
        QCOMPARE(r->pods, replicas);
        QVERIFY(!p->loadShareMeasured);
        QVERIFY2(std::abs(*p->loadShare - primary) < 1e-9, qPrintable(QString::number(*p->loadShare)));
        QVERIFY2(std::abs(*r->loadShare - perReplica) < 1e-9, qPrintable(QString::number(*r->loadShare)));
    }

    void loadSpreadsEvenlyWithoutMeasurements()
    {
        const Sized s = sizeText(postgresPlan(3, {}));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const RoleSizing* p = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("replica"));
        QVERIFY(p && r && p->loadShare && r->loadShare);
        QVERIFY(std::abs(*p->loadShare - 0.25) < 1e-9);
        QVERIFY(std::abs(*r->loadShare - 0.25) < 1e-9);
        // Nothing measured, nothing said: no inverse-allocation claim.
        QVERIFY(!countOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load")));
    }

    void clientConnectionsSplitByShare_data()
    {
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QByteArray>("readShare");
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("primaryDemand");
        QTest::addColumn<int>("replicaDemand");
        QTest::addRow("240 at 50%% reads") << 1 << QByteArray("50%") << 240 << 120 << 120;
        QTest::addRow("200 at 75%%, 2 replicas") << 2 << QByteArray("75%") << 200 << 50 << 75;
        QTest::addRow("101 at 50%% rounds up") << 1 << QByteArray("50%") << 101 << 51 << 51;
        QTest::addRow("240 at 70%% reads") << 1 << QByteArray("70%") << 240 << 72 << 168;
    }

    void clientConnectionsSplitByShare()
    {
        QFETCH(int, replicas);
        QFETCH(QByteArray, readShare);
        QFETCH(int, clients);
        QFETCH(int, primaryDemand);
        QFETCH(int, replicaDemand);
        const Sized s = sizeText(postgresPlan(replicas,
                                              "      load: {readShare: " + readShare + "}\n      clientConnections: \""
                                                  + QByteArray::number(clients) + "\"\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const RoleSizing* p = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("replica"));
        QVERIFY(p && r);
        QCOMPARE(r->demandConnections.value_or(Quantity()), Quantity::count(replicaDemand));
        // 1 - 0.7 is 0.30000000000000004 in binary floating point; 240 x that must still give 72, not 73.
        QCOMPARE(p->demandConnections.value_or(Quantity()), Quantity::count(primaryDemand));
    }

    void measuredConnectionsWinOverTheSplit()
    {
        const Sized s = sizeText(postgresPlan(1,
                                              "      load: {readShare: 50%}\n      clientConnections: \"400\"\n"
                                              "      replica: {measured: {activeConnections: \"81\"}}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(
            roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"))->demandConnections.value_or(Quantity()),
            Quantity::count(200));
        QCOMPARE(
            roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("replica"))->demandConnections.value_or(Quantity()),
            Quantity::count(81));
    }

    // --- PgBouncer ------------------------------------------------------------------

    void poolerMath_data()
    {
        QTest::addColumn<QByteArray>("pooler");
        QTest::addColumn<int>("demand");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("reserve");
        QTest::addColumn<int>("maxClient");
        QTest::addColumn<int>("maxDb");
        QTest::addColumn<int>("server");
        const QByteArray transaction = "{enabled: true}";
        // default_pool_size = max(minPoolSize, floor(demand / multiplexing)); reserve = max(5, ceil(10%));
        // max_db_connections = pool + reserve; server max_connections = max_db + 3.
        QTest::addRow("case study primary") << transaction << 18 << "transaction" << 20 << 5 << 100 << 25 << 28;
        QTest::addRow("case study replica") << transaction << 81 << "transaction" << 40 << 5 << 200 << 45 << 48;
        QTest::addRow("large demand") << transaction << 300 << "transaction" << 150 << 15 << 600 << 165 << 168;
        QTest::addRow("odd demand rounds down") << transaction << 101 << "transaction" << 50 << 5 << 300 << 55 << 58;
        QTest::addRow("reserve rounds up") << transaction << 222 << "transaction" << 111 << 12 << 500 << 123 << 126;
        QTest::addRow("session mode: one to one")
            << QByteArray("{enabled: true, mode: session}") << 81 << "session" << 81 << 9 << 200 << 90 << 93;
        QTest::addRow("session ignores multiplexing")
            << QByteArray("{mode: session, multiplexing: \"4\"}") << 60 << "session" << 60 << 6 << 200 << 66 << 69;
        QTest::addRow("statement mode multiplexes")
            << QByteArray("{mode: statement}") << 100 << "statement" << 50 << 5 << 200 << 55 << 58;
        QTest::addRow("multiplexing 3, min 10") << QByteArray("{multiplexing: \"3\", minPoolSize: \"10\"}") << 100
                                                << "transaction" << 33 << 5 << 200 << 38 << 41;
        QTest::addRow("multiplexing 1.5")
            << QByteArray("{multiplexing: \"1.5\"}") << 100 << "transaction" << 66 << 7 << 200 << 73 << 76;
        QTest::addRow("min pool size wins")
            << QByteArray("{minPoolSize: \"50\"}") << 30 << "transaction" << 50 << 5 << 100 << 55 << 58;
    }

    void poolerMath()
    {
        QFETCH(QByteArray, pooler);
        QFETCH(int, demand);
        QFETCH(QString, mode);
        QFETCH(int, pool);
        QFETCH(int, reserve);
        QFETCH(int, maxClient);
        QFETCH(int, maxDb);
        QFETCH(int, server);
        const QByteArray measured = "{measured: {activeConnections: \"" + QByteArray::number(demand) + "\"}}";
        const Sized s = sizeText(postgresPlan(
            1, "      primary: " + measured + "\n      replica: " + measured + "\n      pooler: " + pooler + "\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        for (const QString& role : { QStringLiteral("primary"), QStringLiteral("replica") }) {
            const PoolingPlan* p = poolOf(s.sizing, QStringLiteral("db"), role);
            QVERIFY2(p, qPrintable(role));
            QCOMPARE(p->mode, mode);
            QCOMPARE(p->defaultPoolSize, pool);
            QCOMPARE(p->reservePoolSize, reserve);
            QCOMPARE(p->maxClientConn, maxClient);
            QCOMPARE(p->maxDbConnections, maxDb);
            QCOMPARE(p->serverMaxConnections, server);
            // Without a planned max_connections the server takes the pooler's.
            QCOMPARE(settingOf(roleOf(s.sizing, QStringLiteral("db"), role), QStringLiteral("max_connections")),
                     QString::number(server));
        }
    }

    void plannedMaxConnectionsWinOverThePooler()
    {
        const Sized s
            = sizeText(postgresPlan(1,
                                    "      primary: {maxConnections: \"60\", measured: {activeConnections: \"18\"}}\n"
                                    "      pooler: {enabled: true}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(settingOf(roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary")),
                           QStringLiteral("max_connections")),
                 QStringLiteral("60"));
        QCOMPARE(poolOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary"))->serverMaxConnections, 28);
    }

    void noPoolerNoPoolingPlan()
    {
        const Sized s = sizeText(postgresPlan(1, "      pooler: {enabled: false}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.sizing.service(QStringLiteral("db"))->pooling.isEmpty());
        // The tier's connections stand.
        QCOMPARE(settingOf(roleOf(s.sizing, QStringLiteral("db"), QStringLiteral("primary")),
                           QStringLiteral("max_connections")),
                 QStringLiteral("100"));
    }

    // --- Rebalancing ----------------------------------------------------------------

    void primaryMemoryFloor_data()
    {
        QTest::addColumn<QByteArray>("floor");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<qint64>("primary");
        QTest::addColumn<qint64>("replica");
        // Case study: 7Gi + 3Gi, measured 303k against 950k (primary 24%).
        QTest::addRow("default 40%%") << QByteArray() << 1 << qint64(4 * GiB) << qint64(6 * GiB);
        QTest::addRow("floor 50%%") << QByteArray("50%") << 1 << qint64(5 * GiB) << qint64(5 * GiB);
        QTest::addRow("floor 10%%: the load share") << QByteArray("10%") << 1 << qint64(2 * GiB) << qint64(8 * GiB);
        QTest::addRow("floor 0%%") << QByteArray("0%") << 1 << qint64(2 * GiB) << qint64(8 * GiB);
        QTest::addRow("floor 80%%") << QByteArray("80%") << 1 << qint64(8 * GiB) << qint64(2 * GiB);
        // 7Gi + 2 x 3Gi = 13Gi; primary max(303/2203, 40%) = 5.2Gi, rounded to 5Gi; 4Gi each.
        QTest::addRow("2 replicas, default") << QByteArray() << 2 << qint64(5 * GiB) << qint64(4 * GiB);
    }

    void primaryMemoryFloor()
    {
        QFETCH(QByteArray, floor);
        QFETCH(int, replicas);
        QFETCH(qint64, primary);
        QFETCH(qint64, replica);
        QByteArray topology = "      primary:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                              "        measured: {commits: 303k}\n"
                              "      replica:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                              "        measured: {commits: 950k}\n";
        if (!floor.isEmpty())
            topology += "      primaryMemoryFloor: " + floor + "\n";
        const Sized s = sizeText(postgresPlan(replicas, topology));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PlanFinding* f
            = findingOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load"), QStringLiteral("db"));
        QVERIFY2(f && f->recommendation, qPrintable(findingLines(s.sizing).join(QLatin1Char('\n'))));
        const Recommendation& r = *f->recommendation;
        QCOMPARE(r.primaryResources->memoryLimit.value_or(Quantity()), Quantity::bytes(primary));
        QCOMPARE(r.replicaResources->memoryLimit.value_or(Quantity()), Quantity::bytes(replica));
        // The CPU limits are kept; only memory moves.
        QCOMPARE(r.primaryResources->cpuLimit.value_or(Quantity()), Quantity::millicores(2000));
        QCOMPARE(r.replicaResources->cpuLimit.value_or(Quantity()), Quantity::millicores(2000));
        // The total stays the same (up to rounding to MiB per replica).
        const std::int64_t before = 7 * GiB + std::int64_t(replicas) * 3 * GiB;
        const std::int64_t after = primary + replicas * replica;
        QVERIFY(std::abs(before - after) <= replicas * MiB);
    }

    void rebalanceResolvesTheInverseFinding_data()
    {
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QByteArray>("floor");
        QTest::addRow("1 replica, default floor") << 1 << QByteArray();
        QTest::addRow("1 replica, floor 50%%") << 1 << QByteArray("50%");
        QTest::addRow("1 replica, floor 10%%") << 1 << QByteArray("10%");
        QTest::addRow("2 replicas, default floor") << 2 << QByteArray();
        QTest::addRow("3 replicas, floor 10%%") << 3 << QByteArray("10%");
    }

    void rebalanceResolvesTheInverseFinding()
    {
        // The case study's roles; applying the recommendation of
        // postgresql.allocation-inverse-to-load must not leave the same finding, recommending
        // the same again (headroom check --apply would never settle).
        QFETCH(int, replicas);
        QFETCH(QByteArray, floor);
        QByteArray topology = "      primary:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                              "        measured: {commits: 303k}\n"
                              "      replica:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                              "        measured: {commits: 950k}\n";
        if (!floor.isEmpty())
            topology += "      primaryMemoryFloor: " + floor + "\n";
        const Sized s = sizeText(postgresPlan(replicas, topology));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PlanFinding* f
            = findingOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load"), QStringLiteral("db"));
        QVERIFY(f && f->recommendation);
        const Plan applied = PlanSizer::apply(s.plan, *f);
        const PlanSizing after = PlanSizer(s.catalog).size(applied);
        const PlanFinding* again
            = findingOf(after, QStringLiteral("postgresql.allocation-inverse-to-load"), QStringLiteral("db"));
        // With N >= 2 replicas every floor above 1/(N+1) keeps each replica below the primary:
        // the layout the recommendation gives must count as settled, not fire again.
        QVERIFY2(!again,
                 again ? qPrintable(again->finding.message + QStringLiteral(" / ") + again->recommendation->summary)
                       : "");
    }

    void inverseFindingWhenOneRoleTakesNoLoad_data()
    {
        QTest::addColumn<QByteArray>("topology");
        QTest::addColumn<qint64>("primaryMemory"); // as recommended
        const QByteArray busyReplica = "      primary:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                                       "      replica:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n";
        const QByteArray busyPrimary = "      primary:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                                       "      replica:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n";
        QTest::addRow("all reads") << QByteArray("      load: {readShare: 100%}\n" + busyReplica) << qint64(4 * GiB);
        QTest::addRow("no commits on the primary")
            << QByteArray("      primary:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                          "        measured: {commits: \"0\"}\n"
                          "      replica:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                          "        measured: {commits: 950k}\n")
            << qint64(4 * GiB);
        QTest::addRow("no reads") << QByteArray("      load: {readShare: 0%}\n" + busyPrimary) << qint64(10 * GiB);
        QTest::addRow("no commits on the replica")
            << QByteArray("      primary:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                          "        measured: {commits: 303k}\n"
                          "      replica:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                          "        measured: {commits: \"0\"}\n")
            << qint64(10 * GiB);
    }

    void inverseFindingWhenOneRoleTakesNoLoad()
    {
        // One role takes all of the load: the finding is right, but the ratio of loads has
        // no finite value and must not be printed as one.
        QFETCH(QByteArray, topology);
        QFETCH(qint64, primaryMemory);
        const Sized s = sizeText(postgresPlan(1, topology));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PlanFinding* f
            = findingOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load"), QStringLiteral("db"));
        QVERIFY2(f, qPrintable(findingLines(s.sizing).join(QLatin1Char('\n'))));
        QVERIFY(f->recommendation);
        QCOMPARE(f->recommendation->primaryResources->memoryLimit.value_or(Quantity()), Quantity::bytes(primaryMemory));
        QVERIFY(f->finding.message.contains(QStringLiteral("2.3x")));
        QVERIFY2(!f->finding.message.contains(QStringLiteral("inf")), qPrintable(f->finding.message));
    }

    void noInverseFindingWhenMemoryFollowsLoad()
    {
        const Sized s = sizeText(postgresPlan(1,
                                              "      primary:\n        resources: {limits: {cpu: \"2\", memory: 3Gi}}\n"
                                              "        measured: {commits: 303k}\n"
                                              "      replica:\n        resources: {limits: {cpu: \"2\", memory: 7Gi}}\n"
                                              "        measured: {commits: 950k}\n"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(countOf(s.sizing, QStringLiteral("postgresql.allocation-inverse-to-load")), 0);
        QCOMPARE(countOf(s.sizing, QStringLiteral("postgresql.replication-lag-risk")), 0);
    }

    // --- Storage over the horizon ---------------------------------------------------

    void storageForecastWithGrowth()
    {
        // Grafana's volume is its data size, rounded to GiB: 10Gi today.
        const Sized s = sizeText(kHead
                                 + "services:\n  - name: dash\n    kind: grafana\n    tier: small\n"
                                   "    inputs: {data_size: 10Gi}\n"
                                   "    volume:\n      growth: {amount: 5Gi, every: 30d}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const ServicePlanSizing* dash = s.sizing.service(QStringLiteral("dash"));
        QVERIFY(dash && dash->storage);
        const StorageForecast& fc = *dash->storage;
        QCOMPARE(fc.horizon, Quantity::milliseconds(365 * DayMs));
        QCOMPARE(fc.now, Quantity::bytes(10 * GiB));
        // 10Gi + 5Gi x 365 / 30 = 70.83Gi (rounded up to whole MiB).
        const std::int64_t expected = 10 * GiB + 5 * GiB * 365 / 30;
        QVERIFY2(fc.atHorizon.raw() >= expected - 1 && fc.atHorizon.raw() < expected + MiB,
                 qPrintable(fc.atHorizon.toString()));
        QVERIFY(!fc.volumeGiven);
        QCOMPARE(fc.volume, Quantity::bytes(71 * GiB));
        QVERIFY(fc.timeToFull);
        // (71Gi - 10Gi) at 5Gi a month: 366 days.
        QCOMPARE(*fc.timeToFull, Quantity::milliseconds(366 * DayMs));
        QCOMPARE(countOf(s.sizing, QStringLiteral("storage.full-within-horizon")), 0);
        QCOMPARE(countOf(s.sizing, QStringLiteral("storage.volume-too-small")), 0);
    }

    void storageForecastOverAShorterHorizon()
    {
        const Sized s = sizeText(kHead
                                 + "storage: {horizon: 90d}\n"
                                   "services:\n  - name: dash\n    kind: grafana\n    tier: small\n"
                                   "    inputs: {data_size: 10Gi}\n"
                                   "    volume:\n      growth: {amount: 1Gi, every: 1d}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const StorageForecast& fc = *s.sizing.service(QStringLiteral("dash"))->storage;
        QCOMPARE(fc.horizon, Quantity::milliseconds(90 * DayMs));
        QCOMPARE(fc.atHorizon, Quantity::bytes(100 * GiB));
        QCOMPARE(fc.volume, Quantity::bytes(100 * GiB));
        QCOMPARE(fc.timeToFull.value_or(Quantity()), Quantity::milliseconds(90 * DayMs));
    }

    void plannedVolumeLastsTheHorizon_data()
    {
        QTest::addColumn<QByteArray>("growth");
        QTest::addColumn<QByteArray>("horizon");
        QTest::addColumn<qint64>("volume");
        // Growth that reaches a whole GiB exactly at the horizon: the planned volume is that
        // GiB, and it is full exactly at the horizon, not a day before.
        QTest::addRow("1Gi every 1d over 90d")
            << QByteArray("{amount: 1Gi, every: 1d}") << QByteArray("90d") << qint64(100 * GiB);
        QTest::addRow("1Gi every 33d over 99d")
            << QByteArray("{amount: 1Gi, every: 33d}") << QByteArray("99d") << qint64(13 * GiB);
        QTest::addRow("1Gi every 45d over 45d")
            << QByteArray("{amount: 1Gi, every: 45d}") << QByteArray("45d") << qint64(11 * GiB);
        QTest::addRow("5Gi every 30d over 365d")
            << QByteArray("{amount: 5Gi, every: 30d}") << QByteArray("365d") << qint64(71 * GiB);
    }

    void plannedVolumeLastsTheHorizon()
    {
        QFETCH(QByteArray, growth);
        QFETCH(QByteArray, horizon);
        QFETCH(qint64, volume);
        const Sized s = sizeText(kHead + "storage: {horizon: " + horizon + "}\n"
                                 + "services:\n  - name: dash\n    kind: grafana\n    tier: small\n"
                                   "    inputs: {data_size: 10Gi}\n    volume:\n      growth: "
                                 + growth + "\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const StorageForecast& fc = *s.sizing.service(QStringLiteral("dash"))->storage;
        QCOMPARE(fc.volume, Quantity::bytes(volume));
        QVERIFY(fc.timeToFull);
        // The volume Headroom planned for the horizon does not fill before it.
        QVERIFY2(fc.timeToFull->raw() >= fc.horizon.raw(),
                 qPrintable(fc.timeToFull->toString() + QStringLiteral(" < ") + fc.horizon.toString()));
        QCOMPARE(countOf(s.sizing, QStringLiteral("storage.full-within-horizon")), 0);
    }

    void hugeGrowthDoesNotOverflow()
    {
        // Accepted by the loader: 1Pi a day for 100 years is 36.5Ei, beyond 64 bits of bytes.
        const Sized s = sizeText(kHead
                                 + "storage: {horizon: 100y}\n"
                                   "services:\n  - name: dash\n    kind: grafana\n    tier: small\n"
                                   "    volume:\n      growth: {amount: 1Pi, every: 1d}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const StorageForecast& fc = *s.sizing.service(QStringLiteral("dash"))->storage;
        QVERIFY2(fc.atHorizon.raw() >= fc.now.raw(), qPrintable(fc.atHorizon.toString()));
        QVERIFY2(fc.volume.raw() >= fc.now.raw(), qPrintable(fc.volume.toString()));
    }

    void storageWithoutGrowth()
    {
        const Sized s = sizeText(kHead + "services:\n  - name: dash\n    kind: grafana\n    tier: small\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const StorageForecast& fc = *s.sizing.service(QStringLiteral("dash"))->storage;
        QCOMPARE(fc.atHorizon, fc.now);
        QCOMPARE(fc.volume, Quantity::bytes(10 * GiB));
        QVERIFY(!fc.timeToFull);
    }

    void explicitVolume_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("daysToFull");
        // 10Gi today, growing 5Gi every 30d, over 365d (70.8Gi at the horizon).
        QTest::addRow("fills within the horizon") << QByteArray("40Gi") << QStringLiteral("storage.full-within-horizon")
                                                  << int(Severity::Warning) << QStringLiteral("180d") << qint64(180);
        QTest::addRow("smaller than today") << QByteArray("5Gi") << QStringLiteral("storage.volume-too-small")
                                            << int(Severity::Error) << QStringLiteral("5Gi") << qint64(0);
        QTest::addRow("exactly today's data") << QByteArray("10Gi") << QStringLiteral("storage.full-within-horizon")
                                              << int(Severity::Warning) << QStringLiteral("10Gi") << qint64(0);
        QTest::addRow("lasts the horizon") << QByteArray("100Gi") << QString() << 0 << QString() << qint64(540);
    }

    void explicitVolume()
    {
        QFETCH(QByteArray, size);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, messagePart);
        QFETCH(qint64, daysToFull);
        const Sized s = sizeText(kHead
                                 + "services:\n  - name: dash\n    kind: grafana\n    tier: small\n"
                                   "    inputs: {data_size: 10Gi}\n"
                                   "    volume:\n      size: "
                                 + size + "\n      growth: {amount: 5Gi, every: 30d}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const StorageForecast& fc = *s.sizing.service(QStringLiteral("dash"))->storage;
        QVERIFY(fc.volumeGiven);
        QCOMPARE(fc.volume, Quantity::parse(Dimension::Memory, QString::fromLatin1(size)).value());
        QCOMPARE(fc.timeToFull.value_or(Quantity()), Quantity::milliseconds(daysToFull * DayMs));
        const int storageFindings = countOf(s.sizing, QStringLiteral("storage.full-within-horizon"))
            + countOf(s.sizing, QStringLiteral("storage.volume-too-small"));
        if (code.isEmpty()) {
            QCOMPARE(storageFindings, 0);
            return;
        }
        QCOMPARE(storageFindings, 1);
        const PlanFinding* f = findingOf(s.sizing, code, QStringLiteral("dash"));
        QVERIFY2(f, qPrintable(findingLines(s.sizing).join(QLatin1Char('\n'))));
        QCOMPARE(int(f->finding.severity), severity);
        QVERIFY2(f->finding.message.contains(messagePart), qPrintable(f->finding.message));
        QVERIFY(f->finding.inputs.contains(QStringLiteral("volume.size")));
    }

    void sizeDependentIops_data()
    {
        QTest::addColumn<QByteArray>("volume");
        QTest::addColumn<qint64>("ceiling");
        QTest::addColumn<bool>("exceeds");
        // PostgreSQL small needs 3000 IOPS; the class gives 3 IOPS per GiB between 100 and 16k.
        QTest::addRow("100Gi: 300 IOPS") << QByteArray("100Gi") << qint64(300) << true;
        QTest::addRow("10Gi: the floor") << QByteArray("20Gi") << qint64(100) << true;
        QTest::addRow("1000Gi: exactly 3000") << QByteArray("1000Gi") << qint64(3000) << false;
        QTest::addRow("2000Gi: 6000 IOPS") << QByteArray("2000Gi") << qint64(6000) << false;
        QTest::addRow("10Ti: the ceiling") << QByteArray("10Ti") << qint64(16000) << false;
    }

    void sizeDependentIops()
    {
        QFETCH(QByteArray, volume);
        QFETCH(qint64, ceiling);
        QFETCH(bool, exceeds);
        const Sized s
            = sizeText(kHead
                       + "storage:\n  classes:\n"
                         "    - {id: ebs-gp2, iops: {perGiB: 3, floor: 100, ceiling: 16k}, throughput: 250MB/s}\n"
                         "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                         "    storageClass: ebs-gp2\n    volume: {size: "
                       + volume + "}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const RoleSizing* r = roleOf(s.sizing, QStringLiteral("db"), QString());
        QVERIFY(r);
        QCOMPARE(r->sizing.storage.storageClass, QStringLiteral("ebs-gp2"));
        QCOMPARE(r->sizing.storage.iopsNeeded.value_or(Quantity()), Quantity::iops(3000));
        QCOMPARE(r->sizing.storage.iopsCeiling, Quantity::iops(ceiling));
        QCOMPARE(r->sizing.hasFinding(QStringLiteral("storage.iops-exceeds-class")), exceeds);
        QCOMPARE(countOf(s.sizing, QStringLiteral("storage.iops-exceeds-class")), exceeds ? 1 : 0);
        if (exceeds) {
            const PlanFinding* f
                = findingOf(s.sizing, QStringLiteral("storage.iops-exceeds-class"), QStringLiteral("db"));
            QVERIFY(f);
            QCOMPARE(f->finding.severity, Severity::Error);
            QVERIFY2(f->finding.message.contains(QString::fromLatin1(volume)), qPrintable(f->finding.message));
        }
    }

    // The plan checks the class again for the planned volume; its finding is the engine's
    // own, naming the same inputs, not a copy that drifts from it.
    void plannedIopsFindingIsTheEngines()
    {
        const Sized s = sizeText(kHead
                                 + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                                   "    storageClass: network-hdd\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PlanFinding* planned
            = findingOf(s.sizing, QStringLiteral("storage.iops-exceeds-class"), QStringLiteral("db"));
        QVERIFY(planned);
        ServiceRequest request;
        request.service = QStringLiteral("postgresql");
        request.size = QStringLiteral("small");
        request.storageClass = QStringLiteral("network-hdd");
        const auto sized = SizingEngine(m_catalog).size(request);
        QVERIFY(sized.hasValue());
        const Finding* own = nullptr;
        for (const auto& f : sized->findings)
            if (f.code == QLatin1String("storage.iops-exceeds-class"))
                own = &f;
        QVERIFY(own);
        QCOMPARE(planned->finding.inputs, own->inputs);
        QCOMPARE(planned->finding.fix, own->fix);
        QCOMPARE(planned->finding.severity, own->severity);
    }

    void plannedVolumeSetsTheIopsCeiling()
    {
        // Without a given volume, the planned one (data at the horizon) decides the ceiling:
        // 13Gi today plus 5Gi a month is 74Gi after a year, 222 IOPS.
        const Sized s
            = sizeText(kHead
                       + "storage:\n  classes:\n"
                         "    - {id: ebs-gp2, iops: {perGiB: 3, floor: 100, ceiling: 16k}, throughput: 250MB/s}\n"
                         "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                         "    storageClass: ebs-gp2\n    volume: {growth: {amount: 5Gi, every: 30d}}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const ServicePlanSizing* db = s.sizing.service(QStringLiteral("db"));
        QVERIFY(db && db->storage);
        QCOMPARE(db->storage->now, Quantity::bytes(13 * GiB));
        QCOMPARE(db->storage->volume, Quantity::bytes(74 * GiB));
        QCOMPARE(db->roles.first().sizing.storage.iopsCeiling, Quantity::iops(222));
    }

    void planDefaultStorageClass()
    {
        const Sized s
            = sizeText(kHead
                       + "storage: {defaultClass: premium-ssd}\n"
                         "services:\n"
                         "  - {name: db, kind: postgresql, tier: small}\n"
                         "  - {name: own, kind: postgresql, tier: small, storageClass: network-hdd}\n"
                         "  - name: pg\n    kind: postgresql\n    tier: small\n    topology: {readReplicas: 1}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(roleOf(s.sizing, QStringLiteral("db"), QString())->sizing.storage.storageClass,
                 QStringLiteral("premium-ssd"));
        QCOMPARE(roleOf(s.sizing, QStringLiteral("own"), QString())->sizing.storage.storageClass,
                 QStringLiteral("network-hdd"));
        QCOMPARE(roleOf(s.sizing, QStringLiteral("pg"), QStringLiteral("primary"))->sizing.storage.storageClass,
                 QStringLiteral("premium-ssd"));
        QCOMPARE(roleOf(s.sizing, QStringLiteral("pg"), QStringLiteral("replica"))->sizing.storage.storageClass,
                 QStringLiteral("premium-ssd"));
        // The plan is not changed by sizing: the service still has no class of its own.
        QVERIFY(s.plan.service(QStringLiteral("db"))->request.storageClass.isEmpty());

        // Without a plan default, the catalog's default for the service.
        const Sized plain = sizeText(kHead + "services:\n  - {name: db, kind: postgresql, tier: small}\n");
        QVERIFY(plain.error.isEmpty());
        QCOMPARE(roleOf(plain.sizing, QStringLiteral("db"), QString())->sizing.storage.storageClass,
                 QStringLiteral("local-ssd"));
    }

    // --- Cluster fit ----------------------------------------------------------------

    void clusterFitNamesPodsAndCosts()
    {
        const Sized s
            = sizeText(kHead
                       + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 3, pricePerHour: 0.5}\n"
                         "services:\n"
                         "  - {name: cache, kind: redis, tier: small, replicas: 2}\n"
                         "  - name: db\n    kind: postgresql\n    tier: small\n    topology: {readReplicas: 2}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QStringList names;
        for (const auto& p : s.sizing.fit.placed) {
            names << p.name;
            QCOMPARE(p.nodePool, QStringLiteral("general"));
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("cache-0"), QStringLiteral("cache-1"), QStringLiteral("db-primary-0"),
                                QStringLiteral("db-replica-0"), QStringLiteral("db-replica-1") }));
        QVERIFY(s.sizing.fit.unplaced.isEmpty());
        QCOMPARE(countOf(s.sizing, QStringLiteral("cluster.pod-unplaced")), 0);
        // The primary and its replicas are one service: three different nodes.
        QSet<int> dbNodes;
        for (const auto& p : s.sizing.fit.placed) {
            if (p.service == QLatin1String("db"))
                dbNodes.insert(p.node);
        }
        QCOMPARE(dbNodes.size(), 3);
        // 3 nodes x 0.5 an hour x 730 hours.
        QVERIFY(s.sizing.fit.monthlyCost);
        QCOMPARE(*s.sizing.fit.monthlyCost, 1095.0);
        QCOMPARE(s.sizing.fit.pools.size(), 1);
        QCOMPARE(s.sizing.fit.pools.first().nodesAvailable, 3);
    }

    void podRequestsComeFromTheRoles()
    {
        const Sized s = sizeFile(example("case-study-before.yaml"));
        QVERIFY(s.error.isEmpty());
        // The case study's 7Gi primary and 3Gi replica on two 16Gi nodes, memory requests equal to
        // the limits (qos memory-guaranteed, the default).
        QCOMPARE(s.sizing.fit.placed.size(), 2);
        QVERIFY(s.sizing.fit.unplaced.isEmpty());
        QCOMPARE(s.sizing.fit.nodes.size(), 2);
        std::int64_t requested = 0;
        for (const auto& n : s.sizing.fit.nodes)
            requested += n.memoryRequested.raw();
        QCOMPARE(requested, 10 * GiB);
        QVERIFY(!s.sizing.fit.monthlyCost); // the pool has no price
    }

    void nodePoolPinning()
    {
        const Sized s = sizeText(kHead
                                 + "nodePools:\n"
                                   "  - {name: general, cpu: \"8\", memory: 32Gi, count: 2}\n"
                                   "  - {name: cache, cpu: \"4\", memory: 16Gi, count: 2}\n"
                                   "services:\n"
                                   "  - {name: kv, kind: redis, tier: small, replicas: 2, nodePool: cache}\n"
                                   "  - {name: dash, kind: grafana, tier: small}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        for (const auto& p : s.sizing.fit.placed) {
            if (p.service == QLatin1String("kv"))
                QCOMPARE(p.nodePool, QStringLiteral("cache"));
            else
                QCOMPARE(p.nodePool, QStringLiteral("general"));
        }
        QCOMPARE(s.sizing.fit.placed.size(), 3);
    }

    void unplaceablePodIsAnError()
    {
        const Sized s
            = sizeText(kHead
                       + "nodePools:\n  - {name: small, cpu: \"4\", memory: 16Gi, count: 2, pricePerHour: 0.2}\n"
                         "services:\n"
                         "  - {name: cache, kind: redis, tier: small}\n"
                         "  - name: big\n    kind: postgresql\n"
                         "    resources: {limits: {cpu: \"2\", memory: 64Gi}}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.sizing.fit.unplaced.size(), 1);
        QCOMPARE(s.sizing.fit.unplaced.first().name, QStringLiteral("big-0"));
        const PlanFinding* f = findingOf(s.sizing, QStringLiteral("cluster.pod-unplaced"), QStringLiteral("big"));
        QVERIFY2(f, qPrintable(findingLines(s.sizing).join(QLatin1Char('\n'))));
        QCOMPARE(f->finding.severity, Severity::Error);
        QVERIFY(f->finding.message.startsWith(QStringLiteral("big-0 cannot be placed: ")));
        QVERIFY(!f->finding.fix.isEmpty());
        QCOMPARE(s.sizing.fit.placed.size(), 1); // the cache still is
        QCOMPARE(*s.sizing.fit.monthlyCost, 2 * 0.2 * 730);
        // A finding of error severity comes before every warning.
        QCOMPARE(s.sizing.findings.first().finding.severity, Severity::Error);
    }

    void noNodePoolsNoFit()
    {
        const Sized s = sizeText(kHead + "services:\n  - {name: cache, kind: redis, tier: small}\n");
        QVERIFY(s.error.isEmpty());
        QVERIFY(s.sizing.fit.placed.isEmpty());
        QVERIFY(s.sizing.fit.unplaced.isEmpty());
        QVERIFY(!s.sizing.fit.monthlyCost);
        QCOMPARE(countOf(s.sizing, QStringLiteral("cluster.pod-unplaced")), 0);
    }

    // --- Robustness -----------------------------------------------------------------

    void serviceThatCannotBeSized()
    {
        // A million clients behind PgBouncer: the pool the primary needs is beyond what
        // PostgreSQL's max_connections input accepts.
        const Sized s = sizeText(kHead
                                 + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 3}\n"
                                   "services:\n"
                                   "  - {name: cache, kind: redis, tier: small}\n"
                                   "  - name: db\n    kind: postgresql\n    tier: small\n"
                                   "    topology:\n      readReplicas: 1\n      load: {readShare: 50%}\n"
                                   "      clientConnections: \"1000000\"\n      pooler: {enabled: true}\n"
                                   "  - {name: dash, kind: grafana, tier: small}\n");
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.sizing.services.size(), 3);
        const ServicePlanSizing* db = s.sizing.service(QStringLiteral("db"));
        QVERIFY(db);
        QVERIFY(!db->error.isEmpty());
        QVERIFY2(db->error.startsWith(QStringLiteral("primary: ")), qPrintable(db->error));
        QVERIFY2(db->error.contains(QStringLiteral("connections")), qPrintable(db->error));
        const PlanFinding* f
            = findingOf(s.sizing, QStringLiteral("plan.service-cannot-be-sized"), QStringLiteral("db"));
        QVERIFY(f);
        QCOMPARE(f->finding.severity, Severity::Error);
        QCOMPARE(f->finding.message, db->error);
        // The others are sized and placed; the broken one has no pods.
        for (const QString& name : { QStringLiteral("cache"), QStringLiteral("dash") }) {
            const ServicePlanSizing* other = s.sizing.service(name);
            QVERIFY(other);
            QVERIFY(other->error.isEmpty());
            QCOMPARE(other->roles.size(), 1);
        }
        QCOMPARE(s.sizing.fit.placed.size(), 2);
        QCOMPARE(countOf(s.sizing, QStringLiteral("plan.service-cannot-be-sized")), 1);
    }

    void unknownKindInAPlanBuiltInCode()
    {
        // Plans are plain data: one made in code can name what the catalog lacks.
        Plan plan;
        plan.name = QStringLiteral("code");
        PlannedService ghost;
        ghost.name = QStringLiteral("ghost");
        ghost.request.service = QStringLiteral("oracle");
        ghost.request.size = QStringLiteral("small");
        PlannedService cache;
        cache.name = QStringLiteral("cache");
        cache.request.service = QStringLiteral("redis");
        cache.request.size = QStringLiteral("small");
        plan.services << ghost << cache;
        const PlanSizing sizing = PlanSizer(m_catalog).size(plan);
        QCOMPARE(sizing.services.size(), 2);
        QVERIFY(sizing.service(QStringLiteral("ghost"))->error.contains(QStringLiteral("oracle")));
        QVERIFY(findingOf(sizing, QStringLiteral("plan.service-cannot-be-sized"), QStringLiteral("ghost")));
        QVERIFY(sizing.service(QStringLiteral("cache"))->error.isEmpty());
        QCOMPARE(sizing.service(QStringLiteral("cache"))->roles.size(), 1);
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        for (const auto& f : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
            QTest::addRow("%s", qPrintable(f)) << examples.filePath(f);
        QTest::addRow("every-feature.yaml") << QStringLiteral(HEADROOM_SOURCE_DIR "/tests/data/every-feature.yaml");
    }

    void deterministic()
    {
        QFETCH(QString, path);
        const Sized s = sizeFile(path);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PlanSizer sizer(s.catalog);
        const PlanSizing again = sizer.size(s.plan);
        QCOMPARE(findingLines(again), findingLines(s.sizing));
        QCOMPARE(sizingLines(again), sizingLines(s.sizing));
        // A second sizer over the same catalog gives the same too.
        QCOMPARE(sizingLines(PlanSizer(s.catalog).size(s.plan)), sizingLines(s.sizing));
        QCOMPARE(again.planName, s.plan.name);
    }
};

QTEST_GUILESS_MAIN(TestPlanSizer)
#include "tst_plansizer.moc"
