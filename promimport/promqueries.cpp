// SPDX-License-Identifier: Apache-2.0
#include "promimport/promqueries.h"

#include <algorithm>

namespace headroom {

namespace {

const QString kInstance = QStringLiteral("label_app_kubernetes_io_instance");
const QString kName = QStringLiteral("label_app_kubernetes_io_name");
// cAdvisor's per-container series: the pod's own cgroup (container="") and the pause
// container would count the same usage twice.
const QString kContainers = QStringLiteral("container!=\"\",container!=\"POD\"");
const QString kCpuUsage = QStringLiteral("container_cpu_usage_seconds_total");
const QString kWorkingSet = QStringLiteral("container_memory_working_set_bytes");

// Pods are looked for once an hour over the window: a range over raw samples of every pod's
// labels would load the whole cluster's history in one query.
constexpr qint64 kDiscoveryStep = 3600;

QString seconds(qint64 s)
{
    return QStringLiteral("%1s").arg(s);
}

} // namespace

PromQueries::PromQueries(QString selector, qint64 windowSeconds, qint64 stepSeconds)
    : m_selector(std::move(selector))
    , m_windowSeconds(windowSeconds)
    , m_window(seconds(windowSeconds))
    , m_step(seconds(stepSeconds))
    , m_stepsRange(QStringLiteral("%1ms").arg(windowSeconds * 1000 + kDistributionSteps - 1))
    , m_discoveryStep(seconds(std::min<qint64>(kDiscoveryStep, windowSeconds / 4)))
{
}

QString PromQueries::podLabels(const QString& extra) const
{
    QStringList matchers;
    if (!m_selector.isEmpty())
        matchers << m_selector;
    matchers << QStringLiteral("%1!=\"\"").arg(kInstance);
    if (!extra.isEmpty())
        matchers << extra;
    return QStringLiteral("kube_pod_labels{%1}").arg(matchers.join(QLatin1Char(',')));
}

QString PromQueries::podsInWindow() const
{
    return QStringLiteral("max by (namespace, pod, %1, %2) (last_over_time(%3[%4:%5]))")
        .arg(kInstance, kName, podLabels({}), m_window, m_discoveryStep);
}

QString PromQueries::podsNow() const
{
    return QStringLiteral("count by (namespace, %1) (%2)").arg(kInstance, podLabels({}));
}

QString PromQueries::claims() const
{
    // Every pod's claims: the importer keeps those of the pods podsInWindow() found. Joining
    // them here with the pods' labels would evaluate that query's subquery a second time.
    return QStringLiteral("max by (namespace, pod, persistentvolumeclaim) "
                          "(last_over_time(kube_pod_spec_volumes_persistentvolumeclaims_info[%1:%2]))")
        .arg(m_window, m_discoveryStep);
}

QString PromQueries::distribution(const QString& series, PodSeries podSeries) const
{
    // The steps are evaluated at the (whole-second) time and 1, 2 and 3 ms after it, so time() % 1
    // tells them apart: the quantile is 0.5, 0.95, 0.99, then 1, which is the maximum. The range
    // is the window plus those 3 ms, so every step ranks the same subquery points as an instant
    // query over the window: the subquery's points are whole seconds, none falls in the 3 ms.
    const QString quantiles = QStringLiteral(
        "quantile_over_time(0.5 + 0.45 * (time() % 1 > bool 0.0005) + 0.04 * (time() % 1 > bool 0.0015)"
        " + 0.01 * (time() % 1 > bool 0.0025), (%1)[%2:%3])");
    if (podSeries == PodSeries::Several)
        return quantiles.arg(QStringLiteral("sum by (namespace, pod) (%1)").arg(series), m_stepsRange, m_step);
    // The pod's one series, named by the pod alone as the sum is.
    return QStringLiteral("max by (namespace, pod) (%1)").arg(quantiles.arg(series, m_stepsRange, m_step));
}

QString PromQueries::distributionSeries(const QString& pods) const
{
    return QStringLiteral("{__name__=~\"%1|%2\",%3,pod=~\"%4\"}").arg(kCpuUsage, kWorkingSet, kContainers, pods);
}

std::optional<PromQueries::Figure> PromQueries::distributionOf(const QString& metricName)
{
    if (metricName == kCpuUsage)
        return Figure::Cpu;
    if (metricName == kWorkingSet)
        return Figure::Memory;
    return std::nullopt;
}

QString PromQueries::figure(Figure figure, const QString& pods, const QString& claims, PodSeries podSeries) const
{
    switch (figure) {
    case Figure::Cpu:
        return distribution(QStringLiteral("rate(%1{%2,pod=~\"%3\"}[5m])").arg(kCpuUsage, kContainers, pods),
                            podSeries);
    case Figure::Memory:
        return distribution(QStringLiteral("%1{%2,pod=~\"%3\"}").arg(kWorkingSet, kContainers, pods), podSeries);
    case Figure::Throttled:
        return QStringLiteral(
                   "sum by (namespace, pod) (increase(container_cpu_cfs_throttled_periods_total{pod=~\"%1\"}[%2]))"
                   " / sum by (namespace, pod) (increase(container_cpu_cfs_periods_total{pod=~\"%1\"}[%2]))")
            .arg(pods, m_window);
    case Figure::OomEvents:
        return QStringLiteral("sum by (namespace, pod) (increase(container_oom_events_total{%1,pod=~\"%2\"}[%3]))")
            .arg(kContainers, pods, m_window);
    case Figure::OomTerminations:
        return QStringLiteral(
                   "count by (namespace, pod) (max_over_time(kube_pod_container_status_last_terminated_reason"
                   "{reason=\"OOMKilled\",pod=~\"%1\"}[%2]) > 0)")
            .arg(pods, m_window);
    case Figure::Restarts:
        return QStringLiteral(
                   "sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{pod=~\"%1\"}[%2]))")
            .arg(pods, m_window);
    case Figure::Requests:
        return QStringLiteral("sum by (namespace, pod, resource) "
                              "(kube_pod_container_resource_requests{resource=~\"cpu|memory\",pod=~\"%1\"})")
            .arg(pods);
    case Figure::Limits:
        return QStringLiteral("sum by (namespace, pod, resource) "
                              "(kube_pod_container_resource_limits{resource=~\"cpu|memory\",pod=~\"%1\"})")
            .arg(pods);
    case Figure::VolumeUsed:
        return QStringLiteral("max by (namespace, persistentvolumeclaim) "
                              "(kubelet_volume_stats_used_bytes{persistentvolumeclaim=~\"%1\"})")
            .arg(claims);
    case Figure::VolumeCapacity:
        return QStringLiteral("max by (namespace, persistentvolumeclaim) "
                              "(kubelet_volume_stats_capacity_bytes{persistentvolumeclaim=~\"%1\"})")
            .arg(claims);
    case Figure::VolumeGrowth:
        return QStringLiteral("max by (namespace, persistentvolumeclaim) "
                              "(deriv(kubelet_volume_stats_used_bytes{persistentvolumeclaim=~\"%1\"}[%2])) * 86400")
            .arg(claims, m_window);
    }
    return {};
}

const QString PromQueries::kEngineFigureLabel = QStringLiteral("headroom_figure");

QStringList PromQueries::engineFigureNames()
{
    return { QStringLiteral("commits_p95"),     QStringLiteral("commits_max"),     QStringLiteral("connections_p95"),
             QStringLiteral("connections_max"), QStringLiteral("used_memory_p95"), QStringLiteral("used_memory_max"),
             QStringLiteral("max_memory"),      QStringLiteral("heap_used_p95"),   QStringLiteral("heap_used_max"),
             QStringLiteral("heap_max") };
}

QString PromQueries::named(const QString& name, const QString& expression)
{
    return QStringLiteral("label_replace(%1, \"%2\", \"%3\", \"\", \"\")").arg(expression, kEngineFigureLabel, name);
}

QString PromQueries::enginePeaks(const QString& name, const QString& perPod) const
{
    return named(name + QStringLiteral("_p95"),
                 QStringLiteral("quantile_over_time(0.95, (%1)[%2:%3])").arg(perPod, m_window, m_step))
        + QStringLiteral(" or ")
        + named(name + QStringLiteral("_max"),
                QStringLiteral("max_over_time((%1)[%2:%3])").arg(perPod, m_window, m_step));
}

QString PromQueries::engineFigures(const QString& pods) const
{
    // The exporters' series carry the scraped pod's namespace and pod labels (a ServiceMonitor
    // or PodMonitor of the Prometheus Operator sets them), as cAdvisor's do.
    const QString commits
        = QStringLiteral("sum by (namespace, pod) (rate(pg_stat_database_xact_commit{pod=~\"%1\"}[5m]))").arg(pods);
    const QString connections = QStringLiteral("sum by (namespace, pod) (pg_stat_activity_count{pod=~\"%1\"}) or "
                                               "sum by (namespace, pod) (pg_stat_database_numbackends{pod=~\"%1\"})")
                                    .arg(pods);
    const QString usedMemory
        = QStringLiteral("max by (namespace, pod) (redis_memory_used_bytes{pod=~\"%1\"})").arg(pods);
    const QString maxMemory
        = QStringLiteral("max by (namespace, pod) (last_over_time(redis_memory_max_bytes{pod=~\"%1\"}[%2:%3]))")
              .arg(pods, m_window, m_step);
    const QString heapMax
        = QStringLiteral("max_over_time((%1)[%2:%3])").arg(engineHeap(pods, QStringLiteral("max")), m_window, m_step);
    return QStringList { enginePeaks(QStringLiteral("commits"), commits),
                         enginePeaks(QStringLiteral("connections"), connections),
                         enginePeaks(QStringLiteral("used_memory"), usedMemory),
                         named(QStringLiteral("max_memory"), maxMemory),
                         enginePeaks(QStringLiteral("heap_used"), engineHeap(pods, QStringLiteral("used"))),
                         named(QStringLiteral("heap_max"), heapMax) }
        .join(QStringLiteral(" or "));
}

QString PromQueries::engineHeap(const QString& pods, const QString& figure)
{
    return javaAgentHeap(pods, figure) + QStringLiteral(" or ") + elasticsearchHeap(pods, figure);
}

QString PromQueries::javaAgentHeap(const QString& pods, const QString& figure)
{
    // client_java 1.x (the JMX exporter's agent from 1.0) and Micrometer (Keycloak) name it
    // jvm_memory_used_bytes, client_java 0.x (older JMX exporters) jvm_memory_bytes_used.
    // Micrometer reports each heap pool apart (label id), so the pools are summed; a pool
    // without a maximum of its own reports -1 and is left out.
    return QStringLiteral("sum by (namespace, pod) (jvm_memory_%2_bytes{area=\"heap\",pod=~\"%1\"} > 0) or "
                          "sum by (namespace, pod) (jvm_memory_bytes_%2{area=\"heap\",pod=~\"%1\"} > 0)")
        .arg(pods, figure);
}

QString PromQueries::elasticsearchHeap(const QString& pods, const QString& figure)
{
    // elasticsearch_exporter reports every node it is asked about under the node's name (the
    // pod's: the target chart sets node.name to it) whichever pod the exporter runs in. With
    // --es.all, each of several exporters reports every node: a node's figure is the largest
    // report, not their sum, taken before the name becomes the pod label.
    return QStringLiteral("max by (namespace, pod) (label_replace(max by (namespace, name) "
                          "(elasticsearch_jvm_memory_%2_bytes{area=\"heap\",name=~\"%1\"}), "
                          "\"pod\", \"$1\", \"name\", \"(.+)\"))")
        .arg(pods, figure);
}

QString PromQueries::regexOf(const QStringList& names)
{
    // Only RE2's metacharacters are escaped (those Go's regexp.QuoteMeta escapes): Prometheus
    // looks an alternation of plain names up in its index directly, while any other escaped
    // character (such as \- in a pod name) makes it match the expression against every value
    // of the label in every block.
    const QLatin1String meta("\\.+*?()|[]{}^$");
    QStringList escaped;
    for (const auto& name : names) {
        QString e;
        for (const QChar c : name) {
            if (meta.contains(c))
                e += QLatin1Char('\\');
            e += c;
        }
        // PromQL's double-quoted string needs the backslashes and quotes escaped again.
        e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        escaped << e;
    }
    return escaped.join(QLatin1Char('|'));
}

} // namespace headroom
