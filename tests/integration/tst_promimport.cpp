// SPDX-License-Identifier: Apache-2.0
// `headroom import prometheus` against a real Prometheus over a backfilled dataset whose
// figures are known (promdataset.h): each figure equals the truth within one step and
// Prometheus's own answer to the same PromQL asked directly; faults end with one line and
// exit 2 and write nothing.
#include "io/planloader.h"
#include "io/planwriter.h"
#include "promdataset.h"
#include "promserver.h"
#include "testcertificates.h"
#include "testutils.h"
#include "ui/findingspanel.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace headroom::testutils;

namespace {

constexpr qint64 kSubqueryStep = 300;
const QString kWindow = QStringLiteral("24h");

// Prometheus's quantile rule: linear interpolation between the closest ranks.
double quantileOf(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const double rank = q * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - double(lo));
}

// A figure from the dataset's own functions: its value and how far one step can move it.
struct Truth
{
    double value = 0;
    double tolerance = 0;
};

// The function at every subquery step of the window (Prometheus includes both ends when aligned).
QList<double> overWindow(const std::function<double(qint64)>& f)
{
    QList<double> values;
    for (qint64 t = PromDataset::at() - PromDataset::window(); t <= PromDataset::at(); t += kSubqueryStep)
        values << f(t - PromDataset::start());
    return values;
}

Truth truthOf(const QList<const PromDataset::Pod*>& pods,
              const std::function<double(const PromDataset::Pod&, qint64)>& f, double q)
{
    Truth truth { -1, 0 };
    for (const auto* pod : pods) {
        const auto values = overWindow([&](qint64 s) { return f(*pod, s); });
        truth.value
            = std::max(truth.value, q >= 1 ? *std::max_element(values.begin(), values.end()) : quantileOf(values, q));
        for (qsizetype i = 1; i < values.size(); ++i)
            truth.tolerance = std::max(truth.tolerance, std::abs(values.at(i) - values.at(i - 1)));
    }
    return truth;
}

double cpuRate(const PromDataset::Pod& pod, qint64 s)
{
    return (PromDataset::cpuSeconds(pod, s) - PromDataset::cpuSeconds(pod, s - 300)) / 300.0;
}

// The heap of one pod (%1) as its exporter names it, asked directly: the agents' pools add up,
// and each Elasticsearch node is reported by both sidecars under its name.
QString heapSeries(PromDataset::HeapExporter exporter, const QString& figure)
{
    switch (exporter) {
    case PromDataset::HeapExporter::JmxExporter:
    case PromDataset::HeapExporter::Micrometer:
        return QStringLiteral("sum(jvm_memory_%1_bytes{area=\"heap\",pod=\"%2\"} > 0)")
            .arg(figure, QStringLiteral("%1"));
    case PromDataset::HeapExporter::JmxExporterLegacy:
        return QStringLiteral("sum(jvm_memory_bytes_%1{area=\"heap\",pod=\"%2\"})").arg(figure, QStringLiteral("%1"));
    case PromDataset::HeapExporter::ElasticsearchExporter:
        return QStringLiteral("max(elasticsearch_jvm_memory_%1_bytes{area=\"heap\",name=\"%2\"})")
            .arg(figure, QStringLiteral("%1"));
    }
    return {};
}

const QString kUser = QStringLiteral("sre");
const QString kPassword = QStringLiteral("s3cret-Pa55word");

// The HTTP requests an import says it sent, on standard error.
int requestsOf(const QString& err)
{
    static const QRegularExpression count(QStringLiteral("HTTP requests: (\\d+)"));
    return count.match(err).captured(1).toInt();
}

QJsonObject serviceOf(const QJsonObject& root, const QString& name)
{
    for (const auto& s : root.value(QStringLiteral("services")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    }
    return {};
}

// A server that accepts connections and answers nothing, or a fixed HTTP answer.
class FakeHttpServer : public QTcpServer
{
public:
    explicit FakeHttpServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    // Every request received so far, headers and bodies.
    const QByteArray& received() const { return m_received; }

private:
    QByteArray m_answer;
    QByteArray m_received;
};

} // namespace

// A plan that names two of the releases the way Headroom exports them, and one that is not deployed.
static const char* const kPlan = R"(apiVersion: headroom/v1
kind: Plan
metadata:
  name: Mine
services:
  - name: pg
    kind: postgresql
    tier: small
    topology:
      readReplicas: 1
  - name: cache
    kind: redis
    tier: medium
    replicas: 2
  - name: search
    kind: elasticsearch
    tier: small
)";

class TestPromImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void engineFigures_data();
    void engineFigures();
    void releasesAndKinds();
    void jsonShape();
    void planMatchesReleases();
    void selector();
    void writesPlan();
    void updatesPlan();
    void failedUpdateLeavesPlan();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void serverDown();
    void slowServer();
    void httpErrors_data();
    void httpErrors();
    void badQueryRefused();
    void authentication();
    void httpsGivesTheSameFigures();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void caFileNotPem_data();
    void caFileNotPem();
    void credentialsStayWithTheNamedServer();
    void tenantHeader();
    void splitsOverLimits();
    void failsWhenOneReleaseIsTooBig();
    void refusedSeriesLookupSums();
    void textListsFindings();
    void checkAppliesMeasuredFixes();

private:
    ProcessResult headroom(const QStringList& arguments, int timeoutMs = 120'000) const;
    QStringList importArguments(const QString& url) const;
    QJsonObject measured(const QString& url, const QStringList& extra = {});
    double direct(const QString& promql) const;
    double directMax(const QStringList& pods, const QString& pattern,
                     const QString& containers = QStringLiteral("container=\"main\"")) const;
    void expectFailure(const ProcessResult& result, const QString& fragment, const QString& out = {}) const;
    // The TLS server's address and options that trust it and log in.
    QStringList httpsArguments(const QStringList& extra = {}) const;

    PromDataset m_dataset;
    QTemporaryDir m_dir;
    QString m_tsdb;
    PromServer m_server;
    // HTTPS with a certificate of a test CA, and basic authentication.
    TestCertificates m_certificates;
    PromServer m_tlsServer;
    QString m_passwordFile;
    QJsonObject m_measured;
    headroom::Catalog m_catalog;
};

ProcessResult TestPromImport::headroom(const QStringList& arguments, int timeoutMs) const
{
    return runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments, QProcessEnvironment::systemEnvironment(), {},
                      timeoutMs);
}

