#include "planloader.h"

#include "yamlreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace headroom {

namespace {
constexpr qint64 kMaxPlanBytes = 64LL * 1024 * 1024;
}

Expected<Plan> PlanLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("cannot open the plan: %1.").arg(file.errorString()), {}, { path, 0, 0 } };
    if (file.size() > kMaxPlanBytes)
        return Error { QStringLiteral("the file is larger than 64 MiB; that is not a plan."), {}, { path, 0, 0 } };
    return load(file.readAll(), path);
}

Expected<Plan> PlanLoader::loadSample() { return loadFile(samplePath()); }

Expected<Plan> PlanLoader::load(const QByteArray& data, const QString& fileName)
{
    if (data.trimmed().isEmpty())
        return Error { QStringLiteral("the file is empty; a plan starts with apiVersion: headroom/v1 and kind: Plan."),
                       {}, { fileName, 1, 1 } };
    if (data.contains('\0'))
        return Error { QStringLiteral("this is a binary file, not a YAML plan."), {}, { fileName, 0, 0 } };

    YamlReader yaml(fileName);
    auto documents = yaml.parseDocuments(data);
    if (!documents)
        return documents.error();
    if (documents->size() != 1)
        return Error { QStringLiteral("a plan file holds exactly one YAML document, this one holds %1.")
                           .arg(documents->size()),
                       {}, { fileName, 1, 1 } };
    const YAML::Node root = documents->front();
    if (!yaml.expectMap(root, {}))
        return yaml.errors().first();

    Plan plan;
    yaml.checkKeys(root, { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                           QStringLiteral("services") },
                   {});
    const auto api = yaml.string(root, "apiVersion", {}, true);
    if (api && *api != QLatin1String("headroom/v1"))
        yaml.error(root["apiVersion"], QStringLiteral("apiVersion"),
                   QStringLiteral("this build reads plans of apiVersion headroom/v1, not '%1'.").arg(*api));
    const auto kind = yaml.string(root, "kind", {}, true);
    if (kind && *kind != QLatin1String("Plan"))
        yaml.error(root["kind"], QStringLiteral("kind"), QStringLiteral("expected kind: Plan, found '%1'.").arg(*kind));
    if (yaml.hasErrors())
        return yaml.errors().first();

    if (const auto meta = root["metadata"]; meta.IsDefined() && yaml.expectMap(meta, QStringLiteral("metadata"))) {
        yaml.checkKeys(meta, { QStringLiteral("name"), QStringLiteral("notes") }, QStringLiteral("metadata"));
        plan.name = yaml.string(meta, "name", QStringLiteral("metadata"), true).value_or(QString());
        plan.notes = yaml.string(meta, "notes", QStringLiteral("metadata"), false).value_or(QString());
    }

    const auto services = root["services"];
    if (services.IsDefined() && yaml.expectSequence(services, QStringLiteral("services"))) {
        QSet<QString> names;
        static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        for (std::size_t i = 0; i < services.size(); ++i) {
            const auto node = services[i];
            QString path = QStringLiteral("services[%1]").arg(i);
            if (!yaml.expectMap(node, path))
                continue;
            PlannedService ps;
            ps.location = yaml.locationOf(node);
            ps.name = yaml.string(node, "name", path, true).value_or(QString());
            if (!ps.name.isEmpty()) {
                path = YamlReader::join(QStringLiteral("services"), ps.name);
                if (!namePattern.match(ps.name).hasMatch() || ps.name.size() > 53)
                    yaml.error(node["name"], YamlReader::join(path, QStringLiteral("name")),
                               QStringLiteral("'%1' cannot name a Helm release: use at most 53 lower-case letters, "
                                              "digits and '-'.")
                                   .arg(ps.name));
                if (names.contains(ps.name))
                    yaml.error(node["name"], YamlReader::join(path, QStringLiteral("name")),
                               QStringLiteral("another service of this plan is already named '%1'.").arg(ps.name));
                names.insert(ps.name);
            }
            yaml.checkKeys(node, { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("tier"),
                                   QStringLiteral("resources"), QStringLiteral("replicas"),
                                   QStringLiteral("storageClass"), QStringLiteral("inputs") },
                           path);
            ServiceRequest& r = ps.request;
            const auto kindText = yaml.string(node, "kind", path, true);
            const ServiceDefinition* def = nullptr;
            if (kindText) {
                def = m_catalog.service(*kindText);
                if (!def)
                    yaml.error(node["kind"], YamlReader::join(path, QStringLiteral("kind")),
                               QStringLiteral("unknown service kind '%1'; the kinds are: %2.")
                                   .arg(*kindText, m_catalog.serviceIds().join(QStringLiteral(", "))));
                r.service = *kindText;
            }
            if (const auto tier = yaml.string(node, "tier", path, false)) {
                if (!m_catalog.workloadSize(*tier))
                    yaml.error(node["tier"], YamlReader::join(path, QStringLiteral("tier")),
                               QStringLiteral("unknown tier '%1'; the tiers are: %2.")
                                   .arg(*tier, m_catalog.workloadSizeIds().join(QStringLiteral(", "))));
                r.size = *tier;
            }
            if (const auto res = node["resources"]; res.IsDefined()) {
                const QString rp = YamlReader::join(path, QStringLiteral("resources"));
                if (yaml.expectMap(res, rp)) {
                    yaml.checkKeys(res, { QStringLiteral("limits"), QStringLiteral("requests") }, rp);
                    for (const char* part : { "limits", "requests" }) {
                        const auto n = res[part];
                        const QString pp = YamlReader::join(rp, QString::fromLatin1(part));
                        if (!n.IsDefined() || !yaml.expectMap(n, pp))
                            continue;
                        yaml.checkKeys(n, { QStringLiteral("cpu"), QStringLiteral("memory") }, pp);
                        const bool limits = part[0] == 'l';
                        auto cpu = yaml.quantity(n, "cpu", Dimension::Cpu, pp, false);
                        auto memory = yaml.quantity(n, "memory", Dimension::Memory, pp, false);
                        (limits ? r.cpuLimit : r.cpuRequest) = cpu;
                        (limits ? r.memoryLimit : r.memoryRequest) = memory;
                    }
                }
            }
            if (r.size.isEmpty() && (!r.cpuLimit || !r.memoryLimit))
                yaml.error(node, path, QStringLiteral("give the service a tier or both resources.limits.cpu and "
                                                      "resources.limits.memory."));
            if (const auto replicas = yaml.quantity(node, "replicas", Dimension::Count, path, false)) {
                if (replicas->raw() < 1 || replicas->raw() > 10000)
                    yaml.error(node["replicas"], YamlReader::join(path, QStringLiteral("replicas")),
                               QStringLiteral("replicas must be between 1 and 10000."));
                else
                    r.replicas = int(replicas->raw());
            }
            if (const auto sc = yaml.string(node, "storageClass", path, false)) {
                if (!m_catalog.storageClass(*sc))
                    yaml.error(node["storageClass"], YamlReader::join(path, QStringLiteral("storageClass")),
                               QStringLiteral("unknown storage class '%1'.").arg(*sc));
                r.storageClass = *sc;
            }
            if (const auto inputs = node["inputs"]; inputs.IsDefined() && def) {
                const QString ip = YamlReader::join(path, QStringLiteral("inputs"));
                if (yaml.expectMap(inputs, ip)) {
                    for (const auto& entry : inputs) {
                        const QString name = QString::fromStdString(entry.first.Scalar());
                        const QString p = YamlReader::join(ip, name);
                        const InputDefinition* in = def->input(name);
                        if (!in) {
                            QStringList known;
                            for (const auto& i : def->inputs)
                                known << i.name;
                            yaml.error(entry.first, p, QStringLiteral("%1 has no input '%2'; its inputs are: %3.")
                                                           .arg(def->id, name, known.join(QStringLiteral(", "))));
                            continue;
                        }
                        if (const auto q = yaml.quantityOf(entry.second, in->dimension, p)) {
                            if ((in->min && q->raw() < in->min->raw()) || (in->max && q->raw() > in->max->raw()))
                                yaml.error(entry.second, p,
                                           QStringLiteral("%1 must be between %2 and %3.")
                                               .arg(name, in->min ? in->min->toString() : QStringLiteral("0"),
                                                    in->max ? in->max->toString() : QStringLiteral("any")));
                            else
                                r.inputs.insert(name, *q);
                        }
                    }
                }
            }
            plan.services << ps;
        }
    }
    m_warnings << yaml.warnings();
    if (yaml.hasErrors())
        return yaml.errors().first();
    return plan;
}

} // namespace headroom
