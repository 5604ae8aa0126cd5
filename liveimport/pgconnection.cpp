// SPDX-License-Identifier: Apache-2.0
#include "liveimport/pgconnection.h"

#include "measure/printabletext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <thread>
#include <vector>

namespace headroom {

namespace {

// lupdate files tr() in a member function under the class's qualified name.
QString tr(const char* text)
{
    return QCoreApplication::translate("headroom::PgConnection", text);
}

QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

struct Options
{
    PQconninfoOption* options = nullptr;
    QString error;
    explicit Options(const QString& conninfo)
    {
        char* err = nullptr;
        options = PQconninfoParse(conninfo.toUtf8().constData(), &err);
        if (err) {
            error = QString::fromUtf8(err).trimmed();
            PQfreemem(err);
        }
    }
    ~Options()
    {
        if (options)
            PQconninfoFree(options);
    }
    Options(const Options&) = delete;
    Options& operator=(const Options&) = delete;
};

bool isSecret(const PQconninfoOption* o)
{
    return o->dispchar && o->dispchar[0] == '*';
}

QStringList secretsOf(const QString& conninfo)
{
    QStringList secrets;
    Options parsed(conninfo);
    for (auto* o = parsed.options; o && o->keyword; ++o) {
        if (isSecret(o) && o->val && *o->val)
            secrets << QString::fromUtf8(o->val);
    }
    return secrets;
}

int connectTimeoutOf(const PQconninfoOption* options)
{
    for (auto* o = options; o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val)
            return QByteArray(o->val).toInt();
    }
    return 0;
}

enum class Wait { Ready, TimedOut, Cancelled };

// Until libpq's socket is ready, in steps of at most 0.1 s so that a cancel is seen.
Wait waitFor(PGconn* conn, bool forWrite, const QDeadlineTimer& deadline, const std::atomic_bool* cancel)
{
    for (;;) {
        if (cancel && cancel->load())
            return Wait::Cancelled;
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Wait::TimedOut;
        pollfd p { PQsocket(conn), short(forWrite ? POLLOUT : POLLIN), 0 };
        if (p.fd < 0)
            return Wait::Ready; // libpq reports what went wrong
        const int n = ::poll(&p, 1, int(left < 0 ? 100 : std::min<qint64>(left, 100)));
        if (n > 0 || (n < 0 && errno != EINTR))
            return Wait::Ready;
    }
}

QList<PgConnection::Row> rowsOf(const PGresult* res)
{
    QList<PgConnection::Row> rows;
    const int n = PQntuples(res);
    const int cols = PQnfields(res);
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
        PgConnection::Row row;
        for (int c = 0; c < cols; ++c)
            row << (PQgetisnull(res, r, c) ? QString() : printableText(QString::fromUtf8(PQgetvalue(res, r, c))));
        rows << row;
    }
    return rows;
}

} // namespace

void PgConnection::Closer::operator()(pg_conn* c) const
{
    if (c)
        PQfinish(c);
}

PgConnection::PgConnection(pg_conn* conn, QString what, QString conninfo, const PgConnectOptions& options)
    : m_conn(conn)
    , m_what(std::move(what))
    , m_conninfo(std::move(conninfo))
    , m_password(options.password)
    , m_timeoutSeconds(options.timeoutSeconds)
    , m_cancel(options.cancel)
{
    const char* host = PQhost(conn);
    const char* port = PQport(conn);
    m_server = printableText(
        QStringLiteral("%1:%2").arg(QString::fromUtf8(host ? host : ""), QString::fromUtf8(port ? port : "")));
}

PgConnection::PgConnection(PgConnection&&) noexcept = default;
PgConnection& PgConnection::operator=(PgConnection&&) noexcept = default;
PgConnection::~PgConnection() = default;

QString PgConnection::user() const
{
    const char* u = PQuser(m_conn.get());
    return QString::fromUtf8(u ? u : "");
}

