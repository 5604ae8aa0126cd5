// SPDX-License-Identifier: Apache-2.0
#include "promdataset.h"

#include <QMap>
#include <QTextStream>

#include <cmath>
#include <numbers>

namespace {

constexpr double kGi = 1024.0 * 1024 * 1024;
constexpr double kMi = 1024.0 * 1024;
constexpr qint64 kHour = 3600;
constexpr double kPeriodsPerSecond = 10; // CFS periods of 100 ms

QString labels(const QMap<QString, QString>& map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    return QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')));
}

// One family: a TYPE line, then every series' samples in time order.
class Family
{
public:
    Family(QTextStream& out, const QString& name)
        : m_out(out)
        , m_name(name)
    {
        m_out << "# TYPE " << name << " gauge\n";
    }
    void series(const QMap<QString, QString>& map, const std::function<double(qint64)>& value)
    {
        const QString prefix = m_name + labels(map) + QLatin1Char(' ');
        for (qint64 s = 0; s <= PromDataset::end() - PromDataset::start(); s += PromDataset::kStep)
            m_out << prefix << QString::number(value(s), 'g', 17) << ' ' << (PromDataset::start() + s) << '\n';
    }

private:
    QTextStream& m_out;
    QString m_name;
};

PromDataset::Pod makePod(QString ns, QString name, QString release, QString chart, std::function<double(qint64)> cpu,
                         std::function<double(qint64)> memory)
{
    PromDataset::Pod pod;
    pod.ns = std::move(ns);
    pod.name = std::move(name);
    pod.release = std::move(release);
    pod.chart = std::move(chart);
    pod.cpu = std::move(cpu);
    pod.memory = std::move(memory);
    return pod;
}

} // namespace

