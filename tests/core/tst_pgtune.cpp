// SPDX-License-Identifier: Apache-2.0
#include "engine/pgtune.h"

#include <QtTest>

#include <algorithm>

using namespace headroom;

Q_DECLARE_METATYPE(headroom::PgTuneInput)

namespace {

constexpr std::int64_t MB = 1024; // in kB, the unit of every memory value below
constexpr std::int64_t GB = 1024 * MB;
constexpr std::int64_t TB = 1024 * GB;

using In = PgTuneInput;

In input(int version, In::Os os, In::DbType type, std::int64_t memoryKb, std::optional<int> cpus,
         std::optional<int> connections, In::Storage storage, In::DbSize size)
{
    In in;
    in.dbVersion = version;
    in.os = os;
    in.dbType = type;
    in.totalMemoryKb = memoryKb;
    in.cpus = cpus;
    in.connections = connections;
    in.storage = storage;
    in.dbSize = size;
    return in;
}

// A web database on Linux/SSD, PGTune's defaults, with only what a row changes.
In web(std::int64_t memoryKb)
{
    return input(18, In::Linux, In::Web, memoryKb, std::nullopt, std::nullopt, In::Ssd, In::MidRam);
}

QStringList lines(const PgTuneResult& result)
{
    QStringList list;
    for (const auto& s : result.settings)
        list << s.name + QLatin1String(" = ") + s.value;
    return list;
}

PgTuneResult tuned(const In& in)
{
    auto result = pgtune::tune(in);
    if (!result)
        qFatal("tune failed: %s", qPrintable(result.error().toString()));
    return result.value();
}

// --- The oracle: pgtune-profile.md written out again, plainly and separately from core/export/pgtune.cpp.
// --------------- Integer arithmetic throughout: floor(a/b) of non-negative integers is a/b, floor(x·1.3) is 13x/10 and
// floor(x·0.9) is 9x/10, so no floating point is involved on this side.

QString printed(std::int64_t kb)
{
    if (kb % GB == 0)
        return QString::number(kb / GB) + QLatin1String("GB");
    if (kb % MB == 0)
        return QString::number(kb / MB) + QLatin1String("MB");
    return QString::number(kb) + QLatin1String("kB");
}

QStringList expectedSettings(const In& in)
{
    const std::int64_t m = in.totalMemoryKb;
    const bool desktop = in.dbType == In::Desktop;
    const bool dw = in.dbType == In::Dw;
    const bool windowsOld = in.os == In::Windows && in.dbVersion <= 17;
    const int cpus = in.cpus.value_or(0);
    QStringList out;
    const auto add = [&out](const char* name, const QString& value) {
        out << QString::fromLatin1(name) + QLatin1String(" = ") + value;
    };

    int connections = 0;
    switch (in.dbType) {
    case In::Web:
        connections = 200;
        break;
    case In::Oltp:
        connections = 300;
        break;
    case In::Dw:
        connections = 40;
        break;
    case In::Desktop:
        connections = 20;
        break;
    case In::Mixed:
        connections = 100;
        break;
    }
    if (in.connections)
        connections = *in.connections;
    add("max_connections", QString::number(connections));

    const std::int64_t sb = desktop ? m / 16 : m / 4; // versions are 10+, so the Windows 512MB cap never applies
    // pg_settings' bounds, which PostgreSQL refuses to start outside: shared_buffers at most
    // 16 to 1073741823 pages of 8kB, effective_cache_size 2147483647 pages, maintenance_work_mem at least 1MB.
    add("shared_buffers", printed(std::clamp<std::int64_t>(sb, 128, 1073741823LL * 8)));
    add("effective_cache_size", printed(std::min<std::int64_t>(desktop ? m / 4 : m * 3 / 4, 2147483647LL * 8)));

    std::int64_t mwm = dw ? m / 8 : m / 16;
    if (windowsOld && mwm >= 2 * GB)
        mwm = 2 * GB - MB;
    if (!windowsOld && mwm >= 8 * GB)
        mwm = 8 * GB;
    add("maintenance_work_mem", printed(std::max<std::int64_t>(mwm, MB)));
    add("checkpoint_completion_target", QStringLiteral("0.9"));

    std::int64_t wal = sb * 3 / 100;
    if (wal > 16 * MB)
        wal = 16 * MB;
    if (wal > 14 * MB && wal < 16 * MB)
        wal = 16 * MB;
    if (wal < 32)
        wal = 32;
    add("wal_buffers", printed(wal));
    add("default_statistics_target", dw ? QStringLiteral("500") : QStringLiteral("100"));

    if (in.dbSize == In::LessRam)
        add("random_page_cost", QStringLiteral("1.1"));
    else if (in.storage == In::Hdd)
        add("random_page_cost", QStringLiteral("4"));
    else if (dw)
        add("random_page_cost", QStringLiteral("4"));
    else
        add("random_page_cost", QStringLiteral("1.1"));

    if (in.os == In::Linux) {
        const char* concurrency = in.storage == In::Hdd ? "2"
            : in.storage == In::Ssd                     ? "200"
            : in.storage == In::San                     ? "300"
                                                        : "1000";
        add("effective_io_concurrency", QString::fromLatin1(concurrency));
    }

    const std::int64_t p = cpus >= 4 ? cpus : 8;
    const std::int64_t divisor = (connections + p) * 3;
    std::int64_t workMem = 0;
    if (in.dbType == In::Web || in.dbType == In::Oltp)
        workMem = (m - sb) / divisor;
    else if (dw || in.dbType == In::Mixed)
        workMem = (m - sb) / (divisor * 2);
    else
        workMem = (m - sb) / (divisor * 6);
    if (in.dbSize == In::LessRam)
        workMem = workMem * 13 / 10;
    if (in.dbSize == In::GreaterRam)
        workMem = workMem * 9 / 10;
    if (workMem < 4 * MB)
        workMem = 4 * MB;
    if (windowsOld && workMem > 2 * GB - MB)
        workMem = 2 * GB - MB;
    add("work_mem", printed(workMem));

    if (in.os == In::Mac)
        add("huge_pages", QStringLiteral("off"));
    else
        add("huge_pages", sb >= 2 * GB ? QStringLiteral("try") : QStringLiteral("off"));
    if (in.dbVersion >= 12 && !dw && !desktop)
        add("jit", QStringLiteral("off"));
    add("wal_compression", in.dbVersion >= 15 ? QStringLiteral("lz4") : QStringLiteral("on"));
    if (cpus >= 32)
        add("autovacuum_max_workers", QStringLiteral("5"));
    else if (cpus >= 16)
        add("autovacuum_max_workers", QStringLiteral("4"));
    if (mwm >= 2 * GB)
        add("autovacuum_work_mem", printed(windowsOld ? 2 * GB - MB : 2 * GB));
    if (in.dbVersion >= 18) {
        add("io_method", in.os == In::Linux ? QStringLiteral("io_uring") : QStringLiteral("worker"));
        if (in.os != In::Linux && cpus > 0) {
            const int ioWorkers = std::min(32, std::max(3, cpus / 4));
            if (ioWorkers > 3)
                add("io_workers", QString::number(ioWorkers));
        }
    }

    switch (in.dbType) {
    case In::Web:
    case In::Mixed:
        add("min_wal_size", QStringLiteral("1GB"));
        add("max_wal_size", QStringLiteral("4GB"));
        break;
    case In::Oltp:
        add("min_wal_size", QStringLiteral("2GB"));
        add("max_wal_size", QStringLiteral("8GB"));
        break;
    case In::Dw:
        add("min_wal_size", QStringLiteral("4GB"));
        add("max_wal_size", QStringLiteral("16GB"));
        break;
    case In::Desktop:
        add("min_wal_size", QStringLiteral("100MB"));
        add("max_wal_size", QStringLiteral("2GB"));
        break;
    }

    if (cpus >= 4) {
        const int half = (cpus + 1) / 2;
        add("max_worker_processes", QString::number(cpus));
        add("max_parallel_workers_per_gather", QString::number(std::min(1024, dw ? half : std::min(4, half))));
        add("max_parallel_workers", QString::number(std::min(1024, cpus))); // pg_settings' max
        if (in.dbVersion >= 11)
            add("max_parallel_maintenance_workers", QString::number(std::min(4, half)));
    }
    if (desktop) {
        add("wal_level", QStringLiteral("minimal"));
        add("max_wal_senders", QStringLiteral("0"));
    }
    return out;
}

QString rowName(const In& in)
{
    return QStringLiteral("v%1/%2/%3/%4/%5kB/cpus %6/conn %7/%8")
        .arg(in.dbVersion)
        .arg(pgtune::osName(in.os), pgtune::dbTypeName(in.dbType), pgtune::storageName(in.storage))
        .arg(in.totalMemoryKb)
        .arg(in.cpus ? QString::number(*in.cpus) : QStringLiteral("-"),
             in.connections ? QString::number(*in.connections) : QStringLiteral("-"), pgtune::dbSizeName(in.dbSize));
}

} // namespace

