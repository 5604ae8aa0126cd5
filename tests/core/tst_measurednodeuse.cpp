// SPDX-License-Identifier: Apache-2.0
// Measured use per node (the cluster view): each placed pod counts its service's measurement
// (per pod), pods of unmeasured services count for nothing but the pod total.
#include "engine/measurednodeuse.h"
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QtTest>

using namespace headroom;

namespace {

QByteArray measuredService(const QByteArray& name, int replicas, const QByteArray& cpu, const QByteArray& memory)
{
    return "  - name: " + name + "\n    kind: redis\n    tier: small\n    replicas: " + QByteArray::number(replicas)
        + "\n    measured:\n      window: 14d\n      at: 2026-12-01T00:00:00Z\n      pods: "
        + QByteArray::number(replicas) + "\n      cpu: " + cpu + "\n      memory: " + memory + "\n";
}

// Two measured services (one of two replicas) and one unmeasured on a pool of `nodes` nodes.
QByteArray planYaml(int nodes)
{
    return "apiVersion: headroom/v1\nkind: Plan\nmetadata:\n  name: per node\nnodePools:\n  - name: big\n    cpu: "
           "\"64\"\n"
           "    memory: 256Gi\n    count: "
        + QByteArray::number(nodes) + "\nservices:\n"
        + measuredService("cache", 2, "{p50: 50m, p95: 120m, p99: 200m, max: 400m}",
                          "{p50: 1Gi, p95: 1Gi, p99: 1536Mi, max: 2Gi}")
        + measuredService("sessions", 1, "{p50: 100m, p95: 200m, p99: 300m, max: 900m}",
                          "{p50: 256Mi, p95: 256Mi, p99: 512Mi, max: 1Gi}")
        + "  - name: plain\n    kind: redis\n    tier: small\n";
}

} // namespace

class TestMeasuredNodeUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void sumsThePodsOfEachNode()
    {
        const auto [plan, sizing] = sized(1);
        const auto uses = MeasuredNodeUse::of(plan, sizing.fit);
        QCOMPARE(uses.size(), 1);
        // One node: the second cache replica may not join the first (anti-affinity) and is
        // counted nowhere.
        QCOMPARE(sizing.fit.unplaced.size(), 1);
        const MeasuredNodeUse& use = uses.first();
        QCOMPARE(use.pods, 3);
        QCOMPARE(use.measuredPods, 2);
        QCOMPARE(use.cpuP99, Quantity::millicores(200 + 300));
        QCOMPARE(use.cpuMax, Quantity::millicores(400 + 900));
        QCOMPARE(use.memoryP99, Quantity::mebibytes(1536 + 512));
        QCOMPARE(use.memoryMax, Quantity::gibibytes(2 + 1));
        // The requests beside them are the measured pods' own, not the unmeasured pod's.
        std::int64_t cpu = 0;
        for (const auto& pod : sizing.fit.placed) {
            if (pod.service != QLatin1String("plain"))
                cpu += pod.cpuRequest.raw();
        }
        QCOMPARE(use.cpuRequested, Quantity::millicores(cpu));
        QVERIFY(use.cpuRequested.raw() < sizing.fit.nodes.first().cpuRequested.raw());
    }

    // Replicas of a service go on different nodes: each node counts its own pods only.
    void followsThePlacement()
    {
        const auto [plan, sizing] = sized(2);
        const auto uses = MeasuredNodeUse::of(plan, sizing.fit);
        QCOMPARE(uses.size(), sizing.fit.nodes.size());
        int pods = 0, measured = 0;
        std::int64_t cpuP99 = 0;
        for (const auto& use : uses) {
            QVERIFY(use.measuredPods <= use.pods);
            pods += use.pods, measured += use.measuredPods, cpuP99 += use.cpuP99.raw();
            const int caches
                = int(std::count_if(sizing.fit.placed.begin(), sizing.fit.placed.end(), [&](const auto& p) {
                      return p.node == use.node && p.service == QLatin1String("cache");
                  }));
            QVERIFY(caches <= 1);
        }
        QCOMPARE(pods, 4);
        QCOMPARE(measured, 3);
        QCOMPARE(cpuP99, 200 + 200 + 300);
    }

    // A topology measured per role: its replica pods count the replicas' measurement, its
    // primary the primary's; a plan with one measurement counts it for the primary only.
    void replicaPodsCountTheReplicasMeasurement()
    {
        const QByteArray head = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: roles}\nnodePools:\n"
                                "  - {name: big, cpu: \"64\", memory: 256Gi, count: 3}\nservices:\n"
                                "  - name: pg\n    kind: postgresql\n    tier: small\n"
                                "    topology: {readReplicas: 2}\n    measured:\n";
        const QByteArray primary = "cpu: {p50: 1, p95: 1, p99: 1500m, max: 2}, "
                                   "memory: {p50: 3Gi, p95: 3Gi, p99: 3Gi, max: 4Gi}";
        const QByteArray replica = "cpu: {p50: 100m, p95: 100m, p99: 200m, max: 300m}, "
                                   "memory: {p50: 1Gi, p95: 1Gi, p99: 1Gi, max: 1Gi}";
        for (const bool perRole : { true, false }) {
            const QByteArray yaml = head
                + (perRole
                       ? "      primary: {pods: 1, " + primary + "}\n      replica: {pods: 2, " + replica + "}\n"
                       : "      pods: 1\n      " + QByteArray(primary).replace(", memory", "\n      memory") + "\n");
            PlanLoader loader(*m_catalog);
            const auto plan = loader.load(yaml, QStringLiteral("roles.yaml"));
            QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
            const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
            std::int64_t cpuP99 = 0, memoryMax = 0;
            int measured = 0;
            for (const auto& use : MeasuredNodeUse::of(plan.value(), sizing.fit))
                cpuP99 += use.cpuP99.raw(), memoryMax += use.memoryMax.raw(), measured += use.measuredPods;
            QCOMPARE(measured, perRole ? 3 : 1);
            QCOMPARE(cpuP99, perRole ? 1500 + 2 * 200 : 1500);
            QCOMPARE(memoryMax, perRole ? (4LL + 2 * 1) << 30 : 4LL << 30);
        }
    }

private:
    std::pair<Plan, PlanSizing> sized(int nodes) const
    {
        PlanLoader loader(*m_catalog);
        const auto plan = loader.load(planYaml(nodes), QStringLiteral("pernode.yaml"));
        if (!plan)
            qFatal("%s", qPrintable(plan.error().toString()));
        return { plan.value(), PlanSizer(loader.effectiveCatalog()).size(plan.value()) };
    }

    std::optional<Catalog> m_catalog;
};

QTEST_MAIN(TestMeasuredNodeUse)
#include "tst_measurednodeuse.moc"
