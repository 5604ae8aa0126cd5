// SPDX-License-Identifier: Apache-2.0
// The pure half of `headroom import postgres`: rates from two snapshots, the read share, the
// plan built or updated from a measurement, and the findings on it, without a server. The
// case study's numbers (303k/950k commits, 18/81 connections, 7GB/3GB) must give the case
// study's findings and fixes.

#include "engine/plansizer.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "io/planwriter.h"
#include "measure/pgmeasurement.h"
#include "measure/planimporter.h"
#include "testutils.h"

#include <QtTest>

#include <limits>

using namespace headroom;

namespace {

constexpr std::int64_t kMiB = 1024LL * 1024;
constexpr std::int64_t kGiB = 1024 * kMiB;

// A server set up for `memory` by the usual rules (shared_buffers 25%, cache 75%).
PgSnapshot server(const QString& name, bool standby, std::int64_t memory, int maxConnections, int clients,
                  std::int64_t commits, double at)
{
    PgSnapshot s;
    s.server = name;
    s.inRecovery = standby;
    s.serverVersion = QStringLiteral("15.8");
    s.serverVersionNum = 150008;
    s.sharedBuffers = memory / 4;
    s.effectiveCacheSize = memory / 4 * 3;
    s.workMem = 4 * kMiB;
    s.maintenanceWorkMem = 64 * kMiB;
    s.maxConnections = maxConnections;
    s.databaseSizes = { { QStringLiteral("benchmark"), 20 * kGiB } };
    if (clients > 0)
        s.connectionsByState
            = { { QStringLiteral("active"), clients / 3 }, { QStringLiteral("idle"), clients - clients / 3 } };
    s.commits = commits;
    s.blocksHit = 1'000'000;
    s.blocksRead = 0;
    s.takenAtSeconds = at;
    return s;
}

// The case study as a one-second measurement: 303k commits on the primary, 950k on the
// replica, 18 and 81 connections, 7GB and 3GB, both max_connections 200.
PgMeasurement caseStudy()
{
    const PgSnapshot p0 = server(QStringLiteral("master:5433"), false, 7 * kGiB, 200, 18, 1'000'000, 100.0);
    PgSnapshot p1 = p0;
    p1.commits += 303'000;
    p1.blocksHit += 5'000'000;
    p1.takenAtSeconds = 101.0;
    p1.walLsn = 5'000'000;
    const PgSnapshot r0 = server(QStringLiteral("replica:5434"), true, 3 * kGiB, 200, 81, 2'000'000, 100.0);
    PgSnapshot r1 = r0;
    r1.commits += 950'000;
    r1.blocksHit += 9'000'000;
    r1.takenAtSeconds = 101.0;
    r1.walLsn = 4'990'000; // 10k bytes behind
    r1.replayDelaySeconds = 0.139;
    return PgMeasurement::fromSnapshots(p0, p1, { qMakePair(r0, r1) }, {});
}

const PlanFinding* find(const QList<PlanFinding>& findings, const QString& code)
{
    for (const auto& f : findings) {
        if (f.finding.code == code)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPlanImporter : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void ratesBetweenSnapshots()
    {
        PgSnapshot a;
        a.commits = 1000;
        a.rollbacks = 10;
        a.tuplesReturned = 500;
        a.tuplesFetched = 500;
        a.tuplesInserted = 100;
        a.blocksHit = 900;
        a.blocksRead = 100;
        a.takenAtSeconds = 10;
        a.connectionsByState = { { QStringLiteral("active"), 2 } };
        PgSnapshot b = a;
        b.commits = 1400;
        b.rollbacks = 14;
        b.tuplesReturned = 1500;
        b.tuplesFetched = 1300;
        b.tuplesInserted = 300;
        b.tuplesUpdated = 20;
        b.tuplesDeleted = 0;
        b.blocksHit = 1890; // +990
        b.blocksRead = 110; // +10
        b.takenAtSeconds = 14;
        b.connectionsByState = { { QStringLiteral("active"), 3 }, { QStringLiteral("idle"), 2 } };
        const auto m = PgServerMeasurement::between(QStringLiteral("primary"), a, b);
        QCOMPARE(m.seconds, 4.0);
        QCOMPARE(m.commits, 400);
        QCOMPARE(m.commitsPerSecond, 100.0);
        QCOMPARE(m.rollbacksPerSecond, 1.0);
        QCOMPARE(m.tupleReadsPerSecond, 450.0);
        QCOMPARE(m.tupleWritesPerSecond, 55.0);
        QVERIFY(m.cacheHitRatio.has_value());
        QCOMPARE(*m.cacheHitRatio, 0.99);
        QCOMPARE(m.clientConnections, 5);
    }

    void resetCountersCountNothing()
    {
        PgSnapshot a;
        a.commits = 5000;
        a.blocksHit = 80;
        a.blocksRead = 20;
        PgSnapshot b;
        b.commits = 10; // pg_stat_reset() in between
        b.blocksHit = 80;
        b.blocksRead = 20;
        b.takenAtSeconds = 2;
        const auto m = PgServerMeasurement::between(QStringLiteral("primary"), a, b);
        QCOMPARE(m.commitsPerSecond, 0.0);
        // No block touched in the interval: the server's lifetime ratio stands in.
        QCOMPARE(*m.cacheHitRatio, 0.8);
    }

    void readShareAndLag()
    {
        const PgMeasurement m = caseStudy();
        QCOMPARE(m.primary.commitsPerSecond, 303000.0);
        QCOMPARE(m.replicas.first().commitsPerSecond, 950000.0);
        QVERIFY(std::abs(m.readShare() - 950.0 / 1253.0) < 1e-9);
        QCOMPARE(m.totalClientConnections(), 99);
        QCOMPARE(*m.replicas.first().lagBytes, 10'000);
        QCOMPARE(*m.replicas.first().lagSeconds, 0.139);
        QCOMPARE(m.datasetBytes(), 20 * kGiB);
        PgMeasurement alone = m;
        alone.replicas.clear();
        QCOMPARE(alone.readShare(), 0.0);
    }

    void settingBytes()
    {
        QCOMPARE(pgSettingBytes(QStringLiteral("16384"), QStringLiteral("8kB")),
                 std::optional<std::int64_t>(128 * kMiB));
        QCOMPARE(pgSettingBytes(QStringLiteral("4096"), QStringLiteral("kB")), std::optional<std::int64_t>(4 * kMiB));
        QCOMPARE(pgSettingBytes(QStringLiteral("1024"), QStringLiteral("MB")), std::optional<std::int64_t>(kGiB));
        QVERIFY(!pgSettingBytes(QStringLiteral("x"), QStringLiteral("kB")));
        QVERIFY(!pgSettingBytes(QStringLiteral("1"), QStringLiteral("ms")));
    }

    void estimatedMemory()
    {
        PgSnapshot s;
        s.sharedBuffers = 128 * kMiB;
        s.effectiveCacheSize = 5376 * kMiB; // the test pair's primary
        QCOMPARE(PlanImporter::estimatedMemory(s), 7 * kGiB);
        s.effectiveCacheSize = 0;
        QCOMPARE(PlanImporter::estimatedMemory(s), 512 * kMiB);
    }

    // The case study, measured: the plan it makes, its findings and their fixes.
    void caseStudyGivesItsFindingsAndFixes()
    {
        const PgMeasurement m = caseStudy();
        PlanImporter importer(m_catalog);
        const Plan plan = importer.newPlan(m, QStringLiteral("benchmarkdb"));
        const PlannedService* s = plan.service(QStringLiteral("benchmarkdb"));
        QVERIFY(s && s->topology);
        const PostgresTopology& t = *s->topology;
        QCOMPARE(t.readReplicas, 1);
        QCOMPARE(t.primary.resources.memoryLimit, Quantity::bytes(7 * kGiB));
        QCOMPARE(t.replica.resources.memoryLimit, Quantity::bytes(3 * kGiB));
        QCOMPARE(t.primary.commits, Quantity::iops(303000));
        QCOMPARE(t.replica.commits, Quantity::iops(950000));
        QCOMPARE(t.primary.activeConnections, Quantity::count(18));
        QCOMPARE(t.replica.activeConnections, Quantity::count(81));
        QCOMPARE(t.primary.maxConnections, Quantity::count(200));
        QCOMPARE(t.requestsPerSecond, Quantity::perSecond(1253000));
        QCOMPARE(t.readShare, Quantity::partsPerMillion(758180));
        QCOMPARE(t.clientConnections, Quantity::count(99));
        QCOMPARE(s->request.inputs.value(QStringLiteral("dataset")), Quantity::bytes(20 * kGiB));
        QCOMPARE(s->request.size, QStringLiteral("medium"));

        const QList<PlanFinding> findings = importer.findings(plan, QStringLiteral("benchmarkdb"), m);
        const PlanFinding* inverse = find(findings, QStringLiteral("postgresql.allocation-inverse-to-load"));
        QVERIFY(inverse);
        QVERIFY(inverse->finding.message.contains(QStringLiteral("3.1x")));
        QVERIFY(inverse->finding.message.contains(QStringLiteral("2.3x")));
        QVERIFY(inverse->recommendation);
        // Phase 1 of the case study: master 7GB → 4GB, replica 3GB → 6GB.
        QCOMPARE(inverse->recommendation->primaryResources->memoryLimit, Quantity::bytes(4 * kGiB));
        QCOMPARE(inverse->recommendation->replicaResources->memoryLimit, Quantity::bytes(6 * kGiB));

        const PlanFinding* imbalance = find(findings, QStringLiteral("postgresql.connection-imbalance"));
        QVERIFY(imbalance);
        QVERIFY(imbalance->finding.message.contains(QStringLiteral("81")));
        QVERIFY(imbalance->finding.message.contains(QStringLiteral("4.5x")));
        // Phase 2, as case-study-after.yaml has it: PgBouncer, primary 28, replica 48.
        QVERIFY(imbalance->recommendation);
        QCOMPARE(imbalance->recommendation->enablePooler, std::optional<bool>(true));
        QCOMPARE(imbalance->recommendation->primaryMaxConnections, Quantity::count(28));
        QCOMPARE(imbalance->recommendation->replicaMaxConnections, Quantity::count(48));

        // 100% cache hit and 10 kB / 0.139 s of lag are within the targets.
        QVERIFY(!find(findings, QStringLiteral("postgresql.cache-hit-low")));
        QVERIFY(!find(findings, QStringLiteral("postgresql.replication-lag-high")));

        // Both applied, the plan is the case study's "after" in memory and connections.
        Plan fixed = PlanSizer::apply(plan, *inverse);
        fixed = PlanSizer::apply(fixed, *imbalance);
        const PostgresTopology& a = *fixed.service(QStringLiteral("benchmarkdb"))->topology;
        QCOMPARE(a.primary.resources.memoryLimit, Quantity::bytes(4 * kGiB));
        QCOMPARE(a.replica.resources.memoryLimit, Quantity::bytes(6 * kGiB));
        QCOMPARE(a.primary.maxConnections, Quantity::count(28));
        QCOMPARE(a.replica.maxConnections, Quantity::count(48));
        QVERIFY(a.pooler.enabled);
        const QList<PlanFinding> after = importer.findings(fixed, QStringLiteral("benchmarkdb"), m);
        QVERIFY(!find(after, QStringLiteral("postgresql.allocation-inverse-to-load")));
    }

    void newPlanRoundTripsThroughTheWriter()
    {
        const Plan plan = PlanImporter(m_catalog).newPlan(caseStudy(), QStringLiteral("benchmarkdb"));
        const QByteArray yaml = PlanWriter::toYaml(plan);
        PlanLoader loader(m_catalog);
        auto loaded = loader.load(yaml, QStringLiteral("imported.yaml"));
        QVERIFY2(loaded.hasValue(), qPrintable(testutils::errorText(loaded) + QString::fromUtf8(yaml)));
        const PostgresTopology& a = *loaded->service(QStringLiteral("benchmarkdb"))->topology;
        const PostgresTopology& b = *plan.services.first().topology;
        QCOMPARE(a.readShare, b.readShare);
        QCOMPARE(a.requestsPerSecond, b.requestsPerSecond);
        QVERIFY2(a.primary.resources == b.primary.resources, yaml.constData());
        QCOMPARE(a.primary.maxConnections, b.primary.maxConnections);
        QCOMPARE(a.primary.commits, b.primary.commits);
        QCOMPARE(a.primary.activeConnections, b.primary.activeConnections);
        QCOMPARE(a.replica, b.replica);
        QVERIFY2(a == b, yaml.constData());
        QVERIFY(loader.warnings().isEmpty());

        // An idle pair (no client connected) still makes a plan that loads.
        PgMeasurement idle = caseStudy();
        idle.primary.clientConnections = 0;
        idle.replicas[0].clientConnections = 0;
        const Plan quiet = PlanImporter(m_catalog).newPlan(idle, QStringLiteral("benchmarkdb"));
        QVERIFY(!quiet.services.first().topology->clientConnections);
        auto reloaded = PlanLoader(m_catalog).load(PlanWriter::toYaml(quiet), QStringLiteral("idle.yaml"));
        QVERIFY2(reloaded.hasValue(), qPrintable(testutils::errorText(reloaded)));
    }

    // --update: measured inputs replaced, everything the user set kept.
    void updateKeepsWhatTheUserSet()
    {
        PlanLoader loader(m_catalog);
        auto before = loader.loadFile(QStringLiteral(":/examples/case-study-after.yaml"));
        QVERIFY(before.hasValue());
        PgMeasurement m = caseStudy();
        m.primary.commitsPerSecond = 100;
        m.replicas[0].commitsPerSecond = 300;
        m.primary.clientConnections = 5;
        m.replicas[0].clientConnections = 7;
        PlanImporter importer(loader.effectiveCatalog());
        auto updated = importer.update(before.value(), QStringLiteral("benchmarkdb"), m);
        QVERIFY(updated.hasValue());
        const PlannedService* b = before->service(QStringLiteral("benchmarkdb"));
        const PlannedService* u = updated->service(QStringLiteral("benchmarkdb"));
        QCOMPARE(u->request.size, b->request.size);
        QCOMPARE(u->topology->primary.resources, b->topology->primary.resources);
        QCOMPARE(u->topology->replica.resources, b->topology->replica.resources);
        QCOMPARE(u->topology->primary.maxConnections, b->topology->primary.maxConnections);
        QCOMPARE(u->topology->pooler, b->topology->pooler);
        QCOMPARE(u->topology->readReplicas, b->topology->readReplicas);
        QCOMPARE(updated->nodePools.size(), before->nodePools.size());
        QCOMPARE(updated->name, before->name);
        QCOMPARE(u->topology->primary.commits, Quantity::iops(100));
        QCOMPARE(u->topology->replica.commits, Quantity::iops(300));
        QCOMPARE(u->topology->primary.activeConnections, Quantity::count(5));
        QCOMPARE(u->topology->readShare, Quantity::partsPerMillion(750000));
        QCOMPARE(u->topology->requestsPerSecond, Quantity::perSecond(400));
        QCOMPARE(u->topology->clientConnections, Quantity::count(12));

        auto missing = importer.update(before.value(), QStringLiteral("nope"), m);
        QVERIFY(!missing.hasValue());
        QVERIFY(missing.error().message.contains(QStringLiteral("benchmarkdb")));
        Plan other = before.value();
        other.services.first().request.service = QStringLiteral("redis");
        auto wrongKind = importer.update(other, QStringLiteral("benchmarkdb"), m);
        QVERIFY(!wrongKind.hasValue());
        QVERIFY(wrongKind.error().message.contains(QStringLiteral("not postgresql")));
    }

    void cacheAndLagOverTarget()
    {
        PgMeasurement m = caseStudy();
        m.replicas[0].cacheHitRatio = 0.93;
        m.replicas[0].lagBytes = 200 * kMiB;
        m.replicas[0].lagSeconds = 12.5;
        const QList<PlanFinding> f = PlanImporter::measurementFindings(m, QStringLiteral("db"), Pooler(), {});
        const PlanFinding* cache = find(f, QStringLiteral("postgresql.cache-hit-low"));
        QVERIFY(cache);
        QCOMPARE(cache->role, QStringLiteral("replica"));
        QVERIFY(cache->finding.message.contains(QStringLiteral("93.0%")));
        const PlanFinding* lag = find(f, QStringLiteral("postgresql.replication-lag-high"));
        QVERIFY(lag);
        QVERIFY(lag->finding.message.contains(QStringLiteral("12.5 s")));
        ImportTargets loose;
        loose.cacheHitRatio = 0.9;
        loose.lagBytes = kGiB;
        loose.lagSeconds = 60;
        const QList<PlanFinding> none = PlanImporter::measurementFindings(m, QStringLiteral("db"), Pooler(), loose);
        QVERIFY(!find(none, QStringLiteral("postgresql.cache-hit-low")));
        QVERIFY(!find(none, QStringLiteral("postgresql.replication-lag-high")));
    }

    void balancedConnectionsRaiseNothing()
    {
        PgMeasurement m = caseStudy();
        m.primary.clientConnections = 50;
        QVERIFY(!find(PlanImporter::measurementFindings(m, QStringLiteral("db"), Pooler(), {}),
                      QStringLiteral("postgresql.connection-imbalance")));
        // The replica already has the room it needs.
        m = caseStudy();
        m.replicas[0].last.maxConnections = 400;
        QVERIFY(!find(PlanImporter::measurementFindings(m, QStringLiteral("db"), Pooler(), {}),
                      QStringLiteral("postgresql.connection-imbalance")));
    }

    // A server may report values no plan holds (max_connections up to 262143, settings and
    // counters up to the int64 limit, more connections than an int): the arithmetic does not
    // wrap round, and the imported plan, new or updated, always loads.
    void extremeSnapshotsMakePlansThatLoad_data()
    {
        QTest::addColumn<qint64>("bytes"); // shared_buffers, cache, database size
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<int>("clients"); // per state, two states
        QTest::addColumn<qint64>("counter"); // commits, blocks, WAL position at the last reading
        QTest::addColumn<double>("seconds");
        constexpr qint64 max64 = std::numeric_limits<qint64>::max();
        constexpr qint64 mib = kMiB;
        constexpr qint64 gib = kGiB;
        constexpr int max32 = std::numeric_limits<int>::max();
        QTest::addRow("max_connections 120000") << 128 * mib << 120000 << 50 << qint64(1'000'000) << 1.0;
        QTest::addRow("max_connections 262143") << 128 * mib << 262143 << 250000 << qint64(1'000'000) << 1.0;
        QTest::addRow("int64-max settings") << max64 << 262143 << 10 << qint64(1'000'000) << 1.0;
        QTest::addRow("int-max connections") << gib << 100 << max32 << qint64(1'000'000) << 1.0;
        QTest::addRow("int64-max counters") << gib << 100 << 10 << max64 << 1.0;
        QTest::addRow("int64-max in a millisecond") << max64 << max32 << max32 << max64 << 0.001;
        QTest::addRow("zero everything") << qint64(0) << 0 << 0 << qint64(0) << 0.0;
        QTest::addRow("negative nonsense") << -gib << -5 << -7 << qint64(-1) << 1.0;
    }

    void extremeSnapshotsMakePlansThatLoad()
    {
        QFETCH(qint64, bytes);
        QFETCH(int, maxConnections);
        QFETCH(int, clients);
        QFETCH(qint64, counter);
        QFETCH(double, seconds);
        const auto snapshot = [&](bool standby, std::int64_t commits, double at) {
            PgSnapshot s;
            s.server = standby ? QStringLiteral("replica:5432") : QStringLiteral("primary:5432");
            s.inRecovery = standby;
            s.sharedBuffers = bytes;
            s.effectiveCacheSize = bytes;
            s.workMem = bytes;
            s.maxConnections = maxConnections;
            s.databaseSizes = { { QStringLiteral("a"), bytes }, { QStringLiteral("b"), bytes } };
            s.connectionsByState = { { QStringLiteral("active"), clients }, { QStringLiteral("idle"), clients } };
            s.commits = commits;
            s.blocksHit = commits;
            s.blocksRead = commits;
            s.walLsn = commits;
            s.takenAtSeconds = at;
            return s;
        };
        const PgMeasurement m = PgMeasurement::fromSnapshots(
            snapshot(false, 0, 0), snapshot(false, counter, seconds),
            { qMakePair(snapshot(true, 0, 0), snapshot(true, counter / 2, seconds)) }, {});
        QVERIFY(m.primary.clientConnections >= 0);
        QVERIFY(m.totalClientConnections() >= 0);
        QVERIFY(m.datasetBytes() >= 0);
        QVERIFY(m.readShare() >= 0 && m.readShare() <= 1);
        QVERIFY(!m.replicas.first().lagBytes || *m.replicas.first().lagBytes >= 0);
        QVERIFY(PlanImporter::estimatedMemory(m.primary.last) > 0);

        const PlanImporter importer(m_catalog);
        const Plan plan = importer.newPlan(m, QStringLiteral("db"));
        const QByteArray yaml = PlanWriter::toYaml(plan);
        auto loaded = PlanLoader(m_catalog).load(yaml, QStringLiteral("imported.yaml"));
        QVERIFY2(
            loaded.hasValue(),
            qPrintable(loaded ? QString() : loaded.error().toString() + QLatin1Char('\n') + QString::fromUtf8(yaml)));

        auto before = PlanLoader(m_catalog).loadFile(QStringLiteral(":/examples/case-study-before.yaml"));
        QVERIFY(before.hasValue());
        auto updated = importer.update(before.value(), QStringLiteral("benchmarkdb"), m);
        QVERIFY(updated.hasValue());
        const QByteArray updatedYaml = PlanWriter::toYaml(updated.value());
        auto reloaded = PlanLoader(m_catalog).load(updatedYaml, QStringLiteral("updated.yaml"));
        QVERIFY2(reloaded.hasValue(), qPrintable(reloaded ? QString() : reloaded.error().toString()));
        // The findings and the summary take the same values without trouble.
        importer.findings(plan, QStringLiteral("db"), m);
        QVERIFY(!PlanImporter::summary(m).isEmpty());
    }

    void capsAreNamedInTheSummary()
    {
        PgMeasurement m = caseStudy();
        m.primary.last.maxConnections = 120000;
        const QString text = PlanImporter::summary(m).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("max_connections 120000; a plan holds at most 100000")),
                 qPrintable(text));
        const Plan plan = PlanImporter(m_catalog).newPlan(m, QStringLiteral("db"));
        QCOMPARE(plan.services.first().topology->primary.maxConnections, Quantity::count(100000));
    }

    // What a server sent is printed with its control characters escaped.
    void summaryEscapesServerText()
    {
        PgMeasurement m = caseStudy();
        m.primary.last.databaseSizes.insert(QStringLiteral("evil\x1b]0;owned\x07\x1b[2J\nFindings (0):"), kGiB);
        m.primary.last.serverVersion = QStringLiteral("15\x1b[31m");
        m.links << PgReplicaLink { QStringLiteral("walreceiver\r"), QStringLiteral("10.0.0.7"),
                                   QStringLiteral("streaming"), 0, 0.0 };
        const QStringList lines = PlanImporter::summary(m);
        for (const auto& line : lines) {
            for (const QChar c : line)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(line));
        }
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("evil\\x1b]0;owned\\x07\\x1b[2J\\x0aFindings (0):")));
        const Plan plan = PlanImporter(m_catalog).newPlan(m, QStringLiteral("db"));
        QVERIFY(!plan.notes.contains(QChar(0x1b)));
    }

    void summaryNamesWhatWasMeasured()
    {
        const QString text = PlanImporter::summary(caseStudy()).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("primary master:5433")));
        QVERIFY(text.contains(QStringLiteral("replica replica:5434")));
        QVERIFY(text.contains(QStringLiteral("950000.0 commits/s")));
        QVERIFY(text.contains(QStringLiteral("read share 75.8%")));
        QVERIFY(text.contains(QStringLiteral("max_connections 200")));
    }
};

QTEST_GUILESS_MAIN(TestPlanImporter)
#include "tst_planimporter.moc"
