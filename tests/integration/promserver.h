// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

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

    // Starts over a copy of `tsdb` with `extraArguments` (e.g. --query.max-samples=N) and waits
    // until it is ready; an error text, or empty.
    QString start(const QString& tsdb, const QStringList& extraArguments = {});
    void stop();
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString log() const;
    // One instant query asked directly, for comparing with Headroom's figures: the answer's JSON.
    QByteArray query(const QString& promql, qint64 at, const QByteArray& authorization = {}) const;

    static quint16 freePort();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
