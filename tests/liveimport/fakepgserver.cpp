// SPDX-License-Identifier: Apache-2.0
#include "fakepgserver.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr quint32 kSslRequest = 80877103;
constexpr quint32 kGssRequest = 80877104;

std::optional<QByteArray> readExactly(QTcpSocket& socket, qint64 n)
{
    QByteArray data;
    while (data.size() < n) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000))
            return std::nullopt;
        data += socket.read(n - data.size());
    }
    return data;
}

std::optional<QByteArray> readLengthPrefixed(QTcpSocket& socket)
{
    const auto length = readExactly(socket, 4);
    if (!length)
        return std::nullopt;
    const quint32 n = qFromBigEndian<quint32>(length->constData());
    if (n < 4 || n > 1 << 20)
        return std::nullopt;
    return readExactly(socket, n - 4);
}

QByteArray message(char type, const QByteArray& body)
{
    QByteArray m(1, type);
    char length[4];
    qToBigEndian<quint32>(quint32(body.size() + 4), length);
    m.append(length, 4).append(body);
    return m;
}

} // namespace

FakePgServer::FakePgServer(Mode mode)
    : m_mode(mode)
{
    m_thread = std::thread([this] { serve(); });
    while (!m_ready.load())
        std::this_thread::yield();
}

FakePgServer::~FakePgServer()
{
    m_stop = true;
    m_thread.join();
}

QList<QMap<QByteArray, QByteArray>> FakePgServer::startups() const
{
    QMutexLocker lock(&m_mutex);
    return m_startups;
}

QList<QByteArray> FakePgServer::passwords() const
{
    QMutexLocker lock(&m_mutex);
    return m_passwords;
}

void FakePgServer::serve()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    m_ready = true;
    std::vector<std::unique_ptr<QTcpSocket>> open; // a silent server keeps them
    while (!m_stop.load()) {
        if (!server.waitForNewConnection(50))
            continue;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        std::optional<QByteArray> startup = readLengthPrefixed(*socket);
        while (startup && startup->size() == 4
               && (qFromBigEndian<quint32>(startup->constData()) == kSslRequest
                   || qFromBigEndian<quint32>(startup->constData()) == kGssRequest)) {
            socket->write("N");
            socket->waitForBytesWritten(1000);
            startup = readLengthPrefixed(*socket);
        }
        if (!startup)
            continue;
        QMap<QByteArray, QByteArray> parameters;
        const QList<QByteArray> parts = startup->mid(4).split('\0');
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
            if (!parts[i].isEmpty())
                parameters.insert(parts[i], parts[i + 1]);
        }
        {
            QMutexLocker lock(&m_mutex);
            m_startups << parameters;
        }
        if (m_mode == Mode::Silent) {
            open.push_back(std::move(socket));
            continue;
        }
        QByteArray cleartext(4, '\0');
        qToBigEndian<quint32>(3, cleartext.data()); // AuthenticationCleartextPassword
        socket->write(message('R', cleartext));
        socket->waitForBytesWritten(1000);
        const auto type = readExactly(*socket, 1);
        if (type && *type == "p") {
            if (const auto body = readLengthPrefixed(*socket)) {
                QMutexLocker lock(&m_mutex);
                m_passwords << QByteArray(body->constData()); // up to its terminating NUL
            }
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client gave up: it had no password to send
        static const char kRefusal[] = "SFATAL\0C28P01\0Mpassword authentication failed\0";
        socket->write(message('E', QByteArray(kRefusal, sizeof kRefusal))); // with the closing NUL
        socket->waitForBytesWritten(1000);
        socket->disconnectFromHost();
    }
}
