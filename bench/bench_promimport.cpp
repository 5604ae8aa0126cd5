// SPDX-License-Identifier: Apache-2.0
// `headroom import prometheus` at fleet scale: a local Prometheus over a backfilled TSDB of N
// single-pod releases, 14 days at 5-minute resolution (cAdvisor, kube-state-metrics and
// kubelet series), measured in process by PromImporter. Reports the time, the HTTP requests
// and the process's peak memory. Issue #16 asks 5,000 releases in at most 30 s with at most
// 200 requests; N is HEADROOM_BENCH_PROM_SERVICES (default 200), as far as backfilling allows.
#include "promimport/promclient.h"
#include "promimport/promimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace headroom;

namespace {

constexpr qint64 kStep = 300;
constexpr qint64 kDays = 14;
constexpr qint64 kStart = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kAt = kStart + kDays * 86400 + 3600;
constexpr qint64 kEnd = kAt + 600;

// One family of N series, streamed: TYPE line, then each series' samples in time order.
void family(QFile& out, const char* name, int services, const std::function<QByteArray(int)>& labels,
            const std::function<double(int, qint64)>& value)
{
    out.write(QByteArray("# TYPE ") + name + " gauge\n");
    for (int i = 0; i < services; ++i) {
        const QByteArray prefix = name + labels(i) + ' ';
        QByteArray chunk;
        for (qint64 t = kStart; t <= kEnd; t += kStep)
            chunk += prefix + QByteArray::number(value(i, t - kStart), 'g', 12) + ' ' + QByteArray::number(t) + '\n';
        out.write(chunk);
    }
}

QByteArray pod(int i)
{
    return "{namespace=\"prod\",pod=\"svc" + QByteArray::number(i) + "-0\",container=\"main\"";
}

bool writeFleet(const QString& path, int services)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const auto container = [](int i) { return pod(i) + '}'; };
    const auto cpu = [](int i) { return 0.1 + 0.01 * (i % 50); };
    family(out, "container_cpu_usage_seconds_total", services, container,
           [&](int i, qint64 s) { return cpu(i) * double(s); });
    family(out, "container_memory_working_set_bytes", services, container, [](int i, qint64 s) {
        return std::round((1 + 0.25 * std::sin(double(s) / 86400 * 6.283)) * (1 << 30) * (1 + i % 4));
    });
    family(out, "container_cpu_cfs_periods_total", services, container, [](int, qint64 s) { return 10.0 * double(s); });
    family(out, "container_cpu_cfs_throttled_periods_total", services, container,
           [](int i, qint64 s) { return double(i % 3) * double(s); });
    family(out, "container_oom_events_total", services, container, [](int, qint64) { return 0.0; });
    family(out, "kube_pod_container_status_restarts_total", services, container, [](int, qint64) { return 0.0; });
    family(
        out, "kube_pod_labels", services,
        [](int i) {
            return "{namespace=\"prod\",pod=\"svc" + QByteArray::number(i)
                + "-0\",label_app_kubernetes_io_instance=\"svc" + QByteArray::number(i)
                + "\",label_app_kubernetes_io_name=\"postgresql\"}";
        },
        [](int, qint64) { return 1.0; });
    family(
        out, "kube_pod_container_resource_requests", services,
        [](int i) { return pod(i) + ",resource=\"cpu\",unit=\"core\"}"; }, [](int, qint64) { return 0.5; });
    family(
        out, "kube_pod_container_resource_limits", services,
        [](int i) { return pod(i) + ",resource=\"memory\",unit=\"byte\"}"; },
        [](int, qint64) { return 4.0 * (1 << 30); });
    family(
        out, "kube_pod_spec_volumes_persistentvolumeclaims_info", services,
        [](int i) {
            return "{namespace=\"prod\",pod=\"svc" + QByteArray::number(i)
                + "-0\",volume=\"data\",persistentvolumeclaim=\"data-svc" + QByteArray::number(i) + "-0\"}";
        },
        [](int, qint64) { return 1.0; });
    const auto claim = [](int i) {
        return "{namespace=\"prod\",persistentvolumeclaim=\"data-svc" + QByteArray::number(i) + "-0\"}";
    };
    family(out, "kubelet_volume_stats_used_bytes", services, claim,
           [](int i, qint64 s) { return 1e9 + double(i) * 1e6 + 1e3 * double(s); });
    family(out, "kubelet_volume_stats_capacity_bytes", services, claim, [](int, qint64) { return 1e11; });
    out.write("# EOF\n");
    return true;
}

