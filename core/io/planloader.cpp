// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"

#include "io/catalogloader.h"
#include "io/controlcharacter.h"
#include "io/measurementreader.h"
#include "io/storageclassreader.h"
#include "io/yamlreader.h"
#include "model/qosmode.h"
#include "model/releasenames.h"
#include "model/resourcebounds.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace headroom {

namespace {

const QString kCurrent = QStringLiteral("headroom/v1");
// The format before v1: `metadata.description` became `notes`, `size` became `tier`.
const QString kV1Alpha1 = QStringLiteral("headroom/v1alpha1");

// Brings a v1alpha1 document up to v1, in place, keeping the nodes (and their places).
void migrateV1Alpha1(YAML::Node root)
{
    if (auto meta = root["metadata"]; meta.IsMap() && meta["description"].IsDefined() && !meta["notes"].IsDefined()) {
        meta["notes"] = meta["description"];
        meta.remove("description");
    }
    if (auto services = root["services"]; services.IsSequence()) {
        for (std::size_t i = 0; i < services.size(); ++i) {
            YAML::Node s = services[i];
            if (s.IsMap() && s["size"].IsDefined() && !s["tier"].IsDefined()) {
                s["tier"] = s["size"];
                s.remove("size");
            }
        }
    }
    root["apiVersion"] = kCurrent.toStdString();
}

// What Helm takes as a release name: at most 53 of a-z, 0-9 and '-', starting and ending with
// a letter or digit. The name becomes file names and lines of exported files, so nothing else,
// not even a final newline, passes.

bool isReleaseName(QStringView name)
{
    if (name.size() > ReleaseNames::kMaxLength)
        return false;
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        const bool inner = i > 0 && i + 1 < name.size();
        if (!alnum && !(inner && c == u'-'))
            return false;
    }
    return true;
}

// Notes may hold line breaks and tabs; names hold none.
bool isControl(char16_t c, bool lineBreaksAllowed)
{
    if (lineBreaksAllowed && (c == u'\n' || c == u'\t'))
        return false;
    return isLineControlCharacter(c);
}

std::optional<Error> controlCharacterIn(const QString& text, bool lineBreaksAllowed, const QString& keyPath,
                                        const SourceLocation& location)
{
    for (const QChar c : text) {
        if (isControl(c.unicode(), lineBreaksAllowed))
            return Error { QStringLiteral("holds the control character U+%1; exported files take this text as it "
                                          "is, so it must be plain text.")
                               .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))),
                           keyPath, location };
    }
    return std::nullopt;
}

// What the exporters take from the plan's own text: the plan's name and notes without control
// characters, and release names (so file names) that no two services share, or one service's
// files would overwrite another's.
std::optional<Error> validateExportedNames(const Plan& plan, const YAML::Node& root, const YamlReader& yaml)
{
    const YAML::Node meta = root["metadata"];
    for (const char* key : { "name", "notes" }) {
        const QString& text = key == std::string_view("name") ? plan.name : plan.notes;
        if (auto error = controlCharacterIn(text, key != std::string_view("name"),
                                            QStringLiteral("metadata.%1").arg(QLatin1String(key)), {})) {
            error->location = yaml.locationOf(meta[key]);
            return error;
        }
    }
    if (auto problem = ReleaseNames::problemIn(plan)) {
        const PlannedService* service = plan.service(problem->service);
        return Error { problem->message, YamlReader::join(QStringLiteral("services"), problem->service),
                       service ? service->location : SourceLocation {} };
    }
    return std::nullopt;
}

// `qos:` of a plan or a service: one of the modes, else an error that lists them.
template <typename Map> // YAML::Node or YamlMap
std::optional<QosMode> readQos(YamlReader& yaml, const Map& map, const QString& path)
{
    const auto name = yaml.string(map, "qos", path, false);
    if (!name)
        return std::nullopt;
    const auto mode = qosModeFromName(*name);
    if (!mode)
        yaml.error(map["qos"], YamlReader::join(path, QStringLiteral("qos")),
                   QCoreApplication::translate("PlanLoader", "unknown QoS '%1'; use one of %2.")
                       .arg(*name, qosModeNames().join(QStringLiteral(", "))));
    return mode;
}

