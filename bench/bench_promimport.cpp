// SPDX-License-Identifier: Apache-2.0
// `headroom import prometheus` at fleet scale: a local Prometheus over a backfilled TSDB of N
// releases of one or two pods, 14 days at 5-minute resolution with daily cycles (cAdvisor,
// kube-state-metrics and kubelet series), measured in process by PromImporter. Reports the
// time, the HTTP requests, the process's peak memory and the CPU time Prometheus spent
// answering (load-independent enough to compare query plans on a busy machine). Issue #16 asks 5,000 releases in at
// most 30 s with at most 200 requests; N is HEADROOM_BENCH_PROM_SERVICES (default 200). The backfilled TSDB is cached
// between runs (cachedTsdb), so only the first run of an N pays for promtool.
#include "benchsupport.h"
#include "promimport/promclient.h"
#include "promimport/promimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <list>
#include <memory>

using namespace headroom;

namespace {

constexpr qint64 kStep = 300;
constexpr qint64 kDays = 14;
constexpr qint64 kStart = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kAt = kStart + kDays * 86400 + 3600;
constexpr qint64 kEnd = kAt + 600;

// The samples of one slice of time, [from, to): a slice is one promtool run and one block.
struct Slice
{
    qint64 from = kStart;
    qint64 to = kEnd + 1;
};

// Pods per release: every other release runs two (a primary and a replica, say), so that the
// server sums and ranks per pod as it does for a real fleet.
int podsOf(int release)
{
    return 1 + release % 2;
}

// One family over a slice, streamed: TYPE line, then each pod's (release, replica) samples in
// time order.
void family(QFile& out, const Slice& slice, const char* name, int services,
            const std::function<QByteArray(int, int)>& labels, const std::function<double(int, qint64)>& value)
{
    out.write(QByteArray("# TYPE ") + name + " gauge\n");
    for (int i = 0; i < services; ++i) {
        for (int k = 0; k < podsOf(i); ++k) {
            const QByteArray prefix = name + labels(i, k) + ' ';
            QByteArray chunk;
            for (qint64 t = slice.from; t < slice.to; t += kStep)
                chunk
                    += prefix + QByteArray::number(value(i, t - kStart), 'g', 12) + ' ' + QByteArray::number(t) + '\n';
            out.write(chunk);
        }
    }
}

QByteArray podName(int i, int k)
{
    return "svc" + QByteArray::number(i) + '-' + QByteArray::number(k);
}

// HEADROOM_BENCH_PROM_LABELS=kubernetes gives every series the labels a kube-prometheus-stack
// scrape gives it (cgroup id, image, container id, node, scrape target, pod uid, the pod's own
// labels), a dozen or more a series as in a real cluster, rather than the few the queries
// select by: series lookups answer with every label of every series. Same values otherwise.
bool kubernetesLabels()
{
    static const bool on = qEnvironmentVariable("HEADROOM_BENCH_PROM_LABELS") == QLatin1String("kubernetes");
    return on;
}

// A pod's stable identifiers: a UUID for its uid and 64 hex digits for its container's id.
QByteArray podUid(int i, int k)
{
    const QByteArray hex = QCryptographicHash::hash(podName(i, k), QCryptographicHash::Md5).toHex();
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20);
}

QByteArray containerId(int i, int k)
{
    return QCryptographicHash::hash("main/" + podName(i, k), QCryptographicHash::Sha256).toHex();
}

// Two pods of a release never share a node; 200 nodes in all.
QByteArray nodeAddress(int i, int k)
{
    const int node = (2 * i + k) % 200;
    return "10.0." + QByteArray::number(node / 50) + '.' + QByteArray::number(10 + node % 50);
}

QByteArray nodeName(int i, int k)
{
    return "ip-" + nodeAddress(i, k).replace('.', '-') + ".eu-west-1.compute.internal";
}