QStringList TestPromImport::importArguments(const QString& url) const
{
    return { QStringLiteral("import"),           QStringLiteral("prometheus"), url,    QStringLiteral("--at"),
             QString::number(PromDataset::at()), QStringLiteral("--window"),   kWindow };
}

QJsonObject TestPromImport::measured(const QString& url, const QStringList& extra)
{
    const auto result
        = headroom(importArguments(url) + QStringList { QStringLiteral("--format"), QStringLiteral("json") } + extra);
    if (result.exitCode != 0)
        qWarning("headroom failed: %s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

double TestPromImport::direct(const QString& promql) const
{
    const auto root = QJsonDocument::fromJson(m_server.query(promql, PromDataset::at())).object();
    const auto result = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    if (result.isEmpty())
        return std::nan("");
    return result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
}

// The largest answer to `pattern` (with %1 for the pod's matchers: its name and `containers`) over the pods.
double TestPromImport::directMax(const QStringList& pods, const QString& pattern, const QString& containers) const
{
    double largest = std::nan("");
    for (const auto& pod : pods) {
        const double v = direct(pattern.arg(QStringLiteral("pod=\"%1\",%2").arg(pod, containers)));
        if (!std::isnan(v))
            largest = std::isnan(largest) ? v : std::max(largest, v);
    }
    return largest;
}

void TestPromImport::expectFailure(const ProcessResult& result, const QString& fragment, const QString& out) const
{
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1, qPrintable(result.err));
    QVERIFY2(lines.first().startsWith(QStringLiteral("headroom import prometheus: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(fragment), qPrintable(result.err));
    if (!out.isEmpty())
        QVERIFY2(!QFile::exists(out), "a failed import wrote its plan");
}

void TestPromImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings and recovery files
    if (!PromServer::available())
        QSKIP("prometheus and promtool are not installed (Debian's prometheus package; scripts/setup.sh)");
    QVERIFY(m_dir.isValid());
    m_tsdb = m_dir.filePath(QStringLiteral("tsdb"));
    const QString backfilled = PromServer::backfill(m_dataset.openMetrics(), m_tsdb);
    QVERIFY2(backfilled.isEmpty(), qPrintable(backfilled));
    const QString started = m_server.start(m_tsdb);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_measured = measured(m_server.url());
    QVERIFY2(!m_measured.isEmpty(), "headroom import prometheus printed no JSON");
    HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);

    const QString certificates = m_certificates.create();
    QVERIFY2(certificates.isEmpty(), qPrintable(certificates));
    const auto hash
        = runProcess(QStringLiteral("htpasswd"), { QStringLiteral("-nbBC"), QStringLiteral("10"), kUser, kPassword });
    QVERIFY2(hash.exitCode == 0, "htpasswd failed or is not installed (Debian's apache2-utils; scripts/setup.sh)");
    m_tlsServer.useTls(m_certificates.serverCertificate(), m_certificates.serverKey(), m_certificates.caFile());
    m_tlsServer.addUser(kUser, hash.out.trimmed().section(QLatin1Char(':'), 1));
    const QString tlsStarted = m_tlsServer.start(m_tsdb);
    QVERIFY2(tlsStarted.isEmpty(), qPrintable(tlsStarted));
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QVERIFY(writeFile(m_passwordFile, kPassword.toUtf8() + '\n'));
}

QStringList TestPromImport::httpsArguments(const QStringList& extra) const
{
    return importArguments(m_tlsServer.url())
        + QStringList { QStringLiteral("--ca-file"),       m_certificates.caFile(), QStringLiteral("--user"), kUser,
                        QStringLiteral("--password-file"), m_passwordFile }
    + extra;
}

void TestPromImport::figures_data()
{
    QTest::addColumn<QString>("release");
    for (const auto* release :
         { "db", "cache", "queue", "events", "sso", "logs", "pg-primary", "pg-replica", "legacy" })
        QTest::newRow(release) << QString::fromLatin1(release);
}

void TestPromImport::figures()
{
    QFETCH(QString, release);
    QList<const PromDataset::Pod*> pods;
    QStringList names;
    for (const auto& p : m_dataset.pods()) {
        if (p.release == release)
            pods << &p, names << p.name;
    }
    const QJsonObject s = serviceOf(m_measured, release);
    QVERIFY2(!s.isEmpty(), qPrintable(release));
    QCOMPARE(s.value(QStringLiteral("pods")).toInt(), pods.size());

    const QString window = QStringLiteral("[%1s:%2s]").arg(PromDataset::window()).arg(kSubqueryStep);
    // A pod's usage is its containers' summed at every step (cache-redis-0 has a sidecar).
    const QString containers = QStringLiteral("container!=\"\",container!=\"POD\"");
    const QString cpuSeries
        = QStringLiteral("sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{%1}[5m]))") + window;
    const QString memorySeries
        = QStringLiteral("sum by (namespace, pod) (container_memory_working_set_bytes{%1})") + window;
    const auto memoryOf = [](const PromDataset::Pod& p, qint64 t) { return std::round(p.memory(t)); };
    for (const auto& [q, key] :
         { std::pair { 0.5, "p50" }, std::pair { 0.95, "p95" }, std::pair { 0.99, "p99" }, std::pair { 1.0, "max" } }) {
        const QString function
            = q >= 1 ? QStringLiteral("max_over_time(") : QStringLiteral("quantile_over_time(%1, ").arg(q);
        const double cpu = s.value(QStringLiteral("cpu")).toObject().value(QLatin1String(key)).toDouble();
        const Truth cpuTruth = truthOf(pods, cpuRate, q);
        QVERIFY2(
            std::abs(cpu - cpuTruth.value) <= cpuTruth.tolerance + 0.0005,
            qPrintable(QStringLiteral("cpu %1: %2, truth %3").arg(QLatin1String(key)).arg(cpu).arg(cpuTruth.value)));
        const double cpuDirect = directMax(names, function + cpuSeries + QLatin1Char(')'), containers);
        QVERIFY2(
            std::abs(cpu - cpuDirect) <= 0.0005,
            qPrintable(QStringLiteral("cpu %1: %2, Prometheus %3").arg(QLatin1String(key)).arg(cpu).arg(cpuDirect)));

        const double memory = s.value(QStringLiteral("memory")).toObject().value(QLatin1String(key)).toDouble();
        const Truth memoryTruth = truthOf(pods, memoryOf, q);
        QVERIFY2(std::abs(memory - memoryTruth.value) <= memoryTruth.tolerance + 1,
                 qPrintable(QStringLiteral("memory %1: %2, truth %3")
                                .arg(QLatin1String(key))
                                .arg(memory, 0, 'f', 0)
                                .arg(memoryTruth.value, 0, 'f', 0)));
        const double memoryDirect
            = std::round(directMax(names, function + memorySeries + QLatin1Char(')'), containers));
        QCOMPARE(memory, memoryDirect);
    }

    double throttled = 0;
    int oomKills = 0;
    int restarts = 0;
    double cpuRequest = 0, memoryLimit = 0;
    for (const auto* p : pods) {
        throttled = std::max(throttled, p->throttledShare);
        oomKills += p->oomKilled ? 1 : 0;
        restarts += p->restartAt >= 0 ? p->restarts : 0;
        cpuRequest = std::max(cpuRequest, p->cpuRequest);
        memoryLimit = std::max(memoryLimit, p->memoryLimit);
    }
    const QString over = QStringLiteral("[%1s]").arg(PromDataset::window());
    QVERIFY(std::abs(s.value(QStringLiteral("throttled")).toDouble() - throttled) <= 1e-6);
    QVERIFY(std::abs(s.value(QStringLiteral("throttled")).toDouble()
                     - directMax(names,
                                 QStringLiteral("increase(container_cpu_cfs_throttled_periods_total{%1}") + over
                                     + QStringLiteral(") / increase(container_cpu_cfs_periods_total{%1}") + over
                                     + QLatin1Char(')')))
            <= 1e-6);
    QCOMPARE(s.value(QStringLiteral("oomKills")).toInt(), oomKills);
    QCOMPARE(s.value(QStringLiteral("restarts")).toInt(), restarts);
    double directRestarts = 0;
    for (const auto& name : names)
        directRestarts += std::round(
            direct(QStringLiteral("increase(kube_pod_container_status_restarts_total{pod=\"%1\"}%2)").arg(name, over)));
    QCOMPARE(s.value(QStringLiteral("restarts")).toInt(), int(directRestarts));

    const QJsonObject deployed = s.value(QStringLiteral("deployed")).toObject();
    const QJsonValue request = deployed.value(QStringLiteral("requests")).toObject().value(QStringLiteral("cpu"));
    const QJsonValue limit = deployed.value(QStringLiteral("limits")).toObject().value(QStringLiteral("memory"));
    QCOMPARE(request.isNull(), cpuRequest == 0);
    QCOMPARE(request.toDouble(), cpuRequest);
    QCOMPARE(limit.isNull(), memoryLimit == 0);
    QCOMPARE(limit.toInteger(), qint64(memoryLimit));
    if (cpuRequest > 0)
        QCOMPARE(request.toDouble(),
                 directMax(names, QStringLiteral("kube_pod_container_resource_requests{%1,resource=\"cpu\"}")));

    const QJsonArray volumes = s.value(QStringLiteral("volumes")).toArray();
    QList<const PromDataset::Pod*> claimed;
    std::copy_if(pods.begin(), pods.end(), std::back_inserter(claimed),
                 [](const PromDataset::Pod* p) { return !p->claim.isEmpty(); });
    QCOMPARE(volumes.size(), claimed.size());
    for (const auto* p : claimed) {
        const QJsonObject v = volumes.first().toObject();
        QCOMPARE(v.value(QStringLiteral("pvc")).toString(), p->claim);
        const double days = double(PromDataset::at() - PromDataset::start()) / 86400.0;
        const double used = p->claimStart + p->claimGrowth * days;
        const QString claim = QStringLiteral("{persistentvolumeclaim=\"%1\"}").arg(p->claim);
        QCOMPARE(v.value(QStringLiteral("used")).toDouble(), std::round(used));
        QCOMPARE(v.value(QStringLiteral("used")).toDouble(),
                 std::round(direct(QStringLiteral("kubelet_volume_stats_used_bytes") + claim)));
        QCOMPARE(v.value(QStringLiteral("capacity")).toDouble(), p->claimCapacity);
        QVERIFY(std::abs(v.value(QStringLiteral("growthPerDay")).toDouble() - p->claimGrowth) <= 1);
        QVERIFY(
            std::abs(v.value(QStringLiteral("growthPerDay")).toDouble()
                     - direct(QStringLiteral("deriv(kubelet_volume_stats_used_bytes%1%2) * 86400").arg(claim, over)))
            <= 1);
        QVERIFY(std::abs(v.value(QStringLiteral("fullInDays")).toDouble() - (p->claimCapacity - used) / p->claimGrowth)
                <= 1e-6);
    }
}

void TestPromImport::engineFigures_data()
{
    QTest::addColumn<QString>("release");
    for (const auto* release :
         { "db", "cache", "queue", "events", "sso", "logs", "pg-primary", "pg-replica", "legacy" })
        QTest::newRow(release) << QString::fromLatin1(release);
}

// Each exporter's figure equals the truth within one step and Prometheus's own answer; a
// figure no exporter gave is absent (never 0), and a release without one has no "engine".
void TestPromImport::engineFigures()
{
    QFETCH(QString, release);
    const QJsonObject s = serviceOf(m_measured, release);
    QVERIFY2(!s.isEmpty(), qPrintable(release));
    const QJsonObject engine = s.value(QStringLiteral("engine")).toObject();
    const auto podsWith = [&](std::function<double(qint64)> PromDataset::Pod::*member) {
        QList<const PromDataset::Pod*> pods;
        for (const auto& p : m_dataset.pods()) {
            if (p.release == release && p.*member)
                pods << &p;
        }
        return pods;
    };
    const QString window = QStringLiteral("[%1s:%2s]").arg(PromDataset::window()).arg(kSubqueryStep);
    // p95 and max of `key` against the truth of `f` over the pods and of `series` (%1: the pod) asked directly.
    const auto check = [&](const char* key, const QList<const PromDataset::Pod*>& pods,
                           const std::function<double(const PromDataset::Pod&, qint64)>& f, const QString& series) {
        if (pods.isEmpty()) {
            QVERIFY2(!engine.contains(QLatin1String(key)), key);
            return;
        }
        const QJsonObject peak = engine.value(QLatin1String(key)).toObject();
        QVERIFY2(!peak.isEmpty(), key);
        for (const auto& [q, point] : { std::pair { 0.95, "p95" }, std::pair { 1.0, "max" } }) {
            const double value = peak.value(QLatin1String(point)).toDouble();
            const Truth truth = truthOf(pods, f, q);
            QVERIFY2(std::abs(value - truth.value) <= truth.tolerance + 0.5,
                     qPrintable(QStringLiteral("%1 %2: %3, truth %4")
                                    .arg(QLatin1String(key), QLatin1String(point))
                                    .arg(value)
                                    .arg(truth.value)));
            const QString function
                = q >= 1 ? QStringLiteral("max_over_time(") : QStringLiteral("quantile_over_time(0.95, ");
            double largest = 0;
            for (const auto* pod : pods)
                largest = std::max(largest, direct(function + series.arg(pod->name) + window + QLatin1Char(')')));
            QVERIFY2(std::abs(value - largest) <= 0.5,
                     qPrintable(QStringLiteral("%1 %2: %3, Prometheus %4")
                                    .arg(QLatin1String(key), QLatin1String(point))
                                    .arg(value)
                                    .arg(largest)));
        }
    };
    using Pod = PromDataset::Pod;
    check(
        "commitsPerSecond", podsWith(&Pod::commits),
        [](const Pod& p, qint64 s) {
            return (PromDataset::integral(p.commits, s) - PromDataset::integral(p.commits, s - 300)) / 300.0;
        },
        QStringLiteral("sum(rate(pg_stat_database_xact_commit{pod=\"%1\"}[5m]))"));
    const auto connected = podsWith(&Pod::connections);
    const bool numbackends = !connected.isEmpty() && connected.first()->numbackends;
    check(
        "connections", connected, [](const Pod& p, qint64 s) { return p.connections(s); },
        numbackends ? QStringLiteral("sum(pg_stat_database_numbackends{pod=\"%1\"})")
                    : QStringLiteral("sum(pg_stat_activity_count{pod=\"%1\"})"));
    check(
        "usedMemory", podsWith(&Pod::redisUsed), [](const Pod& p, qint64 s) { return p.redisUsed(s); },
        QStringLiteral("max(redis_memory_used_bytes{pod=\"%1\"})"));
    const auto heapPods = podsWith(&Pod::heapUsed);
    check(
        "heapUsed", heapPods, [](const Pod& p, qint64 s) { return p.heapUsed(s); },
        heapPods.isEmpty() ? QString() : heapSeries(heapPods.first()->heapExporter, QStringLiteral("used")));
    for (const auto& [key, pods, truth, series] :
         { std::tuple { "maxMemory", podsWith(&Pod::redisUsed), &Pod::redisMax,
                        QStringLiteral("redis_memory_max_bytes{pod=\"%1\"}") },
           std::tuple { "heapMax", heapPods, &Pod::heapMax,
                        heapPods.isEmpty() ? QString()
                                           : heapSeries(heapPods.first()->heapExporter, QStringLiteral("max")) } }) {
        QCOMPARE(engine.contains(QLatin1String(key)), !pods.isEmpty());
        // The release's figure is its worst pod's.
        double truthValue = 0, directValue = 0;
        for (const auto* pod : pods) {
            truthValue = std::max(truthValue, pod->*truth);
            directValue = std::max(directValue, direct(series.arg(pod->name)));
        }
        if (!pods.isEmpty()) {
            QCOMPARE(engine.value(QLatin1String(key)).toDouble(), truthValue);
            QCOMPARE(engine.value(QLatin1String(key)).toDouble(), directValue);
        }
    }
    QCOMPARE(s.contains(QStringLiteral("engine")), !engine.isEmpty());
}

void TestPromImport::releasesAndKinds()
{
    QStringList names;
    for (const auto& s : m_measured.value(QStringLiteral("services")).toArray())
        names << s.toObject().value(QStringLiteral("name")).toString();
    // orphan-0 has no app.kubernetes.io/instance: it belongs to no release.
    QCOMPARE(names,
             (QStringList { QStringLiteral("cache"), QStringLiteral("db"), QStringLiteral("events"),
                            QStringLiteral("logs"), QStringLiteral("pg-primary"), QStringLiteral("pg-replica"),
                            QStringLiteral("queue"), QStringLiteral("sso"), QStringLiteral("legacy") }));
    QCOMPARE(serviceOf(m_measured, QStringLiteral("db")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("postgresql"));
    QCOMPARE(serviceOf(m_measured, QStringLiteral("cache")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("redis"));
    QCOMPARE(serviceOf(m_measured, QStringLiteral("queue")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("kafka"));
    QCOMPARE(serviceOf(m_measured, QStringLiteral("sso")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("keycloak"));
    QCOMPARE(serviceOf(m_measured, QStringLiteral("logs")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("elasticsearch"));
    QVERIFY(serviceOf(m_measured, QStringLiteral("legacy")).value(QStringLiteral("kind")).isNull());
    QCOMPARE(serviceOf(m_measured, QStringLiteral("legacy")).value(QStringLiteral("namespace")).toString(),
             QStringLiteral("staging"));
    QCOMPARE(m_measured.value(QStringLiteral("window")).toString(), QStringLiteral("1d"));
    QCOMPARE(QDateTime::fromString(m_measured.value(QStringLiteral("at")).toString(), Qt::ISODate).toSecsSinceEpoch(),
             PromDataset::at());
}

// The JSON as issue #16 gives it, for other tools: these keys, CPU in cores, bytes as integers,
// and the measured findings of what the import makes of the releases.
void TestPromImport::jsonShape()
{
    const auto result = headroom(importArguments(m_server.url())
                                 + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const auto keys = [](const QJsonObject& o) {
        QStringList k = o.keys();
        k.sort();
        return k;
    };
    QCOMPARE(keys(root),
             (QStringList { QStringLiteral("at"), QStringLiteral("findings"), QStringLiteral("services"),
                            QStringLiteral("window") }));
    const QStringList distribution { QStringLiteral("max"), QStringLiteral("p50"), QStringLiteral("p95"),
                                     QStringLiteral("p99") };
    for (const auto& value : root.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = value.toObject();
        for (const auto* key : { "name", "kind", "namespace", "pods", "cpu", "memory", "throttled", "oomKills",
                                 "restarts", "deployed", "volumes" })
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(keys(s.value(QStringLiteral("cpu")).toObject()), distribution);
        QCOMPARE(keys(s.value(QStringLiteral("memory")).toObject()), distribution);
        QCOMPARE(keys(s.value(QStringLiteral("deployed")).toObject()),
                 (QStringList { QStringLiteral("limits"), QStringLiteral("requests") }));
        for (const auto& v : s.value(QStringLiteral("volumes")).toArray())
            QCOMPARE(keys(v.toObject()),
                     (QStringList { QStringLiteral("capacity"), QStringLiteral("fullInDays"),
                                    QStringLiteral("growthPerDay"), QStringLiteral("pvc"), QStringLiteral("used") }));
    }
    // db-postgresql-0 uses a constant half core.
    QCOMPARE(serviceOf(root, QStringLiteral("db")).value(QStringLiteral("cpu")).toObject().value(QStringLiteral("max")),
             QJsonValue(m_dataset.pod(QStringLiteral("db-postgresql-0")).cpu(0)));
    // Every byte count is written as an integer: no fraction, no exponent.
    static const QRegularExpression memory(QStringLiteral("\"memory\": \\{([^}]*)\\}"));
    static const QRegularExpression byteValue(
        QStringLiteral("\"(used|capacity|growthPerDay|p50|p95|p99|max|memory)\": ([^,\\n{]+)"));
    int counted = 0;
    for (auto block = memory.globalMatch(result.out); block.hasNext();) {
        const QString text = block.next().captured(1);
        for (auto it = byteValue.globalMatch(text); it.hasNext(); ++counted) {
            const QString number = it.next().captured(2).trimmed();
            QVERIFY2(number == QLatin1String("null")
                         || QRegularExpression(QStringLiteral("^\\d+$")).match(number).hasMatch(),
                     qPrintable(number));
        }
    }
    QVERIFY(counted > 0);
    // The findings of the plan it would write: queue-kafka-0 was OOM-killed, an error.
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    const auto oom = std::find_if(findings.begin(), findings.end(), [](const QJsonValue& f) {
        return f.toObject().value(QStringLiteral("service")).toString() == QLatin1String("queue")
            && f.toObject().value(QStringLiteral("code")).toString() == QLatin1String("measured.memory-limit-low");
    });
    QVERIFY2(oom != findings.end(), qPrintable(result.out.right(2000)));
    QCOMPARE(oom->toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    for (const auto& f : findings)
        QVERIFY(f.toObject().value(QStringLiteral("code")).toString().startsWith(QLatin1String("measured.")));
}

// --plan matches the releases against a plan's services, in the table's PLAN column and in
// the findings, and changes no file.
void TestPromImport::planMatchesReleases()
{
    const QString path = m_dir.filePath(QStringLiteral("matched.yaml"));
    QVERIFY(writeFile(path, kPlan));
    const auto text = headroom(importArguments(m_server.url()) + QStringList { QStringLiteral("--plan"), path });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    const auto planColumn = [&lines](const QString& release) {
        for (const auto& line : lines) {
            if (line.startsWith(release + QLatin1Char(' ')))
                return line.split(QLatin1Char(' '), Qt::SkipEmptyParts).last();
        }
        return QString();
    };
    QCOMPARE(planColumn(QStringLiteral("pg-primary")), QStringLiteral("pg"));
    QCOMPARE(planColumn(QStringLiteral("pg-replica")), QStringLiteral("pg"));
    QCOMPARE(planColumn(QStringLiteral("cache")), QStringLiteral("cache"));
    QCOMPARE(planColumn(QStringLiteral("queue")), QStringLiteral("-"));
    const QJsonObject json = measured(m_server.url(), { QStringLiteral("--plan"), path });
    for (const auto& f : json.value(QStringLiteral("findings")).toArray()) {
        const QString service = f.toObject().value(QStringLiteral("service")).toString();
        QVERIFY2(service == QLatin1String("pg") || service == QLatin1String("cache"), qPrintable(service));
    }
    QCOMPARE(readFile(path), QByteArray(kPlan));
}

void TestPromImport::selector()
{
    const QJsonObject prod
        = measured(m_server.url(), { QStringLiteral("--selector"), QStringLiteral("{namespace=\"prod\"}") });
    const QJsonArray services = prod.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 8);
    QVERIFY(serviceOf(prod, QStringLiteral("legacy")).isEmpty());
    QCOMPARE(serviceOf(prod, QStringLiteral("cache")), serviceOf(m_measured, QStringLiteral("cache")));
}

void TestPromImport::writesPlan()
{
    const QString out = m_dir.filePath(QStringLiteral("imported.yaml"));
    const auto result = headroom(importArguments(m_server.url()) + QStringList { QStringLiteral("--out"), out });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("cache")) && result.out.contains(QStringLiteral("CPU P95")),
             qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("legacy")), qPrintable(result.err));
    // The plan is a valid plan: size it.
    const auto sized = headroom({ QStringLiteral("report"), out });
    QVERIFY2(sized.exitCode == 0 || sized.exitCode == 1, qPrintable(sized.err));
    const QString yaml = QString::fromUtf8(readFile(out));
    for (const auto* expected :
         { "name: db", "kind: postgresql", "name: cache", "kind: redis", "replicas: 2", "name: queue", "kind: kafka" })
        QVERIFY2(yaml.contains(QLatin1String(expected)), expected);
    QVERIFY(!yaml.contains(QStringLiteral("legacy")));

    headroom::PlanLoader loader(m_catalog);
    const auto plan = loader.loadFile(out);
    QVERIFY2(plan.hasValue(), qPrintable(errorText(plan)));
    const auto* cache = plan->service(QStringLiteral("cache"));
    QVERIFY(cache && cache->measured);
    QCOMPARE(cache->measured->source, m_server.url());
    QCOMPARE(cache->measured->at.toSecsSinceEpoch(), PromDataset::at());
    QCOMPARE(cache->measured->pods, 2);
    QCOMPARE(cache->measured->restarts, 2);
    const QJsonObject memory
        = serviceOf(m_measured, QStringLiteral("cache")).value(QStringLiteral("memory")).toObject();
    QCOMPARE(cache->measured->memory->p99.raw(), memory.value(QStringLiteral("p99")).toInteger());
    QCOMPARE(cache->request.memoryLimit, cache->measured->limits.memory);
}

void TestPromImport::updatesPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("mine.yaml"));
    QVERIFY(writeFile(path, kPlan));
    headroom::PlanLoader before(m_catalog);
    const auto original = before.loadFile(path);
    QVERIFY2(original.hasValue(), qPrintable(errorText(original)));

    const auto result = headroom(importArguments(m_server.url()) + QStringList { QStringLiteral("--update"), path });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    headroom::PlanLoader after(m_catalog);
    auto updated = after.loadFile(path);
    QVERIFY2(updated.hasValue(), qPrintable(errorText(updated)));

    // pg-primary and pg-replica are pg's releases: the primary's measurement is pg's, the
    // replica's is kept apart for the replica role (they differ: 0.3 and 0.1 cores, 1Gi and 512Mi).
    const auto* pg = updated->service(QStringLiteral("pg"));
    QVERIFY(pg && pg->measured && pg->measuredReplica);
    for (const auto& [release, measurement] :
         { std::pair { "pg-primary", &*pg->measured }, std::pair { "pg-replica", &*pg->measuredReplica } }) {
        const QJsonObject imported = serviceOf(m_measured, QLatin1String(release));
        QCOMPARE(measurement->pods, 1);
        QCOMPARE(double(measurement->cpu->max.raw()) / 1000,
                 imported.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("max")).toDouble());
        QCOMPARE(measurement->memory->max.raw(),
                 imported.value(QStringLiteral("memory")).toObject().value(QStringLiteral("max")).toInteger());
    }
    QVERIFY(pg->measured->memory->max.raw() > pg->measuredReplica->memory->max.raw());
    QVERIFY(updated->service(QStringLiteral("cache"))->measured);
    QVERIFY(!updated->service(QStringLiteral("search"))->measured);
    // postgres_exporter's figures are pg's measured load, set as the libpq import sets it: the
    // replica serves 240 of the 320 commits a second, 50 of the 70 client connections.
    using headroom::Quantity;
    QVERIFY(pg->topology);
    const auto& t = *pg->topology;
    QCOMPARE(t.requestsPerSecond, std::optional(Quantity::perSecond(320)));
    QCOMPARE(t.readShare, std::optional(Quantity::partsPerMillion(750'000)));
    QCOMPARE(t.clientConnections, std::optional(Quantity::count(70)));
    QCOMPARE(t.primary.activeConnections, std::optional(Quantity::count(20)));
    QCOMPARE(t.replica.activeConnections, std::optional(Quantity::count(50)));
    QCOMPARE(t.primary.commits, std::optional(Quantity::iops(80 * PromDataset::window())));
    QCOMPARE(t.replica.commits, std::optional(Quantity::iops(240 * PromDataset::window())));
    // Nothing the user set changed.
    for (auto& service : updated.value().services) {
        service.measured.reset();
        service.measuredReplica.reset();
        if (service.topology) {
            auto& measuredInputs = *service.topology;
            measuredInputs.requestsPerSecond.reset(), measuredInputs.readShare.reset();
            measuredInputs.clientConnections.reset();
            for (auto* role : { &measuredInputs.primary, &measuredInputs.replica })
                role->commits.reset(), role->activeConnections.reset();
        }
    }
    QCOMPARE(updated->services.size(), original->services.size());
    for (int i = 0; i < original->services.size(); ++i) {
        QCOMPARE(updated->services.at(i).name, original->services.at(i).name);
        QVERIFY(updated->services.at(i).request == original->services.at(i).request);
        QVERIFY(updated->services.at(i).topology == original->services.at(i).topology);
    }
}

void TestPromImport::failedUpdateLeavesPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("untouched.yaml"));
    QVERIFY(writeFile(path, kPlan));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(PromServer::freePort());
    expectFailure(headroom(importArguments(url) + QStringList { QStringLiteral("--update"), path }),
                  QStringLiteral("Connection refused"));
    QCOMPARE(readFile(path), QByteArray(kPlan));
}

void TestPromImport::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    const QString url = QStringLiteral("http://127.0.0.1:9");
    QTest::newRow("not a URL") << QStringList { QStringLiteral("prometheus:9090") } << QStringLiteral("URL");
    QTest::newRow("credentials in the URL")
        << QStringList { QStringLiteral("http://u:p@127.0.0.1:9") } << QStringLiteral("--password-file");
    QTest::newRow("window") << QStringList { url, QStringLiteral("--window"), QStringLiteral("2x") }
                            << QStringLiteral("--window: '2x'");
    QTest::newRow("at") << QStringList { url, QStringLiteral("--at"), QStringLiteral("yesterday") }
                        << QStringLiteral("--at: 'yesterday'");
    QTest::newRow("tenant") << QStringList { url, QStringLiteral("--org-id"), QStringLiteral("a b") }
                            << QStringLiteral("--org-id: 'a b'");
    QTest::newRow("selector") << QStringList { url, QStringLiteral("--selector"), QStringLiteral("namespace=prod") }
                              << QStringLiteral("--selector: 'namespace=prod'");
    QTest::newRow("out and update") << QStringList { url, QStringLiteral("--out"), QStringLiteral("a.yaml"),
                                                     QStringLiteral("--update"), QStringLiteral("b.yaml") }
                                    << QStringLiteral("--out and --update");
    QTest::newRow("token file") << QStringList { url, QStringLiteral("--token-file"), QStringLiteral("/nonexistent") }
                                << QStringLiteral("--token-file: cannot read /nonexistent");
    QTest::newRow("user alone") << QStringList { url, QStringLiteral("--user"), QStringLiteral("me") }
                                << QStringLiteral("--password-file");
    QTest::newRow("timeout") << QStringList { url, QStringLiteral("--timeout"), QStringLiteral("forever") }
                             << QStringLiteral("--timeout: 'forever'");
    QTest::newRow("format") << QStringList { url, QStringLiteral("--format"), QStringLiteral("xml") }
                            << QStringLiteral("--format: 'xml'");
}

void TestPromImport::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    expectFailure(headroom(QStringList { QStringLiteral("import"), QStringLiteral("prometheus") } + arguments),
                  fragment);
}

void TestPromImport::serverDown()
{
    const QString out = m_dir.filePath(QStringLiteral("down.yaml"));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(PromServer::freePort());
    expectFailure(headroom(importArguments(url) + QStringList { QStringLiteral("--out"), out }),
                  QStringLiteral("Connection refused"), out);
}

// Runs headroom while this process's event loop serves a fake server.
static ProcessResult runServed(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60'000))
        process.kill();
    process.waitForFinished();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

void TestPromImport::slowServer()
{
    FakeHttpServer silent({});
    const QString out = m_dir.filePath(QStringLiteral("slow.yaml"));
    QElapsedTimer elapsed;
    elapsed.start();
    expectFailure(
        runServed(importArguments(silent.url())
                  + QStringList { QStringLiteral("--timeout"), QStringLiteral("500ms"), QStringLiteral("--out"), out }),
        QStringLiteral("no answer within 0.5 s"), out);
    // Three attempts of 0.5 s and two pauses, not the default 30 s.
    QVERIFY(elapsed.elapsed() < 10'000);
}

void TestPromImport::httpErrors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("fragment");
    const auto http = [](const QByteArray& status, const QByteArray& body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    };
    QTest::newRow("503") << http("503 Service Unavailable", "overloaded") << QStringLiteral("HTTP 503: overloaded");
    QTest::newRow("404") << http("404 Not Found", "404 page not found") << QStringLiteral("HTTP 404");
    QTest::newRow("partial data") << http("200 OK",
                                          R"({"status":"success","data":{"resultType":"vector","result":[]},)"
                                          R"("warnings":["store gateway unavailable"]})")
                                  << QStringLiteral("partial data: store gateway unavailable");
}

void TestPromImport::httpErrors()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, fragment);
    FakeHttpServer server(answer);
    const QString out = m_dir.filePath(QStringLiteral("http.yaml"));
    expectFailure(runServed(importArguments(server.url()) + QStringList { QStringLiteral("--out"), out }), fragment,
                  out);
}

