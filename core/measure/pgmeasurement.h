// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace headroom {

// What one reading of one PostgreSQL server returned (liveimport/PgStatsSampler fills it).
// Plain data with no libpq in sight, so rates and findings are testable without a server.
struct PgSnapshot
{
    QString server; // "host:port", never a password
    bool inRecovery = false; // a standby
    QString serverVersion; // as SHOW server_version prints it
    int serverVersionNum = 0;
    QMap<QString, QString> settings; // name → value as SHOW prints it ("128MB")
    std::int64_t sharedBuffers = 0; // bytes
    std::int64_t effectiveCacheSize = 0;
    std::int64_t workMem = 0;
    std::int64_t maintenanceWorkMem = 0;
    int maxConnections = 0;
    QMap<QString, std::int64_t> databaseSizes; // database → bytes
    QMap<QString, int> connectionsByState; // client backends by pg_stat_activity.state, ours left out
    // pg_stat_database summed over every database.
    std::int64_t commits = 0;
    std::int64_t rollbacks = 0;
    std::int64_t tuplesReturned = 0;
    std::int64_t tuplesFetched = 0;
    std::int64_t tuplesInserted = 0;
    std::int64_t tuplesUpdated = 0;
    std::int64_t tuplesDeleted = 0;
    std::int64_t blocksHit = 0;
    std::int64_t blocksRead = 0;
    double takenAtSeconds = 0; // monotonic clock of the importer
    // Replication, from the standby itself: WAL received but not replayed yet, and the age of
    // the last replayed transaction when there is anything left to replay.
    std::optional<std::int64_t> replayBacklogBytes;
    std::optional<double> replayDelaySeconds;
    std::optional<std::int64_t> walLsn; // primary: pg_current_wal_lsn; standby: last replayed
    int clientConnections() const;
    std::int64_t datasetBytes() const;
};

// A standby the primary reports in pg_stat_replication.
struct PgReplicaLink
{
    QString applicationName;
    QString clientAddress;
    QString state; // streaming, catchup, …
    std::optional<std::int64_t> lagBytes; // primary's current LSN − replayed
    std::optional<double> replayLagSeconds;
};

// One server measured over an interval: two snapshots and the rates between them.
struct PgServerMeasurement
{
    QString role; // "primary" or "replica"
    PgSnapshot first;
    PgSnapshot last;
    double seconds = 0;
    double commitsPerSecond = 0;
    double rollbacksPerSecond = 0;
    double tupleReadsPerSecond = 0; // returned + fetched
    double tupleWritesPerSecond = 0; // inserted + updated + deleted
    std::optional<double> cacheHitRatio; // over the interval; cumulative when the interval read no block
    int clientConnections = 0; // the larger of the two readings
    std::int64_t commits = 0; // over the interval
    std::optional<std::int64_t> lagBytes; // replicas: behind the primary at the last reading
    std::optional<double> lagSeconds;

    // The rates between two readings of the same server; counters that went backwards (a
    // statistics reset) count as zero.
    static PgServerMeasurement between(const QString& role, const PgSnapshot& first, const PgSnapshot& last);
};

// A primary and its replicas, measured over the same interval.
struct PgMeasurement
{
    PgServerMeasurement primary;
    QList<PgServerMeasurement> replicas;
    QList<PgReplicaLink> links; // what the primary reports
    QStringList warnings; // e.g. a discovered standby that could not be reached

    double totalCommitsPerSecond() const;
    // Reads are what the replicas commit, writes what the primary commits: the read/write
    // split of the case study. 0 without replicas.
    double readShare() const;
    int totalClientConnections() const;
    std::int64_t datasetBytes() const; // the primary's databases

    // Rates per server, and each replica's lag against the primary's last WAL position.
    static PgMeasurement fromSnapshots(const PgSnapshot& primaryFirst, const PgSnapshot& primaryLast,
                                       const QList<QPair<PgSnapshot, PgSnapshot>>& replicas,
                                       const QList<PgReplicaLink>& links);
};

// Byte value of a pg_settings row: setting × unit ("8kB", "kB", "MB", "B", "").
std::optional<std::int64_t> pgSettingBytes(const QString& setting, const QString& unit);

} // namespace headroom