// What the kubelet's scrape adds to its series (cAdvisor's and the volume statistics).
QByteArray kubeletLabels(int i, int k, const char* metricsPath)
{
    return QByteArray(",endpoint=\"https-metrics\",instance=\"") + nodeAddress(i, k)
        + ":10250\",job=\"kubelet\",metrics_path=\"" + metricsPath + "\",node=\"" + nodeName(i, k)
        + "\",service=\"kube-prometheus-stack-kubelet\"";
}

QByteArray cadvisorLabels(int i, int k)
{
    if (!kubernetesLabels())
        return {};
    const QByteArray id = containerId(i, k);
    return ",id=\"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod" + podUid(i, k).replace('-', '_')
        + ".slice/cri-containerd-" + id + ".scope\",image=\"docker.io/bitnami/postgresql:16.2.0-debian-12-r6\",name=\""
        + id + '"' + kubeletLabels(i, k, "/metrics/cadvisor");
}

QByteArray kubeStateMetricsLabels(int i, int k)
{
    if (!kubernetesLabels())
        return {};
    return ",endpoint=\"http\",instance=\"10.0.9.7:8080\",job=\"kube-state-metrics\",node=\"" + nodeName(i, k)
        + "\",service=\"kube-prometheus-stack-kube-state-metrics\",uid=\"" + podUid(i, k) + '"';
}

// The labels of the pod's own that kube-state-metrics is allowed to copy, beside the two the
// import reads.
QByteArray podLabels(int i, int k)
{
    if (!kubernetesLabels())
        return {};
    return ",label_app_kubernetes_io_component=\"primary\",label_app_kubernetes_io_managed_by=\"Helm\","
           "label_apps_kubernetes_io_pod_index=\""
        + QByteArray::number(k) + "\",label_controller_revision_hash=\"" + podName(i, 0)
        + "-7d9f8b6c5d\",label_helm_sh_chart=\"postgresql-15.5.0\",label_statefulset_kubernetes_io_pod_name=\""
        + podName(i, k) + '"';
}

QByteArray pod(int i, int k)
{
    return "{namespace=\"prod\",pod=\"" + podName(i, k) + '"';
}

QByteArray container(int i, int k)
{
    return pod(i, k) + ",container=\"main\"";
}

QByteArray cadvisor(int i, int k)
{
    return container(i, k) + cadvisorLabels(i, k) + '}';
}

QByteArray kubeStateMetrics(int i, int k, const QByteArray& labels = {})
{
    return container(i, k) + labels + kubeStateMetricsLabels(i, k) + '}';
}

QByteArray volumeStats(int i, int k)
{
    return "{namespace=\"prod\",persistentvolumeclaim=\"data-" + podName(i, k) + '"'
        + (kubernetesLabels() ? kubeletLabels(i, k, "/metrics") : QByteArray()) + '}';
}

// Daily cycles: CPU between 0.5 and 1.5 times the release's mean, memory 0.75 to 1.25 times.
constexpr double kDay = 86400;
constexpr double kTwoPi = 6.283185307179586;

double cpuMean(int i)
{
    return 0.1 + 0.01 * (i % 50);
}

// The CPU counter: the integral of mean × (1 + 0.5 sin(2πs/day)).
double cpuSeconds(int i, qint64 s)
{
    return cpuMean(i) * (double(s) + 0.5 * kDay / kTwoPi * (1 - std::cos(kTwoPi * double(s) / kDay)));
}

double workingSet(int i, qint64 s)
{
    return std::round((1 + 0.25 * std::sin(kTwoPi * double(s) / kDay)) * (1 << 30) * (1 + i % 4));
}