void TestPromImport::badQueryRefused()
{
    // Prometheus itself refuses the selector's regular expression with HTTP 400.
    expectFailure(headroom(importArguments(m_server.url())
                           + QStringList { QStringLiteral("--selector"), QStringLiteral("{namespace=~\"(\"}") }),
                  QStringLiteral("HTTP 400"));
}

// Mimir answers only with a tenant; a real Prometheus ignores the header, so a server of the
// test reads it from every request.
void TestPromImport::tenantHeader()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
    FakeHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    const auto result = runServed(importArguments(server.url())
                                  + QStringList { QStringLiteral("--org-id"), QStringLiteral("team-a|team-b") });
    QCOMPARE(result.exitCode, 0);
    const QByteArray header = "\r\nX-Scope-OrgID: team-a|team-b\r\n";
    const qsizetype requests = server.received().count("POST ");
    QVERIFY(requests >= 3); // the discovery queries
    QCOMPARE(server.received().count(header), requests);
}

// Prometheus's basic authentication (bcrypt users in its web configuration), over HTTPS.
void TestPromImport::authentication()
{
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    const QString token = m_dir.filePath(QStringLiteral("token-of-the-password"));
    QVERIFY(writeFile(wrong, "guess\n"));
    QVERIFY(writeFile(token, kPassword.toUtf8() + '\n'));
    const QString out = m_dir.filePath(QStringLiteral("guarded.yaml"));
    const QStringList trusted { QStringLiteral("--ca-file"), m_certificates.caFile(), QStringLiteral("--out"), out };

    expectFailure(headroom(importArguments(m_tlsServer.url()) + trusted),
                  QStringLiteral("refused the credentials (HTTP 401)"), out);
    expectFailure(headroom(importArguments(m_tlsServer.url()) + trusted
                           + QStringList { QStringLiteral("--user"), kUser, QStringLiteral("--password-file"), wrong }),
                  QStringLiteral("refused the credentials (HTTP 401)"), out);
    expectFailure(
        headroom(importArguments(m_tlsServer.url()) + trusted + QStringList { QStringLiteral("--token-file"), token }),
        QStringLiteral("refused the credentials (HTTP 401)"), out);

    const auto result = headroom(httpsArguments({ QStringLiteral("--out"), out }));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray plan = readFile(out);
    QVERIFY(plan.contains("name: cache"));
    const QByteArray encoded = QByteArray(kUser.toUtf8() + ':' + kPassword.toUtf8()).toBase64();
    for (const QByteArray& text : { plan, result.out.toUtf8(), result.err.toUtf8() }) {
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QVERIFY(!text.contains(encoded));
    }
}

