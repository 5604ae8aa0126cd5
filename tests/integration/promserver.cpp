// SPDX-License-Identifier: Apache-2.0
#include "promserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace {

QString program(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const auto& info : source.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

bool PromServer::available()
{
    return !program(QStringLiteral("prometheus")).isEmpty() && !program(QStringLiteral("promtool")).isEmpty();
}

QString PromServer::backfill(const QByteArray& openMetrics, const QString& tsdb)
{
    const QString input = tsdb + QStringLiteral(".om");
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(openMetrics) != openMetrics.size())
        return QStringLiteral("cannot write %1").arg(input);
    file.close();
    QProcess promtool;
    promtool.start(program(QStringLiteral("promtool")),
                   { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                     QStringLiteral("--max-block-duration=48h"), input, tsdb });
    if (!promtool.waitForFinished(300'000) || promtool.exitCode() != 0)
        return QStringLiteral("promtool failed: %1").arg(QString::fromUtf8(promtool.readAllStandardError()));
    return {};
}

void PromServer::useTls(const QString& certificate, const QString& key, const QString& caFile)
{
    m_certificate = certificate;
    m_key = key;
    m_caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
}

void PromServer::addUser(const QString& user, const QString& bcryptHash)
{
    m_users << std::pair { user, bcryptHash };
}

QString PromServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(QLatin1String(m_certificate.isEmpty() ? "http" : "https"))
        .arg(m_port);
}

QString PromServer::writeWebConfig(QStringList& arguments) const
{
    QByteArray yaml;
    if (!m_certificate.isEmpty())
        yaml += "tls_server_config:\n  cert_file: '" + m_certificate.toUtf8() + "'\n  key_file: '" + m_key.toUtf8()
            + "'\n";
    if (!m_users.isEmpty())
        yaml += "basic_auth_users:\n";
    for (const auto& [user, hash] : m_users)
        yaml += "  " + user.toUtf8() + ": '" + hash.toUtf8() + "'\n";
    if (yaml.isEmpty())
        return {};
    const QString path = m_dir->filePath(QStringLiteral("web.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return QStringLiteral("cannot write %1").arg(path);
    arguments << QStringLiteral("--web.config.file=%1").arg(path);
    return {};
}

QNetworkRequest PromServer::request(const QString& path) const
{
    QNetworkRequest request(QUrl(url() + path));
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

PromServer::~PromServer()
{
    stop();
}

quint16 PromServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString PromServer::start(const QString& tsdb, const QStringList& extraArguments)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!copyTree(tsdb, data))
        return QStringLiteral("cannot copy %1").arg(tsdb);
    const QString config = m_dir->filePath(QStringLiteral("prometheus.yml"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_config) != m_config.size())
        return QStringLiteral("cannot write %1").arg(config);
    file.close();
    m_port = freePort();
    QStringList arguments { QStringLiteral("--config.file=%1").arg(config),
                            QStringLiteral("--storage.tsdb.path=%1").arg(data),
                            QStringLiteral("--storage.tsdb.retention.time=100y"),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) };
    if (const QString error = writeWebConfig(arguments); !error.isEmpty())
        return error;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir->filePath(QStringLiteral("log")));
    m_process.start(program(QStringLiteral("prometheus")), arguments + extraArguments);
    if (!m_process.waitForStarted())
        return QStringLiteral("prometheus did not start");
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60'000) {
        if (m_process.state() != QProcess::Running)
            return QStringLiteral("prometheus stopped: %1").arg(log());
        QNetworkAccessManager manager;
        QNetworkReply* reply = manager.get(request(QStringLiteral("/-/ready")));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        // 401 means ready behind authentication.
        if (status == 200 || status == 401)
            return {};
        QThread::msleep(100);
    }
    return QStringLiteral("prometheus was not ready within 60 s: %1").arg(log());
}

void PromServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        m_process.kill();
    m_process.waitForFinished();
}

QString PromServer::log() const
{
    QFile file(m_dir ? m_dir->filePath(QStringLiteral("log")) : QString());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(2000)) : QString();
}

QByteArray PromServer::query(const QString& promql, qint64 at, const QByteArray& authorization) const
{
    QNetworkRequest get = request(QStringLiteral("/api/v1/query"));
    get.setUrl(QUrl::fromEncoded(get.url().toEncoded() + "?query=" + QUrl::toPercentEncoding(promql)
                                 + "&time=" + QByteArray::number(at)));
    if (!authorization.isEmpty())
        get.setRawHeader("Authorization", authorization);
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(get);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}
