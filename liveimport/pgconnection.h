#pragma once

#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;

namespace headroom {

// One libpq connection, closed when the object goes. Messages name the server by its
// connection string with the password left out (redacted()), never the password itself.
class PgConnection
{
public:
    using Row = QStringList; // a SQL NULL is a null QString

    // Connects with `conninfo` (key=value, URI or service=NAME). `password`, when not empty,
    // is passed beside it (a prompt's answer); otherwise libpq's own sources apply: the
    // conninfo, PGPASSWORD, the password file. `what` names the server in messages
    // ("primary", "replica"). `needsPassword` is set when the server asked for one and none
    // was given, so a caller may prompt and try again.
    static Expected<PgConnection> open(const QString& conninfo, const QString& password, const QString& what,
                                       int connectTimeoutSeconds = 10, bool* needsPassword = nullptr);

    PgConnection(PgConnection&&) noexcept;
    PgConnection& operator=(PgConnection&&) noexcept;
    ~PgConnection();

    // Runs one statement and returns its rows as text.
    Expected<QList<Row>> query(const QString& sql) const;
    // "host:port" of the server this connection reached.
    QString server() const { return m_server; }
    QString user() const;
    QString what() const { return m_what; }
    pg_conn* handle() const { return m_conn.get(); }

    // `conninfo` without its password, as key='value' pairs; unparseable text is replaced.
    static QString redacted(const QString& conninfo);
    // `conninfo` with host and port replaced (for a standby found in pg_stat_replication).
    static QString withHost(const QString& conninfo, const QString& host, const QString& port);
    // `message` with every occurrence of the password of `conninfo` (and `password`) masked.
    static QString scrubbed(QString message, const QString& conninfo, const QString& password);

private:
    struct Closer
    {
        void operator()(pg_conn* c) const;
    };
    PgConnection(pg_conn* conn, QString what, QString conninfo, QString password);

    std::unique_ptr<pg_conn, Closer> m_conn;
    QString m_what;
    QString m_server;
    QString m_conninfo; // for scrubbing messages; never printed
    QString m_password;
};

} // namespace headroom
