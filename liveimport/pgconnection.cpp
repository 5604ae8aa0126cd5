#include "liveimport/pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <algorithm>
#include <vector>

namespace headroom {

namespace {

// lupdate files tr() in a member function under the class's qualified name.
QString tr(const char* text) { return QCoreApplication::translate("headroom::PgConnection", text); }

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

bool isSecret(const PQconninfoOption* o) { return o->dispchar && o->dispchar[0] == '*'; }

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

} // namespace

void PgConnection::Closer::operator()(pg_conn* c) const
{
    if (c)
        PQfinish(c);
}

PgConnection::PgConnection(pg_conn* conn, QString what, QString conninfo, QString password)
    : m_conn(conn)
    , m_what(std::move(what))
    , m_conninfo(std::move(conninfo))
    , m_password(std::move(password))
{
    const char* host = PQhost(conn);
    const char* port = PQport(conn);
    m_server = QStringLiteral("%1:%2").arg(QString::fromUtf8(host ? host : ""), QString::fromUtf8(port ? port : ""));
}

PgConnection::PgConnection(PgConnection&&) noexcept = default;
PgConnection& PgConnection::operator=(PgConnection&&) noexcept = default;
PgConnection::~PgConnection() = default;

QString PgConnection::user() const
{
    const char* u = PQuser(m_conn.get());
    return QString::fromUtf8(u ? u : "");
}

Expected<PgConnection> PgConnection::open(const QString& conninfo, const QString& password, const QString& what,
                                          int connectTimeoutSeconds, bool* needsPassword)
{
    if (needsPassword)
        *needsPassword = false;
    {
        Options parsed(conninfo);
        if (!parsed.options) {
            // libpq quotes the bad part of the text; a password may sit in it.
            return Error { tr("the %1's connection string is not valid: %2")
                               .arg(what, scrubbed(parsed.error, conninfo, password)),
                           {},
                           {} };
        }
    }
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds);
    const QByteArray dbname = conninfo.toUtf8();
    const QByteArray pass = password.toUtf8();
    // Earlier keywords are defaults the connection string overrides; a prompted password
    // comes last so it wins.
    std::vector<const char*> keys { "connect_timeout", "fallback_application_name", "dbname" };
    std::vector<const char*> values { timeout.constData(), "headroom-import", dbname.constData() };
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pass.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!conn)
        return Error { tr("cannot connect to the %1: out of memory.").arg(what), {}, {} };
    if (PQstatus(conn) != CONNECTION_OK) {
        if (needsPassword)
            *needsPassword = PQconnectionNeedsPassword(conn) != 0;
        const QString message = scrubbed(QString::fromUtf8(PQerrorMessage(conn)).trimmed(), conninfo, password);
        PQfinish(conn);
        return Error { tr("cannot connect to the %1 (%2): %3").arg(what, redacted(conninfo), message), {}, {} };
    }
    return PgConnection(conn, what, conninfo, password);
}

Expected<QList<PgConnection::Row>> PgConnection::query(const QString& sql) const
{
    PGresult* res = PQexec(m_conn.get(), sql.toUtf8().constData());
    const ExecStatusType status = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString message = scrubbed(QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed(), m_conninfo,
                                         m_password);
        const bool lost = PQstatus(m_conn.get()) != CONNECTION_OK;
        if (res)
            PQclear(res);
        if (lost)
            return Error { tr("lost the connection to the %1 %2 while sampling: %3").arg(m_what, m_server, message),
                           {},
                           {} };
        return Error { tr("the %1 %2 refused a statistics query: %3").arg(m_what, m_server, message), {}, {} };
    }
    QList<Row> rows;
    const int n = PQntuples(res);
    const int cols = PQnfields(res);
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
        Row row;
        for (int c = 0; c < cols; ++c)
            row << (PQgetisnull(res, r, c) ? QString() : QString::fromUtf8(PQgetvalue(res, r, c)));
        rows << row;
    }
    PQclear(res);
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

QString PgConnection::withHost(const QString& conninfo, const QString& host, const QString& port)
{
    Options parsed(conninfo);
    QStringList parts;
    for (auto* o = parsed.options; o && o->keyword; ++o) {
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr") || key == QLatin1String("port"))
            continue;
        if (o->val && *o->val)
            parts << QStringLiteral("%1=%2").arg(key, quoted(QString::fromUtf8(o->val)));
    }
    parts << QStringLiteral("host=%1").arg(quoted(host)) << QStringLiteral("port=%1").arg(quoted(port));
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
