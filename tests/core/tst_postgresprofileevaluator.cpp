// SPDX-License-Identifier: Apache-2.0
#include "engine/postgresprofileevaluator.h"
#include "engine/sizingengine.h"
#include "export/postgresconfexporter.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QtTest>

#include <algorithm>

using namespace headroom;
using headroom::testutils::SizedPlan;
using headroom::testutils::sizePlan;

namespace {

const QStringList kTiers
    = { QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"), QStringLiteral("xlarge") };

QByteArray planOf(const QString& tier, int pods, const QByteArray& extra = {}, const QByteArray& serviceExtra = {})
{
    return "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: t}\n" + extra
        + "services:\n  - name: db\n    kind: postgresql\n    tier: " + tier.toUtf8()
        + "\n    replicas: " + QByteArray::number(pods) + "\n" + serviceExtra;
}

double bytes(const MemoryComponent* m)
{
    return m ? double(m->demand.raw()) : -1;
}

} // namespace

class TestPostgresProfileEvaluator : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    ServiceSizing sized(const QString& tier, int pods, const QString& profile = {})
    {
        SizingEngine engine(m_catalog);
        ServiceRequest request;
        request.service = QStringLiteral("postgresql");
        request.size = tier;
        request.replicas = pods;
        request.postgresProfile = profile;
        auto s = engine.size(request);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return s.value();
    }

private slots:
    void initTestCase()
    {
        auto c = testutils::builtInCatalog();
        QVERIFY2(c, qPrintable(testutils::errorText(c)));
        m_catalog = c.value();
    }

