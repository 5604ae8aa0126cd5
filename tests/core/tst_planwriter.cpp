// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"
#include "io/planwriter.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif

using namespace headroom;

class TestPlanWriter : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static bool canCreateFileIn(const QString& dir)
    {
        QFile probe(dir + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return false;
        probe.close();
        probe.remove();
        return true;
    }

#ifdef Q_OS_LINUX
    // chattr +i / -i: an immutable directory refuses new entries even to root.
    static bool setImmutable(const QString& dir, bool on)
    {
        const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }
#endif

    static bool writeAll(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    // Loads, writes, loads the text again and writes it again: both plans are equal and the
    // two texts are byte for byte the same.
    void roundTrip(const QString& path)
    {
        PlanLoader loader(m_catalog);
        auto first = loader.loadFile(path);
        QVERIFY2(first.hasValue(), qPrintable(testutils::errorText(first)));
        const QByteArray text = PlanWriter::toYaml(first.value());
        QVERIFY(text.startsWith("apiVersion: headroom/v1\nkind: Plan\n"));
        QVERIFY(text.endsWith('\n'));

        PlanLoader again(m_catalog);
        auto second = again.load(text, QStringLiteral("written.yaml"));
        QVERIFY2(second.hasValue(), qPrintable(testutils::errorText(second) + "\n" + text));
        QVERIFY2(again.warnings().isEmpty(), qPrintable(again.warnings().value(0).toString()));
        QVERIFY2(first.value() == second.value(), text.constData());
        // Each service compares equal on its own too (a clearer message when one differs).
        QCOMPARE(second->services.size(), first->services.size());
        for (qsizetype i = 0; i < first->services.size(); ++i)
            QVERIFY2(first->services[i] == second->services[i], qPrintable(first->services[i].name));

        const QByteArray again2 = PlanWriter::toYaml(second.value());
        QCOMPARE(again2, text);
    }

private slots:
    void initTestCase()
    {
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void everyExampleRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        const auto files = examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const auto& f : files)
            QTest::addRow("%s", qPrintable(f)) << examples.filePath(f);
    }

    void everyExampleRoundTrips()
    {
        QFETCH(QString, path);
        roundTrip(path);
    }

    void everyFeatureIsRead()
    {
        // The round trip below is only worth something if the file really sets every part.
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(testutils::dataFile(QStringLiteral("every-feature.yaml")));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QVERIFY2(loader.warnings().isEmpty(), qPrintable(loader.warnings().value(0).toString()));
        QCOMPARE(plan->nodePools.size(), 2);
        const NodePool& general = plan->nodePools[0];
        QCOMPARE(general.count, 3);
        QCOMPARE(general.maxPods, 50);
        QCOMPARE(general.pricePerHour.value_or(0), 0.384);
        QVERIFY(!general.maxCount);
        const NodePool& burst = plan->nodePools[1];
        QCOMPARE(burst.count, 0);
        QCOMPARE(burst.minCount.value_or(-1), 1);
        QCOMPARE(burst.maxCount.value_or(-1), 6);
        QCOMPARE(burst.cpu, Quantity::millicores(16000));
        QCOMPARE(plan->storageClasses.size(), 3);
        QCOMPARE(plan->storageClasses[0].iops.kind, IopsModel::Kind::Fixed);
        QCOMPARE(plan->storageClasses[1].iops.kind, IopsModel::Kind::PerGiB);
        QCOMPARE(plan->storageClasses[1].name, QStringLiteral("ebs-gp2"));
        QCOMPARE(plan->storageClasses[2].iops.kind, IopsModel::Kind::Provisioned);
        QCOMPARE(plan->defaultStorageClass, QStringLiteral("ebs-gp2"));
        QCOMPARE(plan->horizon, Quantity::milliseconds(2LL * 365 * 86'400'000));

        const PlannedService* db = plan->service(QStringLiteral("app-db"));
        QVERIFY(db);
        QCOMPARE(db->nodePool, QStringLiteral("general"));
        QCOMPARE(db->volumeSize.value_or(Quantity()), Quantity::bytes(200LL << 30));
        QVERIFY(db->growth);
        QCOMPARE(db->growth->amount, Quantity::bytes(5LL << 30));
        QVERIFY(db->topology);
        const PostgresTopology& t = *db->topology;
        QCOMPARE(t.readReplicas, 2);
        QCOMPARE(t.requestsPerSecond.value_or(Quantity()), Quantity::perSecond(800));
        QCOMPARE(t.readShare.value_or(Quantity()), Quantity::partsPerMillion(700'000));
        QCOMPARE(t.clientConnections.value_or(Quantity()), Quantity::count(240));
        QCOMPARE(t.primary.resources.memoryRequest.value_or(Quantity()), Quantity::bytes(8LL << 30));
        QCOMPARE(t.primary.maxConnections.value_or(Quantity()), Quantity::count(120));
        QCOMPARE(t.replica.commits.value_or(Quantity()), Quantity::iops(950'000));
        QVERIFY(!t.replica.resources.cpuLimit);
        QVERIFY(t.pooler.enabled);
        QCOMPARE(t.pooler.mode, QStringLiteral("session"));
        QCOMPARE(t.pooler.multiplexing, Quantity::micros(1'500'000));
        QCOMPARE(t.pooler.minPoolSize, Quantity::count(10));
        QCOMPARE(t.primaryMemoryFloor, Quantity::partsPerMillion(500'000));

        const PlannedService* api = plan->service(QStringLiteral("api"));
        QVERIFY(api);
        QCOMPARE(api->request.service, QStringLiteral("webapp"));
        QVERIFY(api->request.size.isEmpty());
        QCOMPARE(api->request.replicas, 3);
        QCOMPARE(api->request.qos, std::optional(QosMode::Guaranteed));
        QCOMPARE(plan->qos, std::optional(QosMode::Burstable));
        QVERIFY(!db->request.qos);
        QCOMPARE(api->request.cpuRequest.value_or(Quantity()), Quantity::millicores(500));
        QCOMPARE(api->request.inputs.value(QStringLiteral("workers")), Quantity::count(8));
        QVERIFY(!plan->catalogOverrides.isEmpty());
        QVERIFY(loader.effectiveCatalog().service(QStringLiteral("webapp")));

        const PlannedService* cache = plan->service(QStringLiteral("cache"));
        QVERIFY(cache && cache->measured);
        const Measurement& m = *cache->measured;
        QCOMPARE(m.source, QStringLiteral("http://prometheus.monitoring:9090"));
        QCOMPARE(m.at, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(m.memory && m.cpu && m.throttled);
        QCOMPARE(m.memory->p95, Quantity::mebibytes(3584));
        QCOMPARE(m.limits.cpu.value_or(Quantity()), Quantity::millicores(2000));
        QCOMPARE(m.volumes.size(), 1);
        QCOMPARE(m.volumes.first().growthPerDay, Quantity::gibibytes(1));
        QCOMPARE(m.engine.usedMemory, std::optional(EnginePeak { Quantity::mebibytes(1536), Quantity::gibibytes(2) }));
        QCOMPARE(m.engine.maxMemory, std::optional(Quantity::gibibytes(3)));
        QVERIFY(!m.engine.heapUsed && !m.engine.commitsPerSecond);
    }

    void measuredPerRoleRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("per-role.yaml"));
        QVERIFY(testutils::writeFile(path,
                                     "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                     "  - name: db\n    kind: postgresql\n    tier: small\n"
                                     "    topology: {readReplicas: 2}\n"
                                     "    measured:\n"
                                     "      primary: {pods: 1, cpu: {p50: 1, p95: 1, p99: 1, max: 2}}\n"
                                     "      replica:\n"
                                     "        pods: 2\n"
                                     "        engine: {connections: {p95: \"40\", max: \"50\"}}\n"));
        roundTrip(path);
    }

    void everyFeatureRoundTrips()
    {
        roundTrip(testutils::dataFile(QStringLiteral("every-feature.yaml")));
    }

    void textsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        // Strings YAML would read as something else, or that need quoting or escapes.
        for (const char* t : { "null",
                               "~",
                               "true",
                               "no",
                               "123",
                               "1.5",
                               "0x1F",
                               "- item",
                               "# not a comment",
                               "key: value",
                               "  leading and trailing  ",
                               "quote's",
                               "\"double\"",
                               "tab\there",
                               "line one\nline two",
                               "ends with a newline\n",
                               "[flow]",
                               "{flow}",
                               "&anchor",
                               "*alias",
                               "!tag",
                               "%percent",
                               "@at",
                               "`back`",
                               "a | b > c",
                               "---",
                               "...",
                               "?",
                               "Grüße, 東京 ✓" })
            QTest::addRow("%s", QByteArray(t).replace('\n', "\\n").replace('\t', "\\t").constData())
                << QString::fromUtf8(t);
    }

    void textsRoundTrip()
    {
        QFETCH(QString, text);
        Plan plan;
        // A plan's name is one line of plain text (exported files carry it); notes keep breaks.
        const bool oneLine = !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\t'));
        plan.name = oneLine ? text : QStringLiteral("texts");
        plan.notes = text;
        PlannedService cache;
        cache.name = QStringLiteral("cache");
        cache.request.service = QStringLiteral("redis");
        cache.request.size = QStringLiteral("small");
        plan.services << cache;
        StorageClass sc;
        sc.id = QStringLiteral("mine");
        sc.name = text;
        sc.useCase = text;
        sc.costRank = 1;
        sc.costLabel = text;
        sc.iops.fixed = 1000;
        sc.throughput = Quantity::bytesPerSecond(100'000'000);
        plan.storageClasses << sc;
        const QByteArray yaml = PlanWriter::toYaml(plan);
        PlanLoader loader(m_catalog);
        auto back = loader.load(yaml, QStringLiteral("written.yaml"));
        QVERIFY2(back.hasValue(), qPrintable(testutils::errorText(back) + QLatin1Char('\n') + yaml));
        QCOMPARE(back->name, plan.name);
        QCOMPARE(back->notes, text);
        QCOMPARE(back->storageClasses.value(0).name, text);
        QCOMPARE(back->storageClasses.value(0).useCase, text);
        QCOMPARE(back->storageClasses.value(0).costLabel, text);
        QVERIFY(back.value() == plan);
        QCOMPARE(PlanWriter::toYaml(back.value()), yaml);
    }

    void numbersRoundTrip_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("perGiB");
        QTest::addRow("small") << 0.0001 << 0.1;
        QTest::addRow("thirds") << 1.0 / 3.0 << 2.0 / 3.0;
        QTest::addRow("zero price") << 0.0 << 3.0;
        QTest::addRow("tiny") << 1e-7 << 1e-6;
        QTest::addRow("large") << 123456.789 << 999999.0;
    }

    void numbersRoundTrip()
    {
        QFETCH(double, price);
        QFETCH(double, perGiB);
        Plan plan;
        plan.name = QStringLiteral("numbers");
        NodePool pool;
        pool.name = QStringLiteral("general");
        pool.cpu = Quantity::millicores(3500);
        pool.memory = Quantity::bytes(1536LL << 20);
        pool.count = 2;
        pool.pricePerHour = price;
        plan.nodePools << pool;
        StorageClass sc;
        sc.id = QStringLiteral("per-gib");
        sc.name = sc.id;
        sc.iops.kind = IopsModel::Kind::PerGiB;
        sc.iops.perGiB = perGiB;
        sc.iops.floor = 100;
        sc.iops.ceiling = 16000;
        sc.throughput = Quantity::bytesPerSecond(250'000'000);
        plan.storageClasses << sc;
        const QByteArray yaml = PlanWriter::toYaml(plan);
        PlanLoader loader(m_catalog);
        auto back = loader.load(yaml, QStringLiteral("written.yaml"));
        QVERIFY2(back.hasValue(), qPrintable((testutils::errorText(back)) + QLatin1Char('\n') + yaml));
        QCOMPARE(back->nodePools.value(0).pricePerHour.value_or(-1), price);
        QCOMPARE(back->storageClasses.value(0).iops.perGiB, perGiB);
        QCOMPARE(back->nodePools.value(0).cpu, pool.cpu);
        QCOMPARE(back->nodePools.value(0).memory, pool.memory);
        // Exactly the same numbers, not just close: Plan's operator== compares doubles exactly.
        QVERIFY2(back.value() == plan, yaml.constData());
    }

    void writerLeavesOutDefaults()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                                "  - {name: cache, kind: redis, tier: small}\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("x.yaml"));
        QVERIFY(plan.hasValue());
        const QByteArray out = PlanWriter::toYaml(plan.value());
        for (const char* absent :
             { "storage:", "nodePools:", "replicas:", "notes:", "catalog:", "topology:", "volume:" })
            QVERIFY2(!out.contains(absent), absent);
        QVERIFY(out.contains("tier: small"));
    }

    void saveWritesWhatToYamlGives()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(testutils::dataFile(QStringLiteral("every-feature.yaml")));
        QVERIFY(plan.hasValue());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(!PlanWriter::save(plan.value(), path));
        QCOMPARE(testutils::readFile(path), PlanWriter::toYaml(plan.value()));
        PlanLoader again(m_catalog);
        auto reloaded = again.loadFile(path);
        QVERIFY2(reloaded.hasValue(), qPrintable(testutils::errorText(reloaded)));
        QVERIFY(reloaded.value() == plan.value());
        // Nothing is left beside the plan (no temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.yaml") });
    }

    void saveReplacesAnExistingFileCompletely()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadSample();
        QVERIFY(plan.hasValue());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        // Longer than the plan: a writer that does not truncate would leave a tail behind.
        const QByteArray old = QByteArray("# an older, much longer plan\n") + QByteArray(200'000, 'x') + '\n';
        QVERIFY(writeAll(path, old));
        QVERIFY(!PlanWriter::save(plan.value(), path));
        const QByteArray now = testutils::readFile(path);
        QCOMPARE(now, PlanWriter::toYaml(plan.value()));
        QVERIFY(!now.contains("xxxx"));
        PlanLoader again(m_catalog);
        auto reloaded = again.loadFile(path);
        QVERIFY(reloaded.hasValue());
        QVERIFY(reloaded.value() == plan.value());
    }

    void saveIntoReadOnlyDirectoryFails()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadSample();
        QVERIFY(plan.hasValue());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        const QByteArray old = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: old}\nservices: []\n";
        QVERIFY(writeAll(path, old));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        bool immutable = false;
        const auto restore = qScopeGuard([&] {
#ifdef Q_OS_LINUX
            if (immutable)
                setImmutable(dir.path(), false);
#endif
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        if (canCreateFileIn(dir.path())) {
            // Root ignores permissions; an immutable directory stops root too.
#ifdef Q_OS_LINUX
            immutable = setImmutable(dir.path(), true);
#endif
            if (!immutable || canCreateFileIn(dir.path()))
                QSKIP("cannot make a directory read-only for this user here");
        }
        const auto error = PlanWriter::save(plan.value(), path);
        QVERIFY(error);
        QCOMPARE(error->location.file, path);
        QVERIFY2(error->message.startsWith(QStringLiteral("cannot write the plan: ")), qPrintable(error->toString()));
        QVERIFY(error->message.size() > QStringLiteral("cannot write the plan: .").size());
        QVERIFY(error->toString().startsWith(path + QStringLiteral(": cannot write the plan")));
        QCOMPARE(testutils::readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.yaml") });
    }

    void saveUnderAFileFails()
    {
        // A parent that is a file fails for every user, root included.
        PlanLoader loader(m_catalog);
        auto plan = loader.loadSample();
        QVERIFY(plan.hasValue());
        QTemporaryDir dir;
        const QString parent = dir.filePath(QStringLiteral("not-a-directory"));
        QVERIFY(writeAll(parent, "x"));
        const QString path = parent + QStringLiteral("/plan.yaml");
        const auto error = PlanWriter::save(plan.value(), path);
        QVERIFY(error);
        QCOMPARE(error->location.file, path);
        QVERIFY2(error->message.startsWith(QStringLiteral("cannot write the plan: ")), qPrintable(error->toString()));
        QVERIFY(error->message.size() > QStringLiteral("cannot write the plan: .").size());
        QVERIFY(error->toString().startsWith(path));
        QCOMPARE(testutils::readFile(parent), QByteArray("x"));
    }

    void writeFailureLeavesTheOldFile()
    {
#ifdef Q_OS_UNIX
        // A write that fails half way (here: the file size limit, which binds root too) must
        // leave the old plan whole and no temporary file behind.
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(testutils::dataFile(QStringLiteral("every-feature.yaml")));
        QVERIFY(plan.hasValue());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        const QByteArray old = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: old}\nservices: []\n";
        QVERIFY(writeAll(path, old));
        QVERIFY(PlanWriter::toYaml(plan.value()).size() > 1024);

        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto error = PlanWriter::save(plan.value(), path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        // A plan smaller than QFileDevice's 16 KiB buffer is written at commit(); a short write
        // there (file size limit, or a disk that fills up) is not reported and the truncated
        // temporary file replaces the plan. Opening the QSaveFile Unbuffered would let the
        // byte count checked in save() see it.
        QVERIFY(error);
        QCOMPARE(error->location.file, path);
        QVERIFY2(error->message.contains(QStringLiteral("the file on disk is unchanged")),
                 qPrintable(error->toString()));
        QCOMPARE(testutils::readFile(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.yaml") });
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void v1alpha1IsMigratedAndSavedAsV1()
    {
        const QByteArray text = "apiVersion: headroom/v1alpha1\nkind: Plan\nmetadata:\n  name: old plan\n"
                                "  description: Written before v1.\nservices:\n"
                                "  - name: db\n    kind: postgresql\n    size: medium\n"
                                "  - name: cache\n    kind: redis\n    size: small\n    replicas: 2\n";
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, QStringLiteral("old.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        QCOMPARE(loader.warnings().size(), 1);
        const Error& w = loader.warnings().first();
        QCOMPARE(w.keyPath, QStringLiteral("apiVersion"));
        QCOMPARE(w.location.file, QStringLiteral("old.yaml"));
        QCOMPARE(w.location.line, 1);
        QCOMPARE(w.location.column, 13);
        QVERIFY2(w.message.contains(QStringLiteral("migrated")), qPrintable(w.message));
        QCOMPARE(plan->notes, QStringLiteral("Written before v1."));
        QCOMPARE(plan->services.size(), 2);
        QCOMPARE(plan->services[0].request.size, QStringLiteral("medium"));
        QCOMPARE(plan->services[1].request.size, QStringLiteral("small"));
        QCOMPARE(plan->services[1].request.replicas, 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("migrated.yaml"));
        QVERIFY(!PlanWriter::save(plan.value(), path));
        const QByteArray saved = testutils::readFile(path);
        QVERIFY(saved.startsWith("apiVersion: headroom/v1\n"));
        QVERIFY(saved.contains("notes: Written before v1."));
        QVERIFY(saved.contains("tier: medium"));
        QVERIFY(!saved.contains("description"));
        QVERIFY(!saved.contains("size:"));
        QVERIFY(!saved.contains("v1alpha1"));

        PlanLoader again(m_catalog);
        auto reloaded = again.loadFile(path);
        QVERIFY2(reloaded.hasValue(), qPrintable(testutils::errorText(reloaded)));
        QVERIFY(again.warnings().isEmpty());
        QVERIFY(reloaded.value() == plan.value());
    }
};

QTEST_GUILESS_MAIN(TestPlanWriter)
#include "tst_planwriter.moc"
