// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

// A real Prometheus (Debian's package) on a free loopback port over a TSDB backfilled with
// promtool from OpenMetrics text, with an empty scrape configuration so that it only serves
// the backfilled data. Stopped when destroyed.
class PromServer
{
public:
    // Whether prometheus and promtool are installed.
    static bool available();
    // Backfills `openMetrics` into a TSDB folder; an error text, or empty.
    static QString backfill(const QByteArray& openMetrics, const QString& tsdb);

    PromServer() = default;
    ~PromServer();
    PromServer(const PromServer&) = delete;
    PromServer& operator=(const PromServer&) = delete;

    // Before start(): serve HTTPS with this certificate and key, and trust the CA file that
    // signed it for the readiness probe and query().
    void useTls(const QString& certificate, const QString& key, const QString& caFile);
    // Before start(): a user of basic authentication, with the password's bcrypt hash.
    void addUser(const QString& user, const QString& bcryptHash);
    // Before start(): YAML added to the configuration file (e.g. remote_read).
    void addConfig(const QByteArray& yaml) { m_config += yaml; }

    // Starts over a copy of `tsdb` with `extraArguments` (e.g. --query.max-samples=N) and waits
    // until it is ready; an error text, or empty.
    QString start(const QString& tsdb, const QStringList& extraArguments = {});
    void stop();
    QString url() const;
    QString log() const;
    // One instant query asked directly, for comparing with Headroom's figures: the answer's JSON.
    QByteArray query(const QString& promql, qint64 at, const QByteArray& authorization = {}) const;

    static quint16 freePort();

private:
    // --web.config.file with the TLS files and users, when there are any; an error text, or empty.
    QString writeWebConfig(QStringList& arguments) const;
    QNetworkRequest request(const QString& path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_config = "scrape_configs: []\n";
    QString m_certificate, m_key;
    QList<QSslCertificate> m_caCertificates;
    QList<std::pair<QString, QString>> m_users; // user and bcrypt hash
    QProcess m_process;
    quint16 m_port = 0;
};
