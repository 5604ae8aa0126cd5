// SPDX-License-Identifier: Apache-2.0
#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <unistd.h>

#include <algorithm>

PgCluster::PgCluster()
    : m_asRoot(::geteuid() == 0)
    , m_work(QDir::tempPath() + QStringLiteral("/headroom-pgc-XXXXXX"))
{
}

PgCluster::~PgCluster()
{
    // Never leave a server running after the test, whatever happened.
    for (const auto& dir : m_started)
        stop(dir, QStringLiteral("immediate"));
}

QString PgCluster::init(const QStringList& initdbArgs)
{
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    if (versions.isEmpty() || !QFile::exists(lib.filePath(versions.last()) + QStringLiteral("/bin/postgres")))
        return QStringLiteral("PostgreSQL server programs are not installed (/usr/lib/postgresql/NN/bin/postgres); "
                              "scripts/setup.sh installs postgresql-15.");
    m_major = versions.last().toInt();
    m_bin = lib.filePath(versions.last()) + QStringLiteral("/bin");
    if (!m_work.isValid())
        return QStringLiteral("cannot create a temporary folder");
    if (m_asRoot
        && QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), m_work.path() }) != 0)
        return QStringLiteral("cannot chown %1 to postgres").arg(m_work.path());
    m_template = m_work.filePath(QStringLiteral("template"));
    const Run r = run(QStringLiteral("initdb"),
                      QStringList { QStringLiteral("-D"), m_template, QStringLiteral("-U"), QStringLiteral("postgres"),
                                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C") }
                          + initdbArgs);
    if (r.exitCode != 0)
        return QStringLiteral("initdb failed: %1 %2").arg(r.err, r.out);
    return {};
}

PgCluster::Run PgCluster::run(const QString& program, const QStringList& args, int timeoutMs) const
{
    QProcess p;
    if (m_asRoot)
        p.start(QStringLiteral("runuser"),
                QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                              m_bin + QLatin1Char('/') + program }
                    + args);
    else
        p.start(m_bin + QLatin1Char('/') + program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, QString(), QStringLiteral("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000) };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QProcess* PgCluster::startProcess(const QString& program, const QStringList& args) const
{
    auto* p = new QProcess;
    if (m_asRoot)
        p->start(QStringLiteral("runuser"),
                 QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                               m_bin + QLatin1Char('/') + program }
                     + args);
    else
        p->start(m_bin + QLatin1Char('/') + program, args);
    return p;
}

PgCluster::Run PgCluster::psql(int port, const QString& sql, const QString& user) const
{
    return run(QStringLiteral("psql"),
               { QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                 user, QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-AtX"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql },
               30000);
}

QString PgCluster::newDataDir(const QString& name) const
{
    const QString dir = m_work.filePath(name);
    if (QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-a"), m_template, dir }) != 0)
        return {};
    return dir;
}

QString PgCluster::writeFile(const QString& path, const QByteArray& content) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    f.write(content);
    f.close();
    if (m_asRoot && QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), path }) != 0)
        return QStringLiteral("cannot chown %1").arg(path);
    return {};
}

QString PgCluster::start(const QString& dataDir, int port, const QStringList& settings) const
{
    QStringList options { QStringLiteral("-c port=%1").arg(port), QStringLiteral("-c listen_addresses=127.0.0.1"),
                          QStringLiteral("-c unix_socket_directories=%1").arg(socketDir()) };
    for (const auto& s : settings)
        options << QStringLiteral("-c %1").arg(s);
    const QString log = dataDir + QStringLiteral("/server.log");
    const Run r
        = run(QStringLiteral("pg_ctl"),
              { QStringLiteral("-D"), dataDir, QStringLiteral("-l"), log, QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("90"), QStringLiteral("-o"), options.join(QLatin1Char(' ')), QStringLiteral("start") });
    m_started << dataDir;
    if (r.exitCode == 0)
        return {};
    QFile f(log);
    f.open(QIODevice::ReadOnly);
    return QStringLiteral("PostgreSQL did not start (pg_ctl exit %1): %2\n%3\nserver log:\n%4")
        .arg(r.exitCode)
        .arg(r.out, r.err, QString::fromUtf8(f.readAll()));
}

void PgCluster::stop(const QString& dataDir, const QString& mode) const
{
    if (!QFile::exists(dataDir + QStringLiteral("/postmaster.pid")))
        return;
    run(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), dataDir, QStringLiteral("-m"), mode, QStringLiteral("-w"), QStringLiteral("stop") });
}

QString PgCluster::baseBackup(int primaryPort, const QString& dataDir) const
{
    const Run r
        = run(QStringLiteral("pg_basebackup"),
              // -c fast: a spread checkpoint after a pgbench -i takes minutes.
              { QStringLiteral("-D"), dataDir, QStringLiteral("-R"), QStringLiteral("-c"), QStringLiteral("fast"),
                QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-h"), socketDir(), QStringLiteral("-p"),
                QString::number(primaryPort), QStringLiteral("-U"), QStringLiteral("postgres") });
    if (r.exitCode != 0)
        return QStringLiteral("pg_basebackup failed: %1").arg(r.err);
    return {};
}

int PgCluster::freePort()
{
    return 20000 + int(QRandomGenerator::global()->bounded(20000));
}
