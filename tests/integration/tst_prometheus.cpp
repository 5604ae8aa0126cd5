// SPDX-License-Identifier: Apache-2.0
// Proof by a real engine: the flags Headroom exports for Prometheus, as the chart renders them
// into the container's arguments, start Debian's prometheus 2.42 (the test's own process on a
// loopback port), and /api/v1/status/flags shows every one of them. Only the paths and the
// listen address, which the pod's environment decides, are replaced.
#include "charttemplate.h"
#include "testutils.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <optional>

using namespace headroom;

namespace {

const QString kPrometheus = QStringLiteral("/usr/bin/prometheus");

// The flags' values as the running server reports them, or an empty object.
QJsonObject statusFlags(quint16 port)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               { QStringLiteral("-sf"), QStringLiteral("--max-time"), QStringLiteral("5"),
                 QStringLiteral("http://127.0.0.1:%1/api/v1/status/flags").arg(port) });
    if (!curl.waitForFinished(10000) || curl.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(curl.readAllStandardOutput()).object().value(QStringLiteral("data")).toObject();
}

// The sum of a value's number-unit parts ("10TiB840GiB", "1w"), or nothing when the value is
// not made of such parts only.
std::optional<qint64> sumOfParts(const QString& value, const QRegularExpression& part,
                                 const QHash<QString, qint64>& units)
{
    qint64 sum = 0;
    qsizetype covered = 0;
    for (const auto& m : part.globalMatch(value)) {
        sum += m.captured(1).toLongLong() * units.value(m.captured(2), 0);
        covered += m.capturedLength();
    }
    return covered == value.size() && covered > 0 ? std::optional(sum) : std::nullopt;
}

// Prometheus shows a flag in its own normal form ("9GB" as 9GiB, "7d" as 1w): sizes (powers of
// 1024 whether written KB or KiB) in bytes, durations in milliseconds, anything else as it is.
QString comparable(const QString& value)
{
    static const QRegularExpression size(QStringLiteral("(\\d+)([KMGTPE]?i?B)"));
    static const QRegularExpression duration(QStringLiteral("(\\d+)(ms|s|m|h|d|w|y)"));
    QHash<QString, qint64> sizeUnits { { QStringLiteral("B"), 1 } };
    qint64 factor = 1;
    for (const QChar prefix : QStringLiteral("KMGTPE")) {
        factor *= 1024;
        sizeUnits.insert(QString(prefix) + QStringLiteral("B"), factor);
        sizeUnits.insert(QString(prefix) + QStringLiteral("iB"), factor);
    }
    const QHash<QString, qint64> durationUnits {
        { QStringLiteral("ms"), 1 },
        { QStringLiteral("s"), 1000 },
        { QStringLiteral("m"), 60'000 },
        { QStringLiteral("h"), 3'600'000 },
        { QStringLiteral("d"), 86'400'000 },
        { QStringLiteral("w"), 604'800'000 },
        { QStringLiteral("y"), 31'536'000'000 },
    };
    if (const auto bytes = sumOfParts(value, size, sizeUnits))
        return QString::number(*bytes) + QStringLiteral(" B");
    if (const auto ms = sumOfParts(value, duration, durationUnits))
        return QString::number(*ms) + QStringLiteral(" ms");
    return value;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kPrometheus),
                 "prometheus is needed: Debian's prometheus (scripts/setup.sh installs it)");
    }

    void exportedFlagsStartPrometheus_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("thanos");
        for (const char* tier : { "small", "xlarge" })
            for (const int thanos : { 0, 1 })
                QTest::addRow("%s, thanos %d", tier, thanos) << QString::fromLatin1(tier) << thanos;
    }

    void exportedFlagsStartPrometheus()
    {
        QFETCH(QString, tier);
        QFETCH(int, thanos);
        const QByteArray plan = QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: prom}\n"
                                               "services:\n  - {name: prom, kind: prometheus, tier: %1, "
                                               "inputs: {thanos: \"%2\"}}\n")
                                    .arg(tier)
                                    .arg(thanos)
                                    .toUtf8();
        const auto rendered
            = testutils::renderService(plan, QStringLiteral("prom"), QStringLiteral(HEADROOM_CHARTS_DIR "/prometheus"));
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const YAML::Node container = testutils::mainContainer(rendered.documents, QStringLiteral("prometheus"));
        QVERIFY2(container.IsDefined() && container["args"], "no prometheus container with args was rendered");

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("prometheus.yml"));
        QVERIFY(testutils::writeFile(config, "global: {scrape_interval: 30s}\nscrape_configs: []\n"));
        const quint16 port = testutils::freeLoopbackPort();
        QVERIFY(port != 0);
        QStringList arguments;
        QMap<QString, QString> exported; // flag name -> value, as the chart passes them
        for (const auto& arg : container["args"]) {
            const QString word = QString::fromStdString(arg.as<std::string>());
            const qsizetype eq = word.indexOf(u'=');
            const QString name = word.mid(2, eq - 2);
            if (name == QLatin1String("config.file"))
                arguments << QStringLiteral("--config.file=") + config;
            else if (name == QLatin1String("storage.tsdb.path"))
                arguments << QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data"));
            else
                arguments << word;
            if (eq > 0 && name != QLatin1String("config.file") && name != QLatin1String("storage.tsdb.path"))
                exported.insert(name, word.mid(eq + 1));
        }
        arguments << QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port);
        QVERIFY(exported.contains(QStringLiteral("query.max-concurrency")));
        QVERIFY(exported.contains(QStringLiteral("query.max-samples")));
        QCOMPARE(exported.contains(QStringLiteral("storage.tsdb.min-block-duration")), thanos == 1);
        QCOMPARE(exported.contains(QStringLiteral("storage.tsdb.max-block-duration")), thanos == 1);

        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(kPrometheus, arguments);
        QVERIFY2(server.waitForStarted(10000), "prometheus did not start");
        const auto stop = qScopeGuard([&] {
            server.terminate();
            if (!server.waitForFinished(15000))
                server.kill();
        });
        QJsonObject flags;
        for (int i = 0; i < 200 && flags.isEmpty() && server.state() == QProcess::Running; ++i) {
            QThread::msleep(100);
            flags = statusFlags(port);
        }
        QVERIFY2(!flags.isEmpty(),
                 qPrintable(QStringLiteral("prometheus refused the exported flags: ")
                            + QString::fromUtf8(server.readAll()).right(2000)));
        for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
            const QString shown = flags.value(it.key()).toString();
            QVERIFY2(
                comparable(shown) == comparable(it.value()),
                qPrintable(QStringLiteral("--%1: exported %2, the server shows %3").arg(it.key(), it.value(), shown)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