// `postgresProfile:` of a plan or a service: a profile of the effective catalog.
template <typename Map> // YAML::Node or YamlMap
QString readPostgresProfile(YamlReader& yaml, const Map& map, const QString& path, const Catalog& catalog)
{
    const auto id = yaml.string(map, "postgresProfile", path, false);
    if (!id)
        return {};
    if (!catalog.postgresProfile(*id)) {
        QStringList ids;
        for (const auto& p : catalog.postgresProfiles)
            ids << p.id;
        yaml.error(map["postgresProfile"], YamlReader::join(path, QStringLiteral("postgresProfile")),
                   QCoreApplication::translate("PlanLoader", "unknown PostgreSQL profile '%1'; the profiles are: %2.")
                       .arg(*id, ids.join(QStringLiteral(", "))));
    }
    return *id;
}

class PlanReader
{
public:
    PlanReader(YamlReader& yaml, const Catalog& catalog)
        : m_yaml(yaml)
        , m_catalog(catalog)
    {
    }

    std::optional<ResourceOverrides> resources(const YAML::Node& node, const QString& path)
    {
        ResourceOverrides r;
        if (!m_yaml.expectMap(node, path))
            return std::nullopt;
        const YamlMap nodeMap(node);
        m_yaml.checkKeys(nodeMap, { "limits", "requests" }, path);
        for (const char* part : { "limits", "requests" }) {
            const auto& n = nodeMap[part];
            const QString pp = YamlReader::join(path, QString::fromLatin1(part));
            if (!n.IsDefined() || !m_yaml.expectMap(n, pp))
                continue;
            const YamlMap nMap(n);
            m_yaml.checkKeys(nMap, { "cpu", "memory" }, pp);
            const bool limits = part[0] == 'l';
            const auto cpu = m_yaml.quantity(nMap, "cpu", Dimension::Cpu, pp, false);
            const auto memory = m_yaml.quantity(nMap, "memory", Dimension::Memory, pp, false);
            if (cpu && !ResourceBounds::problem(*cpu).isEmpty())
                m_yaml.error(nMap["cpu"], YamlReader::join(pp, QStringLiteral("cpu")), ResourceBounds::problem(*cpu));
            if (memory && !ResourceBounds::problem(*memory).isEmpty())
                m_yaml.error(nMap["memory"], YamlReader::join(pp, QStringLiteral("memory")),
                             ResourceBounds::problem(*memory));
            (limits ? r.cpuLimit : r.cpuRequest) = cpu;
            (limits ? r.memoryLimit : r.memoryRequest) = memory;
        }
        return r;
    }

    std::optional<Quantity> count(const YamlMap& map, const char* key, const QString& path, std::int64_t min,
                                  std::int64_t max)
    {
        const auto q = m_yaml.quantity(map, key, Dimension::Count, path, false);
        if (q && (q->raw() < min || q->raw() > max)) {
            m_yaml.error(
                map[key], YamlReader::join(path, QString::fromLatin1(key)),
                QStringLiteral("%1 must be between %2 and %3.").arg(QString::fromLatin1(key)).arg(min).arg(max));
            return std::nullopt;
        }
        return q;
    }