// Usage over the whole window: what the range and subquery figures read.
void writeUsage(QFile& out, int services, const Slice& slice)
{
    family(out, slice, "container_cpu_usage_seconds_total", services, cadvisor, cpuSeconds);
    family(out, slice, "container_memory_working_set_bytes", services, cadvisor, workingSet);
    family(out, slice, "container_cpu_cfs_periods_total", services, cadvisor,
           [](int, qint64 s) { return 10.0 * double(s); });
    family(out, slice, "container_cpu_cfs_throttled_periods_total", services, cadvisor,
           [](int i, qint64 s) { return double(i % 3) * double(s); });
    family(out, slice, "container_oom_events_total", services, cadvisor, [](int, qint64) { return 0.0; });
    family(
        out, slice, "kube_pod_container_status_restarts_total", services,
        [](int i, int k) { return kubeStateMetrics(i, k); }, [](int, qint64) { return 0.0; });
    family(
        out, slice, "kube_pod_labels", services,
        [](int i, int k) {
            return pod(i, k) + ",label_app_kubernetes_io_instance=\"svc" + QByteArray::number(i)
                + "\",label_app_kubernetes_io_name=\"postgresql\"" + podLabels(i, k) + kubeStateMetricsLabels(i, k)
                + '}';
        },
        [](int, qint64) { return 1.0; });
    family(
        out, slice, "kube_pod_spec_volumes_persistentvolumeclaims_info", services,
        [](int i, int k) {
            return pod(i, k) + ",volume=\"data\",persistentvolumeclaim=\"data-" + podName(i, k) + '"'
                + kubeStateMetricsLabels(i, k) + '}';
        },
        [](int, qint64) { return 1.0; });
    family(out, slice, "kubelet_volume_stats_used_bytes", services, volumeStats,
           [](int i, qint64 s) { return 1e9 + double(i) * 1e6 + 1e3 * double(s); });
}

// Series only instant queries read (5 minutes back from the import's time): written for the
// last hour alone, since the server never touches their older chunks.
void writeDeployed(QFile& out, int services, const Slice& slice)
{
    const Slice last { std::max(slice.from, kAt - 3600), slice.to };
    if (last.from >= last.to)
        return;
    family(
        out, last, "kube_pod_container_resource_requests", services,
        [](int i, int k) { return kubeStateMetrics(i, k, ",resource=\"cpu\",unit=\"core\""); },
        [](int, qint64) { return 0.5; });
    family(
        out, last, "kube_pod_container_resource_limits", services,
        [](int i, int k) { return kubeStateMetrics(i, k, ",resource=\"memory\",unit=\"byte\""); },
        [](int, qint64) { return 4.0 * (1 << 30); });
    family(out, last, "kubelet_volume_stats_capacity_bytes", services, volumeStats, [](int, qint64) { return 1e11; });
}

bool writeFleet(const QString& path, int services, const Slice& slice)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    writeUsage(out, services, slice);
    writeDeployed(out, services, slice);
    out.write("# EOF\n");
    return true;
}

// Bump when writeFleet changes, so that a cached TSDB of the old data is not reused.
constexpr int kDatasetVersion = 3;
// A block per 18 hours, aligned as Prometheus aligns them: what a server with the default
// retention (15 days, so blocks of at most 10% of it) holds for a 14-day window.
constexpr qint64 kBlock = 18 * 3600;

QList<Slice> slicesFor()
{
    QList<Slice> slices;
    for (qint64 from = kStart; from <= kEnd; from = (from / kBlock + 1) * kBlock)
        slices << Slice { from, std::min((from / kBlock + 1) * kBlock, kEnd + 1) };
    return slices;
}

// Backfills the slices in turn, writing the next slice's text while promtool reads the last
// one (one promtool per core at most). Each slice becomes a block of its own: promtool reads
// its input once per block, and blocks of disjoint time ranges never overlap, so the server
// has nothing to compact vertically.
bool backfillSlices(int services, const QString& tsdb, std::string& error)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    const int parallel = std::max(1, QThread::idealThreadCount());
    std::list<std::pair<std::unique_ptr<QProcess>, QString>> running;
    const auto finishOne = [&] {
        auto& [process, input] = running.front();
        const bool ok = process->waitForFinished(-1) && process->exitCode() == 0;
        if (!ok)
            error = "promtool failed: " + process->readAllStandardError().toStdString();
        QFile::remove(input);
        running.pop_front();
        return ok;
    };
    const QList<Slice> slices = slicesFor();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const QString input = QStringLiteral("%1.%2.om").arg(tsdb).arg(i);
        if (!writeFleet(input, services, slices.at(i))) {
            error = "cannot write " + input.toStdString();
            return false;
        }
        if (int(running.size()) >= parallel && !finishOne())
            return false;
        auto process = std::make_unique<QProcess>();
        process->start(promtool,
                       { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                         QStringLiteral("--max-block-duration=18h"), input, tsdb });
        running.emplace_back(std::move(process), input);
    }
    while (!running.empty()) {
        if (!finishOne())
            return false;
    }
    return true;
}