PromDataset::PromDataset()
{
    constexpr qint64 day = 24 * kHour;
    const auto constant = [](double v) { return [v](qint64) { return v; }; };
    // Constant CPU and memory, a volume growing 1 GiB a day.
    Pod db = makePod(QStringLiteral("prod"), QStringLiteral("db-postgresql-0"), QStringLiteral("db"),
                     QStringLiteral("postgresql"), constant(0.5), constant(1 * kGi));
    db.cpuRequest = 0.5, db.cpuLimit = 1, db.memoryRequest = 1 * kGi, db.memoryLimit = 2 * kGi;
    db.claim = QStringLiteral("data-db-postgresql-0"), db.claimStart = 10 * kGi, db.claimGrowth = 1 * kGi,
    db.claimCapacity = 20 * kGi;
    // A CPU ramp from 0.1 to 1 core over the data, memory a daily sine around 2 GiB, throttled.
    const auto ramp = [](qint64 s) { return 0.1 + 0.9 * double(s) / double(end() - start()); };
    const auto sine = [](double mean) {
        return [mean](qint64 s) { return mean + kGi * std::sin(2 * std::numbers::pi * double(s) / double(day)); };
    };
    Pod cache0 = makePod(QStringLiteral("prod"), QStringLiteral("cache-redis-0"), QStringLiteral("cache"),
                         QStringLiteral("redis"), ramp, sine(2 * kGi));
    cache0.throttledShare = 0.2, cache0.cpuRequest = 0.25, cache0.cpuLimit = 1, cache0.memoryRequest = 3 * kGi,
    cache0.memoryLimit = 4 * kGi;
    Pod cache1 = cache0;
    cache1.name = QStringLiteral("cache-redis-1");
    cache1.cpu = [ramp](qint64 s) { return ramp(s) / 2; };
    cache1.memory = sine(1.5 * kGi);
    cache1.throttledShare = 0.1, cache1.restartAt = 10 * kHour, cache1.restarts = 2;
    // cache-redis-0's redis_exporter sidecar, out of phase with Redis: the pod's quantiles are
    // not the sum of its containers'.
    const auto daily = [](double mean, double amplitude) {
        return [mean, amplitude](qint64 s) {
            return mean + amplitude * std::cos(2 * std::numbers::pi * double(s) / double(day));
        };
    };
    cache0.sidecarCpu = daily(0.03, 0.02);
    cache0.sidecarMemory = [daily](qint64 s) { return std::round(daily(96 * kMi, 32 * kMi)(s)); };
    // A ten-minute CPU spike to 3 cores, and an OOM kill after memory reached the limit.
    Pod queue = makePod(
        QStringLiteral("prod"), QStringLiteral("queue-kafka-0"), QStringLiteral("queue"), QStringLiteral("kafka"),
        [](qint64 s) { return s >= 12 * kHour && s < 12 * kHour + 600 ? 3.0 : 0.2; },
        [](qint64 s) { return s >= 18 * kHour - 300 && s <= 18 * kHour ? 1 * kGi : 512 * kMi; });
    queue.oomKilled = true, queue.restartAt = 18 * kHour + 60, queue.restarts = 1;
    queue.cpuRequest = 0.5, queue.cpuLimit = 2, queue.memoryRequest = 1 * kGi, queue.memoryLimit = 1 * kGi;
    // A primary and a replica that Headroom exported as pg-primary and pg-replica.
    Pod primary = makePod(QStringLiteral("prod"), QStringLiteral("pg-primary-postgresql-0"),
                          QStringLiteral("pg-primary"), QStringLiteral("postgresql"), constant(0.3), constant(1 * kGi));
    Pod replica
        = makePod(QStringLiteral("prod"), QStringLiteral("pg-replica-postgresql-0"), QStringLiteral("pg-replica"),
                  QStringLiteral("postgresql"), constant(0.1), constant(512 * kMi));
    // A release whose pods lack app.kubernetes.io/name, and a pod of no release at all.
    Pod legacy = makePod(QStringLiteral("staging"), QStringLiteral("legacy-0"), QStringLiteral("legacy"), QString(),
                         constant(0.25), constant(256 * kMi));
    Pod orphan = makePod(QStringLiteral("prod"), QStringLiteral("orphan-0"), QString(), QStringLiteral("redis"),
                         constant(1), constant(1 * kGi));
    // Engine exporters for some pods only: db's commits and connections jump for an hour,
    // cache-redis-0's used memory is a daily sine under maxmemory (cache-redis-1 has no
    // exporter), the queue's heap ramps up; the primary and the replica differ.
    const auto busyHour = [](double usual, double busy) {
        return [usual, busy](qint64 s) { return s >= 12 * kHour && s < 13 * kHour ? busy : usual; };
    };
    db.commits = busyHour(125, 205);
    db.connections = busyHour(40, 90);
    primary.commits = constant(80), primary.connections = constant(20), primary.numbackends = true;
    replica.commits = constant(240), replica.connections = constant(50), replica.numbackends = true;
    cache0.redisUsed = [sine](qint64 s) { return std::round(sine(1.5 * kGi)(s) / 2 + 0.75 * kGi); };
    cache0.redisMax = 3 * kGi;
    queue.heapUsed = [](qint64 s) { return std::round(256 * kMi + 512 * kMi * double(s) / double(end() - start())); };
    queue.heapMax = 768 * kMi;
    // The JVM heap as each target chart's Java service reports it: a Kafka broker whose JMX
    // exporter predates 1.0 (a daily sine), Keycloak's own metrics (a sawtooth of hourly
    // collections), and two Elasticsearch nodes through elasticsearch_exporter (a sine and a
    // constant).
    Pod events = makePod(QStringLiteral("prod"), QStringLiteral("events-kafka-0"), QStringLiteral("events"),
                         QStringLiteral("kafka"), constant(0.3), constant(768 * kMi));
    events.heapExporter = HeapExporter::JmxExporterLegacy;
    events.heapUsed = [](qint64 s) {
        return std::round(300 * kMi + 100 * kMi * std::sin(2 * std::numbers::pi * double(s) / double(day)));
    };
    events.heapMax = 512 * kMi;
    Pod sso = makePod(QStringLiteral("prod"), QStringLiteral("sso-keycloak-0"), QStringLiteral("sso"),
                      QStringLiteral("keycloak"), constant(0.2), constant(900 * kMi));
    sso.heapExporter = HeapExporter::Micrometer;
    sso.heapUsed = [](qint64 s) { return std::round(200 * kMi + 300 * kMi * double(s % kHour) / double(kHour)); };
    sso.heapMax = 700 * kMi;
    Pod logs0 = makePod(QStringLiteral("prod"), QStringLiteral("logs-elasticsearch-0"), QStringLiteral("logs"),
                        QStringLiteral("elasticsearch"), constant(0.5), constant(2 * kGi));
    logs0.heapExporter = HeapExporter::ElasticsearchExporter;
    logs0.heapUsed = [](qint64 s) {
        return std::round(600 * kMi + 200 * kMi * std::sin(2 * std::numbers::pi * double(s) / double(day)));
    };
    logs0.heapMax = 1 * kGi;
    Pod logs1 = logs0;
    logs1.name = QStringLiteral("logs-elasticsearch-1");
    logs1.heapUsed = constant(500 * kMi);
    m_pods = { db, cache0, cache1, queue, primary, replica, legacy, orphan, events, sso, logs0, logs1 };
}

