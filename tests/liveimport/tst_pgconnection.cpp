// SPDX-License-Identifier: Apache-2.0
// PgConnection without a PostgreSQL server: a connection string is echoed without its
// password, libpq's messages are scrubbed of it, a standby found in pg_stat_replication gets
// no password but the password file's, and a server that never answers costs the timeout.
// The servers here are FakePgServer listeners on loopback ports.

#include "fakepgserver.h"
#include "liveimport/pgconnection.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace headroom;

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void redactedLeavesThePasswordOut()
    {
        const QString r = PgConnection::redacted(
            QStringLiteral("host=db1 port=5433 user=monitor password=s3cret dbname=app sslmode=verify-full"));
        QVERIFY(!r.contains(QStringLiteral("s3cret")));
        QVERIFY(!r.contains(QStringLiteral("password")));
        QVERIFY(r.contains(QStringLiteral("host='db1'")));
        QVERIFY(r.contains(QStringLiteral("sslmode='verify-full'")));
        const QString uri
            = PgConnection::redacted(QStringLiteral("postgresql://monitor:s3cret@db1:5433/app?sslmode=require"));
        QVERIFY(!uri.contains(QStringLiteral("s3cret")));
        QVERIFY(uri.contains(QStringLiteral("user='monitor'")));
        QVERIFY(uri.contains(QStringLiteral("port='5433'")));
        QVERIFY(!PgConnection::redacted(QStringLiteral("host=db1 password='it\\'s secret'"))
                     .contains(QStringLiteral("secret")));
    }

    void scrubbedMasksEveryForm()
    {
        QCOMPARE(
            PgConnection::scrubbed(QStringLiteral("failed for s3cret"), QStringLiteral("host=x password=s3cret"), {}),
            QStringLiteral("failed for ********"));
        QCOMPARE(
            PgConnection::scrubbed(QStringLiteral("near \"p4ss\""), QStringLiteral("postgresql://u:p4ss@h/db"), {}),
            QStringLiteral("near \"********\""));
        // Not parseable by libpq, still found by its shape.
        QCOMPARE(PgConnection::scrubbed(QStringLiteral("missing = after hunter2x"),
                                        QStringLiteral("host=x password=hunter2x oops"), {}),
                 QStringLiteral("missing = after ********"));
        QCOMPARE(PgConnection::scrubbed(QStringLiteral("typed pr0mpted"), QStringLiteral("host=x"),
                                        QStringLiteral("pr0mpted")),
                 QStringLiteral("typed ********"));
    }

    void invalidConnectionStringIsAValueNotACrash()
    {
        auto c = PgConnection::open(QStringLiteral("host=x password=hunter2x oops"), {}, QStringLiteral("primary"));
        QVERIFY(!c.hasValue());
        QVERIFY(c.error().message.contains(QStringLiteral("not valid")));
        QVERIFY(!c.error().message.contains(QStringLiteral("hunter2x")));
    }

    void discoveredConninfoReplacesHostAndDropsThePassword()
    {
        const QString c
            = PgConnection::discoveredConninfo(QStringLiteral("host=db1 port=5433 user=m password=s3cret dbname=app"),
                                               QStringLiteral("10.0.0.7"), QStringLiteral("5433"));
        QVERIFY(c.contains(QStringLiteral("host='10.0.0.7'")));
        QVERIFY(!c.contains(QStringLiteral("db1")));
        QVERIFY(c.contains(QStringLiteral("user='m'")));
        QVERIFY(!c.contains(QStringLiteral("s3cret")));
    }

    // A standby the primary names is a host the user never named: a fake server there, asking
    // for a cleartext password, gets none — not the conninfo's, not a prompt's, not
    // PGPASSWORD — and the one a password file holds for that host only.
    void discoveredHostGetsNoPassword()
    {
        QTemporaryDir dir;
        qputenv("PGPASSWORD", "fr0m-PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(dir.filePath(QStringLiteral("pgpass"))));
        FakePgServer fake(FakePgServer::Mode::AskPassword);
        const QString primary = QStringLiteral("host=db1.invalid user=monitor password=fr0m-conninfo dbname=postgres");
        PgConnectOptions options;
        options.password = QStringLiteral("fr0m-prompt");
        options.timeoutSeconds = 5;

        auto c
            = PgConnection::openDiscovered(primary, QStringLiteral("127.0.0.1"), QString::number(fake.port()), options);
        QVERIFY(!c.hasValue());
        QCOMPARE(fake.startups().size(), 1); // it was reached, as user monitor
        QCOMPARE(fake.startups().first().value("user"), QByteArray("monitor"));
        QVERIFY2(fake.passwords().isEmpty(), fake.passwords().join(", ").constData());
        QVERIFY2(c.error().message.contains(QStringLiteral("no password supplied")), qPrintable(c.error().message));

        // The same server named by the user gets PGPASSWORD: the fake does see passwords.
        auto named
            = PgConnection::open(QStringLiteral("host=127.0.0.1 port=%1 user=monitor dbname=postgres").arg(fake.port()),
                                 PgConnectOptions(), QStringLiteral("replica"));
        QVERIFY(!named.hasValue());
        QCOMPARE(fake.passwords(), QList<QByteArray> { "fr0m-PGPASSWORD" });

        // A password file entry for that host is libpq's own lookup, and is used.
        QFile pass(dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(QStringLiteral("127.0.0.1:%1:*:monitor:fr0m-pgpass\n").arg(fake.port()).toUtf8());
        pass.close();
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto listed
            = PgConnection::openDiscovered(primary, QStringLiteral("127.0.0.1"), QString::number(fake.port()), options);
        QVERIFY(!listed.hasValue());
        QCOMPARE(fake.passwords().size(), 2);
        QCOMPARE(fake.passwords().last(), QByteArray("fr0m-pgpass"));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    // A server that accepts and never answers: the connection gives up at the timeout with
    // one line, or at once when cancelled.
    void silentServerTimesOut()
    {
        FakePgServer fake(FakePgServer::Mode::Silent);
        const QString conninfo
            = QStringLiteral("host=127.0.0.1 port=%1 user=monitor dbname=postgres sslmode=disable").arg(fake.port());
        PgConnectOptions options;
        options.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        auto c = PgConnection::open(conninfo, options, QStringLiteral("primary"));
        const qint64 took = timer.elapsed();
        QVERIFY(!c.hasValue());
        QVERIFY2(took >= 900 && took < 3000, qPrintable(QString::number(took)));
        QVERIFY2(c.error().message.contains(QStringLiteral("no answer within 1 s")), qPrintable(c.error().message));
        QVERIFY(!c.error().message.contains(QLatin1Char('\n')));

        std::atomic_bool cancel { false };
        options.timeoutSeconds = 60;
        options.cancel = &cancel;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        timer.restart();
        auto cancelled = PgConnection::open(conninfo, options, QStringLiteral("primary"));
        stopper.join();
        QVERIFY(!cancelled.hasValue());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(cancelled.error().message, QStringLiteral("cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