    QList<NodePool> nodePools(const YAML::Node& list)
    {
        QList<NodePool> pools;
        const QString path = QStringLiteral("nodePools");
        if (!m_yaml.expectSequence(list, path))
            return pools;
        QSet<QString> names;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto node = list[i];
            QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!m_yaml.expectMap(node, p))
                continue;
            const YamlMap nodeMap(node);
            NodePool pool;
            pool.name = m_yaml.string(nodeMap, "name", p, true).value_or(QString());
            if (!pool.name.isEmpty())
                p = YamlReader::join(path, pool.name);
            if (names.contains(pool.name))
                m_yaml.error(nodeMap["name"], YamlReader::join(p, QStringLiteral("name")),
                             QStringLiteral("another node pool is already named '%1'.").arg(pool.name));
            names.insert(pool.name);
            m_yaml.checkKeys(
                nodeMap, { "name", "cpu", "memory", "count", "autoscaling", "maxPods", "pricePerHour", "hugePages" },
                p);
            pool.cpu = m_yaml.quantity(nodeMap, "cpu", Dimension::Cpu, p, true).value_or(Quantity::millicores(0));
            pool.memory = m_yaml.quantity(nodeMap, "memory", Dimension::Memory, p, true).value_or(Quantity::bytes(0));
            if (nodeMap["cpu"].IsDefined() && pool.cpu.raw() == 0)
                m_yaml.error(nodeMap["cpu"], YamlReader::join(p, QStringLiteral("cpu")),
                             QStringLiteral("a node needs more than 0 CPU."));
            if (nodeMap["memory"].IsDefined() && pool.memory.raw() == 0)
                m_yaml.error(nodeMap["memory"], YamlReader::join(p, QStringLiteral("memory")),
                             QStringLiteral("a node needs more than 0 memory."));
            const auto fixed = count(nodeMap, "count", p, 0, 10000);
            const auto& autoscaling = nodeMap["autoscaling"];
            if (autoscaling.IsDefined()) {
                const QString ap = YamlReader::join(p, QStringLiteral("autoscaling"));
                if (m_yaml.expectMap(autoscaling, ap)) {
                    const YamlMap autoscalingMap(autoscaling);
                    m_yaml.checkKeys(autoscalingMap, { "min", "max" }, ap);
                    const auto min = count(autoscalingMap, "min", ap, 0, 10000);
                    const auto max = count(autoscalingMap, "max", ap, 1, 10000);
                    if (!autoscalingMap["max"].IsDefined())
                        m_yaml.error(autoscaling, ap, QStringLiteral("autoscaling needs a max."));
                    if (min && max && min->raw() > max->raw())
                        m_yaml.error(autoscaling, ap, QStringLiteral("autoscaling min is above max."));
                    pool.minCount = min ? int(min->raw()) : 0;
                    if (max)
                        pool.maxCount = int(max->raw());
                }
                if (fixed)
                    m_yaml.error(node, p, QStringLiteral("give a node pool either count or autoscaling, not both."));
            } else if (!fixed) {
                m_yaml.error(node, p, QStringLiteral("give the node pool a count or an autoscaling range."));
            } else {
                pool.count = int(fixed->raw());
            }
            if (const auto maxPods = count(nodeMap, "maxPods", p, 1, 1000))
                pool.maxPods = int(maxPods->raw());
            if (nodeMap["pricePerHour"].IsDefined()) {
                const auto price = m_yaml.number(nodeMap, "pricePerHour", p, true);
                if (price && (*price < 0 || *price > 1e6))
                    m_yaml.error(nodeMap["pricePerHour"], YamlReader::join(p, QStringLiteral("pricePerHour")),
                                 QStringLiteral("a price per hour is between 0 and 1000000."));
                else
                    pool.pricePerHour = price;
            }
            hugePages(nodeMap, p, pool);
            m_poolNames.insert(pool.name);
            pools << pool;
        }
        return pools;
    }

    // `hugePages: {2Mi: 8Gi}`: the huge pages of each node's allocatable, by page size as
    // Kubernetes names the resource (hugepages-2Mi).
    void hugePages(const YamlMap& nodeMap, const QString& path, NodePool& pool)
    {
        const auto& node = nodeMap["hugePages"];
        if (!node.IsDefined())
            return;
        const QString hp = YamlReader::join(path, QStringLiteral("hugePages"));
        if (!m_yaml.expectMap(node, hp))
            return;
        const YamlMap map(node);
        m_yaml.checkKeys(map, { "2Mi" }, hp);
        const auto amount = m_yaml.quantity(map, "2Mi", Dimension::Memory, hp, true);
        if (!amount)
            return;
        if (amount->raw() <= 0 || amount->raw() % Quantity::mebibytes(2).raw() != 0
            || (pool.memory.raw() > 0 && amount->raw() > pool.memory.raw()))
            m_yaml.error(map["2Mi"], YamlReader::join(hp, QStringLiteral("2Mi")),
                         QStringLiteral("huge pages are a whole number of 2Mi pages, above 0 and within the node's "
                                        "memory."));
        else
            pool.hugePages2Mi = amount;
    }

    void role(const YAML::Node& node, const QString& path, PostgresRole& role)
    {
        if (!m_yaml.expectMap(node, path))
            return;
        const YamlMap nodeMap(node);
        m_yaml.checkKeys(nodeMap, { "resources", "maxConnections", "measured" }, path);
        if (const auto& r = nodeMap["resources"]; r.IsDefined())
            role.resources
                = resources(r, YamlReader::join(path, QStringLiteral("resources"))).value_or(ResourceOverrides());
        role.maxConnections = count(nodeMap, "maxConnections", path, 1, 100000);
        if (const auto& m = nodeMap["measured"]; m.IsDefined()) {
            const QString mp = YamlReader::join(path, QStringLiteral("measured"));
            if (m_yaml.expectMap(m, mp)) {
                const YamlMap mMap(m);
                m_yaml.checkKeys(mMap, { "commits", "activeConnections" }, mp);
                role.commits = m_yaml.quantity(mMap, "commits", Dimension::Iops, mp, false);
                role.activeConnections = count(mMap, "activeConnections", mp, 0, 1000000);
            }
        }
    }

    std::optional<PostgresTopology> topology(const YAML::Node& node, const QString& path)
    {
        if (!m_yaml.expectMap(node, path))
            return std::nullopt;
        const YamlMap nodeMap(node);
        m_yaml.checkKeys(
            nodeMap,
            { "readReplicas", "load", "clientConnections", "primary", "replica", "pooler", "primaryMemoryFloor" },
            path);
        PostgresTopology t;
        if (const auto n = count(nodeMap, "readReplicas", path, 0, 64))
            t.readReplicas = int(n->raw());
        t.clientConnections = count(nodeMap, "clientConnections", path, 1, 10'000'000);
        if (const auto& load = nodeMap["load"]; load.IsDefined()) {
            const QString lp = YamlReader::join(path, QStringLiteral("load"));
            if (m_yaml.expectMap(load, lp)) {
                const YamlMap loadMap(load);
                m_yaml.checkKeys(loadMap, { "requestsPerSecond", "readShare" }, lp);
                t.requestsPerSecond = m_yaml.quantity(loadMap, "requestsPerSecond", Dimension::Rate, lp, false);
                t.readShare = m_yaml.quantity(loadMap, "readShare", Dimension::Percent, lp, false);
                if (t.readShare && t.readShare->raw() > 1'000'000)
                    m_yaml.error(loadMap["readShare"], YamlReader::join(lp, QStringLiteral("readShare")),
                                 QStringLiteral("a read share is at most 100%."));
            }
        }
        if (const auto& p = nodeMap["primary"]; p.IsDefined())
            role(p, YamlReader::join(path, QStringLiteral("primary")), t.primary);
        if (const auto& r = nodeMap["replica"]; r.IsDefined())
            role(r, YamlReader::join(path, QStringLiteral("replica")), t.replica);
        if (const auto& pooler = nodeMap["pooler"]; pooler.IsDefined()) {
            const QString pp = YamlReader::join(path, QStringLiteral("pooler"));
            if (m_yaml.expectMap(pooler, pp)) {
                const YamlMap poolerMap(pooler);
                m_yaml.checkKeys(poolerMap, { "enabled", "mode", "multiplexing", "minPoolSize" }, pp);
                t.pooler.enabled = m_yaml.boolean(poolerMap, "enabled", pp, false).value_or(true);
                if (const auto mode = m_yaml.string(poolerMap, "mode", pp, false)) {
                    if (*mode != QLatin1String("session") && *mode != QLatin1String("transaction")
                        && *mode != QLatin1String("statement"))
                        m_yaml.error(poolerMap["mode"], YamlReader::join(pp, QStringLiteral("mode")),
                                     QStringLiteral("'%1' is not a PgBouncer pool mode; use session, transaction or "
                                                    "statement.")
                                         .arg(*mode));
                    t.pooler.mode = *mode;
                }
                if (const auto m = m_yaml.quantity(poolerMap, "multiplexing", Dimension::Number, pp, false)) {
                    if (m->raw() < 1'000'000 || m->raw() > 1'000'000'000)
                        m_yaml.error(poolerMap["multiplexing"], YamlReader::join(pp, QStringLiteral("multiplexing")),
                                     QStringLiteral("multiplexing is between 1 and 1000 clients per server "
                                                    "connection."));
                    else
                        t.pooler.multiplexing = *m;
                }
                if (const auto m = count(poolerMap, "minPoolSize", pp, 1, 10000))
                    t.pooler.minPoolSize = *m;
            }
        }
        if (const auto floor = m_yaml.quantity(nodeMap, "primaryMemoryFloor", Dimension::Percent, path, false)) {
            if (floor->raw() > 1'000'000)
                m_yaml.error(nodeMap["primaryMemoryFloor"],
                             YamlReader::join(path, QStringLiteral("primaryMemoryFloor")),
                             QStringLiteral("a share is at most 100%."));
            else
                t.primaryMemoryFloor = *floor;
        }
        return t;
    }

    // A service's volume: its size and growth.
    void readVolume(const YAML::Node& volume, const QString& path, PlannedService& ps)
    {
        const QString vp = YamlReader::join(path, QStringLiteral("volume"));
        if (m_yaml.expectMap(volume, vp)) {
            const YamlMap volumeMap(volume);
            m_yaml.checkKeys(volumeMap, { "size", "growth" }, vp);
            ps.volumeSize = m_yaml.quantity(volumeMap, "size", Dimension::Memory, vp, false);
            if (const auto& growth = volumeMap["growth"]; growth.IsDefined()) {
                const QString gp = YamlReader::join(vp, QStringLiteral("growth"));
                if (m_yaml.expectMap(growth, gp)) {
                    const YamlMap growthMap(growth);
                    m_yaml.checkKeys(growthMap, { "amount", "every" }, gp);
                    StorageGrowth g;
                    g.amount = m_yaml.quantity(growthMap, "amount", Dimension::Memory, gp, true).value_or(g.amount);
                    g.every = m_yaml.quantity(growthMap, "every", Dimension::Duration, gp, true).value_or(g.every);
                    if (g.every.raw() < 1000)
                        m_yaml.error(growth, gp, QStringLiteral("growth is measured over at least one second."));
                    else
                        ps.growth = g;
                }
            }
        }
    }

    // A service's inputs, each one the service has, within its bounds.
    void readInputs(const YAML::Node& inputs, const QString& path, const ServiceDefinition& service, ServiceRequest& r)
    {
        const QString ip = YamlReader::join(path, QStringLiteral("inputs"));
        if (m_yaml.expectMap(inputs, ip)) {
            for (const auto& entry : inputs) {
                const QString name = QString::fromStdString(entry.first.Scalar());
                const QString p = YamlReader::join(ip, name);
                const InputDefinition* in = service.input(name);
                if (!in) {
                    QStringList known;
                    for (const auto& i : service.inputs)
                        known << i.name;
                    m_yaml.error(entry.first, p,
                                 QStringLiteral("%1 has no input '%2'; its inputs are: %3.")
                                     .arg(service.id, name, known.join(QStringLiteral(", "))));
                    continue;
                }
                if (const auto q = m_yaml.quantityOf(entry.second, in->dimension, p)) {
                    if ((in->min && q->raw() < in->min->raw()) || (in->max && q->raw() > in->max->raw()))
                        m_yaml.error(entry.second, p,
                                     QStringLiteral("%1 must be between %2 and %3.")
                                         .arg(name, in->min ? in->min->toString() : QStringLiteral("0"),
                                              in->max ? in->max->toString() : QStringLiteral("any")));
                    else
                        r.inputs.insert(name, *q);
                }
            }
        }
    }

    // A mapping of the services list: its path is services.NAME, or services[index] without a name.
    void service(const YAML::Node& node, std::size_t index, Plan& plan, QSet<QString>& names)
    {
        const YamlMap nodeMap(node);
        PlannedService ps;
        ps.location = m_yaml.locationOf(node);
        QString path;
        if (const YAML::Node& name = nodeMap["name"]; name.IsScalar()) {
            ps.name = QString::fromStdString(name.Scalar());
        } else {
            path = indexPath(index);
            ps.name = m_yaml.string(nodeMap, "name", path, true).value_or(QString());
        }
        if (ps.name.isEmpty() && path.isEmpty()) {
            path = indexPath(index);
            // `name: ""` is given, so not reported as missing; it names no release or file.
            m_yaml.error(nodeMap["name"], YamlReader::join(path, QStringLiteral("name")),
                         QCoreApplication::translate("PlanLoader", "a service's name cannot be empty."));
        }
        if (!ps.name.isEmpty()) {
            path = YamlReader::join(QStringLiteral("services"), ps.name);
            if (!isReleaseName(ps.name))
                m_yaml.error(nodeMap["name"], YamlReader::join(path, QStringLiteral("name")),
                             QStringLiteral("'%1' cannot name a Helm release: use at most 53 lower-case letters, "
                                            "digits and '-'.")
                                 .arg(ps.name));
            if (names.contains(ps.name))
                m_yaml.error(nodeMap["name"], YamlReader::join(path, QStringLiteral("name")),
                             QStringLiteral("another service of this plan is already named '%1'.").arg(ps.name));
            names.insert(ps.name);
        }
        m_yaml.checkKeys(nodeMap,
                         { "name", "kind", "tier", "resources", "replicas", "storageClass", "volume", "inputs",
                           "topology", "nodePool", "measured", "qos", "postgresProfile" },
                         path);
        ServiceRequest& r = ps.request;
        const ServiceDefinition* def = nullptr;
        if (const auto kind = m_yaml.string(nodeMap, "kind", path, true)) {
            def = m_catalog.service(*kind);
            if (!def)
                m_yaml.error(nodeMap["kind"], YamlReader::join(path, QStringLiteral("kind")),
                             QStringLiteral("unknown service kind '%1'; the kinds are: %2.")
                                 .arg(*kind, m_catalog.serviceIds().join(QStringLiteral(", "))));
            r.service = *kind;
        }
        if (const auto tier = m_yaml.string(nodeMap, "tier", path, false)) {
            if (!m_catalog.workloadSize(*tier))
                m_yaml.error(nodeMap["tier"], YamlReader::join(path, QStringLiteral("tier")),
                             QStringLiteral("unknown tier '%1'; the tiers are: %2.")
                                 .arg(*tier, m_catalog.workloadSizeIds().join(QStringLiteral(", "))));
            r.size = *tier;
        }
        if (const auto& res = nodeMap["resources"]; res.IsDefined()) {
            if (const auto o = resources(res, YamlReader::join(path, QStringLiteral("resources")))) {
                r.cpuLimit = o->cpuLimit;
                r.memoryLimit = o->memoryLimit;
                r.cpuRequest = o->cpuRequest;
                r.memoryRequest = o->memoryRequest;
            }
        }
        if (const auto replicas = count(nodeMap, "replicas", path, 1, 10000))
            r.replicas = int(replicas->raw());
        r.qos = readQos(m_yaml, nodeMap, path);
        r.postgresProfile = readPostgresProfile(m_yaml, nodeMap, path, m_catalog);
        if (const auto sc = m_yaml.string(nodeMap, "storageClass", path, false)) {
            if (!m_catalog.storageClass(*sc))
                m_yaml.error(nodeMap["storageClass"], YamlReader::join(path, QStringLiteral("storageClass")),
                             QStringLiteral("unknown storage class '%1'.").arg(*sc));
            r.storageClass = *sc;
        }
        if (const auto pool = m_yaml.string(nodeMap, "nodePool", path, false)) {
            ps.nodePool = *pool;
            // Under the service's own path, like every other key of a service.
            if (!m_poolNames.contains(*pool))
                m_yaml.error(nodeMap["nodePool"], YamlReader::join(path, QStringLiteral("nodePool")),
                             QCoreApplication::translate("PlanLoader", "unknown node pool '%1'.").arg(*pool));
        }
        if (const auto& volume = nodeMap["volume"]; volume.IsDefined())
            readVolume(volume, path, ps);
        if (const auto& inputs = nodeMap["inputs"]; inputs.IsDefined() && def)
            readInputs(inputs, path, *def, r);
        if (const auto& topo = nodeMap["topology"]; topo.IsDefined()) {
            const QString tp = YamlReader::join(path, QStringLiteral("topology"));
            if (def && def->id != QLatin1String("postgresql"))
                m_yaml.error(topo, tp, QStringLiteral("a primary/replica topology is planned for postgresql only."));
            else
                ps.topology = topology(topo, tp);
        }
        if (const auto& measured = nodeMap["measured"]; measured.IsDefined())
            MeasurementReader(m_yaml).readRoles(measured, YamlReader::join(path, QStringLiteral("measured")),
                                                ps.topology.has_value(), ps.measured, ps.measuredReplica);
        const bool rolesHaveLimits = ps.topology && ps.topology->primary.resources.cpuLimit
            && ps.topology->primary.resources.memoryLimit && ps.topology->replica.resources.cpuLimit
            && ps.topology->replica.resources.memoryLimit;
        if (r.size.isEmpty() && (!r.cpuLimit || !r.memoryLimit) && !rolesHaveLimits)
            m_yaml.error(node, path,
                         QStringLiteral("give the service a tier or both resources.limits.cpu and "
                                        "resources.limits.memory."));
        plan.services.append(std::move(ps));
    }

    static QString indexPath(std::size_t index) { return QStringLiteral("services[%1]").arg(index); }

private:
    YamlReader& m_yaml;
    const Catalog& m_catalog;
    QSet<QString> m_poolNames; // of the node pools read, for the services' nodePool
};

} // namespace