class TestPgTune : public QObject
{
    Q_OBJECT

private slots:
    // The two examples of pgtune-profile.md, every line of the output in order. The profile lists some values;
    // the rest are derived by hand from its rules (comments show the working).
    void workedExamples_data()
    {
        QTest::addColumn<In>("in");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("v18 linux web 1GB, 2 CPUs, 100 connections, ssd, less_ram")
            << input(18, In::Linux, In::Web, 1 * GB, 2, 100, In::Ssd, In::LessRam)
            << QStringList {
                   "max_connections = 100",
                   "shared_buffers = 256MB", // 1048576/4 = 262144 kB
                   "effective_cache_size = 768MB", // 3·1048576/4 = 786432 kB
                   "maintenance_work_mem = 64MB", // 1048576/16 = 65536 kB
                   "checkpoint_completion_target = 0.9",
                   "wal_buffers = 7864kB", // floor(3·262144/100) = 7864
                   "default_statistics_target = 100",
                   "random_page_cost = 1.1", // less_ram
                   "effective_io_concurrency = 200", // linux, ssd
                   "work_mem = 4MB", // P = 8: 786432/324 = 2427.25 → 2427 → ·1.3 = 3155 → 4MB floor
                   "huge_pages = off", // 256MB < 2GB
                   "jit = off", // 18 ≥ 12, web
                   "wal_compression = lz4", // 18 ≥ 15
                   // autovacuum_max_workers: 2 CPUs < 16; autovacuum_work_mem: 64MB < 2GB
                   "io_method = io_uring", // 18, linux; so no io_workers
                   "min_wal_size = 1GB", "max_wal_size = 4GB",
                   // no parallel lines (2 CPUs < 4), no wal_level (not desktop)
               };
        QTest::addRow("v18 linux web 512MB, 8 CPUs, 200 connections, ssd, less_ram")
            << input(18, In::Linux, In::Web, 512 * MB, 8, 200, In::Ssd, In::LessRam)
            << QStringList {
                   "max_connections = 200",
                   "shared_buffers = 128MB", // 131072 kB
                   "effective_cache_size = 384MB",
                   "maintenance_work_mem = 32MB",
                   "checkpoint_completion_target = 0.9",
                   "wal_buffers = 3932kB", // floor(3·131072/100) = 3932
                   "default_statistics_target = 100",
                   "random_page_cost = 1.1",
                   "effective_io_concurrency = 200",
                   "work_mem = 4MB", // P = 8 CPUs: 393216/624 = 630.2 → 630 → 819 → 4MB floor
                   "huge_pages = off",
                   "jit = off",
                   "wal_compression = lz4",
                   "io_method = io_uring",
                   "min_wal_size = 1GB",
                   "max_wal_size = 4GB",
                   "max_worker_processes = 8",
                   "max_parallel_workers_per_gather = 4", // ceil(8/2) = 4
                   "max_parallel_workers = 8",
                   "max_parallel_maintenance_workers = 4", // min(4, 4)
               };
    }

