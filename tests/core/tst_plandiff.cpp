// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "report/plandiff.h"
#include "testutils.h"

#include <QDir>
#include <QtTest>

using namespace headroom;

namespace {

const QByteArray kHead = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: test}\n";
const QByteArray kPool = "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 4, pricePerHour: 0.5}\n";

QString line(const PlanChange& c)
{
    return QStringList { c.where, c.what, c.before, c.after }.join(QLatin1Char('|'));
}

QStringList lines(const QList<PlanChange>& changes)
{
    QStringList out;
    for (const auto& c : changes)
        out << line(c);
    return out;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    bool sizeText(const QByteArray& text, PlanSizing& out)
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        if (!plan) {
            qWarning("%s", qPrintable(plan.error().toString()));
            return false;
        }
        out = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        return true;
    }

    bool sizeFile(const QString& path, PlanSizing& out)
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        if (!plan) {
            qWarning("%s", qPrintable(plan.error().toString()));
            return false;
        }
        out = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        return true;
    }

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void identicalPlansHaveNoChanges_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        for (const auto& f : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
            QTest::addRow("%s", qPrintable(f)) << examples.filePath(f);
        QTest::addRow("every-feature.yaml") << QStringLiteral(HEADROOM_SOURCE_DIR "/tests/data/every-feature.yaml");
    }

    void identicalPlansHaveNoChanges()
    {
        QFETCH(QString, path);
        PlanSizing a;
        PlanSizing b;
        QVERIFY(sizeFile(path, a));
        QVERIFY(sizeFile(path, b));
        const auto changes = plan_diff::compare(a, b);
        QVERIFY2(changes.isEmpty(), qPrintable(lines(changes).join(QLatin1Char('\n'))));
        QCOMPARE(plan_diff::toText(changes),
                 QStringLiteral("No differences in resources, settings, storage, nodes or cost.\n"));
        // The sizing against itself, too.
        QVERIFY(plan_diff::compare(a, a).isEmpty());
    }

    void changes_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("expected"); // where|what|before|after, each must be there
        QTest::addColumn<QStringList>("unexpected"); // where|what, none may be there

        const QByteArray cache = "  - {name: cache, kind: redis, tier: small}\n";
        const QByteArray base = kHead + kPool + "services:\n" + cache;

        QTest::addRow("tier") << base
                              << QByteArray(kHead + kPool + "services:\n  - {name: cache, kind: redis, tier: medium}\n")
                              << QStringList { "cache|tier|small|medium", "cache|memory limit|2Gi|4Gi",
                                               "cache|cpu limit|1|2", "cache|setting maxmemory|1536mb|3gb" }
                              << QStringList { "cache|service", "cache|pods" };

        QTest::addRow("replicas")
            << base
            << QByteArray(kHead + kPool + "services:\n  - {name: cache, kind: redis, tier: small, replicas: 3}\n")
            << QStringList { "cache|pods|1|3", "pool general|nodes used|1|3" }
            << QStringList { "cache|tier", "cache|memory limit", "cluster|monthly cost" };

        QTest::addRow("memory limit") << QByteArray(kHead
                                                    + "services:\n  - name: api\n    kind: grafana\n"
                                                      "    resources: {limits: {cpu: \"1\", memory: 2Gi}}\n")
                                      << QByteArray(kHead
                                                    + "services:\n  - name: api\n    kind: grafana\n"
                                                      "    resources: {limits: {cpu: \"1\", memory: 3Gi}}\n")
                                      << QStringList { "api|memory limit|2Gi|3Gi" }
                                      << QStringList { "api|cpu limit", "api|tier" };

        // The guide's rules, whose shared_buffers does not follow the connections.
        QTest::addRow("a setting")
            << QByteArray(kHead + "postgresProfile: guide\nservices:\n  - {name: db, kind: postgresql, tier: small}\n")
            << QByteArray(kHead
                          + "postgresProfile: guide\nservices:\n  - {name: db, kind: postgresql, tier: small, inputs: "
                            "{connections: \"50\"}}\n")
            << QStringList { "db|setting max_connections|100|50", "db|setting work_mem|10MB|20MB" }
            << QStringList { "db|memory limit", "db|setting shared_buffers" };

        QTest::addRow("storage class and volume")
            << QByteArray(kHead + "services:\n  - {name: db, kind: postgresql, tier: small}\n")
            << QByteArray(kHead
                          + "services:\n  - {name: db, kind: postgresql, tier: small, storageClass: premium-ssd, "
                            "inputs: {dataset: 20Gi}}\n")
            << QStringList { "db|storage class|local-ssd|premium-ssd", "db|volume|13Gi|26Gi" } << QStringList {};

        QTest::addRow("primary/replica memory")
            << QByteArray(kHead
                          + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                            "    topology:\n      readReplicas: 1\n"
                            "      replica: {resources: {limits: {memory: 3Gi}}}\n")
            << QByteArray(kHead
                          + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                            "    topology:\n      readReplicas: 1\n"
                            "      replica: {resources: {limits: {memory: 6Gi}}}\n")
            << QStringList { "db/replica|memory limit|3Gi|6Gi" }
            << QStringList { "db/primary|memory limit", "db|service" };

        QTest::addRow("node count: the cost")
            << base << QByteArray(base).replace("count: 4", "count: 5")
            << QStringList { "cluster|monthly cost|1460.00|1825.00" } << QStringList { "cache|pods" };

        QTest::addRow("price") << base << QByteArray(base).replace("pricePerHour: 0.5", "pricePerHour: 1")
                               << QStringList { "cluster|monthly cost|1460.00|2920.00" } << QStringList {};

        QTest::addRow("price removed") << base << QByteArray(base).replace(", pricePerHour: 0.5", "")
                                       << QStringList { "cluster|monthly cost|1460.00|" } << QStringList {};

        const QByteArray scaling
            = "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, autoscaling: {min: 1, max: 5}, "
              "pricePerHour: 0.5}\n";
        QTest::addRow("autoscaling nodes")
            << QByteArray(kHead + scaling + "services:\n  - {name: cache, kind: redis, tier: small, replicas: 2}\n")
            << QByteArray(kHead + scaling + "services:\n  - {name: cache, kind: redis, tier: small, replicas: 3}\n")
            << QStringList { "cache|pods|2|3", "pool general|nodes used|2|3", "cluster|monthly cost|730.00|1095.00" }
            << QStringList {};

        QTest::addRow("added service") << base
                                       << QByteArray(base
                                                     + "  - {name: dash, kind: grafana, tier: medium, replicas: 2}\n")
                                       << QStringList { "dash|service||grafana medium, 2 pod(s)" }
                                       << QStringList { "dash|pods", "cache|service" };

        QTest::addRow("removed service") << QByteArray(base
                                                       + "  - {name: dash, kind: grafana, tier: medium, replicas: 2}\n")
                                         << base << QStringList { "dash|service|grafana medium, 2 pod(s)|" }
                                         << QStringList { "dash|pods" };

        QTest::addRow("added custom service")
            << base
            << QByteArray(base
                          + "  - name: api\n    kind: grafana\n    resources: {limits: {cpu: \"1\", memory: 2Gi}}\n")
            << QStringList { "api|service||grafana custom, 1 pod(s)" } << QStringList {};

        QTest::addRow("added replicas role")
            << QByteArray(kHead
                          + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                            "    topology: {readReplicas: 0}\n")
            << QByteArray(kHead
                          + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                            "    topology: {readReplicas: 2}\n")
            << QStringList { "db/replica|service||postgresql small, 2 pod(s)" } << QStringList { "db/primary|service" };

        QTest::addRow("unplaced pod and findings")
            << base << QByteArray(base).replace("memory: 32Gi", "memory: 512Mi")
            << QStringList { "cluster|unplaced pods|0|1", "cluster|error findings|0|1", "pool general|nodes used|1|0" }
            << QStringList {};
    }

    void changes()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        PlanSizing a;
        PlanSizing b;
        QVERIFY(sizeText(before, a));
        QVERIFY(sizeText(after, b));
        const QStringList got = lines(plan_diff::compare(a, b));
        const QString all = got.join(QLatin1Char('\n'));
        QVERIFY2(!got.isEmpty(), "no changes");
        for (const auto& e : expected)
            QVERIFY2(got.contains(e), qPrintable(QStringLiteral("missing %1 in\n%2").arg(e, all)));
        for (const auto& u : unexpected) {
            for (const auto& g : got)
                QVERIFY2(!g.startsWith(u + QLatin1Char('|')),
                         qPrintable(QStringLiteral("unexpected %1 in\n%2").arg(u, all)));
        }
        // Every change changes something, and each is listed once.
        for (const auto& g : got) {
            const QStringList parts = g.split(QLatin1Char('|'));
            QCOMPARE(parts.size(), 4);
            QVERIFY2(parts[2] != parts[3], qPrintable(g));
            QCOMPARE(got.count(g), 1);
        }
        // Turned around, before and after swap.
        const QStringList back = lines(plan_diff::compare(b, a));
        QCOMPARE(back.size(), got.size());
        for (const auto& g : got) {
            QStringList parts = g.split(QLatin1Char('|'));
            parts.swapItemsAt(2, 3);
            QVERIFY2(back.contains(parts.join(QLatin1Char('|'))), qPrintable(g));
        }
    }

    void nodeCountChangeIsReported_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        const QByteArray services = "services:\n  - {name: cache, kind: redis, tier: small}\n";
        QTest::addRow("fixed pool 4 -> 5")
            << QByteArray(kHead + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 4}\n" + services)
            << QByteArray(kHead + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 5}\n" + services);
        QTest::addRow("autoscaling max 3 -> 6")
            << QByteArray(kHead
                          + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, autoscaling: {min: 1, max: 3}}\n"
                          + services)
            << QByteArray(kHead
                          + "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, autoscaling: {min: 1, max: 6}}\n"
                          + services);
    }

    void nodeCountChangeIsReported()
    {
        // The pool has no price, so the cost cannot show the change. `headroom diff` prints
        // "No differences in resources, settings, storage, nodes or cost." and exits 0.
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        PlanSizing a;
        PlanSizing b;
        QVERIFY(sizeText(before, a));
        QVERIFY(sizeText(after, b));
        QCOMPARE(a.fit.pools.size(), 1);
        QVERIFY(a.fit.pools.first().nodesAvailable != b.fit.pools.first().nodesAvailable);
        const QStringList got = lines(plan_diff::compare(a, b));
        QVERIFY2(std::any_of(got.cbegin(), got.cend(),
                             [](const QString& g) { return g.startsWith(QStringLiteral("pool general|")); }),
                 qPrintable(got.join(QLatin1Char('\n'))));
    }

    void caseStudyBeforeAfter()
    {
        PlanSizing before;
        PlanSizing after;
        QVERIFY(sizeFile(QStringLiteral(":/examples/case-study-before.yaml"), before));
        QVERIFY(sizeFile(QStringLiteral(":/examples/case-study-after.yaml"), after));
        const auto changes = plan_diff::compare(before, after);
        const QStringList got = lines(changes);
        for (const char* e :
             { "benchmarkdb/primary|memory limit|7Gi|4Gi", "benchmarkdb/replica|memory limit|3Gi|6Gi",
               "benchmarkdb/primary|setting max_connections|200|28",
               "benchmarkdb/replica|setting max_connections|200|48",
               "benchmarkdb/replica|setting shared_buffers|768MB|1446MB", "cluster|error findings|2|0" })
            QVERIFY2(got.contains(QLatin1String(e)), e);

        const QString text = plan_diff::toText(changes);
        QVERIFY(text.startsWith(QStringLiteral("Where")));
        for (const char* part : { "What", "Before", "After", "benchmarkdb/replica", "memory limit", "7Gi", "4Gi" })
            QVERIFY2(text.contains(QLatin1String(part)), part);
        // One line a change, under a header and its rule.
        QCOMPARE(text.trimmed().split(QLatin1Char('\n')).size(), changes.size() + 2);
    }

    void textShowsAddedAndRemovedWithDashes()
    {
        const QList<PlanChange> changes = {
            { QStringLiteral("dash"), QStringLiteral("service"), QString(), QStringLiteral("grafana small, 1 pod(s)") },
            { QStringLiteral("cache"), QStringLiteral("service"), QStringLiteral("redis small, 1 pod(s)"), QString() }
        };
        const QStringList rows = plan_diff::toText(changes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows[2].contains(QStringLiteral(" - ")) || rows[2].contains(QStringLiteral("  -  ")),
                 qPrintable(rows[2]));
        QVERIFY(rows[3].trimmed().endsWith(QLatin1Char('-')));
    }

    // A new measurement of the same plan is listed apart and is no change of the plan, even
    // when it raises findings; a change of the plan beside it still is.
    void measuredChangeIsNotAPlanChange()
    {
        const QByteArray service = "services:\n  - name: cache\n    kind: redis\n    tier: small\n";
        const QByteArray quiet = "    measured:\n      cpu: {p50: 100m, p95: 200m, p99: 250m, max: 300m}\n"
                                 "      memory: {p50: 600Mi, p95: 800Mi, p99: 850Mi, max: 900Mi}\n";
        const QByteArray killed = "    measured:\n      cpu: {p50: 100m, p95: 200m, p99: 250m, max: 300m}\n"
                                  "      memory: {p50: 1Gi, p95: 1800Mi, p99: 2Gi, max: 2Gi}\n      oomKills: 3\n";
        PlanSizing a;
        PlanSizing b;
        QVERIFY(sizeText(kHead + kPool + service + quiet, a));
        QVERIFY(sizeText(kHead + kPool + service + killed, b));
        QVERIFY(b.count(Severity::Error) > a.count(Severity::Error));
        const auto changes = plan_diff::compare(a, b);
        QVERIFY(!changes.isEmpty());
        QVERIFY2(!plan_diff::changesPlan(changes), qPrintable(lines(changes).join(QLatin1Char('\n'))));
        QVERIFY(lines(changes).contains(QStringLiteral("cache|OOM kills|0|3")));
        QVERIFY(lines(changes).contains(QStringLiteral("cache|measured memory|p99 850Mi, max 900Mi|p99 2Gi, max 2Gi")));
        const QString text = plan_diff::toText(changes);
        QVERIFY(text.startsWith(QLatin1String("No differences in resources")));
        QVERIFY(text.contains(QLatin1String("Measured (not a change of the plan):")));

        PlanSizing c;
        QVERIFY(
            sizeText(kHead + kPool + "services:\n  - name: cache\n    kind: redis\n    tier: medium\n" + killed, c));
        const auto both = plan_diff::compare(a, c);
        QVERIFY(plan_diff::changesPlan(both));
        QVERIFY(lines(both).contains(QStringLiteral("cache|tier|small|medium")));
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