const PromDataset::Pod& PromDataset::pod(const QString& name) const
{
    for (const auto& p : m_pods) {
        if (p.name == name)
            return p;
    }
    qFatal("no pod %s in the dataset", qPrintable(name));
}

double PromDataset::cpuSeconds(const Pod& pod, qint64 s)
{
    return integral(pod.cpu, s);
}

double PromDataset::integral(const std::function<double(qint64)>& rate, qint64 s)
{
    // Exact for constants and steps; the ramp's integral in closed form.
    double total = 0;
    for (qint64 t = 0; t < s; t += kStep)
        total += rate(t) * double(kStep);
    return total;
}

void PromDataset::writeEngines(QTextStream& out) const
{
    // The labels a ServiceMonitor gives an exporter's series: the scraped pod's namespace and
    // name, and the exporter's container.
    const auto exporter = [](const Pod& p, const QString& container, QMap<QString, QString> more) {
        more.insert(QStringLiteral("namespace"), p.ns);
        more.insert(QStringLiteral("pod"), p.name);
        more.insert(QStringLiteral("container"), container);
        return more;
    };
    const QString pg = QStringLiteral("postgres-exporter");
    const QString app = QStringLiteral("app");
    const QString postgres = QStringLiteral("postgres");
    {
        // Two databases: the exporter reports each; their commits add up.
        Family f(out, QStringLiteral("pg_stat_database_xact_commit"));
        for (const auto& p : m_pods) {
            if (!p.commits)
                continue;
            f.series(exporter(p, pg, { { QStringLiteral("datname"), app } }),
                     [&p](qint64 s) { return integral([&p](qint64 t) { return p.commits(t) - 1; }, s); });
            f.series(exporter(p, pg, { { QStringLiteral("datname"), postgres } }),
                     [](qint64 s) { return integral([](qint64) { return 1.0; }, s); });
        }
    }
    {
        Family f(out, QStringLiteral("pg_stat_activity_count"));
        for (const auto& p : m_pods) {
            if (!p.connections || p.numbackends)
                continue;
            f.series(
                exporter(p, pg,
                         { { QStringLiteral("datname"), app }, { QStringLiteral("state"), QStringLiteral("active") } }),
                [&p](qint64 s) { return p.connections(s) - 5; });
            f.series(
                exporter(p, pg,
                         { { QStringLiteral("datname"), app }, { QStringLiteral("state"), QStringLiteral("idle") } }),
                [](qint64) { return 5.0; });
        }
    }
    {
        Family f(out, QStringLiteral("pg_stat_database_numbackends"));
        for (const auto& p : m_pods) {
            if (p.connections && p.numbackends)
                f.series(exporter(p, pg, { { QStringLiteral("datname"), app } }), p.connections);
        }
    }
    for (const bool used : { true, false }) {
        Family f(out, used ? QStringLiteral("redis_memory_used_bytes") : QStringLiteral("redis_memory_max_bytes"));
        for (const auto& p : m_pods) {
            if (p.redisUsed)
                f.series(exporter(p, QStringLiteral("metrics"), {}),
                         used ? p.redisUsed : std::function<double(qint64)>([&p](qint64) { return p.redisMax; }));
        }
    }
    writeHeaps(out);
}