// Over HTTPS, with the CA that signed the server's certificate, the figures are those of plain HTTP.
void TestPromImport::httpsGivesTheSameFigures()
{
    const auto result = headroom(httpsArguments({ QStringLiteral("--format"), QStringLiteral("json") }));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(m_tlsServer.url().startsWith(QLatin1String("https://")));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(), m_measured);
}

void TestPromImport::untrustedCertificate_data()
{
    QTest::addColumn<QStringList>("trust");
    QTest::newRow("the system's CAs") << QStringList {};
    QTest::newRow("another CA") << QStringList { QStringLiteral("--ca-file"), m_certificates.otherCaFile() };
}

// A certificate no trusted CA signed: one line that names it, its issuer and the problem.
void TestPromImport::untrustedCertificate()
{
    QFETCH(QStringList, trust);
    const QString out = m_dir.filePath(QStringLiteral("untrusted.yaml"));
    expectFailure(headroom(importArguments(m_tlsServer.url())
                           + QStringList { QStringLiteral("--user"), kUser, QStringLiteral("--password-file"),
                                           m_passwordFile, QStringLiteral("--out"), out }
                           + trust),
                  QStringLiteral("the server's certificate (127.0.0.1, issued by Headroom test CA) is not trusted: "),
                  out);
}

void TestPromImport::caFileNotPem_data()
{
    QTest::addColumn<QString>("file");
    const QString der = m_certificates.path(QStringLiteral("ca.der"));
    const auto ca = QSslCertificate::fromPath(m_certificates.caFile());
    QVERIFY(ca.size() == 1 && writeFile(der, ca.first().toDer()));
    QTest::newRow("DER") << der;
    QTest::newRow("a key") << m_certificates.serverKey();
    QTest::newRow("text") << m_passwordFile;
}

