// SPDX-License-Identifier: Apache-2.0
// Proof by a real engine: every postgresql.conf Headroom exports is accepted by PostgreSQL
// (`postgres -C`), a server starts with it on a loopback port and SHOW returns the values
// Headroom computed; then a primary and a streaming replica run with their per-role files.
// If the server cannot run here the test fails and says why: it is never skipped.

#include "engine/pgsettingrange.h"
#include "engine/pgtune.h"
#include "engine/plansizer.h"
#include "export/postgresconfexporter.h"
#include "io/planloader.h"
#include "model/quantity.h"
#include "pgcluster.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace headroom;

namespace {

using Run = PgCluster::Run;

// Parameters counted in 8kB pages: the server rounds them to whole pages.
const QStringList kPageParameters
    = { QStringLiteral("shared_buffers"), QStringLiteral("effective_cache_size"), QStringLiteral("wal_buffers") };

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;
    Catalog m_catalog;

    // Headroom's settings go into headroom.conf, which the template's postgresql.conf includes last.
    QString writeConf(const QString& dataDir, const QByteArray& conf)
    {
        return m_cluster.writeFile(dataDir + QStringLiteral("/headroom.conf"), conf);
    }

    // Every postgresql.conf the examples export, with every profile: (label, plan, conf).
    struct Case
    {
        QString label;
        RoleConf conf;
        QByteArray text;
    };

