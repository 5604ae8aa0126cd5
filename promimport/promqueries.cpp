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
    return QStringLiteral("max by (namespace, pod, persistentvolumeclaim) "
                          "(last_over_time(kube_pod_spec_volumes_persistentvolumeclaims_info[%1:%3])) "
                          "* on (namespace, pod) group_left () max by (namespace, pod) (last_over_time(%2[%1:%3]))")
        .arg(m_window, podLabels({}), m_discoveryStep);
}

QString PromQueries::distribution(const QString& perPod) const
{
    // The steps are evaluated at the (whole-second) time and 1, 2 and 3 ms after it, so time() % 1
    // tells them apart: the quantile is 0.5, 0.95, 0.99, then 1, which is the maximum. The range
    // is the window plus those 3 ms, so every step ranks the same subquery points as an instant
    // query over the window: the subquery's points are whole seconds, none falls in the 3 ms.
    return QStringLiteral(
               "quantile_over_time(0.5 + 0.45 * (time() % 1 > bool 0.0005) + 0.04 * (time() % 1 > bool 0.0015)"
               " + 0.01 * (time() % 1 > bool 0.0025), (%1)[%2:%3])")
        .arg(perPod, m_stepsRange, m_step);
}

QString PromQueries::figure(Figure figure, const QString& pods, const QString& claims) const
{
    switch (figure) {
    case Figure::Cpu:
        return distribution(
            QStringLiteral("sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{%1,pod=~\"%2\"}[5m]))")
                .arg(kContainers, pods));
    case Figure::Memory:
        return distribution(
            QStringLiteral("sum by (namespace, pod) (container_memory_working_set_bytes{%1,pod=~\"%2\"})")
                .arg(kContainers, pods));
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
