#include "catalogloader.h"
#include "planloader.h"
#include "plansizer.h"

#include <QDir>
#include <QtTest>

using namespace headroom;

class TestPlanLoader : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY2(catalog.hasValue(), qPrintable(catalog ? QString() : catalog.error().toString()));
        m_catalog = catalog.value();
    }

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
        QVERIFY2(plan.hasValue(), qPrintable(plan ? QString() : plan.error().toString()));
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
        QVERIFY2(plan.hasValue(), qPrintable(plan ? QString() : plan.error().toString()));
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
        QTest::addRow("duplicate names")
            << QByteArray(head + "  - {name: db, kind: redis, tier: small}\n  - {name: db, kind: redis, tier: small}\n")
            << 6 << QStringLiteral("services.db.name") << QStringLiteral("already named 'db'");
        QTest::addRow("bad name") << QByteArray(head + "  - {name: My DB, kind: redis, tier: small}\n") << 5
                                  << QStringLiteral("services.My DB.name") << QStringLiteral("cannot name a Helm release");
        QTest::addRow("unknown input")
            << QByteArray(head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {conections: \"5\"}\n")
            << 8 << QStringLiteral("services.db.inputs.conections") << QStringLiteral("no input 'conections'");
        QTest::addRow("input of wrong unit")
            << QByteArray(head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {dataset: fast}\n")
            << 8 << QStringLiteral("services.db.inputs.dataset") << QStringLiteral("'fast' is not a memory quantity");
        QTest::addRow("negative input")
            << QByteArray(head + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {connections: -5}\n")
            << 8 << QStringLiteral("services.db.inputs.connections") << QStringLiteral("negative");
        QTest::addRow("absurd input")
            << QByteArray(head
                          + "  - name: db\n    kind: postgresql\n    tier: small\n    inputs: {connections: 99999999}\n")
            << 8 << QStringLiteral("services.db.inputs.connections") << QStringLiteral("must be between");
        QTest::addRow("unknown storage class")
            << QByteArray(head + "  - name: db\n    kind: redis\n    tier: small\n    storageClass: floppy\n") << 8
            << QStringLiteral("services.db.storageClass") << QStringLiteral("unknown storage class 'floppy'");
        QTest::addRow("zero replicas") << QByteArray(head + "  - name: db\n    kind: redis\n    tier: small\n    replicas: 0\n")
                                       << 8 << QStringLiteral("services.db.replicas")
                                       << QStringLiteral("between 1 and 10000");
        QTest::addRow("no tier nor limits") << QByteArray(head + "  - name: db\n    kind: redis\n") << 5
                                            << QStringLiteral("services.db") << QStringLiteral("give the service a tier");
        QTest::addRow("services is a map") << QByteArray(head + "  db: {kind: redis}\n") << 5
                                           << QStringLiteral("services") << QStringLiteral("expected a list");
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
};

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_planloader.moc"