// Refused before any request, naming the option and the file.
void TestPromImport::caFileNotPem()
{
    QFETCH(QString, file);
    const QString out = m_dir.filePath(QStringLiteral("notpem.yaml"));
    const auto result = headroom(importArguments(m_tlsServer.url())
                                 + QStringList { QStringLiteral("--ca-file"), file, QStringLiteral("--out"), out });
    expectFailure(result, file, out);
    QCOMPARE(result.err.trimmed(),
             QStringLiteral("headroom import prometheus: --ca-file: %1 holds no PEM certificate.").arg(file));
}

// The token is for the server the user named: a redirect to another one (here another port)
// is not followed with it, as a PostgreSQL import sends no password to a discovered host.
void TestPromImport::credentialsStayWithTheNamedServer()
{
    FakeHttpServer elsewhere("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    FakeHttpServer named("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.url().toUtf8()
                         + "/api/v1/query\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    const QString token = m_dir.filePath(QStringLiteral("redirected-token"));
    QVERIFY(writeFile(token, "t0p-secret-token\n"));
    const auto result = runServed(
        importArguments(named.url())
        + QStringList { QStringLiteral("--token-file"), token, QStringLiteral("--timeout"), QStringLiteral("2s") });
    QVERIFY(result.exitCode != 0);
    QVERIFY2(named.received().contains("Authorization: Bearer t0p-secret-token"), named.received().constData());
    QVERIFY2(!elsewhere.received().contains("t0p-secret-token"), elsewhere.received().constData());
}

void TestPromImport::splitsOverLimits()
{
    // Enough for one release's queries (a raw counter over the window: one sample a minute for a
    // day is 1,441 per pod; Keycloak's heap, one series per memory pool, needs over 2,000), not
    // for all of them at once: on this dataset a limit from 2,100 to 3,200 splits and succeeds.
    PromServer limited;
    const QString started = limited.start(m_tsdb, { QStringLiteral("--query.max-samples=2800") });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto whole = headroom(importArguments(m_server.url())
                                + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    const auto split
        = headroom(importArguments(limited.url()) + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(split.exitCode == 0, qPrintable(split.err));
    QCOMPARE(QJsonDocument::fromJson(split.out.toUtf8()), QJsonDocument::fromJson(whole.out.toUtf8()));
    QVERIFY2(requestsOf(split.err) > requestsOf(whole.err), qPrintable(split.err + whole.err));
}

void TestPromImport::failsWhenOneReleaseIsTooBig()
{
    PromServer limited;
    const QString started = limited.start(m_tsdb, { QStringLiteral("--query.max-samples=1000") });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString out = m_dir.filePath(QStringLiteral("toobig.yaml"));
    expectFailure(headroom(importArguments(limited.url()) + QStringList { QStringLiteral("--out"), out }),
                  QStringLiteral("beyond the server's limits even on its own"), out);
}

// A Prometheus whose remote read fails (a closed port) answers whatever reads before its own
// oldest sample less a margin (twice the minimum block duration, 4 h) with a warning: partial
// data. Over a window of 20h30m ending 25 h after the first sample, only the series lookup
// (an hour longer than the window) reads that far back; the queries read no further than
// their 5-minute ranges. The refused lookup leaves every pod summed, with the same figures.
void TestPromImport::refusedSeriesLookupSums()
{
    PromServer partial;
    partial.addConfig(QStringLiteral("remote_read:\n  - url: http://127.0.0.1:%1/api/v1/read\n")
                          .arg(PromServer::freePort())
                          .toUtf8());
    const QString started = partial.start(m_tsdb, { QStringLiteral("--storage.tsdb.min-block-duration=2h") });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto arguments = [](const QString& url) {
        return QStringList { QStringLiteral("import"), QStringLiteral("prometheus"),       url,
                             QStringLiteral("--at"),   QString::number(PromDataset::at()), QStringLiteral("--window"),
                             QStringLiteral("20h30m"), QStringLiteral("--format"),         QStringLiteral("json") };
    };
    const auto whole = headroom(arguments(m_server.url()));
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const auto summed = headroom(arguments(partial.url()));
    QVERIFY2(summed.exitCode == 0, qPrintable(summed.err));
    QCOMPARE(QJsonDocument::fromJson(summed.out.toUtf8()), QJsonDocument::fromJson(whole.out.toUtf8()));
    // The pods of one series were not asked apart: fewer queries.
    QVERIFY2(requestsOf(summed.err) < requestsOf(whole.err), qPrintable(summed.err + whole.err));
}

// The text lists the measured findings after the table in the words of `headroom check` on the
// plan the import makes: the same rows, and the same fixes.
void TestPromImport::textListsFindings()
{
    const QString path = m_dir.filePath(QStringLiteral("listed.yaml"));
    QVERIFY(writeFile(path, kPlan));
    const auto imported = headroom(importArguments(m_server.url()) + QStringList { QStringLiteral("--update"), path });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const auto checked = headroom({ QStringLiteral("check"), path });
    QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, qPrintable(checked.err));
    const auto words = [](const QString& line) { return line.simplified(); };
    QStringList importedLines;
    for (const auto& line : imported.out.split(QLatin1Char('\n')))
        importedLines << words(line);
    int measuredLines = 0;
    for (const auto& line : checked.out.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String(" measured.")))
            continue;
        ++measuredLines;
        QVERIFY2(importedLines.contains(words(line)), qPrintable(line + QLatin1Char('\n') + imported.out));
    }
    QVERIFY2(measuredLines >= 2, qPrintable(checked.out)); // a finding's row and its fix at least
    QVERIFY(imported.out.indexOf(QLatin1String("measured.")) > imported.out.indexOf(QLatin1String("CPU P95")));
}

