// SPDX-License-Identifier: Apache-2.0
#include "measure/pgmeasurement.h"

#include "model/role.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr int kIntMax = std::numeric_limits<int>::max();

// Servers report counts and sizes that are never negative; a negative one is nonsense and
// counts as zero. Sums saturate instead of wrapping round to negative values.
std::int64_t saturatedSum(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(std::max<std::int64_t>(a, 0), std::max<std::int64_t>(b, 0), &sum))
        return kInt64Max;
    return sum;
}

int saturatedInt(std::int64_t n)
{
    return int(std::clamp<std::int64_t>(n, 0, kIntMax));
}

// A counter that went backwards was reset (pg_stat_reset, a restart): count nothing.
std::int64_t delta(std::int64_t a, std::int64_t b)
{
    a = std::max<std::int64_t>(a, 0);
    b = std::max<std::int64_t>(b, 0);
    return b >= a ? b - a : 0;
}

} // namespace

int PgSnapshot::clientConnections() const
{
    std::int64_t n = 0;
    for (int c : connectionsByState)
        n = saturatedSum(n, c);
    return saturatedInt(n);
}

std::int64_t PgSnapshot::datasetBytes() const
{
    std::int64_t n = 0;
    for (std::int64_t b : databaseSizes)
        n = saturatedSum(n, b);
    return n;
}

PgServerMeasurement PgServerMeasurement::between(const QString& role, const PgSnapshot& first, const PgSnapshot& last)
{
    PgServerMeasurement m;
    m.role = role;
    m.first = first;
    m.last = last;
    m.seconds = std::max(0.0, last.takenAtSeconds - first.takenAtSeconds);
    m.commits = delta(first.commits, last.commits);
    if (m.seconds > 0) {
        m.commitsPerSecond = double(m.commits) / m.seconds;
        m.rollbacksPerSecond = double(delta(first.rollbacks, last.rollbacks)) / m.seconds;
        m.tupleReadsPerSecond = (double(delta(first.tuplesReturned, last.tuplesReturned))
                                 + double(delta(first.tuplesFetched, last.tuplesFetched)))
            / m.seconds;
        m.tupleWritesPerSecond = (double(delta(first.tuplesInserted, last.tuplesInserted))
                                  + double(delta(first.tuplesUpdated, last.tuplesUpdated))
                                  + double(delta(first.tuplesDeleted, last.tuplesDeleted)))
            / m.seconds;
    }
    // In doubles: two counters near the int64 limit must not wrap round when added.
    const double hit = double(delta(first.blocksHit, last.blocksHit));
    const double read = double(delta(first.blocksRead, last.blocksRead));
    const double lastHit = double(std::max<std::int64_t>(last.blocksHit, 0));
    const double lastRead = double(std::max<std::int64_t>(last.blocksRead, 0));
    if (hit + read > 0)
        m.cacheHitRatio = hit / (hit + read);
    else if (lastHit + lastRead > 0)
        m.cacheHitRatio = lastHit / (lastHit + lastRead);
    m.clientConnections = std::max(first.clientConnections(), last.clientConnections());
    m.lagSeconds = last.replayDelaySeconds;
    return m;
}

double PgMeasurement::totalCommitsPerSecond() const
{
    double total = primary.commitsPerSecond;
    for (const auto& r : replicas)
        total += r.commitsPerSecond;
    return total;
}

double PgMeasurement::readShare() const
{
    const double total = totalCommitsPerSecond();
    if (replicas.isEmpty() || !(total > 0) || !std::isfinite(total))
        return 0;
    const double share = (total - primary.commitsPerSecond) / total;
    return std::isfinite(share) ? std::clamp(share, 0.0, 1.0) : 0.0;
}

int PgMeasurement::totalClientConnections() const
{
    std::int64_t total = primary.clientConnections;
    for (const auto& r : replicas)
        total = saturatedSum(total, r.clientConnections);
    return saturatedInt(total);
}

std::int64_t PgMeasurement::datasetBytes() const
{
    return primary.last.datasetBytes();
}

PgMeasurement PgMeasurement::fromSnapshots(const PgSnapshot& primaryFirst, const PgSnapshot& primaryLast,
                                           const QList<QPair<PgSnapshot, PgSnapshot>>& replicas,
                                           const QList<PgReplicaLink>& links)
{
    PgMeasurement m;
    m.primary = PgServerMeasurement::between(roleName(Role::Primary), primaryFirst, primaryLast);
    m.links = links;
    for (const auto& [first, last] : replicas) {
        PgServerMeasurement r = PgServerMeasurement::between(roleName(Role::Replica), first, last);
        // Behind the primary: what the primary had written when it was read last, less what
        // the replica had replayed when it was read (a moment later, so never overstated).
        if (primaryLast.walLsn && last.walLsn)
            r.lagBytes = delta(*last.walLsn, *primaryLast.walLsn);
        else if (last.replayBacklogBytes)
            r.lagBytes = last.replayBacklogBytes;
        m.replicas << r;
    }
    return m;
}

std::optional<std::int64_t> pgSettingBytes(const QString& setting, const QString& unit)
{
    bool ok = false;
    const qint64 value = setting.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    static const QMap<QString, std::int64_t> kUnits = {
        { QString(), 1 },
        { QStringLiteral("B"), 1 },
        { QStringLiteral("kB"), 1024 },
        { QStringLiteral("8kB"), 8192 },
        { QStringLiteral("16kB"), 16384 },
        { QStringLiteral("32kB"), 32768 },
        { QStringLiteral("MB"), 1024LL * 1024 },
        { QStringLiteral("16MB"), 16LL * 1024 * 1024 },
        { QStringLiteral("GB"), 1024LL * 1024 * 1024 },
        { QStringLiteral("TB"), 1024LL * 1024 * 1024 * 1024 },
    };
    const auto it = kUnits.constFind(unit);
    if (it == kUnits.cend())
        return std::nullopt;
    std::int64_t bytes = 0;
    if (__builtin_mul_overflow(value, it.value(), &bytes))
        return kInt64Max;
    return bytes;
}

} // namespace headroom