    QList<Case> allCases(QString* error)
    {
        QList<Case> cases;
        const QDir examples(QStringLiteral(":/examples"));
        for (const auto& file : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            PlanLoader loader(m_catalog);
            auto plan = loader.loadFile(examples.filePath(file));
            if (!plan) {
                *error = plan.error().toString();
                return {};
            }
            const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
            for (const auto& profile : loader.effectiveCatalog().postgresProfiles) {
                PostgresConfOptions options;
                options.profile = profile.id;
                options.pgVersion = m_cluster.major();
                options.headroomVersion = QStringLiteral(HEADROOM_VERSION);
                PostgresConfExporter exporter(loader.effectiveCatalog());
                auto confs = exporter.settings(plan.value(), sizing, options);
                if (!confs) {
                    *error = confs.error().toString();
                    return {};
                }
                for (const auto& conf : confs.value()) {
                    cases << Case { QStringLiteral("%1 %2 %3 %4").arg(file, profile.id, conf.service, conf.role), conf,
                                    PostgresConfExporter::renderConf(plan.value(), conf, options, profile.name) };
                }
            }
        }
        return cases;
    }

private slots:
    void initTestCase()
    {
        const QString init = m_cluster.init({ QStringLiteral("--auth=trust") });
        QVERIFY2(init.isEmpty(), qPrintable(init));
        QFile conf(m_cluster.templateDir() + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("\n# Headroom's exported settings come last so they win.\ninclude_if_exists = 'headroom.conf'\n");
        conf.close();

        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        QVERIFY(m_catalog.postgresProfile(QStringLiteral("headroom")));
        QVERIFY(m_catalog.postgresProfile(QStringLiteral("pgtune")));
        QVERIFY(m_catalog.postgresProfile(QStringLiteral("guide")));
    }

    void everyExportIsAcceptedAndShown()
    {
        QString error;
        const QList<Case> cases = allCases(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(cases.size() >= 16, qPrintable(QStringLiteral("only %1 exported files").arg(cases.size())));
        const QString dataDir = m_cluster.newDataDir(QStringLiteral("server"));
        QVERIFY(!dataDir.isEmpty());
        int checked = 0;
        for (const auto& c : cases) {
            QVERIFY2(writeConf(dataDir, c.text).isEmpty(), qPrintable(c.label));
            // postgres -C reads every configuration file and fails on any bad line.
            const Run check = m_cluster.run(
                QStringLiteral("postgres"),
                { QStringLiteral("-D"), dataDir, QStringLiteral("-C"), QStringLiteral("shared_buffers") });
            QVERIFY2(check.exitCode == 0,
                     qPrintable(QStringLiteral("%1: postgres -C refused the file: %2\n%3")
                                    .arg(c.label, check.err, QString::fromUtf8(c.text))));
            const int port = PgCluster::freePort();
            const QString started = m_cluster.start(dataDir, port);
            QVERIFY2(started.isEmpty(), qPrintable(c.label + QStringLiteral(": ") + started));
            for (const auto& s : c.conf.settings) {
                const Run show = m_cluster.psql(port, QStringLiteral("SHOW %1").arg(s.name));
                if (show.exitCode != 0) {
                    m_cluster.stop(dataDir);
                    QFAIL(qPrintable(QStringLiteral("%1: SHOW %2 failed: %3").arg(c.label, s.name, show.err)));
                }
                const QString shown = show.out.trimmed();
                bool same = shown.compare(s.value, Qt::CaseInsensitive) == 0;
                if (!same) {
                    // Memory is shown in the largest unit that divides it; compare bytes.
                    const auto a = memory_format::parsePostgres(shown);
                    const auto b = memory_format::parsePostgres(s.value);
                    if (a && b) {
                        const std::int64_t tolerance = kPageParameters.contains(s.name) ? 8192 : 0;
                        same = std::llabs(a.value() - b.value()) <= tolerance;
                    }
                }
                if (!same) {
                    m_cluster.stop(dataDir);
                    QFAIL(qPrintable(QStringLiteral("%1: SHOW %2 gives '%3', Headroom computed '%4'")
                                         .arg(c.label, s.name, shown, s.value)));
                }
                ++checked;
            }
            m_cluster.stop(dataDir);
        }
        qInfo("%lld exported files started a real PostgreSQL %d; %d values checked with SHOW",
              static_cast<long long>(cases.size()), m_cluster.major(), checked);
    }

    void primaryAndReplicaStream()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(QStringLiteral(":/examples/case-study-after.yaml"));
        QVERIFY(plan.hasValue());
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        PostgresConfOptions options;
        options.pgVersion = m_cluster.major();
        options.headroomVersion = QStringLiteral(HEADROOM_VERSION);
        auto confs = PostgresConfExporter(loader.effectiveCatalog()).settings(plan.value(), sizing, options);
        QVERIFY(confs.hasValue());
        QCOMPARE(confs->size(), 2);
        const RoleConf& primaryConf = confs->at(0);
        const RoleConf& replicaConf = confs->at(1);
        QCOMPARE(primaryConf.role, QStringLiteral("primary"));
        QCOMPARE(replicaConf.role, QStringLiteral("replica"));

        const QString primaryDir = m_cluster.newDataDir(QStringLiteral("primary"));
        QVERIFY(!primaryDir.isEmpty());
        QVERIFY(
            writeConf(primaryDir,
                      PostgresConfExporter::renderConf(plan.value(), primaryConf, options, QStringLiteral("headroom")))
                .isEmpty());
        const int primaryPort = PgCluster::freePort();
        QString started = m_cluster.start(primaryDir, primaryPort);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const QString replicaDir = QDir(m_cluster.workPath()).filePath(QStringLiteral("replica"));
        const QString backup = m_cluster.baseBackup(primaryPort, replicaDir);
        if (!backup.isEmpty()) {
            m_cluster.stop(primaryDir);
            QFAIL(qPrintable(backup));
        }
        QVERIFY(
            writeConf(replicaDir,
                      PostgresConfExporter::renderConf(plan.value(), replicaConf, options, QStringLiteral("headroom")))
                .isEmpty());
        const int replicaPort = primaryPort + 1;
        started = m_cluster.start(replicaDir, replicaPort);
        if (!started.isEmpty()) {
            m_cluster.stop(primaryDir);
            QFAIL(qPrintable(QStringLiteral("replica: ") + started));
        }

        QCOMPARE(m_cluster.psql(replicaPort, QStringLiteral("SELECT pg_is_in_recovery()")).out.trimmed(),
                 QStringLiteral("t"));
        QCOMPARE(m_cluster.psql(replicaPort, QStringLiteral("SHOW shared_buffers")).out.trimmed(),
                 replicaConf.setting(QStringLiteral("shared_buffers"))->value);
        QCOMPARE(m_cluster.psql(primaryPort, QStringLiteral("SHOW wal_level")).out.trimmed(),
                 QStringLiteral("replica"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.psql(primaryPort, QStringLiteral("SELECT state FROM pg_stat_replication")).out.trimmed(),
            QStringLiteral("streaming"), 30000);
        QCOMPARE(
            m_cluster
                .psql(primaryPort,
                      QStringLiteral("CREATE TABLE probe(n int); INSERT INTO probe SELECT generate_series(1, 1000)"))
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_cluster.psql(replicaPort, QStringLiteral("SELECT count(*) FROM probe")).out.trimmed(),
            QStringLiteral("1000"), 30000);
        m_cluster.stop(replicaDir);
        m_cluster.stop(primaryDir);
    }

    // The bounds Headroom keeps its values in are the server's own.
    void settingRangesAreTheServers()
    {
        const QString dataDir = m_cluster.newDataDir(QStringLiteral("ranges"));
        QVERIFY(!dataDir.isEmpty());
        const int port = PgCluster::freePort();
        const QString started = m_cluster.start(dataDir, port);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QStringList differences;
        for (const auto& range : PgSettingRange::all()) {
            const Run r = m_cluster.psql(port,
                                         QStringLiteral("SELECT coalesce(unit, '') || '|' || min_val || '|' || max_val "
                                                        "FROM pg_settings WHERE name = '%1'")
                                             .arg(QString::fromLatin1(range.name)));
            const QStringList server = r.out.trimmed().split(QLatin1Char('|'));
            if (r.exitCode != 0 || server.size() != 3) {
                differences
                    << QStringLiteral("%1: not in pg_settings (%2)").arg(QString::fromLatin1(range.name), r.err);
                continue;
            }
            if (server.at(0) != QLatin1String(range.unit) || server.at(1).toDouble() != range.min
                || server.at(2).toDouble() != range.max)
                differences << QStringLiteral("%1: the server has %2, Headroom %3|%4|%5")
                                   .arg(QString::fromLatin1(range.name), server.join(QLatin1Char('|')),
                                        QString::fromLatin1(range.unit))
                                   .arg(range.min)
                                   .arg(range.max);
        }
        m_cluster.stop(dataDir);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }

    // `tune --memory 1MB` once wrote maintenance_work_mem = 64kB, which PostgreSQL refuses to
    // start with. At both ends of tune's input and of a plan's limits, every file tune and
    // every profile write passes the server's own check (postgres -C reads the whole file).
    void extremeInputsStayInTheServersRange()
    {
        QList<QPair<QString, QByteArray>> files;
        for (const std::int64_t kb : { pgtune::kbPerMb, 3 * pgtune::kbPerMb, pgtune::maxMemoryKb }) {
            for (const auto type : { PgTuneInput::Web, PgTuneInput::Dw, PgTuneInput::Desktop }) {
                PgTuneInput in;
                in.dbVersion = m_cluster.major();
                in.totalMemoryKb = kb;
                in.dbType = type;
                in.cpus = kb == pgtune::maxMemoryKb ? pgtune::maxCpus : 1;
                auto result = pgtune::tune(in);
                QVERIFY(result.hasValue());
                files << qMakePair(QStringLiteral("tune %1kB type %2").arg(kb).arg(int(type)),
                                   pgtune::toConf(in, result.value()).toUtf8());
            }
        }
        const QByteArray planText = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: Extremes}\nservices:\n"
                                    "  - name: tiny\n    kind: postgresql\n"
                                    "    resources: {limits: {cpu: \"1\", memory: 16Mi}}\n"
                                    "  - name: huge\n    kind: postgresql\n"
                                    "    resources: {limits: {cpu: \"256\", memory: 64Ti}}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(planText, QStringLiteral("extremes.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(plan ? QString() : plan.error().toString()));
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        for (const auto& profile : loader.effectiveCatalog().postgresProfiles) {
            PostgresConfOptions options;
            options.profile = profile.id;
            options.pgVersion = m_cluster.major();
            auto confs = PostgresConfExporter(loader.effectiveCatalog()).settings(plan.value(), sizing, options);
            QVERIFY2(confs.hasValue(), qPrintable(profile.id));
            for (const auto& conf : confs.value())
                files << qMakePair(QStringLiteral("%1 %2").arg(profile.id, conf.service),
                                   PostgresConfExporter::renderConf(plan.value(), conf, options, profile.name));
        }
        const QString dataDir = m_cluster.newDataDir(QStringLiteral("extremes"));
        QVERIFY(!dataDir.isEmpty());
        for (const auto& [label, text] : files) {
            QVERIFY(writeConf(dataDir, text).isEmpty());
            const Run check = m_cluster.run(
                QStringLiteral("postgres"),
                { QStringLiteral("-D"), dataDir, QStringLiteral("-C"), QStringLiteral("shared_buffers") });
            QVERIFY2(check.exitCode == 0,
                     qPrintable(QStringLiteral("%1: %2\n%3").arg(label, check.err, QString::fromUtf8(text))));
        }
        qInfo("%lld files at the ends of the inputs passed postgres -C", static_cast<long long>(files.size()));
    }

