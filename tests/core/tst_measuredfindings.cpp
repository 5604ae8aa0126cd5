// SPDX-License-Identifier: Apache-2.0
#include "engine/measuredrecommender.h"
#include "engine/plansizer.h"
#include "testutils.h"

#include <QtTest>

#include <functional>

using namespace headroom;

namespace {

constexpr std::int64_t kGi = 1LL << 30;

// A quantity scaled by num/den, at least one base unit.
Quantity scaled(const Quantity& q, std::int64_t num, std::int64_t den)
{
    return Quantity(q.dimension(), std::max<std::int64_t>(1, q.raw() * num / den));
}

UsageDistribution flat(const Quantity& p50, const Quantity& p95, const Quantity& p99, const Quantity& max)
{
    return UsageDistribution { p50, p95, p99, max };
}

// A measurement that the planned resources fit: requests above p95 and below twice the p99,
// the limit well above the peak.
Measurement fitting(const Resources& r)
{
    Measurement m;
    m.pods = 1;
    m.at = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    m.cpu = flat(scaled(r.cpuRequest, 5, 10), scaled(r.cpuRequest, 8, 10), scaled(r.cpuRequest, 85, 100),
                 scaled(r.cpuRequest, 85, 100));
    m.memory = flat(scaled(r.memoryRequest, 5, 10), scaled(r.memoryRequest, 8, 10), scaled(r.memoryRequest, 85, 100),
                    scaled(r.memoryRequest, 85, 100));
    m.throttled = Quantity::partsPerMillion(0);
    return m;
}

using Scenario = std::function<void(Measurement&, const Resources&)>;

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestMeasuredFindings : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Plan planFor(const QString& kind) const
    {
        Plan plan;
        plan.name = QStringLiteral("measured");
        NodePool pool;
        pool.name = QStringLiteral("general");
        pool.cpu = Quantity::millicores(16'000);
        pool.memory = Quantity::bytes(64 * kGi);
        pool.count = 4;
        pool.pricePerHour = 0.5;
        plan.nodePools << pool;
        PlannedService s;
        s.name = QStringLiteral("svc");
        s.request.service = kind;
        s.request.size = QStringLiteral("small");
        plan.services << s;
        return plan;
    }

    static QStringList codes(const PlanSizing& sizing, const QString& prefix = QStringLiteral("measured."))
    {
        QStringList out;
        for (const auto& f : sizing.findings) {
            if (f.finding.code.startsWith(prefix))
                out << f.finding.code;
        }
        return out;
    }

    static const PlanFinding* find(const PlanSizing& sizing, const QString& code)
    {
        for (const auto& f : sizing.findings) {
            if (f.finding.code == code)
                return &f;
        }
        return nullptr;
    }

    // The worst-case finding is the engine's own configuration against its limit: it holds
    // for a measurement far below the worst case, whatever the scenario.
    static bool expectsWorstCase(const PlanSizing& sizing)
    {
        const auto& m = *sizing.services.first().measured;
        const auto& r = sizing.services.first().roles.first().sizing.resources;
        return m.configuredWorstCase.raw() > r.memoryLimit.raw()
            && m.measured.memory->max.raw() * 2 < m.configuredWorstCase.raw();
    }

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void findingsFollowTheMeasurement_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("severity");
        const QList<std::tuple<const char*, Scenario, QStringList, Severity>> scenarios = {
            { "fits", [](Measurement&, const Resources&) {}, {}, Severity::Info },
            { "oom killed",
              [](Measurement& m, const Resources& r) {
                  m.memory->max = r.memoryLimit;
                  m.oomKills = 1;
              },
              { QStringLiteral("measured.memory-limit-low") },
              Severity::Error },
            { "peak near the limit",
              [](Measurement& m, const Resources& r) {
                  m.memory->max = Quantity::bytes(std::max(m.memory->p99.raw(), r.memoryLimit.raw() * 95 / 100));
              },
              { QStringLiteral("measured.memory-limit-low") },
              Severity::Warning },
            { "requests below p95",
              [](Measurement& m, const Resources& r) {
                  m.memory->p95 = m.memory->p99 = m.memory->max = scaled(r.memoryRequest, 3, 2);
                  m.cpu->p95 = m.cpu->p99 = m.cpu->max = scaled(r.cpuRequest, 3, 2);
              },
              { QStringLiteral("measured.memory-request-low"), QStringLiteral("measured.cpu-request-low") },
              Severity::Warning },
            { "cpu idle",
              [](Measurement& m, const Resources& r) {
                  m.cpu = flat(scaled(r.cpuRequest, 1, 20), scaled(r.cpuRequest, 1, 10), scaled(r.cpuRequest, 1, 8),
                               scaled(r.cpuRequest, 1, 5));
              },
              { QStringLiteral("measured.cpu-request-waste") },
              Severity::Warning },
            { "throttled",
              [](Measurement& m, const Resources& r) {
                  m.cpu->max = m.cpu->max.raw() > r.cpuLimit.raw() ? m.cpu->max : r.cpuLimit;
                  m.throttled = Quantity::partsPerMillion(200'000);
              },
              { QStringLiteral("measured.cpu-throttled") },
              Severity::Warning },
            { "drift",
              [](Measurement& m, const Resources& r) {
                  m.limits.memory = scaled(r.memoryLimit, 2, 1);
                  m.requests.cpu = r.cpuRequest;
              },
              { QStringLiteral("measured.drift") },
              Severity::Warning },
            { "volume filling",
              [](Measurement& m, const Resources&) {
                  m.volumes << MeasuredVolume { QStringLiteral("data-svc-0"), Quantity::bytes(90 * kGi),
                                                Quantity::bytes(100 * kGi), Quantity::bytes(kGi) };
              },
              { QStringLiteral("measured.volume-full") },
              Severity::Error },
        };
        for (const auto& kind : m_catalog.serviceIds()) {
            for (const auto& [name, scenario, expected, severity] : scenarios)
                QTest::addRow("%s %s", qPrintable(kind), name) << kind << scenario << expected << int(severity);
        }
    }

    // Each scenario raises its findings for every service, and applying their fix (Headroom's
    // proposal) makes the resource findings go away.
    void findingsFollowTheMeasurement()
    {
        QFETCH(QString, kind);
        QFETCH(Scenario, scenario);
        QFETCH(QStringList, expected);
        QFETCH(int, severity);
        Plan plan = planFor(kind);
        PlanSizer sizer(m_catalog);
        const PlanSizing planned = sizer.size(plan);
        QVERIFY(planned.services.first().error.isEmpty());
        const Resources r = planned.services.first().roles.first().sizing.resources;
        Measurement m = fitting(r);
        scenario(m, r);
        plan.services.first().measured = m;
        const PlanSizing sizing = sizer.size(plan);
        QVERIFY(sizing.services.first().measured);
        QStringList want = expected;
        if (expectsWorstCase(sizing))
            want << QStringLiteral("measured.worst-case-above-limit");
        // A request raised above the limit's margin (a tier that requests its whole limit) is too.
        if (r.memoryLimit.raw() < MeasuredRecommender::memoryTarget(m).raw()
            && !want.contains(QStringLiteral("measured.memory-limit-low")))
            want << QStringLiteral("measured.memory-limit-low");
        QStringList got = codes(sizing);
        got.removeDuplicates();
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        // A volume the plan already holds (the catalog sizes some services large) is a warning.
        const auto& storage = planned.services.first().storage;
        const bool planHoldsVolume = storage && storage->volume.raw() >= (90 + 365) * kGi;
        for (const auto& code : expected) {
            const bool held = code == QLatin1String("measured.volume-full") && planHoldsVolume;
            QCOMPARE(int(find(sizing, code)->finding.severity), held ? int(Severity::Warning) : severity);
        }
        for (const auto& f : sizing.findings) {
            if (f.finding.code.startsWith(QLatin1String("measured.")))
                QVERIFY2(!f.finding.message.isEmpty() && f.finding.message.contains(QLatin1String("svc")),
                         qPrintable(f.finding.message));
        }

        Plan fixed = plan;
        for (const auto& f : sizing.findings) {
            if (f.recommendation && f.finding.code.startsWith(QLatin1String("measured.")))
                fixed = PlanSizer::apply(fixed, f);
        }
        const PlanSizing after = sizer.size(fixed);
        for (const auto& f : after.findings) {
            if (!f.finding.code.startsWith(QLatin1String("measured."))
                || f.finding.code == QLatin1String("measured.drift"))
                continue;
            // A volume the plan now holds stays a warning until the claim is resized.
            if (f.finding.code == QLatin1String("measured.volume-full")) {
                QCOMPARE(f.finding.severity, Severity::Warning);
                QVERIFY(!f.recommendation);
                continue;
            }
            QVERIFY2(f.finding.code == QLatin1String("measured.worst-case-above-limit")
                         && sizing.services.first().measured->engineAware->heldByNode,
                     qPrintable(f.finding.code + QStringLiteral(": ") + f.finding.message));
        }
    }

    void wasteCarriesItsMonthlyCost()
    {
        Plan plan = planFor(QStringLiteral("redis"));
        PlanSizer sizer(m_catalog);
        const Resources r = sizer.size(plan).services.first().roles.first().sizing.resources;
        Measurement m = fitting(r);
        m.cpu = flat(scaled(r.cpuRequest, 1, 20), scaled(r.cpuRequest, 1, 10), scaled(r.cpuRequest, 1, 8),
                     scaled(r.cpuRequest, 1, 5));
        plan.services.first().measured = m;
        plan.services.first().request.replicas = 3;
        const PlanSizing sizing = sizer.size(plan);
        const PlanFinding* f = find(sizing, QStringLiteral("measured.cpu-request-waste"));
        QVERIFY(f);
        const auto& proposal = *sizing.services.first().measured->engineAware;
        const double cost = 0.5 * 730 * 3 * double(r.cpuRequest.raw() - proposal.cpuRequest.raw()) / 16'000.0;
        QVERIFY2(f->finding.message.contains(QLocale().toString(cost, 'f', 2)), qPrintable(f->finding.message));
        plan.nodePools.first().pricePerHour.reset();
        const PlanFinding* unpriced = find(sizer.size(plan), QStringLiteral("measured.cpu-request-waste"));
        QVERIFY(unpriced);
    }

    void configurationAboveTheLimitIsNamed()
    {
        // 500 connections of 15 MiB each on a medium PostgreSQL: the configured worst case is
        // above the 8Gi limit.
        Plan plan = planFor(QStringLiteral("postgresql"));
        plan.services.first().request.size = QStringLiteral("medium");
        plan.services.first().request.inputs.insert(QStringLiteral("connections"), Quantity::count(500));
        plan.services.first().request.inputs.insert(QStringLiteral("connection_overhead"), Quantity::mebibytes(15));
        PlanSizer sizer(m_catalog);
        const PlanSizing planned = sizer.size(plan);
        const auto& sizing = planned.services.first().roles.first().sizing;
        const Quantity worst = MeasuredRecommender::worstCase(sizing);
        QVERIFY(worst.raw() > sizing.resources.memoryLimit.raw());
        Measurement m = fitting(sizing.resources);
        // Far below the configured worst case, whatever share of the limit the request is.
        const Quantity limit = sizing.resources.memoryLimit;
        m.memory = flat(scaled(limit, 2, 10), scaled(limit, 25, 100), scaled(limit, 3, 10), scaled(limit, 3, 10));
        plan.services.first().measured = m;
        const PlanSizing measured = sizer.size(plan);
        const PlanFinding* f = find(measured, QStringLiteral("measured.worst-case-above-limit"));
        QVERIFY(f);
        QVERIFY(f->finding.message.contains(worst.toDisplayString()));
        QVERIFY(f->finding.message.contains(m.memory->max.toDisplayString()));
        QVERIFY(f->recommendation);
        const PlanSizing after = sizer.size(PlanSizer::apply(plan, *f));
        QVERIFY(!find(after, QStringLiteral("measured.worst-case-above-limit")));
        QVERIFY(!find(after, QStringLiteral("memory.overcommit")));
    }

    void topologyComparesThePrimary()
    {
        Plan plan = planFor(QStringLiteral("postgresql"));
        plan.services.first().topology = PostgresTopology();
        plan.services.first().topology->readReplicas = 1;
        PlanSizer sizer(m_catalog);
        const Resources r = sizer.size(plan).services.first().roles.first().sizing.resources;
        Measurement m = fitting(r);
        m.memory->max = r.memoryLimit;
        m.oomKills = 1;
        plan.services.first().measured = m;
        const PlanSizing sizing = sizer.size(plan);
        const PlanFinding* f = find(sizing, QStringLiteral("measured.memory-limit-low"));
        QVERIFY(f && f->recommendation && f->recommendation->primaryResources);
        QCOMPARE(f->role, QStringLiteral("primary"));
        QVERIFY(!f->recommendation->resources);
        const Plan fixed = PlanSizer::apply(plan, *f);
        QCOMPARE(fixed.services.first().topology->primary.resources.memoryLimit,
                 sizing.services.first().measured->engineAware->memoryLimit);
    }

    // Redis used memory against the planned maxmemory, the JVM heap against the planned heap:
    // information below 90% of it, a warning from there; the planned value wins over the
    // exporter's, which stands in where the plan has none.
    void engineMemoryAgainstItsCeiling_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value"); // the planned ceiling
        QTest::addColumn<int>("percent"); // of it, the measured peak
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::newRow("redis well under maxmemory")
            << QStringLiteral("redis") << QStringLiteral("maxmemory") << 50
            << QStringLiteral("measured.redis-maxmemory") << int(Severity::Info);
        QTest::newRow("redis at maxmemory")
            << QStringLiteral("redis") << QStringLiteral("maxmemory") << 95
            << QStringLiteral("measured.redis-maxmemory-near") << int(Severity::Warning);
        QTest::newRow("kafka heap half used") << QStringLiteral("kafka") << QStringLiteral("heap") << 50
                                              << QStringLiteral("measured.heap") << int(Severity::Info);
        QTest::newRow("keycloak heap full") << QStringLiteral("keycloak") << QStringLiteral("heap") << 92
                                            << QStringLiteral("measured.heap-near") << int(Severity::Warning);
    }