Expected<Plan> PlanLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("cannot open the plan: %1.").arg(file.errorString()), {}, { path, 0, 0 } };
    if (file.size() > maxFileBytes)
        return Error { QStringLiteral("the file is %1, larger than the 64Mi a plan may be; is it a plan?")
                           .arg(Quantity::bytes(file.size()).toDisplayString()),
                       {},
                       { path, 0, 0 } };
    return load(file.readAll(), path);
}

Expected<Plan> PlanLoader::loadSample()
{
    return loadFile(samplePath());
}

Expected<Catalog> PlanLoader::catalogFor(const Plan& plan, const Catalog& base, const QString& fileName)
{
    Catalog catalog = base;
    for (const auto& sc : plan.storageClasses) {
        bool replaced = false;
        for (auto& existing : catalog.storageClasses) {
            if (existing.id == sc.id) {
                existing = sc;
                replaced = true;
            }
        }
        if (!replaced)
            catalog.storageClasses << sc;
    }
    if (!plan.catalogOverrides.trimmed().isEmpty()) {
        CatalogLoader loader;
        if (auto error = loader.read(catalog, plan.catalogOverrides, fileName))
            return *error;
        if (auto error = loader.validate(catalog))
            return *error;
    }
    return catalog;
}

namespace {

// apiVersion (migrating an older plan in place) and kind.
std::optional<Error> checkVersion(YamlReader& yaml, YAML::Node& root)
{
    const auto api = yaml.string(root, "apiVersion", {}, true);
    const auto kind = yaml.string(root, "kind", {}, true);
    if (yaml.hasErrors())
        return yaml.errors().first();
    if (*api == kV1Alpha1) {
        yaml.warning(root["apiVersion"], QStringLiteral("apiVersion"),
                     QStringLiteral("this plan is %1 and was migrated to %2; save it to keep the new form.")
                         .arg(kV1Alpha1, kCurrent));
        migrateV1Alpha1(root);
    } else if (*api != kCurrent) {
        const bool newer = api->startsWith(QLatin1String("headroom/v")) && *api > kCurrent;
        return Error { newer ? QStringLiteral("this plan is %1, newer than this build of Headroom reads (%2); update "
                                              "Headroom to open it.")
                                   .arg(*api, kCurrent)
                             : QStringLiteral("'%1' is not a Headroom plan version; this build reads %2 (and migrates "
                                              "%3).")
                                   .arg(*api, kCurrent, kV1Alpha1),
                       QStringLiteral("apiVersion"), yaml.locationOf(root["apiVersion"]) };
    }
    if (*kind != QLatin1String("Plan"))
        return Error { QStringLiteral("expected kind: Plan, found '%1'.").arg(*kind), QStringLiteral("kind"),
                       yaml.locationOf(root["kind"]) };
    return std::nullopt;
}

// storage: the plan's own classes, its default class and the planning horizon.
void readStorage(YamlReader& yaml, const YAML::Node& root, Plan& plan)
{
    if (const auto storage = root["storage"];
        storage.IsDefined() && yaml.expectMap(storage, QStringLiteral("storage"))) {
        const QString sp = QStringLiteral("storage");
        yaml.checkKeys(storage,
                       { QStringLiteral("defaultClass"), QStringLiteral("classes"), QStringLiteral("horizon") }, sp);
        if (const auto classes = storage["classes"]; classes.IsDefined())
            plan.storageClasses = readStorageClassList(yaml, classes, YamlReader::join(sp, QStringLiteral("classes")));
        if (const auto horizon = yaml.quantity(storage, "horizon", Dimension::Duration, sp, false)) {
            if (horizon->raw() < 86'400'000LL || horizon->raw() > 100LL * 365 * 86'400'000LL)
                yaml.error(storage["horizon"], YamlReader::join(sp, QStringLiteral("horizon")),
                           QStringLiteral("the planning horizon is between 1d and 100y."));
            else
                plan.horizon = *horizon;
        }
        plan.defaultStorageClass = yaml.string(storage, "defaultClass", sp, false).value_or(QString());
    }
}

// The plan's storage classes and `catalog:` documents over the catalog it is checked against.
std::optional<Error> applyPlanCatalog(YamlReader& yaml, const YAML::Node& root, Plan& plan, Catalog& effective)
{
    for (const auto& sc : std::as_const(plan.storageClasses)) {
        bool replaced = false;
        for (auto& existing : effective.storageClasses) {
            if (existing.id == sc.id) {
                existing = sc;
                replaced = true;
            }
        }
        if (!replaced)
            effective.storageClasses << sc;
    }
    if (const auto overrides = root["catalog"]; overrides.IsDefined()) {
        CatalogLoader catalogLoader;
        catalogLoader.readEmbedded(effective, overrides, yaml, QStringLiteral("catalog"));
        if (!yaml.hasErrors()) {
            if (auto error = catalogLoader.validate(effective)) {
                if (error->location.file.isEmpty() || error->location.file.startsWith(QLatin1Char(':')))
                    error->location = yaml.locationOf(overrides);
                return *error;
            }
        }
        YAML::Emitter out;
        out << overrides;
        plan.catalogOverrides = QByteArray(out.c_str());
        // Stored as documents so that CatalogLoader::read can take them back.
        YAML::Emitter docs;
        for (std::size_t i = 0; overrides.IsSequence() && i < overrides.size(); ++i)
            docs << YAML::BeginDoc << overrides[i];
        plan.catalogOverrides = QByteArray(docs.c_str());
    }
    return std::nullopt;
}

} // namespace