Expected<PgConnection> PgConnection::open(const QString& conninfo, const PgConnectOptions& options, const QString& what,
                                          bool* needsPassword)
{
    if (needsPassword)
        *needsPassword = false;
    int timeout = options.timeoutSeconds;
    {
        Options parsed(conninfo);
        if (!parsed.options) {
            // libpq quotes the bad part of the text; a password may sit in it.
            return Error { tr("the %1's connection string is not valid: %2")
                               .arg(what, printableLine(scrubbed(parsed.error, conninfo, options.password))),
                           {},
                           {} };
        }
        if (const int own = connectTimeoutOf(parsed.options); own > 0)
            timeout = own;
    }
    const QByteArray timeoutText = QByteArray::number(timeout);
    const QByteArray dbname = conninfo.toUtf8();
    const QByteArray pass = options.password.toUtf8();
    // Earlier keywords are defaults the connection string overrides; a prompted password
    // comes last so it wins.
    std::vector<const char*> keys { "connect_timeout", "fallback_application_name", "dbname" };
    std::vector<const char*> values { timeoutText.constData(), "headroom-import", dbname.constData() };
    if (!options.password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pass.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* conn = PQconnectStartParams(keys.data(), values.data(), 1);
    if (!conn)
        return Error { tr("cannot connect to the %1: out of memory.").arg(what), {}, {} };
    // Polled rather than PQconnectdb, so that a cancel is seen while connecting and a server
    // that accepts and never answers costs the timeout, not forever.
    const QDeadlineTimer deadline { qint64(timeout) * 1000 };
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (PQstatus(conn) != CONNECTION_BAD && state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        const Wait w = waitFor(conn, state == PGRES_POLLING_WRITING, deadline, options.cancel);
        if (w != Wait::Ready) {
            PQfinish(conn);
            if (w == Wait::Cancelled)
                return Error { tr("cancelled."), {}, {} };
            return Error {
                tr("cannot connect to the %1 (%2): no answer within %3 s.").arg(what, redacted(conninfo)).arg(timeout),
                {},
                {}
            };
        }
        state = PQconnectPoll(conn);
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        if (needsPassword)
            *needsPassword = PQconnectionNeedsPassword(conn) != 0;
        const QString message
            = printableLine(scrubbed(QString::fromUtf8(PQerrorMessage(conn)), conninfo, options.password));
        PQfinish(conn);
        return Error { tr("cannot connect to the %1 (%2): %3").arg(what, redacted(conninfo), message), {}, {} };
    }
    PgConnection connection(conn, what, conninfo, options);
    // The server stops a statement on its own at the timeout too, should the importer be
    // gone by then.
    auto set = connection.query(QStringLiteral("SET statement_timeout = %1").arg(qint64(timeout) * 1000));
    if (!set)
        return set.error();
    return connection;
}

Expected<PgConnection> PgConnection::openDiscovered(const QString& primaryConninfo, const QString& host,
                                                    const QString& port, const PgConnectOptions& options)
{
    PgConnectOptions withoutPassword = options;
    withoutPassword.password.clear();
    return open(discoveredConninfo(primaryConninfo, host, port), withoutPassword, tr("replica"));
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn.get());
}

QString PgConnection::lastError() const
{
    return printableLine(scrubbed(QString::fromUtf8(PQerrorMessage(m_conn.get())), m_conninfo, m_password));
}

Error PgConnection::failure(const QString& message) const
{
    if (PQstatus(m_conn.get()) != CONNECTION_OK)
        return Error { tr("lost the connection to the %1 %2 while sampling: %3").arg(m_what, m_server, message),
                       {},
                       {} };
    return Error { tr("the %1 %2 refused a statistics query: %3").arg(m_what, m_server, message), {}, {} };
}

void PgConnection::cancelOnServer() const
{
    // PQcancel opens a connection of its own and waits for the server to close it, which a
    // stalled server never does: it runs on a thread of its own that nobody waits for.
    PGcancel* cancel = PQgetCancel(m_conn.get());
    if (!cancel)
        return;
    std::thread([cancel] {
        char reason[256];
        PQcancel(cancel, reason, sizeof reason);
        PQfreeCancel(cancel);
    }).detach();
}