    void engineMemoryAgainstItsCeiling()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(int, percent);
        QFETCH(QString, code);
        QFETCH(int, severity);
        Plan plan = planFor(kind);
        PlanSizer sizer(m_catalog);
        const PlanSizing before = sizer.size(plan);
        const auto& planned = before.services.first().roles.first().sizing;
        QVERIFY2(planned.value(value), qPrintable(value));
        const Quantity ceiling = planned.value(value)->value;
        Measurement m = fitting(planned.resources);
        const EnginePeak peak { scaled(ceiling, percent - 10, 100), scaled(ceiling, percent, 100) };
        // The exporter reports a ceiling of its own that the planned one overrides.
        if (kind == QLatin1String("redis"))
            m.engine.usedMemory = peak, m.engine.maxMemory = Quantity::bytes(ceiling.raw() * 4);
        else
            m.engine.heapUsed = peak, m.engine.heapMax = Quantity::bytes(ceiling.raw() * 4);
        plan.services.first().measured = m;
        const PlanSizing sizing = sizer.size(plan);
        const PlanFinding* f = find(sizing, code);
        QVERIFY2(f, qPrintable(codes(sizing).join(QLatin1Char(' '))));
        QCOMPARE(int(f->finding.severity), severity);
        QVERIFY2(f->finding.message.contains(peak.max.toDisplayString()), qPrintable(f->finding.message));
        QVERIFY2(f->finding.message.contains(ceiling.toDisplayString()), qPrintable(f->finding.message));
        QVERIFY(!f->recommendation);
        QCOMPARE(codes(sizing).filter(QStringLiteral("heap")).size()
                     + codes(sizing).filter(QStringLiteral("redis")).size(),
                 1);
    }

    void engineMemoryWithoutExporterRaisesNothing()
    {
        for (const auto& kind : { QStringLiteral("redis"), QStringLiteral("kafka") }) {
            Plan plan = planFor(kind);
            PlanSizer sizer(m_catalog);
            plan.services.first().measured = fitting(sizer.size(plan).services.first().roles.first().sizing.resources);
            const QStringList raised = codes(sizer.size(plan));
            QVERIFY2(raised.filter(QStringLiteral("heap")).isEmpty()
                         && raised.filter(QStringLiteral("redis")).isEmpty(),
                     qPrintable(raised.join(QLatin1Char(' '))));
        }
    }

    // The replicas measured apart are compared with the replica role's sizing: a replica that
    // outgrew its limit gets its own finding, with a fix for the replicas, while the primary's
    // measurement fits.
    void replicaComparesTheReplicaRole()
    {
        Plan plan = planFor(QStringLiteral("postgresql"));
        plan.services.first().topology = PostgresTopology();
        plan.services.first().topology->readReplicas = 2;
        PlanSizer sizer(m_catalog);
        const PlanSizing planned = sizer.size(plan);
        const auto& roles = planned.services.first().roles;
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(1).role, QStringLiteral("replica"));
        plan.services.first().measured = fitting(roles.at(0).sizing.resources);
        Measurement replica = fitting(roles.at(1).sizing.resources);
        replica.pods = 2;
        replica.memory->max = roles.at(1).sizing.resources.memoryLimit;
        replica.oomKills = 1;
        plan.services.first().measuredReplica = replica;
        const PlanSizing sizing = sizer.size(plan);
        const auto& s = sizing.services.first();
        QVERIFY(s.measured && s.measuredReplica);
        QCOMPARE(s.measured->role, QStringLiteral("primary"));
        QCOMPARE(s.measuredReplica->role, QStringLiteral("replica"));
        const PlanFinding* f = find(sizing, QStringLiteral("measured.memory-limit-low"));
        QVERIFY(f && f->recommendation);
        QCOMPARE(f->role, QStringLiteral("replica"));
        QVERIFY(f->recommendation->replicaResources && !f->recommendation->primaryResources);
        for (const auto& finding : sizing.findings) {
            if (finding.finding.code.startsWith(QLatin1String("measured.memory")))
                QCOMPARE(finding.role, QStringLiteral("replica"));
        }
        const Plan fixed = PlanSizer::apply(plan, *f);
        QCOMPARE(fixed.services.first().topology->replica.resources.memoryLimit,
                 s.measuredReplica->engineAware->memoryLimit);
        QVERIFY(!find(sizer.size(fixed), QStringLiteral("measured.memory-limit-low")));
    }

    void withoutMeasurementNothingChanges()
    {
        for (const auto& kind : m_catalog.serviceIds()) {
            const PlanSizing sizing = PlanSizer(m_catalog).size(planFor(kind));
            QVERIFY(!sizing.services.first().measured);
            QVERIFY(codes(sizing).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMeasuredFindings)
#include "tst_measuredfindings.moc"