// `check --apply` on a plan measured with --update writes what the window's Apply All Fixes
// makes of it, a plan that loads and holds the measurement.
void TestPromImport::checkAppliesMeasuredFixes()
{
    const QString path = m_dir.filePath(QStringLiteral("measured.yaml"));
    QVERIFY(writeFile(path, kPlan));
    const auto imported = headroom(importArguments(m_server.url()) + QStringList { QStringLiteral("--update"), path });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString applied = m_dir.filePath(QStringLiteral("applied.yaml"));
    const auto checked
        = headroom({ QStringLiteral("check"), path, QStringLiteral("--apply"), QStringLiteral("--out"), applied });
    QVERIFY2(checked.exitCode == 0 || checked.exitCode == 1, qPrintable(checked.err));
    QVERIFY2(checked.out.contains(QLatin1String("applied to pg: ")), qPrintable(checked.out));

    headroom::MainWindow window(m_catalog);
    window.setInteractive(false);
    QVERIFY(window.openFile(path));
    QPushButton* all = window.findingsPanel()->fixAllButton();
    QVERIFY(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(QString::fromUtf8(headroom::PlanWriter::toYaml(window.document()->plan())),
             QString::fromUtf8(readFile(applied)));

    headroom::PlanLoader loader(m_catalog);
    const auto plan = loader.loadFile(applied);
    QVERIFY2(plan.hasValue(), qPrintable(errorText(plan)));
    const auto* pg = plan->service(QStringLiteral("pg"));
    QVERIFY(pg && pg->measured && pg->measuredReplica);
    // Applied, the measured findings carry no fix left to apply.
    const auto again
        = headroom({ QStringLiteral("check"), applied, QStringLiteral("--format"), QStringLiteral("json") });
    for (const auto& f :
         QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        if (finding.value(QStringLiteral("code")).toString().startsWith(QLatin1String("measured.")))
            QVERIFY2(finding.value(QStringLiteral("recommendation")).isNull()
                         || finding.value(QStringLiteral("recommendation")).isUndefined(),
                     qPrintable(QJsonDocument(finding).toJson()));
    }
}

QTEST_MAIN(TestPromImport)
#include "tst_promimport.moc"