void PromDataset::writeHeaps(QTextStream& out) const
{
    using Exporter = HeapExporter;
    const QString area = QStringLiteral("area");
    const QString heap = QStringLiteral("heap");
    const auto scraped = [](const Pod& p, const QString& container, QMap<QString, QString> more) {
        more.insert(QStringLiteral("namespace"), p.ns);
        more.insert(QStringLiteral("pod"), p.name);
        more.insert(QStringLiteral("container"), container);
        return more;
    };
    // Non-heap areas are never the heap's.
    const auto nonHeap = [](qint64) { return 100 * kMi; };
    for (const bool used : { true, false }) {
        const auto value = [used](const Pod& p) {
            return used ? p.heapUsed : std::function<double(qint64)>([&p](qint64) { return p.heapMax; });
        };
        const auto agent = [&](Family& f, const Pod& p) {
            f.series(scraped(p, QStringLiteral("app"), { { area, heap } }), value(p));
            f.series(scraped(p, QStringLiteral("app"), { { area, QStringLiteral("nonheap") } }), nonHeap);
        };
        {
            Family f(out, used ? QStringLiteral("jvm_memory_used_bytes") : QStringLiteral("jvm_memory_max_bytes"));
            for (const auto& p : m_pods) {
                if (p.heapUsed && p.heapExporter == Exporter::JmxExporter)
                    agent(f, p);
                if (!p.heapUsed || p.heapExporter != Exporter::Micrometer)
                    continue;
                // A series per pool: the heap's add up; Eden and Survivor have no maximum of their own (-1).
                const QString id = QStringLiteral("id");
                const auto pool = [&](const char* name, const char* poolArea) {
                    return scraped(p, QStringLiteral("keycloak"),
                                   { { area, QLatin1String(poolArea) }, { id, QLatin1String(name) } });
                };
                f.series(pool("G1 Old Gen", "heap"),
                         [&p, used](qint64 s) { return used ? p.heapUsed(s) - 64 * kMi - 16 * kMi : p.heapMax; });
                f.series(pool("G1 Eden Space", "heap"), [used](qint64) { return used ? 64 * kMi : -1.0; });
                f.series(pool("G1 Survivor Space", "heap"), [used](qint64) { return used ? 16 * kMi : -1.0; });
                f.series(pool("Metaspace", "nonheap"), nonHeap);
            }
        }
        {
            Family f(out, used ? QStringLiteral("jvm_memory_bytes_used") : QStringLiteral("jvm_memory_bytes_max"));
            for (const auto& p : m_pods) {
                if (p.heapUsed && p.heapExporter == Exporter::JmxExporterLegacy)
                    agent(f, p);
            }
        }
        Family f(out,
                 used ? QStringLiteral("elasticsearch_jvm_memory_used_bytes")
                      : QStringLiteral("elasticsearch_jvm_memory_max_bytes"));
        // Each node's sidecar asks with --es.all: every node is reported by every sidecar.
        for (const auto& sidecar : m_pods) {
            if (!sidecar.heapUsed || sidecar.heapExporter != Exporter::ElasticsearchExporter)
                continue;
            for (const auto& node : m_pods) {
                if (!node.heapUsed || node.heapExporter != Exporter::ElasticsearchExporter
                    || node.release != sidecar.release)
                    continue;
                // The scrape's own instance label tells the two sidecars' reports apart.
                const QMap<QString, QString> labels { { QStringLiteral("cluster"), node.release },
                                                      { QStringLiteral("name"), node.name },
                                                      { QStringLiteral("instance"),
                                                        sidecar.name + QStringLiteral(":9114") } };
                auto heapLabels = labels;
                heapLabels.insert(area, heap);
                f.series(scraped(sidecar, QStringLiteral("metrics"), heapLabels), value(node));
                if (used) {
                    auto other = labels;
                    other.insert(area, QStringLiteral("non-heap"));
                    f.series(scraped(sidecar, QStringLiteral("metrics"), other), nonHeap);
                }
            }
        }
    }
}