    // A role on a pool with huge pages requests hugepages-2Mi of at least what the server maps:
    // `postgres -C shared_memory_size_in_huge_pages` with each profile's exported file, at
    // every tier, is at most the request, and the estimate wastes little above it. Then the
    // server starts with huge_pages = try. This machine has no huge pages, so PostgreSQL falls
    // back to ordinary shared memory: the start proves only that the setting is accepted.
    void hugePagesCoverTheSharedMemory()
    {
        const QString dataDir = m_cluster.newDataDir(QStringLiteral("hugepages"));
        QVERIFY(!dataDir.isEmpty());
        QByteArray started;
        for (const char* tier : { "small", "medium", "large", "xlarge" }) {
            const QByteArray text = QByteArray("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: huge}\n"
                                               "nodePools:\n  - {name: db, cpu: \"64\", memory: 512Gi, count: 1, "
                                               "hugePages: {2Mi: 256Gi}}\n"
                                               "services:\n  - {name: app-db, kind: postgresql, tier: ")
                + tier + "}\n";
            for (const auto& profile : m_catalog.postgresProfiles) {
                const QString label = QStringLiteral("%1 %2").arg(QLatin1String(tier), profile.id);
                const testutils::SizedPlan l
                    = testutils::sizePlan(m_catalog, text + "postgresProfile: " + profile.id.toUtf8() + "\n");
                const RoleSizing& role = l.sizing.services.first().roles.first();
                const Setting* hugePages = role.sizing.setting(QStringLiteral("huge_pages"));
                // PGTune's rule turns huge pages off below 2 GB of shared_buffers: nothing to request.
                QCOMPARE(bool(role.sizing.resources.hugePages2Mi), !hugePages || hugePages->value != u"off");
                if (!role.sizing.resources.hugePages2Mi)
                    continue;
                PostgresConfOptions options;
                options.pgVersion = m_cluster.major();
                options.profile = profile.id;
                auto confs = PostgresConfExporter(l.catalog).settings(l.plan, l.sizing, options);
                QVERIFY2(confs.hasValue(), qPrintable(label));
                const QByteArray conf = PostgresConfExporter::renderConf(l.plan, confs->first(), options, profile.name);
                QVERIFY(writeConf(dataDir, conf).isEmpty());
                const Run pages = m_cluster.run(QStringLiteral("postgres"),
                                                { QStringLiteral("-D"), dataDir, QStringLiteral("-C"),
                                                  QStringLiteral("shared_memory_size_in_huge_pages") });
                QVERIFY2(pages.exitCode == 0, qPrintable(label + QStringLiteral(": ") + pages.err));
                const std::int64_t needed = pages.out.trimmed().toLongLong() * 2 * 1024 * 1024;
                const std::int64_t requested = role.sizing.resources.hugePages2Mi->raw();
                QVERIFY2(needed > 0, qPrintable(label + QStringLiteral(": ") + pages.out));
                QVERIFY2(requested >= needed,
                         qPrintable(QStringLiteral("%1: the server maps %2 bytes of huge pages, the pod requests %3")
                                        .arg(label)
                                        .arg(needed)
                                        .arg(requested)));
                QVERIFY2(requested <= needed + needed / 20 + 32 * 1024 * 1024,
                         qPrintable(QStringLiteral("%1: the request %2 is far above the %3 the server maps")
                                        .arg(label)
                                        .arg(requested)
                                        .arg(needed)));
                if (profile.id == QLatin1String(kDefaultPostgresProfile) && qstrcmp(tier, "large") == 0)
                    started = conf;
            }
        }
        QVERIFY(started.contains("huge_pages = try"));
        QVERIFY(writeConf(dataDir, started).isEmpty());
        const int port = PgCluster::freePort();
        const QString error = m_cluster.start(dataDir, port);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run show = m_cluster.psql(port, QStringLiteral("SHOW huge_pages"));
        m_cluster.stop(dataDir);
        QCOMPARE(show.out.trimmed(), QStringLiteral("try"));
    }

