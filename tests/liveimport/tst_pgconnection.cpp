// PgConnection's text handling, without a server: a connection string is echoed without its
// password, and libpq's messages are scrubbed of it.

#include "liveimport/pgconnection.h"

#include <QtTest>

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
        const QString uri = PgConnection::redacted(QStringLiteral("postgresql://monitor:s3cret@db1:5433/app?sslmode=require"));
        QVERIFY(!uri.contains(QStringLiteral("s3cret")));
        QVERIFY(uri.contains(QStringLiteral("user='monitor'")));
        QVERIFY(uri.contains(QStringLiteral("port='5433'")));
        QVERIFY(!PgConnection::redacted(QStringLiteral("host=db1 password='it\\'s secret'")).contains(QStringLiteral("secret")));
    }

    void scrubbedMasksEveryForm()
    {
        QCOMPARE(PgConnection::scrubbed(QStringLiteral("failed for s3cret"), QStringLiteral("host=x password=s3cret"), {}),
                 QStringLiteral("failed for ********"));
        QCOMPARE(PgConnection::scrubbed(QStringLiteral("near \"p4ss\""), QStringLiteral("postgresql://u:p4ss@h/db"), {}),
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

    void withHostReplacesHostAndPort()
    {
        const QString c = PgConnection::withHost(QStringLiteral("host=db1 port=5433 user=m dbname=app"),
                                                 QStringLiteral("10.0.0.7"), QStringLiteral("5433"));
        QVERIFY(c.contains(QStringLiteral("host='10.0.0.7'")));
        QVERIFY(!c.contains(QStringLiteral("db1")));
        QVERIFY(c.contains(QStringLiteral("user='m'")));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