    void workedExamples()
    {
        QFETCH(In, in);
        QFETCH(QStringList, expected);
        const PgTuneResult result = tuned(in);
        QCOMPARE(lines(result), expected);
        QCOMPARE(expectedSettings(in), expected); // the oracle the matrix relies on agrees with the hand working
        QCOMPARE(result.warnings,
                 QStringList({ "wal_compression = lz4 requires PostgreSQL compiled with --with-lz4",
                               "io_method = io_uring requires PostgreSQL compiled with --with-liburing" }));
    }

    // Every version × type × OS × storage, with memory, CPUs, connections and DB size varied across rows so that
    // caps, floors and thresholds are crossed in many combinations.
    void matrix_data()
    {
        QTest::addColumn<In>("in");
        // In MB: tiny (wal_buffers floor), around 256MB, near the 14-16MB wal_buffers rounding, the huge_pages
        // threshold, the maintenance_work_mem caps, around 100GB, and 4TB (whole terabytes printed in GB).
        const std::int64_t memoriesMb[] = { 1,    3,     16,    255,   256,    1024,   1900,   2000,    2048,   7999,
                                            8192, 16384, 32768, 65536, 102400, 103424, 262144, 1048576, 4194304 };
        const std::optional<int> cpuCounts[] = { std::nullopt, 1, 2, 3, 4, 7, 15, 16, 31, 32, 64, 200, 10000 };
        const std::optional<int> connectionCounts[] = { std::nullopt, 1, 20, 100, 1000, 9999, 100000 };
        const In::DbSize sizes[] = { In::LessRam, In::MidRam, In::GreaterRam };
        int row = 0;
        for (int version = 10; version <= 18; ++version) {
            for (In::DbType type : { In::Web, In::Oltp, In::Dw, In::Desktop, In::Mixed }) {
                for (In::Os os : { In::Linux, In::Windows, In::Mac }) {
                    for (In::Storage storage : { In::Ssd, In::Nvme, In::San, In::Hdd }) {
                        // Lengths 19, 13, 7 and 3 are pairwise coprime, so the combinations keep changing.
                        const In in = input(version, os, type, memoriesMb[row % 19] * MB, cpuCounts[row % 13],
                                            connectionCounts[row % 7], storage, sizes[row % 3]);
                        QTest::addRow("%s", qPrintable(rowName(in))) << in;
                        ++row;
                    }
                }
            }
        }
        QCOMPARE(row, 9 * 5 * 3 * 4);
    }

    void matrix()
    {
        QFETCH(In, in);
        const PgTuneResult r = tuned(in);
        const int cpus = in.cpus.value_or(0);

        // The rules one at a time, for a readable failure...
        QCOMPARE(r.value(u"effective_io_concurrency"),
                 in.os != In::Linux          ? QString()
                     : in.storage == In::Hdd ? QStringLiteral("2")
                     : in.storage == In::Ssd ? QStringLiteral("200")
                     : in.storage == In::San ? QStringLiteral("300")
                                             : QStringLiteral("1000"));
        QCOMPARE(r.contains(u"jit"),
                 in.dbVersion >= 12 && (in.dbType == In::Web || in.dbType == In::Oltp || in.dbType == In::Mixed));
        QCOMPARE(r.value(u"wal_compression"), in.dbVersion >= 15 ? QStringLiteral("lz4") : QStringLiteral("on"));
        QCOMPARE(r.contains(u"io_method"), in.dbVersion == 18);
        if (in.dbVersion == 18)
            QCOMPARE(r.value(u"io_method"), in.os == In::Linux ? QStringLiteral("io_uring") : QStringLiteral("worker"));
        QVERIFY(!r.contains(u"io_workers") || (in.dbVersion == 18 && in.os != In::Linux && cpus >= 16));
        for (const char16_t* name :
             { u"max_worker_processes", u"max_parallel_workers_per_gather", u"max_parallel_workers" })
            QCOMPARE(r.contains(name), cpus >= 4);
        QCOMPARE(r.contains(u"max_parallel_maintenance_workers"), cpus >= 4 && in.dbVersion >= 11);
        QCOMPARE(r.value(u"wal_level"), in.dbType == In::Desktop ? QStringLiteral("minimal") : QString());
        QCOMPARE(r.value(u"max_wal_senders"), in.dbType == In::Desktop ? QStringLiteral("0") : QString());
        if (in.os == In::Windows && in.dbVersion <= 17) {
            // PostgreSQL on Windows refuses 2GB for one work area before 18: 2047MB is the most.
            QVERIFY(!r.contains(u"autovacuum_work_mem"));
            const std::int64_t mwm = (in.dbType == In::Dw ? in.totalMemoryKb / 8 : in.totalMemoryKb / 16);
            if (mwm >= 2 * GB)
                QCOMPARE(r.value(u"maintenance_work_mem"), QStringLiteral("2047MB"));
        }
        if (in.os == In::Mac)
            QCOMPARE(r.value(u"huge_pages"), QStringLiteral("off"));
        for (const auto& s : r.settings)
            QVERIFY2(!s.value.isEmpty() && !s.value.endsWith(QLatin1String("TB")), qPrintable(s.name));

        // ...and the whole output, in order, against the oracle.
        QCOMPARE(lines(r), expectedSettings(in));
    }