    // Text from a plan (its name, a catalog's explanation or value) stays inside the comment or
    // the quoted value it was written into: PostgreSQL reads no line of its own from it.
    void hostileTextStaysInsideCommentsAndValues()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(QStringLiteral(":/examples/case-study-after.yaml"));
        QVERIFY(plan.hasValue());
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
        PostgresConfOptions options;
        options.pgVersion = m_cluster.major();
        auto confs = PostgresConfExporter(loader.effectiveCatalog()).settings(plan.value(), sizing, options);
        QVERIFY(confs.hasValue());
        RoleConf conf = confs->first();
        const QString injected = QStringLiteral("\nfsync = off\nlisten_addresses = '*'\r\n#");
        Plan hostile = plan.value();
        hostile.name = QStringLiteral("Prod") + injected;
        conf.inputs << injected;
        conf.settings.first().explanation += injected;
        conf.settings << ConfSetting { QStringLiteral("cluster_name"), QStringLiteral("x'\\") + injected, injected };
        const QByteArray text = PostgresConfExporter::renderConf(hostile, conf, options, injected);

        const QString dataDir = m_cluster.newDataDir(QStringLiteral("hostile"));
        QVERIFY(!dataDir.isEmpty());
        QVERIFY(writeConf(dataDir, text).isEmpty());
        const auto value = [&](const QString& name) {
            const Run r = m_cluster.run(QStringLiteral("postgres"),
                                        { QStringLiteral("-D"), dataDir, QStringLiteral("-C"), name });
            return r.exitCode == 0 ? r.out.trimmed() : QStringLiteral("refused: ") + r.err;
        };
        QCOMPARE(value(QStringLiteral("fsync")), QStringLiteral("on"));
        QVERIFY2(value(QStringLiteral("listen_addresses")) != QStringLiteral("*"), text.constData());
        // PostgreSQL shows a cluster name's control characters as '?': the whole text is one value.
        QCOMPARE(value(QStringLiteral("cluster_name")), QStringLiteral("x'\\?fsync = off?listen_addresses = '*'??#"));
    }

    // Proof by the real pooler: PgBouncer starts with every exported pgbouncer.ini unchanged
    // (only the sandbox's listen address, socket, log and auth file are added after it),
    // SHOW DATABASES and SHOW CONFIG give the pools Headroom computed, and a client reaches
    // PostgreSQL through each pool once the Kubernetes host names point at the test server.
    void pgbouncerRunsEveryExportedIni()
    {
        const QString pgbouncer = QStringLiteral("/usr/sbin/pgbouncer");
        if (!QFile::exists(pgbouncer))
            QFAIL("PgBouncer is not installed (/usr/sbin/pgbouncer); scripts/setup.sh installs pgbouncer.");
        const QString dataDir = m_cluster.newDataDir(QStringLiteral("bouncer-server"));
        QVERIFY(!dataDir.isEmpty());
        QVERIFY(writeConf(dataDir, QByteArray()).isEmpty());
        const int serverPort = PgCluster::freePort();
        const QString started = m_cluster.start(dataDir, serverPort);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const auto stopServer = qScopeGuard([&] { m_cluster.stop(dataDir); });
        QCOMPARE(
            m_cluster.psql(serverPort, QStringLiteral("CREATE ROLE app LOGIN PASSWORD 'not-a-real-secret'")).exitCode,
            0);

        int files = 0;
        const QDir examples(QStringLiteral(":/examples"));
        for (const auto& example : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            PlanLoader loader(m_catalog);
            auto plan = loader.loadFile(examples.filePath(example));
            QVERIFY2(plan.hasValue(), qPrintable(example));
            const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
            for (const auto& ini : exportPgBouncer(plan.value(), sizing, QStringLiteral(HEADROOM_VERSION))) {
                const auto service = std::find_if(sizing.services.cbegin(), sizing.services.cend(),
                                                  [&](const ServicePlanSizing& s) { return s.name == ini.service; });
                QVERIFY(service != sizing.services.cend());
                const QString label = example + QLatin1Char(' ') + ini.fileName;
                m_cluster.psql(serverPort, QStringLiteral("CREATE DATABASE \"%1\" OWNER app").arg(ini.service));
                checkPgBouncer(pgbouncer, label, ini.content, *service, serverPort);
                if (QTest::currentTestFailed())
                    return;
                ++files;
            }
        }
        QVERIFY2(files >= 2, qPrintable(QStringLiteral("only %1 pgbouncer.ini exported by the examples").arg(files)));
        qInfo("%d exported pgbouncer.ini files ran a real PgBouncer", files);
    }

