// SPDX-License-Identifier: Apache-2.0
#include "engine/pgsettingrange.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace headroom {

namespace {

// MAX_KILOBYTES on 64-bit servers; pages of 8kB for the buffer settings. The same for
// PostgreSQL 10 to 18 in every setting listed here.
constexpr double kIntMax = 2147483647;

const PgSettingRange kRanges[] = {
    { "max_connections", "", 1, 262143 },
    { "shared_buffers", "8kB", 16, 1073741823 },
    { "effective_cache_size", "8kB", 1, kIntMax },
    { "maintenance_work_mem", "kB", 1024, kIntMax },
    { "autovacuum_work_mem", "kB", -1, kIntMax },
    { "work_mem", "kB", 64, kIntMax },
    { "wal_buffers", "8kB", -1, 262143 },
    { "min_wal_size", "MB", 2, kIntMax },
    { "max_wal_size", "MB", 2, kIntMax },
    { "autovacuum_max_workers", "", 1, 262143 },
    { "max_worker_processes", "", 0, 262143 },
    { "max_parallel_workers", "", 0, 1024 },
    { "max_parallel_workers_per_gather", "", 0, 1024 },
    { "max_parallel_maintenance_workers", "", 0, 1024 },
    { "max_wal_senders", "", 0, 262143 },
    { "max_replication_slots", "", 0, 262143 },
    { "effective_io_concurrency", "", 0, 1000 },
    { "default_statistics_target", "", 1, 10000 },
    { "checkpoint_completion_target", "", 0, 1 },
};

} // namespace

std::int64_t PgSettingRange::unitBytes() const
{
    if (std::strcmp(unit, "8kB") == 0)
        return 8192;
    if (std::strcmp(unit, "kB") == 0)
        return 1024;
    if (std::strcmp(unit, "MB") == 0)
        return std::int64_t { 1024 } * 1024;
    return 0;
}

std::int64_t PgSettingRange::clampBytes(std::int64_t bytes) const
{
    const auto unitSize = unitBytes();
    const auto low = std::int64_t(min) * unitSize;
    const auto high = std::int64_t(max) * unitSize;
    return std::clamp(bytes, low, high);
}

double PgSettingRange::clampNumber(double value) const
{
    return std::clamp(value, min, max);
}

const PgSettingRange* PgSettingRange::of(QStringView name)
{
    const auto found = std::find_if(std::begin(kRanges), std::end(kRanges),
                                    [&](const PgSettingRange& r) { return name == QLatin1String(r.name); });
    return found != std::end(kRanges) ? found : nullptr;
}

const PgSettingRange* PgSettingRange::of(const char* name)
{
    const auto found = std::find_if(std::begin(kRanges), std::end(kRanges),
                                    [&](const PgSettingRange& r) { return std::strcmp(name, r.name) == 0; });
    return found != std::end(kRanges) ? found : nullptr;
}

QList<PgSettingRange> PgSettingRange::all()
{
    return QList<PgSettingRange>(std::begin(kRanges), std::end(kRanges));
}

} // namespace headroom