    // Named rows for each threshold, cap and multiplier: the values either side of each edge.
    void rules_data()
    {
        QTest::addColumn<In>("in");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: the line is left out

        const auto row = [](const char* tag, const In& in, const char* name, const char* expected) {
            QTest::newRow(tag) << in << QString::fromLatin1(name) << QString::fromLatin1(expected);
        };
        const auto with = [](In in, auto change) {
            change(in);
            return in;
        };

        // work_mem by type and DB size. 16GB, 100 connections, 4 CPUs: (16GB − SB)/((100 + 4)·3).
        const In base16 = input(16, In::Linux, In::Web, 16 * GB, 4, 100, In::Ssd, In::MidRam);
        row("work_mem web mid_ram", base16, "work_mem", "40329kB"); // 12582912/312 = 40329.8
        row("work_mem web less_ram ·1.3", with(base16, [](In& i) { i.dbSize = In::LessRam; }), "work_mem", "52427kB");
        row("work_mem web greater_ram ·0.9", with(base16, [](In& i) { i.dbSize = In::GreaterRam; }), "work_mem",
            "36296kB");
        row("work_mem oltp like web", with(base16, [](In& i) { i.dbType = In::Oltp; }), "work_mem", "40329kB");
        row("work_mem dw /2", with(base16, [](In& i) { i.dbType = In::Dw; }), "work_mem", "20164kB");
        row("work_mem mixed /2", with(base16, [](In& i) { i.dbType = In::Mixed; }), "work_mem", "20164kB");
        row("work_mem dw less_ram",
            with(base16,
                 [](In& i) {
                     i.dbType = In::Dw;
                     i.dbSize = In::LessRam;
                 }),
            "work_mem", "26213kB");
        row("work_mem dw greater_ram",
            with(base16,
                 [](In& i) {
                     i.dbType = In::Dw;
                     i.dbSize = In::GreaterRam;
                 }),
            "work_mem", "18147kB");
        // Desktop: SB = 16GB/16 = 1GB; 15728640/312 = 50412.3; /6 = 8402.
        row("work_mem desktop /6", with(base16, [](In& i) { i.dbType = In::Desktop; }), "work_mem", "8402kB");
        row("work_mem desktop less_ram",
            with(base16,
                 [](In& i) {
                     i.dbType = In::Desktop;
                     i.dbSize = In::LessRam;
                 }),
            "work_mem", "10922kB");
        row("work_mem desktop greater_ram",
            with(base16,
                 [](In& i) {
                     i.dbType = In::Desktop;
                     i.dbSize = In::GreaterRam;
                 }),
            "work_mem", "7561kB");
        // P = 8 when CPUs are blank or below 4: 12582912/((100 + 8)·3) = 38836.2.
        row("work_mem P=8 without CPUs", with(base16, [](In& i) { i.cpus.reset(); }), "work_mem", "38836kB");
        row("work_mem P=8 with 3 CPUs", with(base16, [](In& i) { i.cpus = 3; }), "work_mem", "38836kB");
        // 64 CPUs: 12582912/((100 + 64)·3) = 25575.02.
        row("work_mem P=CPUs with 64", with(base16, [](In& i) { i.cpus = 64; }), "work_mem", "25575kB");
        // The 4MB floor: PGTune's own case, 4GB and 9999 connections.
        row("work_mem 4MB floor", input(15, In::Linux, In::Web, 4 * GB, 4, 9999, In::Ssd, In::MidRam), "work_mem",
            "4MB");
        // 4MB floor applies after the DB-size multiplier: 4400kB·0.9 = 3960kB → 4MB.
        // 1GB, 4 CPUs, 56 connections: 786432/180 = 4369 kB, above the floor until ·0.9 makes it 3932.
        const In floorEdge = input(16, In::Linux, In::Web, 1 * GB, 4, 56, In::Ssd, In::MidRam);
        row("work_mem above floor mid_ram", floorEdge, "work_mem", "4369kB");
        row("work_mem floor after greater_ram", with(floorEdge, [](In& i) { i.dbSize = In::GreaterRam; }), "work_mem",
            "4MB");
        // Windows ≤ 17 caps work_mem at 2GB − 1MB; 18 does not (PGTune's own cases).
        const In windows256 = input(17, In::Windows, In::Web, 256 * GB, 4, 20, In::Ssd, In::MidRam);
        row("work_mem windows 17 cap", windows256, "work_mem", "2047MB");
        row("work_mem windows 18 no cap", with(windows256, [](In& i) { i.dbVersion = 18; }), "work_mem", "2796202kB");
        row("work_mem linux 17 no cap", with(windows256, [](In& i) { i.os = In::Linux; }), "work_mem", "2796202kB");

        // huge_pages: shared_buffers exactly 2GB is enough; 1MB less of RAM is not.
        row("huge_pages SB 2GB", web(8 * GB), "huge_pages", "try");
        row("huge_pages SB just below 2GB", web(8 * GB - 4 * MB), "huge_pages", "off");
        row("huge_pages windows SB 2GB", with(web(8 * GB), [](In& i) { i.os = In::Windows; }), "huge_pages", "try");
        row("huge_pages mac SB 2GB", with(web(8 * GB), [](In& i) { i.os = In::Mac; }), "huge_pages", "off");
        row("huge_pages mac 1TB", with(web(1 * TB), [](In& i) { i.os = In::Mac; }), "huge_pages", "off");
        row("huge_pages desktop 32GB: SB 2GB", with(web(32 * GB), [](In& i) { i.dbType = In::Desktop; }), "huge_pages",
            "try");
        row("huge_pages desktop 31GB", with(web(31 * GB), [](In& i) { i.dbType = In::Desktop; }), "huge_pages", "off");

        // wal_buffers: 3% of SB, 16MB at most, 14MB < w < 16MB rounds up, 32kB at least.
        row("wal_buffers 2000MB: 15360kB → 16MB", web(2000 * MB), "wal_buffers", "16MB");
        row("wal_buffers 2GB: 15728kB → 16MB", web(2 * GB), "wal_buffers", "16MB");
        row("wal_buffers 1900MB: 14592kB → 16MB", web(1900 * MB), "wal_buffers", "16MB");
        row("wal_buffers 1870MB: 14361kB → 16MB", web(1870 * MB), "wal_buffers", "16MB");
        row("wal_buffers 1867MB: 14338kB → 16MB", web(1867 * MB), "wal_buffers", "16MB");
        row("wal_buffers 1866MB: 14330kB stays", web(1866 * MB), "wal_buffers", "14330kB");
        row("wal_buffers 1850MB: 14208kB stays", web(1850 * MB), "wal_buffers", "14208kB");
        row("wal_buffers 8GB: capped 16MB", web(8 * GB), "wal_buffers", "16MB");
        row("wal_buffers desktop 8000MB → 16MB", with(web(8000 * MB), [](In& i) { i.dbType = In::Desktop; }),
            "wal_buffers", "16MB");
        row("wal_buffers 1MB: 7kB → 32kB", web(1 * MB), "wal_buffers", "32kB");
        row("wal_buffers 4MB: 30kB → 32kB", web(4 * MB), "wal_buffers", "32kB");
        row("wal_buffers 5MB: 38kB stays", web(5 * MB), "wal_buffers", "38kB");
        row("wal_buffers desktop 16MB: 30kB → 32kB", with(web(16 * MB), [](In& i) { i.dbType = In::Desktop; }),
            "wal_buffers", "32kB");
        row("wal_buffers desktop 20MB: 38kB stays", with(web(20 * MB), [](In& i) { i.dbType = In::Desktop; }),
            "wal_buffers", "38kB");

        // maintenance_work_mem caps.
        row("mwm linux 8GB cap", web(256 * GB), "maintenance_work_mem", "8GB");
        row("mwm linux below cap", web(16 * GB), "maintenance_work_mem", "1GB");
        row("mwm windows 17 at 2GB → 2047MB",
            with(web(32 * GB),
                 [](In& i) {
                     i.os = In::Windows;
                     i.dbVersion = 17;
                 }),
            "maintenance_work_mem", "2047MB");
        row("mwm windows 17 below 2GB",
            with(web(31 * GB),
                 [](In& i) {
                     i.os = In::Windows;
                     i.dbVersion = 17;
                 }),
            "maintenance_work_mem", "1984MB");
        row("mwm windows 10 256GB",
            with(web(256 * GB),
                 [](In& i) {
                     i.os = In::Windows;
                     i.dbVersion = 10;
                 }),
            "maintenance_work_mem", "2047MB");
        row("mwm windows 18 8GB cap", with(web(256 * GB), [](In& i) { i.os = In::Windows; }), "maintenance_work_mem",
            "8GB");
        row("mwm dw M/8", with(web(16 * GB), [](In& i) { i.dbType = In::Dw; }), "maintenance_work_mem", "2GB");
        row("mwm dw windows 16 at 2GB",
            with(web(16 * GB),
                 [](In& i) {
                     i.dbType = In::Dw;
                     i.os = In::Windows;
                     i.dbVersion = 16;
                 }),
            "maintenance_work_mem", "2047MB");

        // autovacuum_work_mem: only when maintenance_work_mem reaches 2GB.
        row("autovacuum_work_mem at 2GB", web(32 * GB), "autovacuum_work_mem", "2GB");
        row("autovacuum_work_mem 8GB mwm", web(256 * GB), "autovacuum_work_mem", "2GB");
        row("autovacuum_work_mem below", web(31 * GB), "autovacuum_work_mem", "");
        row("autovacuum_work_mem dw 16GB", with(web(16 * GB), [](In& i) { i.dbType = In::Dw; }), "autovacuum_work_mem",
            "2GB");
        // Windows ≤ 17 caps maintenance_work_mem at 2047MB first, so the 2GB threshold is never reached.
        row("autovacuum_work_mem windows 17",
            with(web(256 * GB),
                 [](In& i) {
                     i.os = In::Windows;
                     i.dbVersion = 17;
                 }),
            "autovacuum_work_mem", "");
        row("autovacuum_work_mem windows 18", with(web(256 * GB), [](In& i) { i.os = In::Windows; }),
            "autovacuum_work_mem", "2GB");

        // autovacuum_max_workers by CPUs.
        row("autovacuum_max_workers blank", web(8 * GB), "autovacuum_max_workers", "");
        row("autovacuum_max_workers 15", with(web(8 * GB), [](In& i) { i.cpus = 15; }), "autovacuum_max_workers", "");
        row("autovacuum_max_workers 16", with(web(8 * GB), [](In& i) { i.cpus = 16; }), "autovacuum_max_workers", "4");
        row("autovacuum_max_workers 31", with(web(8 * GB), [](In& i) { i.cpus = 31; }), "autovacuum_max_workers", "4");
        row("autovacuum_max_workers 32", with(web(8 * GB), [](In& i) { i.cpus = 32; }), "autovacuum_max_workers", "5");

        // io_workers: 18, CPUs given, not io_uring; min(32, max(3, CPUs/4)), shown only above 3.
        const In windows18 = with(web(8 * GB), [](In& i) { i.os = In::Windows; });
        row("io_workers blank CPUs", windows18, "io_workers", "");
        row("io_workers 15 CPUs: 3", with(windows18, [](In& i) { i.cpus = 15; }), "io_workers", "");
        row("io_workers 16 CPUs", with(windows18, [](In& i) { i.cpus = 16; }), "io_workers", "4");
        row("io_workers mac 64 CPUs",
            with(windows18,
                 [](In& i) {
                     i.cpus = 64;
                     i.os = In::Mac;
                 }),
            "io_workers", "16");
        row("io_workers 200 CPUs: 32", with(windows18, [](In& i) { i.cpus = 200; }), "io_workers", "32");
        row("io_workers linux io_uring",
            with(windows18,
                 [](In& i) {
                     i.cpus = 64;
                     i.os = In::Linux;
                 }),
            "io_workers", "");
        row("io_workers 17",
            with(windows18,
                 [](In& i) {
                     i.cpus = 64;
                     i.dbVersion = 17;
                 }),
            "io_workers", "");
        row("io_method windows", windows18, "io_method", "worker");
        row("io_method linux", web(8 * GB), "io_method", "io_uring");
        row("io_method 17", with(web(8 * GB), [](In& i) { i.dbVersion = 17; }), "io_method", "");

        // Parallel workers.
        row("parallel 3 CPUs", with(web(8 * GB), [](In& i) { i.cpus = 3; }), "max_worker_processes", "");
        row("parallel 4 CPUs gather", with(web(8 * GB), [](In& i) { i.cpus = 4; }), "max_parallel_workers_per_gather",
            "2");
        row("parallel 9 CPUs gather ≤ 4", with(web(8 * GB), [](In& i) { i.cpus = 9; }),
            "max_parallel_workers_per_gather", "4");
        row("parallel dw 31 CPUs gather",
            with(web(8 * GB),
                 [](In& i) {
                     i.cpus = 31;
                     i.dbType = In::Dw;
                 }),
            "max_parallel_workers_per_gather", "16");
        row("parallel 5 CPUs maintenance", with(web(8 * GB), [](In& i) { i.cpus = 5; }),
            "max_parallel_maintenance_workers", "3");
        row("parallel v10 no maintenance",
            with(web(8 * GB),
                 [](In& i) {
                     i.cpus = 12;
                     i.dbVersion = 10;
                 }),
            "max_parallel_maintenance_workers", "");
        row("parallel v10 workers",
            with(web(8 * GB),
                 [](In& i) {
                     i.cpus = 12;
                     i.dbVersion = 10;
                 }),
            "max_parallel_workers", "12");

        // random_page_cost.
        row("random_page_cost dw ssd mid_ram", with(web(8 * GB), [](In& i) { i.dbType = In::Dw; }), "random_page_cost",
            "4");
        row("random_page_cost dw ssd less_ram",
            with(web(8 * GB),
                 [](In& i) {
                     i.dbType = In::Dw;
                     i.dbSize = In::LessRam;
                 }),
            "random_page_cost", "1.1");
        row("random_page_cost hdd", with(web(8 * GB), [](In& i) { i.storage = In::Hdd; }), "random_page_cost", "4");
        row("random_page_cost hdd less_ram",
            with(web(8 * GB),
                 [](In& i) {
                     i.storage = In::Hdd;
                     i.dbSize = In::LessRam;
                 }),
            "random_page_cost", "1.1");
        row("random_page_cost nvme greater_ram",
            with(web(8 * GB),
                 [](In& i) {
                     i.storage = In::Nvme;
                     i.dbSize = In::GreaterRam;
                 }),
            "random_page_cost", "1.1");

        // max_connections defaults and the given value.
        row("max_connections web", web(8 * GB), "max_connections", "200");
        row("max_connections oltp", with(web(8 * GB), [](In& i) { i.dbType = In::Oltp; }), "max_connections", "300");
        row("max_connections dw", with(web(8 * GB), [](In& i) { i.dbType = In::Dw; }), "max_connections", "40");
        row("max_connections desktop", with(web(8 * GB), [](In& i) { i.dbType = In::Desktop; }), "max_connections",
            "20");
        row("max_connections mixed", with(web(8 * GB), [](In& i) { i.dbType = In::Mixed; }), "max_connections", "100");
        row("max_connections given", with(web(8 * GB), [](In& i) { i.connections = 7; }), "max_connections", "7");

        // Printing: whole terabytes stay in GB, as PGTune prints them.
        row("4TB shared_buffers", web(4 * TB), "shared_buffers", "1024GB");
        row("4TB effective_cache_size", web(4 * TB), "effective_cache_size", "3072GB");
        row("16TB effective_cache_size", web(16 * TB), "effective_cache_size", "12288GB");
        // Beyond pg_settings' range the server refuses to start: its maximum is written instead.
        row("64TB effective_cache_size", web(64 * TB), "effective_cache_size", "17179869176kB");
        row("64TB shared_buffers", web(64 * TB), "shared_buffers", "8589934584kB");
        row("1MB maintenance_work_mem", web(1 * MB), "maintenance_work_mem", "1MB");
        row("1536MB shared_buffers", web(1536 * MB), "shared_buffers", "384MB");
        row("desktop min_wal_size", with(web(8 * GB), [](In& i) { i.dbType = In::Desktop; }), "min_wal_size", "100MB");
    }

