// SPDX-License-Identifier: Apache-2.0
#include "io/measurementreader.h"

#include "io/yamlreader.h"

#include <QCoreApplication>
#include <QUrl>

namespace headroom {

namespace {

QString join(const QString& path, const char* key)
{
    return YamlReader::join(path, QString::fromLatin1(key));
}

constexpr std::int64_t kDayMs = 86'400'000LL;

// A DNS subdomain, as Kubernetes names a claim; the name is printed in reports and tables.
bool isKubernetesName(QStringView name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<Measurement> MeasurementReader::read(const YAML::Node& node, const QString& path)
{
    if (!m_yaml.expectMap(node, path))
        return std::nullopt;
    const YamlMap map(node);
    m_yaml.checkKeys(map,
                     { "source", "window", "at", "pods", "cpu", "memory", "throttled", "oomKills", "restarts",
                       "deployed", "volumes", "engine" },
                     path);
    Measurement m;
    readSource(node, path, m);
    readTime(node, path, m);
    readCounts(node, path, m);
    if (const YAML::Node& cpu = map["cpu"]; cpu.IsDefined())
        m.cpu = distribution(cpu, join(path, "cpu"), Dimension::Cpu);
    if (const YAML::Node& memory = map["memory"]; memory.IsDefined())
        m.memory = distribution(memory, join(path, "memory"), Dimension::Memory);
    if (const YAML::Node& deployed = map["deployed"]; deployed.IsDefined())
        readDeployed(deployed, join(path, "deployed"), m);
    readVolumes(map["volumes"], join(path, "volumes"), m);
    if (const YAML::Node& engine = map["engine"]; engine.IsDefined())
        readEngine(engine, join(path, "engine"), m);
    return m;
}

void MeasurementReader::readRoles(const YAML::Node& node, const QString& path, bool topology,
                                  std::optional<Measurement>& measured, std::optional<Measurement>& replica)
{
    const bool perRole = node.IsMap() && (node["primary"].IsDefined() || node["replica"].IsDefined());
    if (!perRole) {
        measured = read(node, path);
        return;
    }
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "primary", "replica" }, path);
    if (!topology) {
        m_yaml.error(node, path,
                     tr("a measurement per role (primary, replica) is for a PostgreSQL service with a topology."));
        return;
    }
    if (const YAML::Node& primary = map["primary"]; primary.IsDefined())
        measured = read(primary, join(path, "primary"));
    if (const YAML::Node& r = map["replica"]; r.IsDefined())
        replica = read(r, join(path, "replica"));
}

void MeasurementReader::readSource(const YAML::Node& node, const QString& path, Measurement& m)
{
    const auto source = m_yaml.string(node, "source", path, false);
    if (!source)
        return;
    const QUrl url(*source, QUrl::StrictMode);
    // A plan is shared and committed: a password or token must never be stored in it.
    if (!url.isValid() || url.scheme().isEmpty() || !url.userInfo().isEmpty()) {
        m_yaml.error(node["source"], join(path, "source"),
                     tr("'%1' is not a metrics server URL without credentials (http://host:port).")
                         .arg(url.isValid() ? url.toString(QUrl::RemoveUserInfo) : QStringLiteral("?")));
        return;
    }
    m.source = *source;
}

void MeasurementReader::readTime(const YAML::Node& node, const QString& path, Measurement& m)
{
    if (const auto window = m_yaml.quantity(node, "window", Dimension::Duration, path, false)) {
        if (window->raw() < 60'000LL || window->raw() > 400 * kDayMs)
            m_yaml.error(node["window"], join(path, "window"), tr("a measurement window is between 1m and 400d."));
        else
            m.window = *window;
    }
    if (const auto at = m_yaml.string(node, "at", path, false)) {
        const QDateTime time = QDateTime::fromString(*at, Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            m_yaml.error(node["at"], join(path, "at"),
                         tr("'%1' is not a UTC time in ISO 8601 form, such as 2026-12-01T00:00:00Z.").arg(*at));
        else
            m.at = time.toUTC();
    }
}

void MeasurementReader::readCounts(const YAML::Node& node, const QString& path, Measurement& m)
{
    const auto count = [&](const char* key, int& field) {
        if (const auto q = m_yaml.quantity(node, key, Dimension::Count, path, false)) {
            if (q->raw() > 1'000'000)
                m_yaml.error(node[key], join(path, key),
                             tr("%1 must be between 0 and 1000000.").arg(QLatin1String(key)));
            else
                field = int(q->raw());
        }
    };
    count("pods", m.pods);
    count("oomKills", m.oomKills);
    count("restarts", m.restarts);
    if (const auto throttled = m_yaml.quantity(node, "throttled", Dimension::Percent, path, false)) {
        if (throttled->raw() > 1'000'000)
            m_yaml.error(node["throttled"], join(path, "throttled"), tr("a throttled share is at most 100%."));
        else
            m.throttled = throttled;
    }
}

std::optional<UsageDistribution> MeasurementReader::distribution(const YAML::Node& node, const QString& path,
                                                                 Dimension dimension)
{
    if (!m_yaml.expectMap(node, path))
        return std::nullopt;
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "p50", "p95", "p99", "max" }, path);
    const auto p50 = m_yaml.quantity(map, "p50", dimension, path, true);
    const auto p95 = m_yaml.quantity(map, "p95", dimension, path, true);
    const auto p99 = m_yaml.quantity(map, "p99", dimension, path, true);
    const auto max = m_yaml.quantity(map, "max", dimension, path, true);
    if (!p50 || !p95 || !p99 || !max)
        return std::nullopt;
    const std::pair<const char*, const Quantity*> points[]
        = { { "p50", &*p50 }, { "p95", &*p95 }, { "p99", &*p99 }, { "max", &*max } };
    for (std::size_t i = 1; i < std::size(points); ++i) {
        if (points[i].second->raw() < points[i - 1].second->raw()) {
            m_yaml.error(map[points[i].first], join(path, points[i].first),
                         tr("%1 (%2) is below %3 (%4); a measurement has p50 ≤ p95 ≤ p99 ≤ max.")
                             .arg(QLatin1String(points[i].first), points[i].second->toString(),
                                  QLatin1String(points[i - 1].first), points[i - 1].second->toString()));
            return std::nullopt;
        }
    }
    return UsageDistribution { *p50, *p95, *p99, *max };
}

std::optional<EnginePeak> MeasurementReader::peak(const YamlMap& parent, const char* key, const QString& parentPath,
                                                  Dimension dimension)
{
    const YAML::Node& node = parent[key];
    if (!node.IsDefined())
        return std::nullopt;
    const QString path = join(parentPath, key);
    if (!m_yaml.expectMap(node, path))
        return std::nullopt;
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "p95", "max" }, path);
    const auto p95 = m_yaml.quantity(map, "p95", dimension, path, true);
    const auto max = m_yaml.quantity(map, "max", dimension, path, true);
    if (!p95 || !max)
        return std::nullopt;
    if (max->raw() < p95->raw()) {
        m_yaml.error(
            map["max"], join(path, "max"),
            tr("max (%1) is below p95 (%2); a measurement has p95 ≤ max.").arg(max->toString(), p95->toString()));
        return std::nullopt;
    }
    return EnginePeak { *p95, *max };
}