Expected<Plan> PlanLoader::load(const QByteArray& data, const QString& fileName)
{
    m_warnings.clear();
    m_errors.clear();
    m_effective = m_catalog;
    if (data.trimmed().isEmpty())
        return Error { QStringLiteral("the file is empty; a plan starts with apiVersion: headroom/v1 and kind: Plan."),
                       {},
                       { fileName, 1, 1 } };
    if (data.contains('\0'))
        return Error { QStringLiteral("this is a binary file, not a YAML plan."), {}, { fileName, 0, 0 } };

    YamlReader yaml(fileName);
    auto documents = yaml.parseDocuments(data);
    if (!documents)
        return documents.error();
    if (documents->size() != 1)
        return Error {
            QStringLiteral("a plan file holds exactly one YAML document, this one holds %1.").arg(documents->size()),
            {},
            { fileName, 1, 1 }
        };
    YAML::Node root = documents->front();
    if (!yaml.expectMap(root, {}))
        return yaml.errors().first();

    if (auto error = checkVersion(yaml, root))
        return *error;
    yaml.checkKeys(root,
                   { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                     QStringLiteral("nodePools"), QStringLiteral("storage"), QStringLiteral("services"),
                     QStringLiteral("catalog"), QStringLiteral("qos"), QStringLiteral("postgresProfile") },
                   {});
    Plan plan;
    plan.qos = readQos(yaml, root, {});
    if (const auto meta = root["metadata"]; meta.IsDefined() && yaml.expectMap(meta, QStringLiteral("metadata"))) {
        yaml.checkKeys(meta, { QStringLiteral("name"), QStringLiteral("notes") }, QStringLiteral("metadata"));
        plan.name = yaml.string(meta, "name", QStringLiteral("metadata"), true).value_or(QString());
        plan.notes = yaml.string(meta, "notes", QStringLiteral("metadata"), false).value_or(QString());
    }

    // The plan's own storage classes and catalog overrides come first: services refer to them.
    readStorage(yaml, root, plan);
    if (auto error = applyPlanCatalog(yaml, root, plan, m_effective))
        return *error;
    if (!plan.defaultStorageClass.isEmpty() && !m_effective.storageClass(plan.defaultStorageClass))
        yaml.error(root["storage"]["defaultClass"], QStringLiteral("storage.defaultClass"),
                   QStringLiteral("unknown storage class '%1'.").arg(plan.defaultStorageClass));

    plan.postgresProfile = readPostgresProfile(yaml, root, {}, m_effective);
    PlanReader reader(yaml, m_effective);
    if (const auto pools = root["nodePools"]; pools.IsDefined())
        plan.nodePools = reader.nodePools(pools);

    if (const auto services = root["services"];
        services.IsDefined() && yaml.expectSequence(services, QStringLiteral("services"))) {
        QSet<QString> names;
        names.reserve(qsizetype(services.size()));
        plan.services.reserve(qsizetype(services.size()));
        std::size_t i = 0;
        for (auto it = services.begin(); it != services.end(); ++it, ++i) {
            if (it->IsMap())
                reader.service(*it, i, plan, names);
            else
                yaml.expectMap(*it, QStringLiteral("services[%1]").arg(i));
        }
    }

    if (!yaml.hasErrors()) {
        if (auto error = validateExportedNames(plan, root, yaml))
            return *error;
    }
    m_warnings << yaml.warnings();
    if (yaml.hasErrors()) {
        m_errors = yaml.errors();
        Error first = yaml.errors().first();
        if (yaml.errors().size() > 1)
            first.message += QStringLiteral(" (and %1 more problems in this file)").arg(yaml.errors().size() - 1);
        return first;
    }
    return plan;
}

} // namespace headroom
