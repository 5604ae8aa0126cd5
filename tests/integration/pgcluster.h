// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Real PostgreSQL servers for integration tests: an initdb'd template in a temporary folder,
// servers started from copies of it on loopback ports, programs run as the postgres user
// when the test runs as root (server programs refuse root). Every failure comes back as text
// so that a test fails and says why; nothing here skips.
class PgCluster
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    PgCluster();
    ~PgCluster();

    // Finds the newest /usr/lib/postgresql/NN/bin and runs initdb into the template with
    // `initdbArgs` (e.g. --auth-host=scram-sha-256). Empty on success, else why not.
    QString init(const QStringList& initdbArgs);

    QString bin() const { return m_bin; }
    int major() const { return m_major; }
    bool asRoot() const { return m_asRoot; }
    QString workPath() const { return m_work.path(); }
    QString socketDir() const { return m_work.path(); }
    QString templateDir() const { return m_template; }

    // A program of the server's bin folder, as the postgres user when root; waits.
    Run run(const QString& program, const QStringList& args, int timeoutMs = 120000) const;
    // Starts it without waiting (pgbench in the background); the caller owns the process.
    QProcess* startProcess(const QString& program, const QStringList& args) const;
    // psql through the Unix socket as `user`, unaligned tuples only.
    Run psql(int port, const QString& sql, const QString& user = QStringLiteral("postgres")) const;

    // A copy of the template (or an empty string when cp failed).
    QString newDataDir(const QString& name) const;
    // Writes a file into the work folder, owned by postgres when root. Empty or why not.
    QString writeFile(const QString& path, const QByteArray& content) const;
    // pg_ctl start on 127.0.0.1:port with extra `-c name=value` settings; empty or the log.
    QString start(const QString& dataDir, int port, const QStringList& settings = {}) const;
    void stop(const QString& dataDir, const QString& mode = QStringLiteral("fast")) const;
    // pg_basebackup -R from the server on `primaryPort` (through the socket).
    QString baseBackup(int primaryPort, const QString& dataDir) const;

    static int freePort();

private:
    QString m_bin;
    int m_major = 0;
    bool m_asRoot = false;
    QTemporaryDir m_work;
    QString m_template;
    mutable QStringList m_started; // stopped when the cluster goes
};
