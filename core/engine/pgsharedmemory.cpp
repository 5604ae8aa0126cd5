// SPDX-License-Identifier: Apache-2.0
#include "engine/pgsharedmemory.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace headroom {

namespace {

constexpr std::int64_t kKiB = 1024;
constexpr std::int64_t kMiB = 1024 * kKiB;
constexpr std::int64_t kHugePage = 2 * kMiB;

// A setting's value as the profile computed it, else its text, else PostgreSQL's default.
double numberOf(const PostgresProfileSizing& profile, const QString& name, double fallback)
{
    if (const auto figure = profile.figure(name))
        return *figure;
    for (const auto& s : profile.settings) {
        bool ok = false;
        const double v = s.name == name ? s.value.toDouble(&ok) : 0;
        if (ok)
            return v;
    }
    return fallback;
}

// Memory settings: the figure is in bytes; a text is in PostgreSQL's syntax, bare numbers in
// `unit` bytes (8 kB pages for shared_buffers and wal_buffers).
double bytesOf(const PostgresProfileSizing& profile, const QString& name, std::int64_t unit, double fallback)
{
    if (const auto figure = profile.figure(name))
        return *figure;
    for (const auto& s : profile.settings) {
        if (s.name != name)
            continue;
        if (s.value.trimmed() == QLatin1String("-1"))
            return -1;
        if (const auto bytes = memory_format::parsePostgres(s.value, unit))
            return double(bytes.value());
    }
    return fallback;
}

} // namespace

// Measured with PostgreSQL 15 (`postgres -C shared_memory_size`): beyond shared_buffers and
// wal_buffers the area grows by about 2.2% of shared_buffers (buffer descriptors, the
// checkpointer's sort array, the buffer mapping table), about 50 kB per backend slot with
// the default max_locks_per_transaction, and 3 to 6 MB of fixed structures. The estimate
// rounds each of these up: 3%, 64 kB per slot, 16 MiB.
Quantity PgSharedMemory::of(const PostgresProfileSizing& profile)
{
    const double sharedBuffers = bytesOf(profile, QStringLiteral("shared_buffers"), 8 * kKiB, 128.0 * kMiB);
    double walBuffers = bytesOf(profile, QStringLiteral("wal_buffers"), 8 * kKiB, -1);
    if (walBuffers < 0) // -1: a 32nd of shared_buffers, between 64 kB and one 16 MB WAL segment
        walBuffers = std::clamp(sharedBuffers / 32, 64.0 * kKiB, 16.0 * kMiB);
    // Every process that takes a PGPROC slot: connections, autovacuum launcher and workers,
    // background workers and WAL senders.
    const double backends = numberOf(profile, QStringLiteral("max_connections"), 100)
        + numberOf(profile, QStringLiteral("autovacuum_max_workers"), 3) + 1
        + numberOf(profile, QStringLiteral("max_worker_processes"), 8)
        + numberOf(profile, QStringLiteral("max_wal_senders"), 10);
    const double bytes = sharedBuffers * 1.03 + walBuffers + backends * 64 * kKiB + 16 * kMiB;
    return Quantity::bytes(std::int64_t(std::ceil(bytes)));
}

Quantity PgSharedMemory::hugePages2Mi(const PostgresProfileSizing& profile)
{
    const std::int64_t bytes = of(profile).raw();
    return Quantity::bytes((bytes + kHugePage - 1) / kHugePage * kHugePage);
}

bool PgSharedMemory::mapsHugePages(const PostgresProfileSizing& profile)
{
    for (const auto& s : profile.settings) {
        if (s.name == QLatin1String("huge_pages"))
            return s.value.trimmed().toLower() != QLatin1String("off");
    }
    return true;
}

} // namespace headroom
