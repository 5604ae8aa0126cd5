// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

// cAdvisor, kube-state-metrics and kubelet series for a few Helm releases whose figures are
// known exactly, as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`.
// One sample a minute from start() to end(); the test measures the day before at().
class PromDataset
{
public:
    // Who reports a pod's JVM heap, under the names each uses.
    enum class HeapExporter {
        JmxExporter, // the JMX exporter's agent from 1.0 (client_java 1.x): jvm_memory_used_bytes{area}
        JmxExporterLegacy, // before 1.0 (client_java 0.x): jvm_memory_bytes_used{area}
        Micrometer, // Keycloak's own /metrics: jvm_memory_used_bytes{area,id}, a series per pool
        ElasticsearchExporter, // a sidecar per node with --es.all: elasticsearch_jvm_memory_used_bytes{area,name}
    };

    struct Pod
    {
        QString ns;
        QString name;
        QString release; // empty: the pod has no app.kubernetes.io/instance label
        QString chart; // empty: no app.kubernetes.io/name label
        std::function<double(qint64)> cpu; // cores at second s after start()
        std::function<double(qint64)> memory; // bytes
        // A second container's part of cpu and memory (an exporter sidecar); the main container
        // has the rest. Empty: the pod runs one container.
        std::function<double(qint64)> sidecarCpu;
        std::function<double(qint64)> sidecarMemory;
        double throttledShare = 0;
        qint64 restartAt = -1; // a restart (counted twice when oomKilled) at that second
        int restarts = 0;
        bool oomKilled = false;
        double cpuRequest = 0, cpuLimit = 0, memoryRequest = 0, memoryLimit = 0;
        QString claim; // a PVC growing at claimGrowth bytes a day from claimStart
        double claimStart = 0, claimGrowth = 0, claimCapacity = 0;
        // Engine exporters scraped beside the pod; an empty function: no such exporter.
        std::function<double(qint64)> commits; // commits a second (postgres_exporter)
        std::function<double(qint64)> connections; // client connections
        bool numbackends = false; // connections as pg_stat_database_numbackends, else pg_stat_activity_count
        std::function<double(qint64)> redisUsed; // bytes (redis_exporter)
        double redisMax = 0;
        std::function<double(qint64)> heapUsed; // bytes
        double heapMax = 0;
        HeapExporter heapExporter = HeapExporter::JmxExporter;
    };

    PromDataset();

    static constexpr qint64 kStep = 60; // seconds between samples
    static qint64 start() { return 1767225600; } // 2026-01-01T00:00:00Z
    static qint64 end() { return start() + 26LL * 3600; }
    static qint64 at() { return start() + 25LL * 3600; }
    static qint64 window() { return 24LL * 3600; }

    const QList<Pod>& pods() const { return m_pods; }
    const Pod& pod(const QString& name) const;
    QByteArray openMetrics() const;

    // The counter of usage that has the given rate, integrated from start().
    static double cpuSeconds(const Pod& pod, qint64 s);
    // The counter of a rate, integrated from start() a sample at a time.
    static double integral(const std::function<double(qint64)>& rate, qint64 s);

private:
    void writeEngines(QTextStream& out) const;
    void writeHeaps(QTextStream& out) const;

    QList<Pod> m_pods;
};