void MeasurementReader::readEngine(const YAML::Node& node, const QString& path, Measurement& m)
{
    if (!m_yaml.expectMap(node, path))
        return;
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "commitsPerSecond", "connections", "usedMemory", "maxMemory", "heapUsed", "heapMax" },
                     path);
    EngineMeasurement& e = m.engine;
    e.commitsPerSecond = peak(map, "commitsPerSecond", path, Dimension::Rate);
    e.connections = peak(map, "connections", path, Dimension::Count);
    e.usedMemory = peak(map, "usedMemory", path, Dimension::Memory);
    e.maxMemory = m_yaml.quantity(map, "maxMemory", Dimension::Memory, path, false);
    e.heapUsed = peak(map, "heapUsed", path, Dimension::Memory);
    e.heapMax = m_yaml.quantity(map, "heapMax", Dimension::Memory, path, false);
}

void MeasurementReader::readDeployed(const YAML::Node& node, const QString& path, Measurement& m)
{
    if (!m_yaml.expectMap(node, path))
        return;
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "requests", "limits" }, path);
    if (const YAML::Node& requests = map["requests"]; requests.IsDefined())
        m.requests = deployedPart(requests, join(path, "requests"));
    if (const YAML::Node& limits = map["limits"]; limits.IsDefined())
        m.limits = deployedPart(limits, join(path, "limits"));
}

DeployedResources MeasurementReader::deployedPart(const YAML::Node& node, const QString& path)
{
    DeployedResources r;
    if (!m_yaml.expectMap(node, path))
        return r;
    const YamlMap map(node);
    m_yaml.checkKeys(map, { "cpu", "memory" }, path);
    r.cpu = m_yaml.quantity(map, "cpu", Dimension::Cpu, path, false);
    r.memory = m_yaml.quantity(map, "memory", Dimension::Memory, path, false);
    return r;
}

void MeasurementReader::readVolumes(const YAML::Node& node, const QString& path, Measurement& m)
{
    m_yaml.forEachMap(node, path, [&](const YAML::Node& item, const QString& itemPath) {
        const YamlMap map(item);
        m_yaml.checkKeys(map, { "pvc", "used", "capacity", "growthPerDay" }, itemPath);
        MeasuredVolume v;
        v.pvc = m_yaml.string(map, "pvc", itemPath, true).value_or(QString());
        const auto used = m_yaml.quantity(map, "used", Dimension::Memory, itemPath, true);
        const auto capacity = m_yaml.quantity(map, "capacity", Dimension::Memory, itemPath, true);
        const auto growth = m_yaml.quantity(map, "growthPerDay", Dimension::Memory, itemPath, false);
        if (!used || !capacity || v.pvc.isEmpty())
            return;
        if (!isKubernetesName(v.pvc)) {
            m_yaml.error(map["pvc"], join(itemPath, "pvc"),
                         tr("'%1' is not a Kubernetes claim name (lower-case letters, digits, '-' and '.').")
                             .arg(v.pvc.left(60)));
            return;
        }
        if (used->raw() > capacity->raw()) {
            m_yaml.error(
                map["used"], join(itemPath, "used"),
                tr("the volume uses %1, more than its capacity of %2.").arg(used->toString(), capacity->toString()));
            return;
        }
        v.used = *used;
        v.capacity = *capacity;
        v.growthPerDay = growth.value_or(Quantity::bytes(0));
        m.volumes << v;
    });
}

} // namespace headroom