    // `headroom size` (the engine alone) and `headroom export` of a plan at the same tier
    // and pod count write the same settings, from the default profile, named in both.
    void sizeEqualsExport_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("pods");
        for (const auto& tier : kTiers) {
            for (const int pods : { 1, 3 })
                QTest::addRow("%s, %d pod(s)", qPrintable(tier), pods) << tier << pods;
        }
    }

    void sizeEqualsExport()
    {
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const ServiceSizing alone = sized(tier, pods);
        QVERIFY(alone.postgresProfile);
        QCOMPARE(alone.postgresProfile->id, QString::fromLatin1(kDefaultPostgresProfile));

        const SizedPlan l = sizePlan(m_catalog, planOf(tier, pods));
        const RoleSizing* planned = testutils::roleOf(l.sizing, QStringLiteral("db"));
        QVERIFY(planned);
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, PostgresConfOptions());
        QVERIFY2(confs, qPrintable(testutils::errorText(confs)));
        QCOMPARE(confs->size(), 1);
        const RoleConf& conf = confs->first();
        QCOMPARE(conf.profile, alone.postgresProfile->id);

        QCOMPARE(conf.settings.size(), alone.settings.size());
        for (qsizetype i = 0; i < conf.settings.size(); ++i) {
            QCOMPARE(conf.settings.at(i).name, alone.settings.at(i).name);
            QCOMPARE(conf.settings.at(i).value, alone.settings.at(i).value);
            QCOMPARE(planned->sizing.settings.at(i).value, alone.settings.at(i).value);
        }
        // The breakdown's rows are the profile's figures.
        const PostgresProfileSizing& p = *alone.postgresProfile;
        QCOMPARE(bytes(alone.memoryComponent(QStringLiteral("shared_buffers"))),
                 *p.figure(QStringLiteral("shared_buffers")));
        QCOMPARE(bytes(alone.memoryComponent(QStringLiteral("maintenance_work_mem"))),
                 *p.figure(QStringLiteral("maintenance_work_mem")));
        QCOMPARE(bytes(alone.memoryComponent(QStringLiteral("autovacuum_memory"))),
                 *p.figure(QStringLiteral("autovacuum_max_workers"))
                     * *p.figure(QStringLiteral("autovacuum_work_mem")));
        QCOMPARE(bytes(alone.memoryComponent(QStringLiteral("work_mem_pool"))),
                 *p.figure(QStringLiteral("work_mem")) * *p.figure(QStringLiteral("max_connections")));
        // effective_cache_size is shared_buffers and the page cache left at the worst case.
        const double cache = *p.figure(QStringLiteral("effective_cache_size"));
        const double left = *p.figure(QStringLiteral("shared_buffers")) + double(alone.memoryRemainder.raw());
        QVERIFY2(cache <= left && left - cache < 1024 * 1024,
                 qPrintable(QStringLiteral("%1 against %2").arg(cache).arg(left)));
    }

    // Every profile, at every tier: the worst case (every backend, work_mem on every
    // connection, maintenance_work_mem and every autovacuum worker) fits the limit, or the
    // sizing says it does not.
    void worstCaseFitsOrIsAFinding_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("tier");
        for (const auto& profile : m_catalog.postgresProfiles) {
            for (const auto& tier : kTiers)
                QTest::addRow("%s, %s", qPrintable(profile.id), qPrintable(tier)) << profile.id << tier;
        }
    }

    void worstCaseFitsOrIsAFinding()
    {
        QFETCH(QString, profile);
        QFETCH(QString, tier);
        const ServiceSizing s = sized(tier, 1, profile);
        QCOMPARE(s.postgresProfile->id, profile);
        const PostgresProfileSizing& p = *s.postgresProfile;
        const double maintenance = p.figure(QStringLiteral("maintenance_work_mem")).value_or(64.0 * 1024 * 1024);
        const double perWorker = p.figure(QStringLiteral("autovacuum_work_mem")).value_or(-1);
        const double workers = p.figure(QStringLiteral("autovacuum_max_workers")).value_or(3);
        QCOMPARE(bytes(s.memoryComponent(QStringLiteral("autovacuum_memory"))),
                 workers * (perWorker < 0 ? maintenance : perWorker));
        double demand = 0;
        for (const auto& m : s.memory)
            demand += double(m.demand.raw());
        const double limit = double(s.resources.memoryLimit.raw());
        if (demand <= limit)
            return;
        const auto finding = std::find_if(s.findings.cbegin(), s.findings.cend(), [](const Finding& f) {
            return f.code == QLatin1String("memory.overcommit");
        });
        QVERIFY2(finding != s.findings.cend(), qPrintable(QStringLiteral("%1 of %2").arg(demand).arg(limit)));
        QCOMPARE(finding->severity, Severity::Error);
    }

    // The container-aware default fits every tier, Medium's autovacuum workers included.
    void defaultProfileFitsEveryTier_data()
    {
        QTest::addColumn<QString>("tier");
        for (const auto& tier : kTiers)
            QTest::addRow("%s", qPrintable(tier)) << tier;
    }

    void defaultProfileFitsEveryTier()
    {
        QFETCH(QString, tier);
        const ServiceSizing s = sized(tier, 1);
        QVERIFY(s.setting(QStringLiteral("autovacuum_max_workers")));
        QVERIFY(s.setting(QStringLiteral("autovacuum_work_mem")));
        QVERIFY(!s.hasFinding(QStringLiteral("memory.overcommit")));
        double demand = 0;
        for (const auto& m : s.memory)
            demand += double(m.demand.raw());
        QVERIFY(demand <= double(s.resources.memoryLimit.raw()));
    }

    // work_mem 256MB x 500 connections cannot fit 16Gi: the case study's rules get the same
    // error as any other overcommitted sizing.
    void caseStudyProfileIsAnError()
    {
        const ServiceSizing s = sized(QStringLiteral("large"), 1, QStringLiteral("casestudy"));
        QVERIFY(s.hasFinding(QStringLiteral("memory.overcommit")));
        const SizedPlan l = sizePlan(m_catalog, planOf(QStringLiteral("large"), 1, "postgresProfile: casestudy\n"));
        QVERIFY(l.sizing.count(Severity::Error) > 0);
    }

    // A profile that does not fit its limit is a warning whose fix is the default profile.
    void overcommittingProfileRecommendsTheDefault()
    {
        const SizedPlan l = sizePlan(m_catalog, planOf(QStringLiteral("large"), 1, "postgresProfile: casestudy\n"));
        const auto found = std::find_if(l.sizing.findings.cbegin(), l.sizing.findings.cend(), [](const PlanFinding& f) {
            return f.finding.code == QLatin1String("postgresql.profile-overcommits");
        });
        QVERIFY(found != l.sizing.findings.cend());
        QCOMPARE(found->finding.severity, Severity::Warning);
        QVERIFY(found->recommendation);
        QCOMPARE(found->recommendation->postgresProfile, std::optional<QString>(QStringLiteral("headroom")));
    }

    // A plan-wide profile, and a service's own over it, reach the sizing and the export.
    void planNamesTheProfile()
    {
        const SizedPlan wide = sizePlan(m_catalog, planOf(QStringLiteral("medium"), 1, "postgresProfile: guide\n"));
        const RoleSizing* role = testutils::roleOf(wide.sizing, QStringLiteral("db"));
        QCOMPARE(role->sizing.postgresProfile->id, QStringLiteral("guide"));
        QCOMPARE(*role->sizing.postgresProfile->figure(QStringLiteral("shared_buffers")), 2.0 * 1024 * 1024 * 1024);
        QCOMPARE(bytes(role->sizing.memoryComponent(QStringLiteral("shared_buffers"))), 2.0 * 1024 * 1024 * 1024);
        auto confs = PostgresConfExporter(wide.catalog).settings(wide.plan, wide.sizing, PostgresConfOptions());
        QVERIFY(confs);
        QCOMPARE(confs->first().profile, QStringLiteral("guide"));

        const SizedPlan own = sizePlan(
            m_catalog,
            planOf(QStringLiteral("medium"), 1, "postgresProfile: guide\n", "    postgresProfile: pgtune\n"));
        QCOMPARE(testutils::roleOf(own.sizing, QStringLiteral("db"))->sizing.postgresProfile->id,
                 QStringLiteral("pgtune"));
    }

    void unknownPlanProfileIsAnError()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(planOf(QStringLiteral("small"), 1, "postgresProfile: nope\n"), QStringLiteral("p"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().keyPath, QStringLiteral("postgresProfile"));
        QCOMPARE(plan.error().location.line, 4);
    }

    // huge_pages is try only on a pool that offers huge pages, off everywhere else.
    void hugePagesFollowTheNodePool_data()
    {
        QTest::addColumn<QByteArray>("pools");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no pool") << QByteArray() << QStringLiteral("off");
        QTest::addRow("pool without") << QByteArray("nodePools:\n  - {name: db, cpu: \"16\", memory: 64Gi, count: 2}\n")
                                      << QStringLiteral("off");
        QTest::addRow("pool with") << QByteArray("nodePools:\n  - {name: db, cpu: \"16\", memory: 64Gi, count: 2, "
                                                 "hugePages: {2Mi: 8Gi}}\n")
                                   << QStringLiteral("try");
    }

    void hugePagesFollowTheNodePool()
    {
        QFETCH(QByteArray, pools);
        QFETCH(QString, expected);
        const SizedPlan l = sizePlan(m_catalog, planOf(QStringLiteral("medium"), 1, pools));
        const RoleSizing* role = testutils::roleOf(l.sizing, QStringLiteral("db"));
        QCOMPARE(role->sizing.setting(QStringLiteral("huge_pages"))->value, expected);
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, PostgresConfOptions());
        QVERIFY(confs);
        QCOMPARE(confs->first().setting(QStringLiteral("huge_pages"))->value, expected);
    }

    // Another PostgreSQL version than the sizing's is evaluated by the same evaluator.
    void exportForAnotherVersion()
    {
        const SizedPlan l = sizePlan(m_catalog, planOf(QStringLiteral("small"), 1));
        PostgresConfOptions options;
        options.pgVersion = 14;
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        QVERIFY(confs);
        QCOMPARE(confs->first().setting(QStringLiteral("wal_compression"))->value, QStringLiteral("on"));
        QCOMPARE(
            confs->first().setting(QStringLiteral("shared_buffers"))->value,
            testutils::roleOf(l.sizing, QStringLiteral("db"))->sizing.setting(QStringLiteral("shared_buffers"))->value);
    }
};

QTEST_GUILESS_MAIN(TestPostgresProfileEvaluator)
#include "tst_postgresprofileevaluator.moc"