    void rules()
    {
        QFETCH(In, in);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const PgTuneResult result = tuned(in);
        QCOMPARE(result.value(name), expected);
        QCOMPARE(result.contains(name), !expected.isEmpty());
        QCOMPARE(lines(result), expectedSettings(in));
    }

    void warnings_data()
    {
        QTest::addColumn<In>("in");
        QTest::addColumn<QStringList>("expected");
        const QStringList low = { "WARNING", "this tool not being optimal", "for low memory systems" };
        const QStringList high = { "WARNING", "this tool not being optimal", "for very high memory systems" };
        const QString lz4 = QStringLiteral("wal_compression = lz4 requires PostgreSQL compiled with --with-lz4");
        const QString uring = QStringLiteral("io_method = io_uring requires PostgreSQL compiled with --with-liburing");
        const auto v14 = [](std::int64_t kb) {
            In in = web(kb);
            in.dbVersion = 14;
            return in;
        };
        QTest::addRow("255MB") << v14(255 * MB) << low;
        QTest::addRow("1MB") << v14(1 * MB)
                             << low
                + QStringList { QStringLiteral("maintenance_work_mem = 64kB is outside PostgreSQL's "
                                               "range; 1MB written") };
        QTest::addRow("256MB") << v14(256 * MB) << QStringList();
        QTest::addRow("100GB") << v14(100 * GB) << QStringList();
        QTest::addRow("100GB + 1MB") << v14(100 * GB + 1 * MB) << high;
        QTest::addRow("101GB") << v14(101 * GB) << high;
        QTest::addRow("4TB") << v14(4 * TB) << high;
        QTest::addRow("v15 lz4") << [&] {
            In in = v14(8 * GB);
            in.dbVersion = 15;
            return in;
        }() << QStringList { lz4 };
        QTest::addRow("v18 linux: lz4 and io_uring") << web(8 * GB) << QStringList { lz4, uring };
        QTest::addRow("v18 windows: no io_uring") << [] {
            In in = web(8 * GB);
            in.os = In::Windows;
            return in;
        }() << QStringList { lz4 };
        QTest::addRow("v18 linux 200MB: all") << web(200 * MB) << low + QStringList { lz4, uring };
        const auto dw = [&](In::Storage storage, In::DbSize size) {
            In in = v14(8 * GB);
            in.dbType = In::Dw;
            in.storage = storage;
            in.dbSize = size;
            return in;
        };
        QTest::addRow("dw ssd greater_ram") << dw(In::Ssd, In::GreaterRam)
                                            << QStringList { "dw on ssd storage with the DB larger than RAM: cost "
                                                             "parameters left at defaults" };
        QTest::addRow("dw nvme greater_ram") << dw(In::Nvme, In::GreaterRam)
                                             << QStringList { "dw on nvme storage with the DB larger than RAM: cost "
                                                              "parameters left at defaults" };
        QTest::addRow("dw hdd greater_ram") << dw(In::Hdd, In::GreaterRam) << QStringList();
        QTest::addRow("dw ssd mid_ram") << dw(In::Ssd, In::MidRam) << QStringList();
        QTest::addRow("web ssd greater_ram") << [&] {
            In in = dw(In::Ssd, In::GreaterRam);
            in.dbType = In::Web;
            return in;
        }() << QStringList();
    }

