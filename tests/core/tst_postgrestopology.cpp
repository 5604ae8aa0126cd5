// SPDX-License-Identifier: Apache-2.0
// How a PostgreSQL primary and its replicas share the load, the connections each demands
// and the PgBouncer pool in front of each.
#include "engine/postgrestopology.h"

#include <QtTest>

using namespace headroom;

class TestPostgresTopology : public QObject
{
    Q_OBJECT

private slots:
    void sharesFromMeasuredCommits()
    {
        PostgresTopology t;
        t.readReplicas = 1;
        t.primary.commits = Quantity::count(100);
        t.replica.commits = Quantity::count(300);
        const LoadShares s = loadShares(t);
        QCOMPARE(s.primary, 0.25);
        QCOMPARE(s.perReplica, 0.75);
        QVERIFY(s.known);
        QVERIFY(s.measured);
        QCOMPARE(s.unit, QStringLiteral("commits"));
    }

    void sharesFromReadShare()
    {
        // 70% reads over two replicas: 35% each, the primary the 30% of writes.
        PostgresTopology t;
        t.readReplicas = 2;
        t.readShare = Quantity::partsPerMillion(700'000);
        const LoadShares s = loadShares(t);
        QVERIFY(qFuzzyCompare(s.primary, 0.3));
        QVERIFY(qFuzzyCompare(s.perReplica, 0.35));
        QVERIFY(s.known);
        QVERIFY(!s.measured);
        QCOMPARE(s.unit, QStringLiteral("requests"));
    }

    void sharesAssumedEven()
    {
        PostgresTopology t;
        t.readReplicas = 3;
        const LoadShares s = loadShares(t);
        QCOMPARE(s.primary, 0.25);
        QCOMPARE(s.perReplica, 0.25);
        QVERIFY(!s.known);
    }

    void withoutReplicasThePrimaryTakesAll()
    {
        const LoadShares s = loadShares(PostgresTopology());
        QCOMPARE(s.primary, 1.0);
        QCOMPARE(s.perReplica, 0.0);
    }

    void demandIsMeasuredElseAShareOfTheClients()
    {
        PostgresTopology t;
        t.clientConnections = Quantity::count(1000);
        // 1 - 0.7 is 0.30000000000000004 in binary: 300 clients, not 301.
        QCOMPARE(demandFor(t.primary, t, 1.0 - 0.7), std::optional(Quantity::count(300)));
        QCOMPARE(demandFor(t.primary, t, 0.3333), std::optional(Quantity::count(334)));
        t.primary.activeConnections = Quantity::count(42);
        QCOMPARE(demandFor(t.primary, t, 0.5), std::optional(Quantity::count(42)));
        QVERIFY(!demandFor(t.replica, PostgresTopology(), 0.5));
    }

    void poolInTransactionMode()
    {
        // 250 clients over 2x multiplexing: 125 server connections, a reserve of 10% (13),
        // room for 500 clients, and 3 superuser slots on the server.
        Pooler pooler;
        const PoolingPlan p = poolFor(QStringLiteral("primary"), pooler, Quantity::count(250));
        QCOMPARE(p.role, QStringLiteral("primary"));
        QCOMPARE(p.defaultPoolSize, 125);
        QCOMPARE(p.reservePoolSize, 13);
        QCOMPARE(p.maxClientConn, 500);
        QCOMPARE(p.maxDbConnections, 138);
        QCOMPARE(p.serverMaxConnections, 141);
    }

    void poolNeverBelowItsFloor()
    {
        Pooler pooler;
        pooler.mode = QStringLiteral("session");
        const PoolingPlan idle = poolFor(QStringLiteral("replica"), pooler, std::nullopt);
        QCOMPARE(idle.defaultPoolSize, int(pooler.minPoolSize.raw()));
        QCOMPARE(idle.reservePoolSize, 5);
        QCOMPARE(idle.maxClientConn, 100);
        // Session mode: one server connection per client.
        QCOMPARE(poolFor(QStringLiteral("replica"), pooler, Quantity::count(90)).defaultPoolSize, 90);
    }
};

QTEST_GUILESS_MAIN(TestPostgresTopology)
#include "tst_postgrestopology.moc"