// The fleet's Prometheus, backfilled and started once for the run.
class Fleet
{
public:
    explicit Fleet(int services)
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (prometheus.isEmpty() || promtool.isEmpty()) {
            m_error = "prometheus is not installed (Debian's prometheus package)";
            return;
        }
        const QString input = m_dir.filePath(QStringLiteral("fleet.om"));
        const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
        QElapsedTimer timer;
        timer.start();
        if (!writeFleet(input, services)) {
            m_error = "cannot write the dataset";
            return;
        }
        QProcess backfill;
        backfill.start(promtool,
                       { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                         QStringLiteral("--max-block-duration=384h"), input, tsdb });
        if (!backfill.waitForFinished(-1) || backfill.exitCode() != 0) {
            m_error = "promtool failed: " + backfill.readAllStandardError().toStdString();
            return;
        }
        QFile::remove(input);
        std::fprintf(stderr, "headroom: %d releases backfilled in %.1f s\n", services, double(timer.elapsed()) / 1000);
        start(prometheus, tsdb);
    }
    ~Fleet()
    {
        m_server.terminate();
        m_server.waitForFinished();
    }
    Fleet(const Fleet&) = delete;
    Fleet& operator=(const Fleet&) = delete;

    const std::string& error() const { return m_error; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    void start(const QString& prometheus, const QString& tsdb)
    {
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        config.open(QIODevice::WriteOnly);
        config.write("scrape_configs: []\n");
        config.close();
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_server.setStandardOutputFile(QProcess::nullDevice());
        m_server.setStandardErrorFile(QProcess::nullDevice());
        m_server.start(prometheus,
                       { QStringLiteral("--config.file=%1").arg(config.fileName()),
                         QStringLiteral("--storage.tsdb.path=%1").arg(tsdb),
                         QStringLiteral("--storage.tsdb.retention.time=100y"),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) });
        QNetworkAccessManager manager;
        for (int tries = 0; tries < 600; ++tries) {
            QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(url().toString() + QStringLiteral("/-/ready"))));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const bool ready = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            delete reply;
            if (ready)
                return;
            QThread::msleep(100);
        }
        m_error = "prometheus was not ready within 60 s";
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    std::string m_error;
};

void BM_PromImport(benchmark::State& state)
{
    static Fleet fleet(int(state.range(0)));
    if (!fleet.error().empty()) {
        state.SkipWithError(fleet.error().c_str());
        return;
    }
    PromImportOptions options;
    options.url = fleet.url();
    options.at = QDateTime::fromSecsSinceEpoch(kAt, Qt::UTC);
    options.timeoutMs = 120'000;
    int requests = 0;
    qsizetype measured = 0;
    for (auto _ : state) {
        PromClient client(options);
        PromImporter importer(client, options);
        const auto services = importer.run();
        if (!services) {
            state.SkipWithError(services.error().message.toStdString().c_str());
            return;
        }
        measured = services->size();
        requests = client.requests();
    }
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    state.counters["releases"] = double(measured);
    state.counters["requests"] = requests;
    state.counters["peak_rss_MiB"] = double(usage.ru_maxrss) / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int services = qEnvironmentVariableIsSet("HEADROOM_BENCH_PROM_SERVICES")
        ? qEnvironmentVariableIntValue("HEADROOM_BENCH_PROM_SERVICES")
        : 200;
    benchmark::RegisterBenchmark("BM_PromImport", BM_PromImport)
        ->Arg(services)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