QByteArray PromDataset::openMetrics() const
{
    QByteArray data;
    QTextStream out(&data);
    const auto podLabels = [](const Pod& p) {
        return QMap<QString, QString> { { QStringLiteral("namespace"), p.ns }, { QStringLiteral("pod"), p.name } };
    };
    const auto containerLabels = [&](const Pod& p, const QString& container = QStringLiteral("main")) {
        auto map = podLabels(p);
        map.insert(QStringLiteral("container"), container);
        return map;
    };
    const QString sidecar = QStringLiteral("metrics");
    {
        Family f(out, QStringLiteral("container_cpu_usage_seconds_total"));
        for (const auto& p : m_pods) {
            // Counter samples integrate the rate over each minute before them.
            f.series(containerLabels(p),
                     [&p](qint64 s) { return cpuSeconds(p, s) - (p.sidecarCpu ? integral(p.sidecarCpu, s) : 0.0); });
            if (p.sidecarCpu)
                f.series(containerLabels(p, sidecar), [&p](qint64 s) { return integral(p.sidecarCpu, s); });
            // The pod's own cgroup repeats its containers' usage; Headroom must not count it twice.
            auto cgroup = podLabels(p);
            cgroup.insert(QStringLiteral("container"), QString());
            f.series(cgroup, [&p](qint64 s) { return cpuSeconds(p, s); });
        }
    }
    {
        Family f(out, QStringLiteral("container_memory_working_set_bytes"));
        for (const auto& p : m_pods) {
            f.series(containerLabels(p),
                     [&p](qint64 s) { return std::round(p.memory(s)) - (p.sidecarMemory ? p.sidecarMemory(s) : 0.0); });
            if (p.sidecarMemory)
                f.series(containerLabels(p, sidecar), p.sidecarMemory);
        }
    }
    {
        Family periods(out, QStringLiteral("container_cpu_cfs_periods_total"));
        for (const auto& p : m_pods)
            periods.series(containerLabels(p), [](qint64 s) { return kPeriodsPerSecond * double(s); });
    }
    {
        Family throttled(out, QStringLiteral("container_cpu_cfs_throttled_periods_total"));
        for (const auto& p : m_pods)
            throttled.series(containerLabels(p),
                             [&p](qint64 s) { return std::round(p.throttledShare * kPeriodsPerSecond * double(s)); });
    }
    {
        Family f(out, QStringLiteral("container_oom_events_total"));
        for (const auto& p : m_pods)
            f.series(containerLabels(p), [&p](qint64 s) { return p.oomKilled && s >= p.restartAt - 60 ? 1.0 : 0.0; });
    }
    {
        Family f(out, QStringLiteral("kube_pod_labels"));
        for (const auto& p : m_pods) {
            auto map = podLabels(p);
            if (!p.release.isEmpty())
                map.insert(QStringLiteral("label_app_kubernetes_io_instance"), p.release);
            if (!p.chart.isEmpty())
                map.insert(QStringLiteral("label_app_kubernetes_io_name"), p.chart);
            f.series(map, [](qint64) { return 1.0; });
        }
    }
    {
        Family f(out, QStringLiteral("kube_pod_container_status_restarts_total"));
        for (const auto& p : m_pods)
            f.series(containerLabels(p),
                     [&p](qint64 s) { return p.restartAt >= 0 && s >= p.restartAt ? double(p.restarts) : 0.0; });
    }
    {
        Family f(out, QStringLiteral("kube_pod_container_status_last_terminated_reason"));
        for (const auto& p : m_pods) {
            if (!p.oomKilled)
                continue;
            auto map = containerLabels(p);
            map.insert(QStringLiteral("reason"), QStringLiteral("OOMKilled"));
            f.series(map, [&p](qint64 s) { return s >= p.restartAt ? 1.0 : 0.0; });
        }
    }
    for (const auto& [family, cpuOf, memoryOf] :
         { std::tuple { QStringLiteral("kube_pod_container_resource_requests"), &Pod::cpuRequest, &Pod::memoryRequest },
           std::tuple { QStringLiteral("kube_pod_container_resource_limits"), &Pod::cpuLimit, &Pod::memoryLimit } }) {
        Family f(out, family);
        for (const auto& p : m_pods) {
            if (p.*cpuOf > 0) {
                auto map = containerLabels(p);
                map.insert(QStringLiteral("resource"), QStringLiteral("cpu"));
                map.insert(QStringLiteral("unit"), QStringLiteral("core"));
                f.series(map, [v = p.*cpuOf](qint64) { return v; });
            }
            if (p.*memoryOf > 0) {
                auto map = containerLabels(p);
                map.insert(QStringLiteral("resource"), QStringLiteral("memory"));
                map.insert(QStringLiteral("unit"), QStringLiteral("byte"));
                f.series(map, [v = p.*memoryOf](qint64) { return v; });
            }
        }
    }
    {
        Family f(out, QStringLiteral("kube_pod_spec_volumes_persistentvolumeclaims_info"));
        for (const auto& p : m_pods) {
            if (p.claim.isEmpty())
                continue;
            auto map = podLabels(p);
            map.insert(QStringLiteral("volume"), QStringLiteral("data"));
            map.insert(QStringLiteral("persistentvolumeclaim"), p.claim);
            f.series(map, [](qint64) { return 1.0; });
        }
    }
    for (const bool used : { true, false }) {
        Family f(out,
                 used ? QStringLiteral("kubelet_volume_stats_used_bytes")
                      : QStringLiteral("kubelet_volume_stats_capacity_bytes"));
        for (const auto& p : m_pods) {
            if (p.claim.isEmpty())
                continue;
            const QMap<QString, QString> map { { QStringLiteral("namespace"), p.ns },
                                               { QStringLiteral("persistentvolumeclaim"), p.claim } };
            f.series(map, [&p, used](qint64 s) {
                return used ? p.claimStart + p.claimGrowth * double(s) / 86400.0 : p.claimCapacity;
            });
        }
    }
    writeEngines(out);
    out << "# EOF\n";
    out.flush();
    return data;
}
