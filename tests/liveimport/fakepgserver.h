// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>

#include <atomic>
#include <thread>

// A listener on a loopback port that speaks just enough of the PostgreSQL protocol to see
// what a client sends: it declines TLS, reads the startup message and then either asks for
// a cleartext password (recording any password message and refusing the login) or says
// nothing at all, like a server that accepted the connection and stalled.
class FakePgServer
{
public:
    enum class Mode { AskPassword, Silent };

    explicit FakePgServer(Mode mode);
    ~FakePgServer();
    FakePgServer(const FakePgServer&) = delete;
    FakePgServer& operator=(const FakePgServer&) = delete;

    int port() const { return m_port; }
    // The startup parameters (user, database, …) of every connection so far.
    QList<QMap<QByteArray, QByteArray>> startups() const;
    // Every password message's content.
    QList<QByteArray> passwords() const;

private:
    void serve();

    Mode m_mode;
    int m_port = 0;
    std::atomic_bool m_stop { false };
    std::atomic_bool m_ready { false };
    mutable QMutex m_mutex;
    QList<QMap<QByteArray, QByteArray>> m_startups;
    QList<QByteArray> m_passwords;
    std::thread m_thread;
};