    void warnings()
    {
        QFETCH(In, in);
        QFETCH(QStringList, expected);
        QCOMPARE(tuned(in).warnings, expected);
    }

    void confText()
    {
        const In in = input(18, In::Linux, In::Web, 1 * GB, 2, 100, In::Ssd, In::LessRam);
        const QString expected
            = QStringLiteral("# wal_compression = lz4 requires PostgreSQL compiled with --with-lz4\n"
                             "# io_method = io_uring requires PostgreSQL compiled with --with-liburing\n"
                             "\n"
                             "# DB Version: 18\n"
                             "# OS Type: linux\n"
                             "# DB Type: web\n"
                             "# Total Memory (RAM): 1 GB\n"
                             "# CPUs num: 2\n"
                             "# Connections num: 100\n"
                             "# Data Storage: ssd\n"
                             "# DB Size: less_ram\n"
                             "\n"
                             "max_connections = 100\n"
                             "shared_buffers = 256MB\n"
                             "effective_cache_size = 768MB\n"
                             "maintenance_work_mem = 64MB\n"
                             "checkpoint_completion_target = 0.9\n"
                             "wal_buffers = 7864kB\n"
                             "default_statistics_target = 100\n"
                             "random_page_cost = 1.1\n"
                             "effective_io_concurrency = 200\n"
                             "work_mem = 4MB\n"
                             "huge_pages = off\n"
                             "jit = off\n"
                             "wal_compression = lz4\n"
                             "io_method = io_uring\n"
                             "min_wal_size = 1GB\n"
                             "max_wal_size = 4GB\n");
        QCOMPARE(pgtune::toConf(in, tuned(in)), expected);
    }

