#include "measure/pgmeasurement.h"

#include <algorithm>

namespace headroom {

int PgSnapshot::clientConnections() const
{
    int n = 0;
    for (int c : connectionsByState)
        n += c;
    return n;
}

std::int64_t PgSnapshot::datasetBytes() const
{
    std::int64_t n = 0;
    for (std::int64_t b : databaseSizes)
        n += b;
    return n;
}

namespace {

// A counter that went backwards was reset (pg_stat_reset, a restart): count nothing.
std::int64_t delta(std::int64_t a, std::int64_t b) { return b >= a ? b - a : 0; }

} // namespace

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
        m.tupleReadsPerSecond = double(delta(first.tuplesReturned, last.tuplesReturned)
                                       + delta(first.tuplesFetched, last.tuplesFetched))
            / m.seconds;
        m.tupleWritesPerSecond = double(delta(first.tuplesInserted, last.tuplesInserted)
                                        + delta(first.tuplesUpdated, last.tuplesUpdated)
                                        + delta(first.tuplesDeleted, last.tuplesDeleted))
            / m.seconds;
    }
    const std::int64_t hit = delta(first.blocksHit, last.blocksHit);
    const std::int64_t read = delta(first.blocksRead, last.blocksRead);
    if (hit + read > 0)
        m.cacheHitRatio = double(hit) / double(hit + read);
    else if (last.blocksHit + last.blocksRead > 0)
        m.cacheHitRatio = double(last.blocksHit) / double(last.blocksHit + last.blocksRead);
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
    if (replicas.isEmpty() || total <= 0)
        return 0;
    return (total - primary.commitsPerSecond) / total;
}

int PgMeasurement::totalClientConnections() const
{
    int total = primary.clientConnections;
    for (const auto& r : replicas)
        total += r.clientConnections;
    return total;
}

std::int64_t PgMeasurement::datasetBytes() const { return primary.last.datasetBytes(); }

PgMeasurement PgMeasurement::fromSnapshots(const PgSnapshot& primaryFirst, const PgSnapshot& primaryLast,
                                           const QList<QPair<PgSnapshot, PgSnapshot>>& replicas,
                                           const QList<PgReplicaLink>& links)
{
    PgMeasurement m;
    m.primary = PgServerMeasurement::between(QStringLiteral("primary"), primaryFirst, primaryLast);
    m.links = links;
    for (const auto& [first, last] : replicas) {
        PgServerMeasurement r = PgServerMeasurement::between(QStringLiteral("replica"), first, last);
        // Behind the primary: what the primary had written when it was read last, less what
        // the replica had replayed when it was read (a moment later, so never overstated).
        if (primaryLast.walLsn && last.walLsn)
            r.lagBytes = std::max<std::int64_t>(0, *primaryLast.walLsn - *last.walLsn);
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
    return value * it.value();
}

} // namespace headroom
