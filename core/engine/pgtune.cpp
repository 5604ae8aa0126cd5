// SPDX-License-Identifier: Apache-2.0
#include "engine/pgtune.h"

#include "engine/pgsettingrange.h"
#include "model/quantity.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {

QString PgTuneResult::value(QStringView name) const
{
    for (const auto& setting : settings) {
        if (setting.name == name)
            return setting.value;
    }
    return {};
}

bool PgTuneResult::contains(QStringView name) const
{
    return std::any_of(settings.cbegin(), settings.cend(), [name](const PgTuneSetting& s) { return s.name == name; });
}

namespace pgtune {

namespace {

// The table order of each enum is its PGTune spelling's order; the arrays are indexed by the enum value.
constexpr std::array<const char16_t*, 3> kOsNames = { u"linux", u"windows", u"mac" };
constexpr std::array<const char16_t*, 5> kDbTypeNames = { u"web", u"oltp", u"dw", u"desktop", u"mixed" };
constexpr std::array<const char16_t*, 4> kStorageNames = { u"ssd", u"nvme", u"san", u"hdd" };
constexpr std::array<const char16_t*, 3> kDbSizeNames = { u"less_ram", u"mid_ram", u"greater_ram" };
constexpr std::array<const char16_t*, 3> kMemoryUnitNames = { u"MB", u"GB", u"TB" };

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char16_t*, N>& names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(QStringView(names[i]), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return std::nullopt;
}

template <std::size_t N> QStringList allNames(const std::array<const char16_t*, N>& names)
{
    QStringList list;
    for (const char16_t* name : names)
        list << QString::fromUtf16(name);
    return list;
}

template <std::size_t N> QString nameAt(const std::array<const char16_t*, N>& names, int index)
{
    return index >= 0 && std::size_t(index) < N ? QString::fromUtf16(names[std::size_t(index)]) : QString();
}

Error inputError(const char* key, const QString& message)
{
    return { message, QString::fromLatin1(key), {} };
}

QString memory(std::int64_t kb)
{
    if (kb <= 0)
        return memory_format::postgres(kb * 1024);
    const MemoryText text = memoryText(kb);
    return QString::number(text.value) + QLatin1String(text.unit);
}

// The DB type's max_connections when the user leaves connections blank.
int defaultConnections(PgTuneInput::DbType type)
{
    switch (type) {
    case PgTuneInput::Web:
        return 200;
    case PgTuneInput::Oltp:
        return 300;
    case PgTuneInput::Dw:
        return 40;
    case PgTuneInput::Desktop:
        return 20;
    case PgTuneInput::Mixed:
        return 100;
    }
    return 100;
}

// effective_io_concurrency by storage (Linux only: elsewhere PostgreSQL cannot prefetch with posix_fadvise).
int ioConcurrency(PgTuneInput::Storage storage)
{
    switch (storage) {
    case PgTuneInput::Hdd:
        return 2;
    case PgTuneInput::Ssd:
        return 200;
    case PgTuneInput::San:
        return 300;
    case PgTuneInput::Nvme:
        return 1000;
    }
    return 200;
}

struct WalSizes
{
    std::int64_t minKb;
    std::int64_t maxKb;
};

WalSizes walSizes(PgTuneInput::DbType type)
{
    switch (type) {
    case PgTuneInput::Web:
    case PgTuneInput::Mixed:
        return { 1 * kbPerGb, 4 * kbPerGb };
    case PgTuneInput::Oltp:
        return { 2 * kbPerGb, 8 * kbPerGb };
    case PgTuneInput::Dw:
        return { 4 * kbPerGb, 16 * kbPerGb };
    case PgTuneInput::Desktop:
        return { 100 * kbPerMb, 2 * kbPerGb };
    }
    return { 1 * kbPerGb, 4 * kbPerGb };
}

std::int64_t ceilHalf(int n)
{
    return (std::int64_t(n) + 1) / 2;
}

QString renderInputs(const PgTuneInput& input, const PgTuneResult& result, QLatin1String commentPrefix)
{
    QStringList lines;
    for (const auto& warning : result.warnings)
        lines << commentPrefix + warning;
    if (!result.warnings.isEmpty())
        lines << QString();
    for (const auto& comment : inputComments(input))
        lines << commentPrefix + comment;
    lines << QString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString osName(PgTuneInput::Os os)
{
    return nameAt(kOsNames, os);
}
QString dbTypeName(PgTuneInput::DbType type)
{
    return nameAt(kDbTypeNames, type);
}
QString storageName(PgTuneInput::Storage storage)
{
    return nameAt(kStorageNames, storage);
}
QString dbSizeName(PgTuneInput::DbSize size)
{
    return nameAt(kDbSizeNames, size);
}
QString memoryUnitName(PgTuneInput::MemoryUnit unit)
{
    return nameAt(kMemoryUnitNames, unit);
}

std::int64_t memoryUnitKb(PgTuneInput::MemoryUnit unit)
{
    switch (unit) {
    case PgTuneInput::Megabytes:
        return kbPerMb;
    case PgTuneInput::Gigabytes:
        return kbPerGb;
    case PgTuneInput::Terabytes:
        return kbPerTb;
    }
    return kbPerGb;
}

std::optional<PgTuneInput::Os> osFromName(QStringView name)
{
    return fromName<PgTuneInput::Os>(kOsNames, name);
}
std::optional<PgTuneInput::DbType> dbTypeFromName(QStringView name)
{
    return fromName<PgTuneInput::DbType>(kDbTypeNames, name);
}
std::optional<PgTuneInput::Storage> storageFromName(QStringView name)
{
    return fromName<PgTuneInput::Storage>(kStorageNames, name);
}
std::optional<PgTuneInput::DbSize> dbSizeFromName(QStringView name)
{
    return fromName<PgTuneInput::DbSize>(kDbSizeNames, name);
}
std::optional<PgTuneInput::MemoryUnit> memoryUnitFromName(QStringView name)
{
    return fromName<PgTuneInput::MemoryUnit>(kMemoryUnitNames, name);
}

QStringList osNames()
{
    return allNames(kOsNames);
}
QStringList dbTypeNames()
{
    return allNames(kDbTypeNames);
}
QStringList storageNames()
{
    return allNames(kStorageNames);
}
QStringList dbSizeNames()
{
    return allNames(kDbSizeNames);
}
QStringList memoryUnitNames()
{
    return allNames(kMemoryUnitNames);
}

std::optional<Error> validate(const PgTuneInput& input)
{
    if (input.dbVersion < minVersion || input.dbVersion > maxVersion)
        return inputError("dbVersion",
                          QStringLiteral("PostgreSQL %1 is not supported; the versions are %2 to %3")
                              .arg(input.dbVersion)
                              .arg(minVersion)
                              .arg(maxVersion));
    // The enums can hold any int after a cast; a value outside the table would silently pick a default rule.
    if (osName(input.os).isEmpty())
        return inputError("osType", QStringLiteral("%1 is not an operating system PGTune knows").arg(int(input.os)));
    if (dbTypeName(input.dbType).isEmpty())
        return inputError("dbType", QStringLiteral("%1 is not a DB type PGTune knows").arg(int(input.dbType)));
    if (storageName(input.storage).isEmpty())
        return inputError("hdType", QStringLiteral("%1 is not a storage type PGTune knows").arg(int(input.storage)));
    if (dbSizeName(input.dbSize).isEmpty())
        return inputError("dbSize", QStringLiteral("%1 is not a DB size PGTune knows").arg(int(input.dbSize)));
    if (input.memoryUnit && memoryUnitName(*input.memoryUnit).isEmpty())
        return inputError("totalMemoryUnit",
                          QStringLiteral("%1 is not a memory unit PGTune knows").arg(int(*input.memoryUnit)));
    if (input.totalMemoryKb < kbPerMb || input.totalMemoryKb > maxMemoryKb)
        return inputError("totalMemory",
                          QStringLiteral("%1 kB is not between 1 MB and 64 TB").arg(input.totalMemoryKb));
    if (input.totalMemoryKb % kbPerMb != 0)
        return inputError(
            "totalMemory",
            QStringLiteral("%1 kB is not a whole number of MB, which PGTune takes").arg(input.totalMemoryKb));
    if (input.cpus && (*input.cpus < 1 || *input.cpus > maxCpus))
        return inputError("cpuNum",
                          QStringLiteral("%1 CPUs is not a whole number from 1 to %2").arg(*input.cpus).arg(maxCpus));
    if (input.connections && (*input.connections < 1 || *input.connections > maxConnections))
        return inputError("connectionNum",
                          QStringLiteral("%1 connections is not a whole number from 1 to %2")
                              .arg(*input.connections)
                              .arg(maxConnections));
    return std::nullopt;
}

namespace {

using In = PgTuneInput;

// The figures the settings are printed from, in kB where they are memory.
struct Figures
{
    int maxConnections = 0;
    std::int64_t sharedBuffers = 0;
    std::int64_t effectiveCacheSize = 0;
    std::int64_t maintenanceWorkMem = 0;
    std::int64_t walBuffers = 0;
    std::int64_t workMem = 0;
};

// PostgreSQL on 64-bit Windows cannot allocate 2GB or more for one work area before version 18.
bool windowsTwoGbLimit(const PgTuneInput& input)
{
    return input.os == In::Windows && input.dbVersion <= 17;
}

bool parallel(const PgTuneInput& input)
{
    return input.cpus && *input.cpus >= 4;
}

std::int64_t sharedBuffersKb(const PgTuneInput& input)
{
    const std::int64_t m = input.totalMemoryKb; // M of the profile; at most 2^36, so 3·M cannot overflow
    std::int64_t sharedBuffers = input.dbType == In::Desktop ? m / 16 : m / 4;
    // PGTune keeps this cap for PostgreSQL 9.x on Windows. The versions accepted start at 10, so it never bites;
    // it stays so the rules read like the profile, and would apply again if older versions were ever allowed.
    if (input.os == In::Windows && input.dbVersion < 10)
        sharedBuffers = std::min(sharedBuffers, 512 * kbPerMb);
    return sharedBuffers;
}

std::int64_t maintenanceWorkMemKb(const PgTuneInput& input)
{
    const bool limited = windowsTwoGbLimit(input);
    std::int64_t maintenanceWorkMem = input.dbType == In::Dw ? input.totalMemoryKb / 8 : input.totalMemoryKb / 16;
    const std::int64_t maintenanceLimit = limited ? 2 * kbPerGb : 8 * kbPerGb;
    // On Windows the limit itself is refused by the server, hence one MB below it.
    if (maintenanceWorkMem >= maintenanceLimit)
        maintenanceWorkMem = limited ? maintenanceLimit - kbPerMb : maintenanceLimit;
    return maintenanceWorkMem;
}

std::int64_t walBuffersKb(std::int64_t sharedBuffers)
{
    // PostgreSQL's own auto-tuning: 3% of shared_buffers, at most 16MB (one WAL segment).
    std::int64_t walBuffers = std::min(3 * sharedBuffers / 100, 16 * kbPerMb);
    // Near 16MB (common on Windows's 512MB shared_buffers) PGTune rounds up to the even 16MB.
    if (walBuffers > 14 * kbPerMb && walBuffers < 16 * kbPerMb)
        walBuffers = 16 * kbPerMb;
    // Below 32kB (four 8kB pages) the server would not start, so that is the floor.
    return std::max<std::int64_t>(walBuffers, 32);
}

// work_mem: what is left after shared_buffers, shared by every connection and parallel worker, three sort or hash
// areas each. PGTune computes in JavaScript doubles; the same IEEE operations in the same order here give the
// same floors.
std::int64_t workMemKb(const PgTuneInput& input, std::int64_t sharedBuffers, int maxConnections)
{
    const int workers = parallel(input) ? *input.cpus : 8; // 8: PostgreSQL's default max_worker_processes
    const double base
        = double(input.totalMemoryKb - sharedBuffers) / (double(std::int64_t(maxConnections) + workers) * 3.0);
    double byType = 0;
    switch (input.dbType) {
    case In::Web:
    case In::Oltp:
        byType = std::floor(base);
        break;
    case In::Dw:
    case In::Mixed:
        byType = std::floor(base / 2);
        break;
    case In::Desktop:
        byType = std::floor(base / 6);
        break;
    }
    if (input.dbSize == In::LessRam)
        byType = std::floor(byType * 1.3);
    else if (input.dbSize == In::GreaterRam)
        byType = std::floor(byType * 0.9);
    std::int64_t workMem = std::max(std::int64_t(byType), 4 * kbPerMb);
    if (windowsTwoGbLimit(input))
        workMem = std::min(workMem, 2 * kbPerGb - kbPerMb);
    return workMem;
}

Figures figuresOf(const PgTuneInput& input)
{
    Figures f;
    f.maxConnections = input.connections.value_or(defaultConnections(input.dbType));
    f.sharedBuffers = sharedBuffersKb(input);
    f.effectiveCacheSize = input.dbType == In::Desktop ? input.totalMemoryKb / 4 : 3 * input.totalMemoryKb / 4;
    f.maintenanceWorkMem = maintenanceWorkMemKb(input);
    f.walBuffers = walBuffersKb(f.sharedBuffers);
    f.workMem = workMemKb(input, f.sharedBuffers, f.maxConnections);
    return f;
}

PgTuneValue number(std::int64_t value)
{
    return { PgTuneValue::Number, value, nullptr };
}

PgTuneValue memoryKb(std::int64_t kb)
{
    return { PgTuneValue::MemoryKb, kb, nullptr };
}

PgTuneValue text(const char* value)
{
    return { PgTuneValue::Text, 0, value };
}

// A database smaller than RAM is read from cache, where random reads cost what sequential ones do (1.1).
// Otherwise spinning disks and a warehouse's large scans keep PostgreSQL's default 4.
const char* randomPageCost(const PgTuneInput& input)
{
    return input.dbSize != In::LessRam && (input.storage == In::Hdd || input.dbType == In::Dw) ? "4" : "1.1";
}

const char* walCompression(const PgTuneInput& input)
{
    return input.dbVersion >= 15 ? "lz4" : "on";
}

// Empty before PostgreSQL 18, which has no io_method.
const char* ioMethod(const PgTuneInput& input)
{
    if (input.dbVersion < 18)
        return "";
    return input.os == In::Linux ? "io_uring" : "worker";
}

void addMemorySettings(const PgTuneInput& input, const Figures& f, const SettingSink& add)
{
    add("max_connections", number(f.maxConnections));
    add("shared_buffers", memoryKb(f.sharedBuffers));
    add("effective_cache_size", memoryKb(f.effectiveCacheSize));
    add("maintenance_work_mem", memoryKb(f.maintenanceWorkMem));
    add("checkpoint_completion_target", text("0.9"));
    add("wal_buffers", memoryKb(f.walBuffers));
    add("default_statistics_target", number(input.dbType == In::Dw ? 500 : 100));
    add("random_page_cost", text(randomPageCost(input)));
    if (input.os == In::Linux)
        add("effective_io_concurrency", number(ioConcurrency(input.storage)));
    add("work_mem", memoryKb(f.workMem));
    // macOS has no huge pages for PostgreSQL; below 2GB of shared_buffers they gain little.
    add("huge_pages", text(input.os != In::Mac && f.sharedBuffers >= 2 * kbPerGb ? "try" : "off"));
}

void addBackgroundSettings(const PgTuneInput& input, const Figures& f, const SettingSink& add)
{
    const In::DbType type = input.dbType;
    // JIT (default on since 12) costs planning time that short web/OLTP queries never win back.
    if (input.dbVersion >= 12 && (type == In::Web || type == In::Oltp || type == In::Mixed))
        add("jit", text("off"));
    add("wal_compression", text(walCompression(input)));
    if (input.cpus && *input.cpus >= 32)
        add("autovacuum_max_workers", number(5));
    else if (input.cpus && *input.cpus >= 16)
        add("autovacuum_max_workers", number(4));
    // Each autovacuum worker may take maintenance_work_mem; a ceiling keeps 3-5 of them from taking 8GB each.
    if (f.maintenanceWorkMem >= 2 * kbPerGb)
        add("autovacuum_work_mem", memoryKb(windowsTwoGbLimit(input) ? 2 * kbPerGb - kbPerMb : 2 * kbPerGb));
    const char* method = ioMethod(input);
    if (*method) {
        add("io_method", text(method));
        if (input.cpus && input.os != In::Linux) {
            const int ioWorkers = std::min(32, std::max(3, *input.cpus / 4));
            if (ioWorkers > 3) // 3 is the server's default
                add("io_workers", number(ioWorkers));
        }
    }
}

void addWalAndParallelSettings(const PgTuneInput& input, const SettingSink& add)
{
    const WalSizes wal = walSizes(input.dbType);
    add("min_wal_size", memoryKb(wal.minKb));
    add("max_wal_size", memoryKb(wal.maxKb));
    if (parallel(input)) {
        const int cpus = *input.cpus;
        add("max_worker_processes", number(cpus));
        // Beyond 4 workers per query the gain is unproven, except for a warehouse's few large queries.
        add("max_parallel_workers_per_gather",
            number(input.dbType == In::Dw ? ceilHalf(cpus) : std::min<std::int64_t>(4, ceilHalf(cpus))));
        if (input.dbVersion >= 10) // always true for the versions accepted; PGTune still asks
            add("max_parallel_workers", number(cpus));
        if (input.dbVersion >= 11)
            add("max_parallel_maintenance_workers", number(std::min<std::int64_t>(4, ceilHalf(cpus))));
    }
    // A desktop database has no replicas, so it may skip the WAL they would need.
    if (input.dbType == In::Desktop) {
        add("wal_level", text("minimal"));
        add("max_wal_senders", number(0)); // must be 0 with wal_level minimal
    }
}

// The comment lines are PGTune's output format, copied into files and compared with PGTune's: never translated.
QStringList warnings(const PgTuneInput& input)
{
    QStringList lines;
    const std::int64_t m = input.totalMemoryKb;
    if (m < 256 * kbPerMb)
        lines << QStringLiteral("WARNING") << QStringLiteral("this tool not being optimal")
              << QStringLiteral("for low memory systems");
    else if (m > 100 * kbPerGb)
        lines << QStringLiteral("WARNING") << QStringLiteral("this tool not being optimal")
              << QStringLiteral("for very high memory systems");
    if (qstrcmp(walCompression(input), "lz4") == 0)
        lines << QStringLiteral("wal_compression = lz4 requires PostgreSQL compiled with --with-lz4");
    if (qstrcmp(ioMethod(input), "io_uring") == 0)
        lines << QStringLiteral("io_method = io_uring requires PostgreSQL compiled with --with-liburing");
    if (input.dbType == In::Dw && input.storage != In::Hdd && input.dbSize == In::GreaterRam)
        lines << QStringLiteral("dw on %1 storage with the DB larger than RAM: cost parameters left at defaults")
                     .arg(storageName(input.storage));
    return lines;
}

QString printed(const PgTuneValue& value)
{
    switch (value.kind) {
    case PgTuneValue::Number:
        return QString::number(value.amount);
    case PgTuneValue::MemoryKb:
        return memory(value.amount);
    case PgTuneValue::Text:
        break;
    }
    return QString::fromLatin1(value.text);
}

PgTuneValue inServerRange(const char* name, const PgTuneValue& value)
{
    if (value.kind == PgTuneValue::Text)
        return value;
    const PgSettingRange* range = PgSettingRange::of(name);
    if (!range)
        return value;
    PgTuneValue moved = value;
    if (value.kind == PgTuneValue::MemoryKb && range->isMemory())
        moved.amount = range->clampBytes(value.amount * 1024) / 1024;
    else if (value.kind == PgTuneValue::Number && !range->isMemory())
        moved.amount = std::int64_t(range->clampNumber(double(value.amount)));
    return moved;
}

// PGTune's own figures, before they are moved into the server's range.
void forEachRuleSetting(const PgTuneInput& input, const SettingSink& add)
{
    const Figures figures = figuresOf(input);
    addMemorySettings(input, figures, add);
    addBackgroundSettings(input, figures, add);
    addWalAndParallelSettings(input, add);
}

} // namespace

void forEachSetting(const PgTuneInput& input, const SettingSink& add)
{
    // PGTune's rules leave pg_settings' range at the ends of its input (64kB of
    // maintenance_work_mem at 1 MB, 16 TB of shared_buffers at 64 TB): a server refuses those.
    forEachRuleSetting(input,
                       [&add](const char* name, const PgTuneValue& value) { add(name, inServerRange(name, value)); });
}

QString formatMemoryKb(std::int64_t kb)
{
    return memory(kb);
}

Expected<PgTuneResult> tune(const PgTuneInput& input)
{
    if (auto error = validate(input))
        return *error;
    PgTuneResult result;
    QStringList moved;
    forEachRuleSetting(input, [&](const char* name, const PgTuneValue& value) {
        const PgTuneValue bounded = inServerRange(name, value);
        result.settings.append({ QString::fromLatin1(name), printed(bounded) });
        if (bounded.amount != value.amount)
            moved << QStringLiteral("%1 = %2 is outside PostgreSQL's range; %3 written")
                         .arg(QString::fromLatin1(name), printed(value), printed(bounded));
    });
    result.warnings = warnings(input) + moved;
    return result;
}

QStringList inputComments(const PgTuneInput& input)
{
    const PgTuneInput::MemoryUnit unit = input.memoryUnit && input.totalMemoryKb % memoryUnitKb(*input.memoryUnit) == 0
        ? *input.memoryUnit
        : (input.totalMemoryKb % kbPerGb == 0 ? PgTuneInput::Gigabytes : PgTuneInput::Megabytes);
    // PGTune's labels and order; blank inputs (CPUs, connections) are left out as PGTune does.
    QStringList lines = {
        QStringLiteral("DB Version: %1").arg(input.dbVersion),
        QStringLiteral("OS Type: %1").arg(osName(input.os)),
        QStringLiteral("DB Type: %1").arg(dbTypeName(input.dbType)),
        QStringLiteral("Total Memory (RAM): %1 %2")
            .arg(input.totalMemoryKb / memoryUnitKb(unit))
            .arg(memoryUnitName(unit)),
    };
    if (input.cpus)
        lines << QStringLiteral("CPUs num: %1").arg(*input.cpus);
    if (input.connections)
        lines << QStringLiteral("Connections num: %1").arg(*input.connections);
    lines << QStringLiteral("Data Storage: %1").arg(storageName(input.storage));
    lines << QStringLiteral("DB Size: %1").arg(dbSizeName(input.dbSize));
    return lines;
}

QString toConf(const PgTuneInput& input, const PgTuneResult& result)
{
    QString text = renderInputs(input, result, QLatin1String("# "));
    for (const auto& setting : result.settings)
        text += setting.name + QLatin1String(" = ") + setting.value + QLatin1Char('\n');
    return text;
}

QString toAlterSystem(const PgTuneInput& input, const PgTuneResult& result)
{
    QString text = renderInputs(input, result, QLatin1String("-- "));
    // Values never contain a quote, but doubling them keeps the script valid SQL whatever a future rule prints.
    for (const auto& setting : result.settings) {
        QString value = setting.value;
        value.replace(QLatin1Char('\''), QLatin1String("''"));
        text += QStringLiteral("ALTER SYSTEM SET %1 = '%2';\n").arg(setting.name, value);
    }
    return text;
}

MemoryText memoryText(std::int64_t kb)
{
    if (kb % kbPerGb == 0)
        return { kb / kbPerGb, "GB" };
    if (kb % kbPerMb == 0)
        return { kb / kbPerMb, "MB" };
    return { kb, "kB" };
}

} // namespace pgtune

} // namespace headroom