std::optional<Error> PgConnection::awaitResult(const QDeadlineTimer& deadline) const
{
    PGconn* conn = m_conn.get();
    for (;;) {
        const int flushed = PQflush(conn);
        if (flushed < 0)
            return failure(lastError());
        if (flushed == 0 && !PQisBusy(conn))
            return std::nullopt;
        const Wait w = waitFor(conn, flushed == 1, deadline, m_cancel);
        if (w == Wait::Cancelled) {
            cancelOnServer();
            return Error { tr("cancelled."), {}, {} };
        }
        if (w == Wait::TimedOut) {
            cancelOnServer();
            return Error { tr("the %1 %2 did not answer a statistics query within %3 s.")
                               .arg(m_what, m_server)
                               .arg(m_timeoutSeconds),
                           {},
                           {} };
        }
        if (!PQconsumeInput(conn))
            return failure(lastError());
    }
}

Expected<QList<PgConnection::Row>> PgConnection::query(const QString& sql) const
{
    PGconn* conn = m_conn.get();
    if (!PQsendQuery(conn, sql.toUtf8().constData()))
        return failure(lastError());
    const QDeadlineTimer deadline { qint64(m_timeoutSeconds) * 1000 };
    // Every result of the statement is read, so that the connection is ready for the next.
    std::optional<QString> error;
    QList<Row> rows;
    for (;;) {
        if (auto stalled = awaitResult(deadline))
            return *stalled;
        PGresult* res = PQgetResult(conn);
        if (!res)
            break;
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
            rows = rowsOf(res);
        else if (!error)
            error = printableLine(scrubbed(QString::fromUtf8(PQresultErrorMessage(res)), m_conninfo, m_password));
        PQclear(res);
    }
    if (error)
        return failure(error->isEmpty() ? lastError() : *error);
    return rows;
}
QString PgConnection::redacted(const QString& conninfo)
{
    Options parsed(conninfo);
    if (!parsed.options)
        return tr("(a connection string libpq cannot read)");
    QStringList parts;
    for (auto* o = parsed.options; o->keyword; ++o) {
        if (!o->val || !*o->val || isSecret(o))
            continue;
        parts << QStringLiteral("%1=%2").arg(QString::fromUtf8(o->keyword), quoted(QString::fromUtf8(o->val)));
    }
    return parts.join(QLatin1Char(' '));
}

QString PgConnection::discoveredConninfo(const QString& conninfo, const QString& host, const QString& port)
{
    Options parsed(conninfo);
    QStringList parts;
    for (auto* o = parsed.options; o && o->keyword; ++o) {
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr") || key == QLatin1String("port")
            || key == QLatin1String("password"))
            continue;
        if (o->val && *o->val)
            parts << QStringLiteral("%1=%2").arg(key, quoted(QString::fromUtf8(o->val)));
    }
    parts << QStringLiteral("host=%1").arg(quoted(host)) << QStringLiteral("port=%1").arg(quoted(port));
    // Given, though empty: libpq then takes no PGPASSWORD and no service file's password,
    // and looks in the password file for this host.
    parts << QStringLiteral("password=''");
    return parts.join(QLatin1Char(' '));
}

QString PgConnection::scrubbed(QString message, const QString& conninfo, const QString& password)
{
    QStringList secrets = secretsOf(conninfo);
    // A connection string libpq cannot parse still has its password found by its shape.
    static const QRegularExpression keyValue(QStringLiteral(R"(password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s]+))"));
    static const QRegularExpression uri(QStringLiteral(R"(://[^:/@\s]*:([^@/\s]+)@)"));
    for (const auto* re : { &keyValue, &uri }) {
        auto it = re->globalMatch(conninfo);
        while (it.hasNext()) {
            QString secret = it.next().captured(1);
            if (secret.startsWith(QLatin1Char('\'')) && secret.endsWith(QLatin1Char('\'')) && secret.size() >= 2)
                secret = secret.mid(1, secret.size() - 2);
            if (!secret.isEmpty())
                secrets << secret;
        }
    }
    if (!password.isEmpty())
        secrets << password;
    // Longest first, so that a secret containing another is masked whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const auto& s : secrets)
        message.replace(s, QStringLiteral("********"));
    return message;
}

} // namespace headroom
