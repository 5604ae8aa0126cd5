// SPDX-License-Identifier: Apache-2.0
// Proof by a real engine: the redis.conf Headroom exports, as the chart renders it into its
// ConfigMap, starts Debian's redis-server 7.0 (the test's own process on a loopback port,
// never a system service), and CONFIG GET returns the maxmemory, snapshots and replication
// buffers the sizing planned. If the server cannot run here the test fails and says why.
#include "charttemplate.h"
#include "engine/sizingengine.h"
#include "testutils.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace headroom;

namespace {

const QString kRedisServer = QStringLiteral("/usr/bin/redis-server");
const QString kRedisCli = QStringLiteral("/usr/bin/redis-cli");

// What only the pod's environment decides: the port, the address and the data directory.
QString forThisHost(QString conf, quint16 port, const QString& dataDir)
{
    static const QRegularExpression bind(QStringLiteral("^bind .*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression portLine(QStringLiteral("^port .*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression dir(QStringLiteral("^dir .*$"), QRegularExpression::MultilineOption);
    conf.replace(bind, QStringLiteral("bind 127.0.0.1"));
    conf.replace(portLine, QStringLiteral("port %1").arg(port));
    conf.replace(dir, QStringLiteral("dir ") + dataDir);
    return conf;
}

// `CONFIG GET name` of the server: the value line, or the error.
QString configGet(quint16 port, const QString& name)
{
    QProcess cli;
    cli.start(kRedisCli,
              { QStringLiteral("-p"), QString::number(port), QStringLiteral("--raw"), QStringLiteral("CONFIG"),
                QStringLiteral("GET"), name });
    if (!cli.waitForFinished(10000))
        return QStringLiteral("redis-cli did not answer");
    // --raw prints the name and the value on lines of their own; an empty value is an empty line.
    const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n');
    return lines.size() >= 2 ? lines.at(1) : QStringLiteral("(no value: %1)").arg(lines.join(u' '));
}

bool ping(quint16 port)
{
    QProcess cli;
    cli.start(kRedisCli, { QStringLiteral("-p"), QString::number(port), QStringLiteral("PING") });
    return cli.waitForFinished(5000) && cli.readAllStandardOutput().trimmed() == "PONG";
}

} // namespace

class TestRedis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kRedisServer) && QFile::exists(kRedisCli),
                 "redis-server and redis-cli are needed: Debian's redis-server (scripts/setup.sh installs it)");
        QProcess version;
        version.start(kRedisServer, { QStringLiteral("--version") });
        QVERIFY(version.waitForFinished(10000));
        QVERIFY2(version.readAllStandardOutput().contains("v=7."), "Debian 12's redis-server 7.0 is expected");
    }

    void exportedConfigStartsRedis_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("pods");
        QTest::addColumn<int>("persistence");
        for (const char* tier : { "small", "medium", "large", "xlarge" })
            for (const int pods : { 1, 3 })
                for (const int persistence : { 0, 1 })
                    QTest::addRow("%s, %d pods, persistence %d", tier, pods, persistence)
                        << QString::fromLatin1(tier) << pods << persistence;
    }

    void exportedConfigStartsRedis()
    {
        QFETCH(QString, tier);
        QFETCH(int, pods);
        QFETCH(int, persistence);
        const QByteArray plan = QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: redis}\n"
                                               "services:\n  - {name: cache, kind: redis, tier: %1, replicas: %2, "
                                               "inputs: {persistence: \"%3\"}}\n")
                                    .arg(tier)
                                    .arg(pods)
                                    .arg(persistence)
                                    .toUtf8();
        const auto rendered
            = testutils::renderService(plan, QStringLiteral("cache"), QStringLiteral(HEADROOM_CHARTS_DIR "/redis"));
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const QStringList confs = testutils::configMapTexts(rendered.documents, QStringLiteral("maxmemory"));
        QCOMPARE(confs.size(), 1);

        // What the engine planned, in bytes as CONFIG GET shows them.
        ServiceRequest request;
        request.service = QStringLiteral("redis");
        request.size = tier;
        request.replicas = pods;
        request.inputs.insert(QStringLiteral("persistence"),
                              Quantity::fromFormulaValue(Dimension::Number, persistence).value());
        auto catalog = testutils::builtInCatalog();
        QVERIFY(catalog);
        const auto sizing = SizingEngine(catalog.value()).size(request);
        QVERIFY(sizing);

        QTemporaryDir dir;
        const quint16 port = testutils::freeLoopbackPort();
        QVERIFY(port != 0);
        const QString confPath = dir.filePath(QStringLiteral("redis.conf"));
        QVERIFY(testutils::writeFile(confPath, forThisHost(confs.first(), port, dir.path()).toUtf8()));
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(kRedisServer, { confPath });
        QVERIFY2(server.waitForStarted(10000), "redis-server did not start");
        bool up = false;
        for (int i = 0; i < 100 && !up && server.state() == QProcess::Running; ++i) {
            QThread::msleep(50);
            up = ping(port);
        }
        const auto stop = qScopeGuard([&] {
            server.terminate();
            if (!server.waitForFinished(10000))
                server.kill();
        });
        QVERIFY2(up,
                 qPrintable(QStringLiteral("redis-server refused the exported config: ")
                            + QString::fromUtf8(server.readAll())));

        QCOMPARE(configGet(port, QStringLiteral("maxmemory")),
                 QString::number(sizing->value(QStringLiteral("maxmemory"))->value.raw()));
        QCOMPARE(configGet(port, QStringLiteral("maxmemory-policy")), QStringLiteral("allkeys-lru"));
        // Snapshots off for a cache; the chart's own save points kept with persistence.
        QCOMPARE(configGet(port, QStringLiteral("save")),
                 persistence ? QStringLiteral("900 1 300 10 60 10000") : QString());
        if (pods > 1) {
            QCOMPARE(configGet(port, QStringLiteral("repl-backlog-size")),
                     QString::number(sizing->value(QStringLiteral("repl_backlog_size"))->value.raw()));
            // Redis 7.0 still names the replica class "slave" when it shows it.
            const QString buffers = configGet(port, QStringLiteral("client-output-buffer-limit"));
            const QString limit
                = QStringLiteral(" %1 0 0").arg(sizing->value(QStringLiteral("replica_output_buffer"))->value.raw());
            QVERIFY2(buffers.contains(QStringLiteral("slave") + limit)
                         || buffers.contains(QStringLiteral("replica") + limit),
                     qPrintable(buffers));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedis)
#include "tst_redis.moc"
