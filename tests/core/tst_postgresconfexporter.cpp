// SPDX-License-Identifier: Apache-2.0
#include "export/planexporter.h"
#include "export/postgresconfexporter.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace headroom;
using headroom::testutils::SizedPlan;
using headroom::testutils::sizePlan;

namespace {

SizedPlan loadExample(const Catalog& base, const QString& name)
{
    QFile f(QStringLiteral(":/examples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no example %s", qPrintable(name));
    return sizePlan(base, f.readAll());
}

QByteArray singlePostgres(const QByteArray& memory, int connections)
{
    return "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: t}\nservices:\n"
           "  - name: db\n    kind: postgresql\n    resources: {limits: {cpu: \"2\", memory: "
        + memory + "}}\n    inputs: {connections: \"" + QByteArray::number(connections) + "\"}\n";
}

} // namespace

class TestPostgresConfExporter : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    RoleConf only(const SizedPlan& l, const QString& profile)
    {
        PostgresConfOptions options;
        options.profile = profile;
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        if (!confs || confs->size() != 1)
            qFatal("expected one conf");
        return confs->first();
    }

private slots:
    void initTestCase()
    {
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        QStringList ids;
        for (const auto& p : m_catalog.postgresProfiles)
            ids << p.id;
        ids.sort();
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("casestudy"), QStringLiteral("guide"), QStringLiteral("headroom"),
                                QStringLiteral("pgtune") }));
    }

    // huge_pages = try on a pod without a hugepages resource risks SIGBUS on Kubernetes
    // (kubernetes/kubernetes#71233); no plan says its nodes offer huge pages, so the default
    // profile writes off for every role of every example.
    void hugePagesOffWithoutHugePageNodes()
    {
        const QDir examples(QStringLiteral(":/examples"));
        int roles = 0;
        for (const auto& file : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files)) {
            const SizedPlan l = loadExample(m_catalog, file);
            PostgresConfOptions options; // the container-aware profile, whatever the example names
            options.profile = QStringLiteral("headroom");
            auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
            QVERIFY(confs.hasValue());
            for (const auto& conf : confs.value()) {
                const ConfSetting* hugePages = conf.setting(QStringLiteral("huge_pages"));
                QVERIFY2(hugePages, qPrintable(file));
                QCOMPARE(hugePages->value, QStringLiteral("off"));
                ++roles;
            }
        }
        QVERIFY(roles >= 4);
    }

    // Errata 9: the case study's tuned files follow their own rule set.
    void caseStudyProfile_data()
    {
        QTest::addColumn<QByteArray>("memory");
        QTest::addColumn<QString>("sharedBuffers");
        QTest::addColumn<QString>("effectiveCacheSize");
        QTest::addColumn<QString>("workMem");
        QTest::addColumn<QString>("maintenanceWorkMem");
        QTest::addRow("primary 4GB") << QByteArray("4Gi") << "1GB"
                                     << "2400MB"
                                     << "64MB"
                                     << "256MB";
        QTest::addRow("replica 6GB") << QByteArray("6Gi") << "1536MB"
                                     << "3600MB"
                                     << "96MB"
                                     << "384MB";
    }

    void caseStudyProfile()
    {
        QFETCH(QByteArray, memory);
        QFETCH(QString, sharedBuffers);
        QFETCH(QString, effectiveCacheSize);
        QFETCH(QString, workMem);
        QFETCH(QString, maintenanceWorkMem);
        const RoleConf conf = only(sizePlan(m_catalog, singlePostgres(memory, 40)), QStringLiteral("casestudy"));
        QCOMPARE(conf.setting(QStringLiteral("shared_buffers"))->value, sharedBuffers);
        QCOMPARE(conf.setting(QStringLiteral("effective_cache_size"))->value, effectiveCacheSize);
        QCOMPARE(conf.setting(QStringLiteral("work_mem"))->value, workMem);
        QCOMPARE(conf.setting(QStringLiteral("maintenance_work_mem"))->value, maintenanceWorkMem);
    }

    void guideProfileMatchesTheGuidesLargeExample()
    {
        const RoleConf conf = only(sizePlan(m_catalog, singlePostgres("16Gi", 200)), QStringLiteral("guide"));
        QCOMPARE(conf.setting(QStringLiteral("max_connections"))->value, QStringLiteral("200"));
        QCOMPARE(conf.setting(QStringLiteral("shared_buffers"))->value, QStringLiteral("4GB"));
        QCOMPARE(conf.setting(QStringLiteral("effective_cache_size"))->value, QStringLiteral("12GB"));
        QCOMPARE(conf.setting(QStringLiteral("maintenance_work_mem"))->value, QStringLiteral("2GB"));
        QCOMPARE(conf.setting(QStringLiteral("work_mem"))->value, QStringLiteral("20MB"));
    }

    void pgtuneProfileIsPgTuneOnTheContainerLimit()
    {
        // 1GB, 2 CPUs, 100 connections, local SSD: the first worked example of pgtune-profile.md
        // (version 18) gives shared_buffers 256MB, effective_cache_size 768MB, work_mem 4MB.
        const SizedPlan l = sizePlan(m_catalog, singlePostgres("1Gi", 100) + "    storageClass: local-ssd\n");
        PostgresConfOptions options;
        options.profile = QStringLiteral("pgtune");
        options.pgVersion = 18;
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        QVERIFY(confs.hasValue());
        const RoleConf& conf = confs->first();
        QCOMPARE(conf.setting(QStringLiteral("shared_buffers"))->value, QStringLiteral("256MB"));
        QCOMPARE(conf.setting(QStringLiteral("effective_cache_size"))->value, QStringLiteral("768MB"));
        QCOMPARE(conf.setting(QStringLiteral("maintenance_work_mem"))->value, QStringLiteral("64MB"));
        QCOMPARE(conf.setting(QStringLiteral("wal_buffers"))->value, QStringLiteral("7864kB"));
        QCOMPARE(conf.setting(QStringLiteral("work_mem"))->value, QStringLiteral("4MB"));
        QCOMPARE(conf.setting(QStringLiteral("io_method"))->value, QStringLiteral("io_uring"));
    }

    // Errata 5 and 7: the headroom profile counts the backends inside the container.
    void headroomProfileIsContainerAware()
    {
        const RoleConf few = only(sizePlan(m_catalog, singlePostgres("8Gi", 20)), QStringLiteral("headroom"));
        const RoleConf many = only(sizePlan(m_catalog, singlePostgres("8Gi", 400)), QStringLiteral("headroom"));
        const auto bytes = [](const RoleConf& c, const char* name) {
            return memory_format::parsePostgres(c.setting(QString::fromLatin1(name))->value).value();
        };
        QVERIFY(bytes(many, "shared_buffers") < bytes(few, "shared_buffers"));
        QVERIFY(bytes(many, "effective_cache_size") < bytes(few, "effective_cache_size"));
        // 400 backends of 7.5 MiB leave 8 GiB - 3000 MiB; a quarter of it.
        QCOMPARE(bytes(many, "shared_buffers"), std::int64_t(((8192 - 3000) / 4) * 1024 * 1024));
        // Everything the profile allocates stays under the limit.
        const std::int64_t total = bytes(many, "shared_buffers") + bytes(many, "maintenance_work_mem")
            + 400 * (bytes(many, "work_mem") + 7864320);
        QVERIFY(total <= 8LL << 30);
    }

    void rolesGetTheirOwnSettings()
    {
        const SizedPlan l = loadExample(m_catalog, QStringLiteral("case-study-after.yaml"));
        PostgresConfOptions options;
        auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        QVERIFY(confs.hasValue());
        QCOMPARE(confs->size(), 2);
        const RoleConf& primary = confs->at(0);
        const RoleConf& replica = confs->at(1);
        QCOMPARE(primary.setting(QStringLiteral("wal_level"))->value, QStringLiteral("replica"));
        QVERIFY(primary.setting(QStringLiteral("max_wal_size")));
        QVERIFY(!primary.setting(QStringLiteral("hot_standby")));
        QCOMPARE(replica.setting(QStringLiteral("hot_standby"))->value, QStringLiteral("on"));
        QVERIFY(!replica.setting(QStringLiteral("wal_level")));
        QCOMPARE(primary.setting(QStringLiteral("max_connections"))->value, QStringLiteral("28"));
        QCOMPARE(replica.setting(QStringLiteral("max_connections"))->value, QStringLiteral("48"));
        QCOMPARE(primary.setting(QStringLiteral("wal_compression"))->value, QStringLiteral("lz4"));
        options.pgVersion = 14;
        auto old = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        QCOMPARE(old->at(0).setting(QStringLiteral("wal_compression"))->value, QStringLiteral("on"));
    }

    // A standby refuses to start with a lower max_connections than its primary's.
    void replicaNeverBelowPrimaryForStandbyChecks()
    {
        QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: t}\nservices:\n"
                          "  - name: db\n    kind: postgresql\n    tier: small\n    topology:\n"
                          "      readReplicas: 1\n      primary: {maxConnections: \"300\"}\n"
                          "      replica: {maxConnections: \"100\"}\n";
        const SizedPlan l = sizePlan(m_catalog, text);
        for (const char* profile : { "headroom", "guide", "pgtune", "casestudy" }) {
            PostgresConfOptions options;
            options.profile = QString::fromLatin1(profile);
            auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
            QVERIFY(confs.hasValue());
            const ConfSetting* replica = confs->at(1).setting(QStringLiteral("max_connections"));
            QVERIFY(replica);
            QCOMPARE(replica->value, QStringLiteral("300"));
            QVERIFY(replica->explanation.contains(QStringLiteral("standby refuses")));
        }
    }

    void formats()
    {
        const SizedPlan l = loadExample(m_catalog, QStringLiteral("case-study-after.yaml"));
        PostgresConfOptions options;
        options.headroomVersion = QStringLiteral("9.9.9");
        auto files = PostgresConfExporter(l.catalog).exportFiles(l.plan, l.sizing, options);
        QVERIFY(files.hasValue());
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).fileName, QStringLiteral("benchmarkdb-primary.postgresql.conf"));
        const QString conf = QString::fromUtf8(files->at(0).content);
        QVERIFY(conf.startsWith(QStringLiteral("# Generated by Headroom 9.9.9 from plan \"Case study, after the "
                                               "rebalance\"")));
        QVERIFY(conf.contains(QStringLiteral("# Inputs: memory limit 4Gi")));
        QVERIFY(conf.contains(QStringLiteral("\nshared_buffers = ")));
        options.format = QStringLiteral("alter-system");
        auto sql = PostgresConfExporter(l.catalog).exportFiles(l.plan, l.sizing, options);
        QVERIFY(sql.hasValue());
        QCOMPARE(sql->at(1).fileName, QStringLiteral("benchmarkdb-replica.alter-system.sql"));
        const QString text = QString::fromUtf8(sql->at(1).content);
        QVERIFY(text.startsWith(QStringLiteral("-- Generated by Headroom")));
        QVERIFY(text.contains(QStringLiteral("ALTER SYSTEM SET hot_standby = 'on';")));
        QVERIFY(!text.contains(QStringLiteral("\nshared_buffers =")));
        options.format = QStringLiteral("xml");
        QVERIFY(!PostgresConfExporter(l.catalog).exportFiles(l.plan, l.sizing, options).hasValue());
    }

    void badOptions()
    {
        const SizedPlan l = loadExample(m_catalog, QStringLiteral("case-study-after.yaml"));
        PostgresConfOptions options;
        options.profile = QStringLiteral("nope");
        auto r = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
        QVERIFY(!r.hasValue());
        QVERIFY(r.error().message.contains(QStringLiteral("unknown profile 'nope'; the profiles are:")));
        options.profile = QStringLiteral("headroom");
        options.pgVersion = 9;
        QVERIFY(!PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options).hasValue());
    }

    // A user's profile comes from the catalog override, like any catalog entry.
    void userProfileFromAPlan()
    {
        QByteArray text = singlePostgres("4Gi", 50);
        text += "catalog:\n"
                "  - apiVersion: headroom/v1\n    kind: PostgresProfile\n    id: mine\n    name: Mine\n"
                "    description: Half for shared_buffers.\n"
                "    settings:\n"
                "      - {name: shared_buffers, expression: \"floor(memory / 2 / MiB) * MiB\", format: postgres, "
                "explanation: Half.}\n"
                "      - {name: jit, value: \"off\", explanation: Short queries.}\n";
        const SizedPlan l = sizePlan(m_catalog, text);
        const RoleConf conf = only(l, QStringLiteral("mine"));
        QCOMPARE(conf.setting(QStringLiteral("shared_buffers"))->value, QStringLiteral("2GB"));
        QCOMPARE(conf.setting(QStringLiteral("jit"))->value, QStringLiteral("off"));
    }

    void userProfileWithUnknownNameFails()
    {
        QByteArray text = singlePostgres("4Gi", 50);
        text += "catalog:\n"
                "  - apiVersion: headroom/v1\n    kind: PostgresProfile\n    id: broken\n    name: Broken\n"
                "    description: Typo.\n"
                "    settings:\n"
                "      - {name: shared_buffers, expression: \"memroy / 2\", format: postgres, explanation: Half.}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("plan.yaml"));
        QVERIFY(!plan.hasValue());
        QVERIFY2(plan.error().message.contains(QStringLiteral("unknown name 'memroy'")),
                 qPrintable(plan.error().toString()));
        QCOMPARE(plan.error().keyPath, QStringLiteral("postgresProfiles.broken.settings.shared_buffers"));
        QCOMPARE(plan.error().location.file, QStringLiteral("plan.yaml"));
        QCOMPARE(plan.error().location.line, 16); // the setting's line inside the plan
    }

    void pgbouncerAndMyCnf()
    {
        const SizedPlan l = loadExample(m_catalog, QStringLiteral("case-study-after.yaml"));
        const auto ini = exportPgBouncer(l.plan, l.sizing, QStringLiteral("1.0"));
        QCOMPARE(ini.size(), 1);
        const QString text = QString::fromUtf8(ini.first().content);
        QVERIFY(text.contains(QStringLiteral("pool_mode = transaction")));
        QVERIFY(text.contains(QStringLiteral("benchmarkdb = host=benchmarkdb-primary port=5432 dbname=benchmarkdb "
                                             "pool_size=20")));
        QVERIFY(text.contains(QStringLiteral("benchmarkdb_ro = host=benchmarkdb-replica port=5432 dbname=benchmarkdb "
                                             "pool_size=40")));
        // No secret: neither a password setting nor one inside a connection string.
        QVERIFY(!text.contains(
            QRegularExpression(QStringLiteral("password\\s*="), QRegularExpression::CaseInsensitiveOption)));
        QVERIFY(text.contains(QStringLiteral("auth_file = /etc/pgbouncer/userlist.txt")));

        const SizedPlan mysql = sizePlan(m_catalog,
                                         "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: t}\nservices:\n"
                                         "  - {name: shop-db, kind: mysql, tier: large}\n");
        const auto cnf = exportMySqlConf(mysql.plan, mysql.sizing, QStringLiteral("1.0"));
        QCOMPARE(cnf.size(), 1);
        const QString my = QString::fromUtf8(cnf.first().content);
        QVERIFY(my.contains(QStringLiteral("[mysqld]")));
        QVERIFY(my.contains(QStringLiteral("innodb_buffer_pool_size = 12G")));
        // Errata 3: nothing MySQL 8.4 refuses.
        QStringList variables;
        for (const auto& line : my.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral(" = ")) && !line.startsWith(QLatin1Char('#')))
                variables << line.section(QStringLiteral(" = "), 0, 0);
        }
        QVERIFY(!variables.filter(QStringLiteral("query_cache")).size());
        QVERIFY(!variables.contains(QStringLiteral("innodb_log_file_size")));
        QVERIFY(variables.contains(QStringLiteral("innodb_redo_log_capacity")));
    }

    // MySQL 8.4 itself is not packaged for Debian 12 (no Docker engine here either), so the
    // my.cnf is held to the 8.4 reference manual's documented range and block size of every
    // variable it writes; an unknown variable fails as well.
    void myCnfWithinMySql84Ranges_data()
    {
        QTest::addColumn<QByteArray>("service");
        for (const char* tier : { "small", "medium", "large", "xlarge" }) {
            QTest::newRow(tier) << QByteArray("{name: db, kind: mysql, tier: ") + tier + "}";
            for (const char* connections : { "1", "50", "2000" })
                QTest::addRow("%s, %s connections", tier, connections) << QByteArray("{name: db, kind: mysql, tier: ")
                        + tier + ", inputs: {connections: " + connections + "}}";
        }
    }

    void myCnfWithinMySql84Ranges()
    {
        QFETCH(QByteArray, service);
        struct Range
        {
            quint64 min;
            quint64 max;
            quint64 block;
        };
        constexpr quint64 kMax = std::numeric_limits<quint64>::max();
        const QHash<QString, Range> mysql84 {
            { QStringLiteral("max_connections"), { 1, 100000, 1 } },
            { QStringLiteral("innodb_buffer_pool_size"), { 5ull << 20, kMax, 1 } },
            { QStringLiteral("innodb_redo_log_capacity"), { 8ull << 20, 128ull << 30, 1 } },
            { QStringLiteral("innodb_log_buffer_size"), { 1ull << 20, 4294967295ull, 1 } },
            { QStringLiteral("tmp_table_size"), { 1024, kMax, 1 } },
            { QStringLiteral("max_heap_table_size"), { 16384, kMax, 1024 } },
            { QStringLiteral("temptable_max_ram"), { 2ull << 20, kMax, 1 } },
            { QStringLiteral("read_buffer_size"), { 8192, 2147479552ull, 4096 } },
            { QStringLiteral("sort_buffer_size"), { 32768, kMax, 1 } },
            { QStringLiteral("join_buffer_size"), { 128, kMax, 128 } },
            { QStringLiteral("innodb_io_capacity"), { 100, kMax, 1 } },
            { QStringLiteral("innodb_io_capacity_max"), { 100, kMax, 1 } },
        };
        const SizedPlan l = sizePlan(
            m_catalog, "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: t}\nservices:\n  - " + service + "\n");
        const auto cnf = exportMySqlConf(l.plan, l.sizing, QStringLiteral("1.0"));
        QCOMPARE(cnf.size(), 1);
        int checked = 0;
        bool inMysqld = false;
        for (const auto& line : QString::fromUtf8(cnf.first().content).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (line.startsWith(QLatin1Char('['))) {
                inMysqld = line == QLatin1String("[mysqld]");
                continue;
            }
            QVERIFY2(inMysqld, qPrintable(line));
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^([a-z_]+) = ([0-9]+)([KMG]?)$")).match(line);
            QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not an option MySQL reads: ") + line));
            const QString name = m.captured(1);
            QVERIFY2(mysql84.contains(name), qPrintable(QStringLiteral("not a MySQL 8.4 variable we know: ") + name));
            const int shift = m.captured(3).isEmpty() ? 0
                : m.captured(3) == QLatin1String("K") ? 10
                : m.captured(3) == QLatin1String("M") ? 20
                                                      : 30;
            const quint64 value = m.captured(2).toULongLong() << shift;
            const Range r = mysql84.value(name);
            QVERIFY2(value >= r.min && value <= r.max,
                     qPrintable(QStringLiteral("%1 outside MySQL 8.4's range").arg(line)));
            QVERIFY2(value % r.block == 0,
                     qPrintable(QStringLiteral("%1 not a multiple of %2").arg(line).arg(r.block)));
            ++checked;
        }
        QCOMPARE(checked, mysql84.size());
    }

    void planExporterSelectsServices()
    {
        const SizedPlan l = loadExample(m_catalog, QStringLiteral("small-production-stack.yaml"));
        PlanExportOptions options;
        options.services = { QStringLiteral("app-db") };
        auto files = PlanExporter::files(l.plan, l.sizing, l.catalog, options);
        QVERIFY(files.hasValue());
        QVERIFY(!files->isEmpty());
        for (const auto& f : files.value())
            QCOMPARE(f.service, QStringLiteral("app-db"));
        // The chart deploys the profile's postgresql.conf: its values and the .conf agree.
        const auto valuesIt = std::find_if(files->cbegin(), files->cend(), [](const ExportFile& f) {
            return f.fileName == QLatin1String("app-db-replica.values.yaml");
        });
        const auto confIt = std::find_if(files->cbegin(), files->cend(), [](const ExportFile& f) {
            return f.fileName == QLatin1String("app-db-replica.postgresql.conf");
        });
        QVERIFY(valuesIt != files->cend());
        QVERIFY(confIt != files->cend());
        QCOMPARE(valuesIt->kind, QStringLiteral("helm-values"));
        const QString values = QString::fromUtf8(valuesIt->content);
        for (const auto& line : QString::fromUtf8(confIt->content).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || !line.contains(QStringLiteral(" = ")))
                continue;
            const QString name = line.section(QStringLiteral(" = "), 0, 0);
            const QString value = line.section(QStringLiteral(" = "), 1);
            if (name == QLatin1String("shared_buffers"))
                QVERIFY2(values.contains(QStringLiteral("sharedBuffers: ") + value), qPrintable(values));
            else if (name == QLatin1String("max_connections"))
                QVERIFY2(values.contains(QStringLiteral("maxConnections: ") + value), qPrintable(values));
            else if (name == QLatin1String("hot_standby_feedback"))
                QVERIFY2(values.contains(name), qPrintable(values));
        }
        options.services = { QStringLiteral("nope") };
        auto bad = PlanExporter::files(l.plan, l.sizing, l.catalog, options);
        QVERIFY(!bad.hasValue());
        QVERIFY(bad.error().message.contains(QStringLiteral("no service 'nope'")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresConfExporter)
#include "tst_postgresconfexporter.moc"