// The backfilled TSDB of N releases, built once and kept in the cache folder
// (HEADROOM_BENCH_PROM_CACHE, else ~/.cache/headroom/bench-prom): backfilling is the slow part,
// and the blocks never change once written.
QString cachedTsdb(int services, std::string& error)
{
    const QString root = qEnvironmentVariableIsSet("HEADROOM_BENCH_PROM_CACHE")
        ? qEnvironmentVariable("HEADROOM_BENCH_PROM_CACHE")
        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/headroom/bench-prom");
    const QString labels = kubernetesLabels() ? QStringLiteral("kubernetes-") : QString();
    const QString tsdb = QStringLiteral("%1/v%2-%3%4").arg(root).arg(kDatasetVersion).arg(labels).arg(services);
    if (QFile::exists(tsdb + QStringLiteral("/complete")))
        return tsdb;
    QDir(tsdb).removeRecursively();
    QDir().mkpath(tsdb);
    QElapsedTimer timer;
    timer.start();
    if (!backfillSlices(services, tsdb, error))
        return {};
    QFile complete(tsdb + QStringLiteral("/complete"));
    complete.open(QIODevice::WriteOnly);
    std::fprintf(stderr, "headroom: %d releases backfilled in %.1f s into %s\n", services,
                 double(timer.elapsed()) / 1000, qPrintable(tsdb));
    return tsdb;
}

// The cached blocks as hard links in a folder of the server's own: the server may compact or
// delete blocks (by renaming and unlinking, never writing into a block file), so the cache
// stays as it was, and no gigabytes are copied.
bool linkTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const auto& info : QDir(from).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        const bool linked = info.isDir()
            ? linkTree(info.filePath(), target)
            : ::link(QFile::encodeName(info.filePath()).constData(), QFile::encodeName(target).constData()) == 0
                || QFile::copy(info.filePath(), target);
        if (!linked)
            return false;
    }
    return true;
}

// The fleet's Prometheus over the cached TSDB, started once for the run.
class Fleet
{
public:
    explicit Fleet(int services)
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty()) {
            m_error = "prometheus is not installed (Debian's prometheus package)";
            return;
        }
        const QString cached = cachedTsdb(services, m_error);
        if (cached.isEmpty())
            return;
        const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
        if (!linkTree(cached, tsdb)) {
            m_error = "cannot link the cached TSDB into " + tsdb.toStdString();
            return;
        }
        QFile::remove(tsdb + QStringLiteral("/complete"));
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
    // The CPU seconds (user and system) the server has used so far, from /proc/PID/stat.
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_server.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
    }
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
                         // Compaction ranges of 2 h only: the backfilled blocks are longer, so
                         // none is merged (and no CPU taken) while the import is timed.
                         QStringLiteral("--storage.tsdb.min-block-duration=2h"),
                         QStringLiteral("--storage.tsdb.max-block-duration=2h"),
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
    // Batch size and concurrency can be varied to compare plans without rebuilding.
    if (qEnvironmentVariableIsSet("HEADROOM_BENCH_PROM_BATCH"))
        options.batchSize = qEnvironmentVariableIntValue("HEADROOM_BENCH_PROM_BATCH");
    if (qEnvironmentVariableIsSet("HEADROOM_BENCH_PROM_IN_FLIGHT"))
        options.maxInFlight = qEnvironmentVariableIntValue("HEADROOM_BENCH_PROM_IN_FLIGHT");
    int requests = 0;
    qsizetype measured = 0;
    const double serverBefore = fleet.cpuSeconds();
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
    state.counters["prometheus_cpu_s"] = fleet.cpuSeconds() - serverBefore;
    state.counters["releases"] = double(measured);
    state.counters["requests"] = requests;
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
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
