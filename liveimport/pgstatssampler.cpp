// SPDX-License-Identifier: Apache-2.0
#include "liveimport/pgstatssampler.h"

#include "liveimport/pgconnection.h"

#include <QCoreApplication>

#include <chrono>

namespace headroom {

namespace {

// lupdate files tr() in a member function under the class's qualified name.
QString tr(const char* text)
{
    return QCoreApplication::translate("headroom::PgStatsSampler", text);
}

std::int64_t toInt(const QString& s)
{
    return s.toLongLong();
}

const char* const kSettings = "SELECT name, setting, unit, current_setting(name) FROM pg_settings WHERE name IN "
                              "('shared_buffers', 'effective_cache_size', 'work_mem', 'maintenance_work_mem', "
                              "'max_connections', 'wal_buffers', 'max_wal_size', 'random_page_cost', "
                              "'effective_io_concurrency', 'max_parallel_workers', 'hot_standby_feedback', "
                              "'max_standby_streaming_delay')";

const char* const kCounters = "SELECT coalesce(sum(xact_commit), 0)::bigint, coalesce(sum(xact_rollback), 0)::bigint, "
                              "coalesce(sum(tup_returned), 0)::bigint, coalesce(sum(tup_fetched), 0)::bigint, "
                              "coalesce(sum(tup_inserted), 0)::bigint, coalesce(sum(tup_updated), 0)::bigint, "
                              "coalesce(sum(tup_deleted), 0)::bigint, coalesce(sum(blks_hit), 0)::bigint, "
                              "coalesce(sum(blks_read), 0)::bigint FROM pg_stat_database";

} // namespace

double PgStatsSampler::now()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::optional<Error> PgStatsSampler::checkPrivileges() const
{
    auto rows = m_connection.query(
        QStringLiteral("SELECT current_user, (rolsuper OR pg_has_role(current_user, 'pg_monitor', 'USAGE'))::text "
                       "FROM pg_roles WHERE rolname = current_user"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().value(1) != QLatin1String("true")) {
        const QString user = rows->isEmpty() ? m_connection.user() : rows->first().value(0);
        return Error { tr("role '%1' on the %2 %3 may not read the statistics of other sessions: grant it the "
                          "pg_monitor role (GRANT pg_monitor TO \"%1\";) or connect as a member of it.")
                           .arg(user, m_connection.what(), m_connection.server()),
                       {},
                       {} };
    }
    return std::nullopt;
}

Expected<PgSnapshot> PgStatsSampler::snapshot() const
{
    PgSnapshot s;
    s.server = m_connection.server();

    auto version = m_connection.query(QStringLiteral(
        "SELECT pg_is_in_recovery()::text, current_setting('server_version'), current_setting('server_version_num')"));
    if (!version)
        return version.error();
    s.inRecovery = version->value(0).value(0) == QLatin1String("true");
    s.serverVersion = version->value(0).value(1);
    s.serverVersionNum = version->value(0).value(2).toInt();

    auto settings = m_connection.query(QString::fromLatin1(kSettings));
    if (!settings)
        return settings.error();
    for (const auto& row : settings.value()) {
        const QString& name = row.value(0);
        s.settings.insert(name, row.value(3));
        const auto b = pgSettingBytes(row.value(1), row.value(2));
        if (name == QLatin1String("shared_buffers") && b)
            s.sharedBuffers = *b;
        else if (name == QLatin1String("effective_cache_size") && b)
            s.effectiveCacheSize = *b;
        else if (name == QLatin1String("work_mem") && b)
            s.workMem = *b;
        else if (name == QLatin1String("maintenance_work_mem") && b)
            s.maintenanceWorkMem = *b;
        else if (name == QLatin1String("max_connections"))
            s.maxConnections = row.value(1).toInt();
    }

    auto sizes = m_connection.query(QStringLiteral(
        "SELECT datname, pg_database_size(oid) FROM pg_database WHERE datallowconn AND NOT datistemplate"));
    if (!sizes)
        return sizes.error();
    for (const auto& row : sizes.value())
        s.databaseSizes.insert(row.value(0), toInt(row.value(1)));

    // Client sessions only (not background workers, not WAL senders), and not this one.
    auto states = m_connection.query(
        QStringLiteral("SELECT coalesce(state, 'unknown'), count(*) FROM pg_stat_activity "
                       "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1"));
    if (!states)
        return states.error();
    for (const auto& row : states.value())
        s.connectionsByState.insert(row.value(0), row.value(1).toInt());

    auto counters = m_connection.query(QString::fromLatin1(kCounters));
    if (!counters)
        return counters.error();
    s.takenAtSeconds = now();
    const auto c = counters->value(0);
    s.commits = toInt(c.value(0));
    s.rollbacks = toInt(c.value(1));
    s.tuplesReturned = toInt(c.value(2));
    s.tuplesFetched = toInt(c.value(3));
    s.tuplesInserted = toInt(c.value(4));
    s.tuplesUpdated = toInt(c.value(5));
    s.tuplesDeleted = toInt(c.value(6));
    s.blocksHit = toInt(c.value(7));
    s.blocksRead = toInt(c.value(8));

    if (s.inRecovery) {
        // Behind is what was received and not yet replayed; the age of the last replayed
        // transaction counts only while something is waiting, or an idle primary would
        // read as lag.
        auto wal = m_connection.query(QStringLiteral(
            "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint, "
            "pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint, "
            "CASE WHEN pg_last_wal_receive_lsn() IS NULL OR pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() "
            "THEN 0 ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END"));
        if (!wal)
            return wal.error();
        const auto w = wal->value(0);
        if (!w.value(0).isNull())
            s.walLsn = toInt(w.value(0));
        if (!w.value(1).isNull())
            s.replayBacklogBytes = toInt(w.value(1));
        if (!w.value(2).isNull())
            s.replayDelaySeconds = w.value(2).toDouble();
    } else {
        auto wal = m_connection.query(QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint"));
        if (!wal)
            return wal.error();
        s.walLsn = toInt(wal->value(0).value(0));
    }
    return s;
}

Expected<QList<PgReplicaLink>> PgStatsSampler::replicationLinks() const
{
    auto rows = m_connection.query(
        QStringLiteral("SELECT coalesce(application_name, ''), coalesce(host(client_addr), ''), coalesce(state, ''), "
                       "pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint, extract(epoch FROM replay_lag) "
                       "FROM pg_stat_replication ORDER BY application_name, client_addr"));
    if (!rows)
        return rows.error();
    QList<PgReplicaLink> links;
    for (const auto& row : rows.value()) {
        PgReplicaLink l;
        l.applicationName = row.value(0);
        l.clientAddress = row.value(1);
        l.state = row.value(2);
        if (!row.value(3).isNull())
            l.lagBytes = toInt(row.value(3));
        if (!row.value(4).isNull())
            l.replayLagSeconds = row.value(4).toDouble();
        links << l;
    }
    return links;
}

} // namespace headroom