    void confWithoutWarningsOrBlankInputs()
    {
        // Version 14 on Windows: no lz4, no io_uring, so the text starts with the inputs; blank CPUs and
        // connections are left out of the comments as PGTune does.
        In in = web(1024 * MB);
        in.dbVersion = 14;
        in.os = In::Windows;
        in.memoryUnit = In::Megabytes;
        const QString text = pgtune::toConf(in, tuned(in));
        QVERIFY2(text.startsWith(QStringLiteral("# DB Version: 14\n# OS Type: windows\n# DB Type: web\n"
                                                "# Total Memory (RAM): 1024 MB\n# Data Storage: ssd\n"
                                                "# DB Size: mid_ram\n\nmax_connections = 200\n")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("CPUs num")));
        QVERIFY(!text.contains(QStringLiteral("Connections num")));
    }

    void confLowMemory()
    {
        In in = web(200 * MB);
        in.dbVersion = 12;
        const QString text = pgtune::toConf(in, tuned(in));
        QVERIFY2(text.startsWith(QStringLiteral("# WARNING\n# this tool not being optimal\n# for low memory systems\n"
                                                "\n# DB Version: 12\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("# Total Memory (RAM): 200 MB\n")));
    }

    void alterSystemText()
    {
        const In in = input(18, In::Linux, In::Web, 512 * MB, 8, 200, In::Ssd, In::LessRam);
        const QString text = pgtune::toAlterSystem(in, tuned(in));
        QVERIFY2(text.startsWith(QStringLiteral("-- wal_compression = lz4 requires PostgreSQL compiled with "
                                                "--with-lz4\n-- io_method = io_uring requires PostgreSQL compiled "
                                                "with --with-liburing\n\n-- DB Version: 18\n-- OS Type: linux\n"
                                                "-- DB Type: web\n-- Total Memory (RAM): 512 MB\n-- CPUs num: 8\n"
                                                "-- Connections num: 200\n-- Data Storage: ssd\n"
                                                "-- DB Size: less_ram\n\n"
                                                "ALTER SYSTEM SET max_connections = '200';\n"
                                                "ALTER SYSTEM SET shared_buffers = '128MB';\n")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("ALTER SYSTEM SET max_parallel_maintenance_workers = '4';\n")));
        QCOMPARE(text.count(QStringLiteral("ALTER SYSTEM SET ")), 20);
        QVERIFY(!text.contains(QLatin1Char('#')));
    }

    void memoryUnitOfTheComment_data()
    {
        QTest::addColumn<std::int64_t>("kb");
        QTest::addColumn<int>("unit"); // -1: not given
        QTest::addColumn<QString>("comment");
        QTest::addRow("auto GB") << 8 * GB << -1 << QStringLiteral("8 GB");
        QTest::addRow("auto MB") << 1536 * MB << -1 << QStringLiteral("1536 MB");
        QTest::addRow("auto 4TB in GB") << 4 * TB << -1 << QStringLiteral("4096 GB");
        QTest::addRow("MB as typed") << 1 * GB << int(In::Megabytes) << QStringLiteral("1024 MB");
        QTest::addRow("TB as typed") << 4 * TB << int(In::Terabytes) << QStringLiteral("4 TB");
        QTest::addRow("GB not exact: MB") << 1536 * MB << int(In::Gigabytes) << QStringLiteral("1536 MB");
    }

    void memoryUnitOfTheComment()
    {
        QFETCH(std::int64_t, kb);
        QFETCH(int, unit);
        QFETCH(QString, comment);
        In in = web(kb);
        if (unit >= 0)
            in.memoryUnit = In::MemoryUnit(unit);
        QVERIFY(pgtune::inputComments(in).contains(QStringLiteral("Total Memory (RAM): ") + comment));
    }

    void invalidInput_data()
    {
        QTest::addColumn<In>("in");
        QTest::addColumn<QString>("key");
        const auto with = [](auto change) {
            In in = web(8 * GB);
            change(in);
            return in;
        };
        QTest::addRow("version 9") << with([](In& i) { i.dbVersion = 9; }) << QStringLiteral("dbVersion");
        QTest::addRow("version 19") << with([](In& i) { i.dbVersion = 19; }) << QStringLiteral("dbVersion");
        QTest::addRow("memory 0") << with([](In& i) { i.totalMemoryKb = 0; }) << QStringLiteral("totalMemory");
        QTest::addRow("memory negative") << with([](In& i) { i.totalMemoryKb = -GB; }) << QStringLiteral("totalMemory");
        QTest::addRow("memory 1023kB") << with([](In& i) { i.totalMemoryKb = 1023; }) << QStringLiteral("totalMemory");
        QTest::addRow("memory not whole MB")
            << with([](In& i) { i.totalMemoryKb = GB + 1; }) << QStringLiteral("totalMemory");
        QTest::addRow("memory above 64TB")
            << with([](In& i) { i.totalMemoryKb = 64 * TB + MB; }) << QStringLiteral("totalMemory");
        QTest::addRow("cpus 0") << with([](In& i) { i.cpus = 0; }) << QStringLiteral("cpuNum");
        QTest::addRow("cpus 10001") << with([](In& i) { i.cpus = 10001; }) << QStringLiteral("cpuNum");
        QTest::addRow("connections 0") << with([](In& i) { i.connections = 0; }) << QStringLiteral("connectionNum");
        QTest::addRow("connections 100001")
            << with([](In& i) { i.connections = 100001; }) << QStringLiteral("connectionNum");
        QTest::addRow("os out of range") << with([](In& i) { i.os = In::Os(7); }) << QStringLiteral("osType");
        QTest::addRow("type out of range")
            << with([](In& i) { i.dbType = In::DbType(-1); }) << QStringLiteral("dbType");
        QTest::addRow("storage out of range")
            << with([](In& i) { i.storage = In::Storage(4); }) << QStringLiteral("hdType");
        QTest::addRow("size out of range") << with([](In& i) { i.dbSize = In::DbSize(3); }) << QStringLiteral("dbSize");
    }

    void invalidInput()
    {
        QFETCH(In, in);
        QFETCH(QString, key);
        const auto error = pgtune::validate(in);
        QVERIFY(error.has_value());
        QCOMPARE(error->keyPath, key);
        QVERIFY(!error->message.isEmpty());
        const auto result = pgtune::tune(in);
        QVERIFY(!result);
        QCOMPARE(result.error().keyPath, key);
    }

    void limitsAreAccepted()
    {
        for (const In& in : { input(10, In::Mac, In::Dw, 1 * MB, 1, 1, In::Hdd, In::LessRam),
                              input(18, In::Windows, In::Mixed, 64 * TB, 10000, 100000, In::San, In::GreaterRam) }) {
            QVERIFY(!pgtune::validate(in));
            QCOMPARE(lines(tuned(in)), expectedSettings(in));
        }
    }

    void names()
    {
        QCOMPARE(pgtune::osNames(), QStringList({ "linux", "windows", "mac" }));
        QCOMPARE(pgtune::dbTypeNames(), QStringList({ "web", "oltp", "dw", "desktop", "mixed" }));
        QCOMPARE(pgtune::storageNames(), QStringList({ "ssd", "nvme", "san", "hdd" }));
        QCOMPARE(pgtune::dbSizeNames(), QStringList({ "less_ram", "mid_ram", "greater_ram" }));
        QCOMPARE(pgtune::memoryUnitNames(), QStringList({ "MB", "GB", "TB" }));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(pgtune::dbTypeFromName(pgtune::dbTypeName(In::DbType(i))), In::DbType(i));
        QCOMPARE(pgtune::osFromName(u"Windows"), In::Windows);
        QCOMPARE(pgtune::memoryUnitFromName(u"gb"), In::Gigabytes);
        QCOMPARE(pgtune::storageFromName(u"NVMe"), In::Nvme);
        QCOMPARE(pgtune::dbSizeFromName(u"greater_ram"), In::GreaterRam);
        QVERIFY(!pgtune::osFromName(u"bsd"));
        QVERIFY(!pgtune::dbTypeFromName(u""));
        QVERIFY(!pgtune::memoryUnitFromName(u"XB"));
        QCOMPARE(pgtune::memoryUnitKb(In::Terabytes), TB);
    }
};

QTEST_GUILESS_MAIN(TestPgTune)
#include "tst_pgtune.moc"