private:
    Run pgbouncerAdmin(int port, const QString& database, const QString& sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-a-real-secret"));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        p.setProcessEnvironment(env);
        p.start(m_cluster.bin() + QStringLiteral("/psql"),
                { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                  QStringLiteral("-U"), QStringLiteral("app"), QStringLiteral("-d"), database, QStringLiteral("-AtX"),
                  QStringLiteral("-F"), QStringLiteral("|"), QStringLiteral("-c"), sql });
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return { -1, QString(), QStringLiteral("psql did not finish") };
        }
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

    // One row of a `SHOW` on the admin console as column → value.
    static QHash<QString, QString> adminRow(const Run& r, const QStringList& columns, const QString& firstColumn)
    {
        for (const auto& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList cells = line.split(QLatin1Char('|'));
            if (cells.value(0) != firstColumn || cells.size() < columns.size())
                continue;
            QHash<QString, QString> row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), cells.at(i));
            return row;
        }
        return {};
    }

    void checkPgBouncer(const QString& pgbouncer, const QString& label, const QByteArray& exported,
                        const ServicePlanSizing& service, int serverPort)
    {
        const QString dir = QDir(m_cluster.workPath())
                                .filePath(QStringLiteral("bouncer-") + service.name + QLatin1Char('-')
                                          + QString::number(QRandomGenerator::global()->generate()));
        QVERIFY(QDir().mkpath(dir));
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir + QLatin1Char('/') + name);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        const int port = PgCluster::freePort();
        QVERIFY(write(QStringLiteral("userlist.txt"), "\"app\" \"not-a-real-secret\"\n"));
        // The sandbox's settings go at the end of the exported [pgbouncer] section itself:
        // PgBouncer resets that section to its defaults when the header appears a second
        // time, so neither %include nor a new header would leave the exported values in force.
        QVERIFY2(exported.lastIndexOf("[pgbouncer]") > exported.lastIndexOf("[databases]"), qPrintable(label));
        const QByteArray sandbox = QStringLiteral("\n; test sandbox\nlisten_addr = 127.0.0.1\nlisten_port = %1\n"
                                                  "unix_socket_dir = %2\nauth_file = %2/userlist.txt\n"
                                                  "logfile = %2/pgbouncer.log\npidfile = %2/pgbouncer.pid\n"
                                                  "admin_users = app\n")
                                       .arg(port)
                                       .arg(dir)
                                       .toUtf8();
        QVERIFY(write(QStringLiteral("run.ini"), exported + sandbox));
        // The Kubernetes Service names of the roles resolve nowhere here: the same file with
        // each role's host pointed at the test server proves the pools really connect.
        QByteArray local = exported;
        for (const auto& p : service.pooling)
            local.replace(QStringLiteral("host=%1-%2 port=5432").arg(service.name, p.role).toUtf8(),
                          QStringLiteral("host=127.0.0.1 port=%1").arg(serverPort).toUtf8());
        QVERIFY(local != exported);
        QVERIFY(write(QStringLiteral("run-local.ini"), local + sandbox));
        if (m_cluster.asRoot())
            QCOMPARE(QProcess::execute(QStringLiteral("chown"),
                                       { QStringLiteral("-R"), QStringLiteral("postgres:postgres"), dir }),
                     0);

        for (const QString& config : { QStringLiteral("run.ini"), QStringLiteral("run-local.ini") }) {
            QProcess bouncer;
            bouncer.setProcessChannelMode(QProcess::MergedChannels);
            const QString path = dir + QLatin1Char('/') + config;
            if (m_cluster.asRoot())
                bouncer.start(
                    QStringLiteral("runuser"),
                    { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgbouncer, path });
            else
                bouncer.start(pgbouncer, { path });
            QVERIFY2(bouncer.waitForStarted(), qPrintable(label + QStringLiteral(": PgBouncer did not start")));
            const auto stopBouncer = qScopeGuard([&] {
                bouncer.terminate();
                if (!bouncer.waitForFinished(10000)) {
                    bouncer.kill();
                    bouncer.waitForFinished();
                }
            });
            const auto log = [&] {
                QFile f(dir + QStringLiteral("/pgbouncer.log"));
                f.open(QIODevice::ReadOnly);
                return QString::fromUtf8(f.readAll()) + QString::fromUtf8(bouncer.readAll());
            };
            Run config_;
            QTRY_VERIFY2_WITH_TIMEOUT(
                (config_ = pgbouncerAdmin(port, QStringLiteral("pgbouncer"), QStringLiteral("SHOW CONFIG"))).exitCode
                        == 0
                    || bouncer.state() == QProcess::NotRunning,
                qPrintable(label + QStringLiteral(": ") + config_.err + log()), 20000);
            QVERIFY2(config_.exitCode == 0,
                     qPrintable(label + QStringLiteral(": PgBouncer refused the file: ") + log()));
            // A parameter PgBouncer does not know is only a warning in its log: fail on it.
            QVERIFY2(!log().contains(QStringLiteral("unknown parameter")) && !log().contains(QStringLiteral("ERROR")),
                     qPrintable(label + QStringLiteral(": ") + log()));
            const QStringList configColumns { QStringLiteral("key"), QStringLiteral("value") };
            const PoolingPlan& first = service.pooling.first();
            int maxClients = 0;
            for (const auto& p : service.pooling)
                maxClients += p.maxClientConn;
            QCOMPARE(adminRow(config_, configColumns, QStringLiteral("pool_mode")).value(QStringLiteral("value")),
                     first.mode);
            QCOMPARE(adminRow(config_, configColumns, QStringLiteral("max_client_conn")).value(QStringLiteral("value")),
                     QString::number(maxClients));
            QCOMPARE(
                adminRow(config_, configColumns, QStringLiteral("default_pool_size")).value(QStringLiteral("value")),
                QString::number(first.defaultPoolSize));
            QCOMPARE(
                adminRow(config_, configColumns, QStringLiteral("reserve_pool_size")).value(QStringLiteral("value")),
                QString::number(first.reservePoolSize));

            const Run databases = pgbouncerAdmin(port, QStringLiteral("pgbouncer"), QStringLiteral("SHOW DATABASES"));
            QVERIFY2(databases.exitCode == 0, qPrintable(databases.err));
            // name|host|port|database|force_user|pool_size|min_pool_size|reserve_pool|pool_mode|max_connections|...
            const QStringList columns { QStringLiteral("name"),          QStringLiteral("host"),
                                        QStringLiteral("port"),          QStringLiteral("database"),
                                        QStringLiteral("force_user"),    QStringLiteral("pool_size"),
                                        QStringLiteral("min_pool_size"), QStringLiteral("reserve_pool"),
                                        QStringLiteral("pool_mode"),     QStringLiteral("max_connections") };
            for (const auto& p : service.pooling) {
                const QString alias
                    = p.role == QLatin1String("replica") ? service.name + QStringLiteral("_ro") : service.name;
                const auto row = adminRow(databases, columns, alias);
                QVERIFY2(
                    !row.isEmpty(),
                    qPrintable(label + QStringLiteral(": no database ") + alias + QLatin1Char('\n') + databases.out));
                QCOMPARE(row.value(QStringLiteral("database")), service.name);
                QCOMPARE(row.value(QStringLiteral("pool_size")), QString::number(p.defaultPoolSize));
                QCOMPARE(row.value(QStringLiteral("reserve_pool")), QString::number(p.reservePoolSize));
                QCOMPARE(row.value(QStringLiteral("max_connections")), QString::number(p.maxDbConnections));
                if (config == QLatin1String("run-local.ini")) {
                    const Run through = pgbouncerAdmin(port, alias, QStringLiteral("SELECT current_database()"));
                    QVERIFY2(through.exitCode == 0,
                             qPrintable(label + QStringLiteral(": a client could not reach PostgreSQL through pool ")
                                        + alias + QStringLiteral(": ") + through.err + log()));
                    QCOMPARE(through.out.trimmed(), service.name);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
