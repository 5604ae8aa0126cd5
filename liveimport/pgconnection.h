// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

struct pg_conn;
class QDeadlineTimer;

namespace headroom {

// How a connection is made and how long it may wait.
struct PgConnectOptions
{
    QString password; // a prompt's answer; empty: libpq's own sources
    int timeoutSeconds = 10; // to connect (unless the conninfo sets connect_timeout), and per query
    const std::atomic_bool* cancel = nullptr; // seen within 0.1 s while waiting on the server
};

// One libpq connection, closed when the object goes. Messages name the server by its
// connection string with the password left out (redacted()), never the password itself;
// every text the server sent comes back with its control characters escaped. No call waits
// longer than the timeout: connecting and each query poll the socket, and a query that
// is cancelled is cancelled on the server too (PQcancel).
class PgConnection
{
public:
    using Row = QStringList; // a SQL NULL is a null QString

    // Connects with `conninfo` (key=value, URI or service=NAME). `options.password`, when
    // not empty, is passed beside it; otherwise libpq's own sources apply: the conninfo,
    // PGPASSWORD, the password file. `what` names the server in messages ("primary",
    // "replica"). `needsPassword` is set when the server asked for one and none was given,
    // so a caller may prompt and try again. The session's statement_timeout is the timeout.
    static Expected<PgConnection> open(const QString& conninfo, const PgConnectOptions& options, const QString& what,
                                       bool* needsPassword = nullptr);
    // A standby the primary named in pg_stat_replication, a host the user did not name: it
    // gets the primary's connection string at `host`:`port` with no password at all, neither
    // the conninfo's, a prompt's nor PGPASSWORD. Only the password file (or a passfile the
    // conninfo names) may hold one for that host, found by libpq's own lookup.
    static Expected<PgConnection> openDiscovered(const QString& primaryConninfo, const QString& host,
                                                 const QString& port, const PgConnectOptions& options);

    PgConnection(PgConnection&&) noexcept;
    PgConnection& operator=(PgConnection&&) noexcept;
    ~PgConnection();

    // Runs one statement and returns its rows as text.
    Expected<QList<Row>> query(const QString& sql) const;
    // "host:port" of the server this connection reached.
    QString server() const { return m_server; }
    QString user() const;
    QString what() const { return m_what; }
    int backendPid() const;
    pg_conn* handle() const { return m_conn.get(); }

    // `conninfo` without its password, as key='value' pairs; unparseable text is replaced.
    static QString redacted(const QString& conninfo);
    // The connection string openDiscovered() uses: `conninfo` at `host`:`port`, its
    // password left out and an empty one given so that PGPASSWORD does not apply.
    static QString discoveredConninfo(const QString& conninfo, const QString& host, const QString& port);
    // `message` with every occurrence of the password of `conninfo` (and `password`) masked.
    static QString scrubbed(QString message, const QString& conninfo, const QString& password);

private:
    struct Closer
    {
        void operator()(pg_conn* c) const;
    };
    PgConnection(pg_conn* conn, QString what, QString conninfo, const PgConnectOptions& options);

    Error failure(const QString& message) const;
    // Waits for the statement's next result; an error when it timed out, was cancelled or lost.
    std::optional<Error> awaitResult(const QDeadlineTimer& deadline) const;
    void cancelOnServer() const;
    QString lastError() const;

    std::unique_ptr<pg_conn, Closer> m_conn;
    QString m_what;
    QString m_server;
    QString m_conninfo; // for scrubbing messages; never printed
    QString m_password;
    int m_timeoutSeconds = 10;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace headroom
