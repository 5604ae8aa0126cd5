// SPDX-License-Identifier: Apache-2.0
#include "export/helmvaluesexporter.h"

#include "engine/pgsharedmemory.h"
#include "export/exporttext.h"
#include "export/valuesyaml.h"
#include "model/role.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <vector>

namespace headroom {

namespace {

const QRegularExpression& intPattern()
{
    static const QRegularExpression p(QStringLiteral("^-?[0-9]+$"));
    return p;
}

const QRegularExpression& numberPattern()
{
    static const QRegularExpression p(QStringLiteral("^-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    return p;
}

// Collects the key paths a tree sets: its leaves, and lists as a whole.
void collectPaths(const ValueNode& node, const QString& path, QStringList& out)
{
    if (node.kind == ValueNode::Kind::Map && !node.keys.isEmpty()) {
        for (qsizetype i = 0; i < node.keys.size(); ++i)
            collectPaths(node.items[std::size_t(i)],
                         path.isEmpty() ? node.keys[i] : path + QLatin1Char('.') + node.keys[i], out);
        return;
    }
    if (!path.isEmpty())
        out << path;
}

// A value in one line, for the header.
QString summary(const ValueNode& node)
{
    switch (node.kind) {
    case ValueNode::Kind::Null:
        return QStringLiteral("null");
    case ValueNode::Kind::Scalar:
        return node.text.isEmpty() ? QStringLiteral("\"\"") : node.text;
    case ValueNode::Kind::Map: {
        QStringList parts;
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const ValueNode& item = node.items[std::size_t(i)];
            if (item.kind == ValueNode::Kind::Map) {
                QStringList leaves;
                collectPaths(item, node.keys[i], leaves);
                for (const auto& leaf : leaves)
                    parts << QStringLiteral("%1=%2").arg(leaf, summary(*item.at(leaf.split(QLatin1Char('.')).mid(1))));
            } else {
                parts << QStringLiteral("%1=%2").arg(node.keys[i], summary(item));
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    case ValueNode::Kind::Sequence: {
        QStringList parts;
        for (const auto& item : node.items) {
            const ValueNode* name = item.child(QStringLiteral("name"));
            const ValueNode* value = item.child(QStringLiteral("value"));
            parts << (name && value ? QStringLiteral("%1=%2").arg(summary(*name), summary(*value)) : summary(item));
        }
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

// The resource names the charts derive from a release: the release name, with the chart's
// name appended unless it already contains it (the charts' fullname helper).
QString fullnameOf(const QString& release, const QString& chart)
{
    QString name = release.contains(chart) ? release : release + QLatin1Char('-') + chart;
    name.truncate(63);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

// One release to write: which role's sizing, how many pods, under which name.
struct Release
{
    QString name;
    QString role; // primary, replica, or empty
    QString roleKey; // the chart map's roles entry: primary, replica, together, or empty
    const RoleSizing* sizing = nullptr;
    int plannedPods = 1;
    QString primaryRelease; // for a replica release
};

bool sameSizing(const RoleSizing& a, const RoleSizing& b)
{
    const Resources& ra = a.sizing.resources;
    const Resources& rb = b.sizing.resources;
    if (!(ra.cpuRequest == rb.cpuRequest && ra.cpuLimit == rb.cpuLimit && ra.memoryRequest == rb.memoryRequest
          && ra.memoryLimit == rb.memoryLimit))
        return false;
    if (a.sizing.storage.storageClass != b.sizing.storage.storageClass
        || a.sizing.storage.size != b.sizing.storage.size)
        return false;
    if (a.sizing.settings.size() != b.sizing.settings.size())
        return false;
    for (qsizetype i = 0; i < a.sizing.settings.size(); ++i) {
        if (a.sizing.settings[i].name != b.sizing.settings[i].name
            || a.sizing.settings[i].value != b.sizing.settings[i].value)
            return false;
    }
    return true;
}

// Writes the values file of one release.
class ReleaseWriter
{
public:
    ReleaseWriter(const ChartMap& map, const ServicePlanSizing& service, const Release& release,
                  const QString& planName, const HelmExportOptions& options, QList<Error>& warnings, ValuesYaml& yaml)
        : m_map(map)
        , m_service(service)
        , m_release(release)
        , m_sizing(release.sizing->sizing)
        , m_planName(planName)
        , m_options(options)
        , m_warnings(warnings)
        , m_yaml(yaml)
        , m_root(ValueNode::map())
    {
        m_pods = release.plannedPods;
        if (map.podLimit && m_pods > *map.podLimit)
            m_pods = *map.podLimit;
    }

    HelmValuesFile write()
    {
        HelmValuesFile file;
        file.releaseName = m_release.name;
        file.fileName = m_release.name + QStringLiteral(".values.yaml");
        file.serviceName = m_service.name;
        file.serviceKind = m_service.kind;
        file.role = m_release.role;
        file.chart = m_map.chart;
        file.pods = m_pods;
        file.plannedPods = m_release.plannedPods;

        const QList<ChartValue> values = m_map.valuesFor(m_release.roleKey);
        QSet<QString> placed;
        bool rest = false;
        for (const auto& v : values) {
            if (v.kind == ChartValue::Kind::Config && v.config.settings.isEmpty())
                rest = true;
            for (const auto& name : v.settingsRead())
                placed.insert(name);
        }
        for (const auto& u : m_map.unsupported)
            placed.insert(u.setting);
        for (const auto& s : m_sizing.settings) {
            if (!placed.contains(s.name))
                m_rest << s.name;
        }

        for (const auto& v : values)
            write(v);
        for (const auto& s : m_map.secrets) {
            ValueNode empty = ValueNode::string(QString());
            empty.comment = QStringLiteral("secret: Headroom leaves it empty (see the header)");
            m_root.set(s.path.split(QLatin1Char('.')), empty);
            m_secretLines << QStringLiteral("%1: %2").arg(s.path, s.explain);
        }

        for (const auto& u : m_map.unsupported) {
            if (const Setting* s = m_sizing.setting(u.setting)) {
                file.notWritten << s->name;
                m_notWrittenLines << QStringLiteral("%1 = %2: %3").arg(s->name, s->value, u.explain);
            }
        }
        if (!rest) {
            for (const auto& name : std::as_const(m_rest)) {
                const Setting* s = m_sizing.setting(name);
                file.notWritten << name;
                m_notWrittenLines << QStringLiteral("%1 = %2: the chart map has no place for it.").arg(name, s->value);
            }
        }

        file.limitations = limitations();
        file.settings = m_exported;
        collectPaths(m_root, {}, file.keyPaths);
        file.content = header(file) + emitted();
        return file;
    }

private:
    // ---- values ----

    std::optional<QString> sourceText(SizingSource source) const
    {
        const Resources& r = m_sizing.resources;
        switch (source) {
        case SizingSource::Pods:
            return QString::number(m_pods);
        case SizingSource::ReplicaPods:
            return QString::number(std::max(0, m_pods - 1));
        case SizingSource::CpuRequest:
            return r.cpuRequest.toString();
        case SizingSource::CpuLimit:
            return r.cpuLimit.toString();
        case SizingSource::MemoryRequest:
            return memory_format::kubernetes(r.memoryRequest.raw());
        case SizingSource::MemoryLimit:
            return memory_format::kubernetes(r.memoryLimit.raw());
        case SizingSource::Volume:
            // A volume the plan gives exists already: asking for more would resize it.
            if (m_service.storage && m_service.storage->volumeGiven)
                return m_service.storage->volume.toString();
            if (m_service.storage)
                return memory_format::volume(m_service.storage->volume.raw());
            if (m_sizing.storage.size)
                return memory_format::volume(m_sizing.storage.size->raw());
            return std::nullopt;
        case SizingSource::StorageClass:
            if (m_sizing.storage.storageClass.isEmpty())
                return std::nullopt;
            return m_sizing.storage.storageClass;
        case SizingSource::HugePages2Mi:
            if (!r.hugePages2Mi)
                return std::nullopt;
            return memory_format::kubernetes(r.hugePages2Mi->raw());
        }
        return std::nullopt;
    }

    ValueNode typed(const QString& text, ValueType type, const QString& path)
    {
        switch (type) {
        case ValueType::String:
            return ValueNode::string(text);
        case ValueType::Int:
            if (intPattern().match(text).hasMatch())
                return ValueNode::scalar(text);
            break;
        case ValueType::Number:
            if (numberPattern().match(text).hasMatch())
                return ValueNode::scalar(text);
            break;
        case ValueType::Bool: {
            const QString t = text.trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("on") || t == QLatin1String("yes"))
                return ValueNode::scalar(QStringLiteral("true"));
            if (t == QLatin1String("false") || t == QLatin1String("off") || t == QLatin1String("no"))
                return ValueNode::scalar(QStringLiteral("false"));
            break;
        }
        case ValueType::Auto:
            if (numberPattern().match(text).hasMatch())
                return ValueNode::scalar(text);
            return ValueNode::string(text);
        }
        warn(path, QStringLiteral("'%1' is not of the type the chart map gives; it is written as a string.").arg(text));
        return ValueNode::string(text);
    }

    void warn(const QString& path, const QString& message)
    {
        m_warnings << Error { QStringLiteral("%1 (release %2).").arg(message.chopped(1), m_release.name),
                              path,
                              { m_map.fileName, 0, 0 } };
    }

    void record(const Setting& s, const QString& path, ExportedSetting::Form form, const QStringList& configKey = {})
    {
        m_exported << ExportedSetting { s.name, s.value, path, form, configKey };
    }

    // A list item (a command-line flag) that names a setting this sizing does not write, as
    // the catalog's `when` decided, is left out rather than written half-filled.
    void dropUnsetItems(ValueNode& node) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        if (node.kind != ValueNode::Kind::Sequence)
            return;
        std::erase_if(node.items, [&](const ValueNode& item) {
            if (item.kind != ValueNode::Kind::Scalar)
                return false;
            for (const auto& m : placeholder.globalMatch(item.text)) {
                const QString name = m.captured(1);
                if (!m_sizing.setting(name) && !sizingSourceFromName(name))
                    return true;
            }
            return false;
        });
    }

    // Replaces {name} in every scalar by a setting of the sizing, else a sizing value.
    void substitute(ValueNode& node, const ChartValue& v)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        if (node.kind == ValueNode::Kind::Scalar) {
            QString out;
            qsizetype last = 0;
            for (const auto& m : placeholder.globalMatch(node.text)) {
                out += node.text.mid(last, m.capturedStart() - last);
                const QString name = m.captured(1);
                if (const Setting* s = m_sizing.setting(name)) {
                    out += s->value;
                    record(*s, v.path, ExportedSetting::Form::Template);
                } else if (const auto source = sizingSourceFromName(name); source && sourceText(*source)) {
                    out += *sourceText(*source);
                } else {
                    warn(v.path, QStringLiteral("the sizing has no value for {%1}; it is left in the text.").arg(name));
                    out += m.captured(0);
                }
                last = m.capturedEnd();
            }
            node.text = out + node.text.mid(last);
        }
        for (auto& item : node.items)
            substitute(item, v);
    }

    void write(const ChartValue& v)
    {
        std::optional<ValueNode> node;
        QString explain = v.explain;
        switch (v.kind) {
        case ChartValue::Kind::Sizing:
            if (const auto text = sourceText(v.source)) {
                node = typed(*text, v.type, v.path);
                if (explain.isEmpty() && v.source == SizingSource::Volume)
                    explain = volumeExplanation();
                if (v.source == SizingSource::HugePages2Mi) {
                    m_hugePagesWritten = true;
                    if (explain.isEmpty())
                        explain = hugePagesExplanation();
                }
            } else if (v.source != SizingSource::HugePages2Mi) { // a pod without huge pages needs no word
                m_notes << QStringLiteral("%1 is not written: the sizing has no %2.")
                               .arg(v.path, sizingSourceName(v.source));
            }
            break;
        case ChartValue::Kind::Setting:
            if (const Setting* s = m_sizing.setting(v.setting)) {
                node = typed(s->value, v.type, v.path);
                if (v.pathSegments().last() != s->name)
                    node->comment = s->name;
                record(*s, v.path, ExportedSetting::Form::Value);
                if (explain.isEmpty())
                    explain = s->explanation;
            } else {
                m_notes << QStringLiteral("%1 is not written: the sizing has no setting %2.").arg(v.path, v.setting);
            }
            break;
        case ChartValue::Kind::Fixed:
            node = v.value;
            break;
        case ChartValue::Kind::ByPods:
            node = m_pods > 1 ? v.many : v.value;
            break;
        case ChartValue::Kind::Template:
            node = v.value;
            dropUnsetItems(*node);
            substitute(*node, v);
            for (const auto& name : v.covers) {
                if (const Setting* s = m_sizing.setting(name))
                    record(*s, v.path, ExportedSetting::Form::Template);
            }
            break;
        case ChartValue::Kind::Config:
            node = config(v);
            if (node->keys.isEmpty())
                node.reset(); // nothing to add: the chart's own empty mapping stays
            break;
        case ChartValue::Kind::Text:
            node = text(v);
            break;
        }
        if (!node)
            return;
        // A role's entry for a path replaces the common one, and so does its explanation.
        m_valueLines.removeIf([&](const std::pair<QString, QString>& line) { return line.first == v.path; });
        if (!explain.isEmpty()) {
            const QString shown = v.kind == ChartValue::Kind::Text ? m_textSummary : summary(*node);
            m_valueLines << std::pair { v.path, QStringLiteral("%1: %2 - %3").arg(v.path, shown, explain) };
        }
        m_root.set(v.pathSegments(), std::move(*node));
    }

    ValueNode config(const ChartValue& v)
    {
        ValueNode map = ValueNode::map();
        const QStringList names = v.config.settings.isEmpty() ? m_rest : v.config.settings;
        for (const auto& name : names) {
            const Setting* s = m_sizing.setting(name);
            if (!s)
                continue;
            const QStringList keys
                = v.config.layout == ConfigTarget::Layout::Nested ? name.split(QLatin1Char('.')) : QStringList { name };
            map.set(keys, typed(s->value, v.config.valueType, v.path));
            record(*s, v.path, ExportedSetting::Form::ConfigEntry, keys);
        }
        return map;
    }

    ValueNode text(const ChartValue& v)
    {
        QList<std::pair<QString, QString>> lines;
        QStringList shown;
        for (const auto& name : v.text.settings) {
            const Setting* s = m_sizing.setting(name);
            if (!s)
                continue;
            lines << std::pair { s->name, s->value };
            record(*s, v.path, ExportedSetting::Form::TextLine);
            shown << QString(v.text.line)
                         .replace(QLatin1String("{name}"), s->name)
                         .replace(QLatin1String("{value}"), s->value);
        }
        m_textSummary = shown.join(QStringLiteral("; "));
        return ValueNode::scalar(editConfigText(v.text.defaultText, lines, v.text.line, v.text.secretKeys),
                                 ValueNode::Style::Literal);
    }

    QString volumeExplanation() const
    {
        if (!m_service.storage)
            return QStringLiteral("the storage the catalog sizes for the data.");
        const StorageForecast& fc = *m_service.storage;
        if (fc.volumeGiven)
            return QStringLiteral("the volume the plan gives; the data needs %1 now.").arg(fc.now.toDisplayString());
        if (fc.atHorizon == fc.now)
            return QStringLiteral("the storage the data needs, in whole GiB.");
        return QStringLiteral("%1 the data needs now, growing to %2 over the %3 horizon, rounded up to whole GiB.")
            .arg(fc.now.toDisplayString(), fc.atHorizon.toDisplayString(), fc.horizon.toString());
    }

    // The shared memory PostgreSQL maps beside shared_buffers, in whole 2 MiB pages, or
    // nothing for a sizing without a PostgreSQL profile.
    std::optional<Quantity> sharedMemoryPages() const
    {
        if (!m_sizing.postgresProfile)
            return std::nullopt;
        return PgSharedMemory::hugePages2Mi(*m_sizing.postgresProfile);
    }

    QString sharedBuffers() const
    {
        const Setting* s = m_sizing.setting(QStringLiteral("shared_buffers"));
        return s ? s->value : QStringLiteral("128MB");
    }

    QString hugePagesExplanation() const
    {
        return QStringLiteral("PostgreSQL's shared memory on 2 MiB huge pages: shared_buffers (%1) and what it maps "
                              "beside it, in whole pages; Kubernetes requires the limit to equal the request.")
            .arg(sharedBuffers());
    }

    // ---- header ----

    QString expand(QString text) const
    {
        const QString primary = m_release.primaryRelease.isEmpty() ? m_release.name : m_release.primaryRelease;
        const QList<std::pair<QString, QString>> names = {
            { QStringLiteral("{release}"), m_release.name },
            { QStringLiteral("{fullname}"), fullnameOf(m_release.name, m_map.chart) },
            { QStringLiteral("{chart}"), m_map.chart },
            { QStringLiteral("{service}"), m_service.name },
            { QStringLiteral("{role}"), m_release.role },
            { QStringLiteral("{pods}"), QString::number(m_pods) },
            { QStringLiteral("{plannedPods}"), QString::number(m_release.plannedPods) },
            { QStringLiteral("{replicaPods}"), QString::number(std::max(0, m_pods - 1)) },
            { QStringLiteral("{primaryRelease}"), primary },
            { QStringLiteral("{primaryFullname}"), fullnameOf(primary, m_map.chart) },
            { QStringLiteral("{storageClass}"), m_sizing.storage.storageClass },
        };
        for (const auto& [key, value] : names)
            text.replace(key, value);
        // Then the sizing's own values by name ({oplog_size}), as the sizing shows them.
        static const QRegularExpression valueName(QStringLiteral("\\{([a-z_0-9]+)\\}"));
        QString out;
        qsizetype last = 0;
        for (const auto& m : valueName.globalMatch(text)) {
            const FormulaValue* v = m_sizing.value(m.captured(1));
            out += text.mid(last, m.capturedStart() - last) + (v ? v->value.toString() : m.captured(0));
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    }

    QStringList limitations() const
    {
        QStringList out;
        if (m_pods < m_release.plannedPods)
            out << QStringLiteral("The plan sizes %1 pods, but this chart runs at most %2 correctly: %3 replicaCount "
                                  "is %2; each pod is sized as planned.")
                       .arg(m_release.plannedPods)
                       .arg(m_pods)
                       .arg(m_map.podLimitExplain);
        if (const auto role = roleFromName(m_release.roleKey); role && *role != Role::Service) {
            for (const auto& note : m_map.roles.value(m_release.roleKey).notes)
                out << expand(note);
        }
        // PostgreSQL maps shared_buffers on huge pages only with a hugepages resource of the pod.
        const Setting* hugePages = m_sizing.setting(QStringLiteral("huge_pages"));
        if (hugePages && hugePages->value == QLatin1String("try") && !m_hugePagesWritten) {
            if (const auto pages = sharedMemoryPages())
                out << QStringLiteral("huge_pages is try, but these values request no huge pages for the pod: add "
                                      "resources.requests and resources.limits hugepages-2Mi of %1 (shared_buffers "
                                      "%2 and what PostgreSQL maps beside it), or set huge_pages = off.")
                           .arg(memory_format::kubernetes(pages->raw()), sharedBuffers());
        }
        return out;
    }

    QStringList notes() const
    {
        QStringList out;
        for (const auto& note : m_map.notes)
            out << expand(note);
        if (m_release.roleKey == QLatin1String("together")) {
            for (const auto& note : m_map.roles.value(m_release.roleKey).notes)
                out << expand(note);
        }
        if (m_pods > 1) {
            for (const auto& note : m_map.clusterNotes)
                out << expand(note);
        }
        return out + m_notes;
    }

    static void section(QStringList& lines, const QString& title, const QStringList& items, const QString& bullet)
    {
        if (items.isEmpty())
            return;
        lines << QString() << title;
        for (const auto& item : items)
            lines << bullet + item;
    }

    QString header(const HelmValuesFile& file) const
    {
        QStringList lines;
        const QString chart
            = m_map.chartVersion.isEmpty() ? m_map.chart : QStringLiteral("%1 %2").arg(m_map.chart, m_map.chartVersion);
        lines << QStringLiteral("Helm values for the release %1 of the sb-helm-charts chart %2, written by Headroom.")
                     .arg(file.releaseName, chart);
        lines << QStringLiteral("Plan: %1").arg(m_planName);
        lines << QStringLiteral("Service: %1 (%2)%3")
                     .arg(m_service.name, m_service.kind,
                          m_release.role.isEmpty() ? QString() : QStringLiteral(", role %1").arg(m_release.role));
        // The release's own profile: a service other than PostgreSQL has none, whatever the export asked.
        const QString profile = m_sizing.postgresProfile ? m_sizing.postgresProfile->id : QString();
        lines << QStringLiteral("Profile: %1").arg(profile.isEmpty() ? QStringLiteral("(none)") : profile);
        lines << QStringLiteral("Headroom version: %1").arg(m_options.headroomVersion);
        lines << QStringLiteral("Install: helm upgrade --install %1 sb-charts/%2 -f %3 -f <your secrets file>")
                     .arg(file.releaseName, m_map.chart, file.fileName);
        lines << QStringLiteral("Give a file with passwords after this one: the empty secret keys here would "
                                "otherwise override it.");
        lines << QStringLiteral("Keys not set here keep the chart's defaults. Change the plan and export again "
                                "rather than editing this file.");
        section(lines, QStringLiteral("What the chart cannot express:"), file.limitations, QStringLiteral("  - "));
        section(lines, QStringLiteral("Notes:"), notes(), QStringLiteral("  - "));
        QStringList valueLines;
        for (const auto& line : m_valueLines)
            valueLines << line.second;
        section(lines, QStringLiteral("Why these values:"), valueLines, QStringLiteral("  "));
        section(lines, QStringLiteral("Secrets, written empty (never with a value):"), m_secretLines,
                QStringLiteral("  "));
        section(lines, QStringLiteral("Settings of the sizing not written:"), m_notWrittenLines, QStringLiteral("  "));
        QString out;
        for (const auto& line : std::as_const(lines))
            out += line.isEmpty() ? QStringLiteral("#\n") : QStringLiteral("# %1\n").arg(ExportText::comment(line));
        return out;
    }

    QString emitted() const { return m_yaml.write(m_root) + QLatin1Char('\n'); }

    const ChartMap& m_map;
    const ServicePlanSizing& m_service;
    const Release& m_release;
    const ServiceSizing& m_sizing;
    const QString& m_planName;
    const HelmExportOptions& m_options;
    QList<Error>& m_warnings;
    ValuesYaml& m_yaml;
    int m_pods = 1;
    ValueNode m_root;
    QStringList m_rest; // settings no entry names, for a config target without a list
    QList<ExportedSetting> m_exported;
    QList<std::pair<QString, QString>> m_valueLines; // key path, header line
    QStringList m_secretLines;
    QStringList m_notWrittenLines;
    QStringList m_notes;
    QString m_textSummary;
    bool m_hugePagesWritten = false;
};

} // namespace

HelmValuesExporter::HelmValuesExporter(QList<ChartMap> maps)
    : m_maps(std::move(maps))
{
}

const ChartMap* HelmValuesExporter::mapFor(const QString& service) const
{
    for (const auto& map : m_maps) {
        if (map.service == service)
            return &map;
    }
    return nullptr;
}

namespace {

// A service's releases: one per role, or one for all roles when the chart runs them together.
QList<Release> releasesOf(const ServicePlanSizing& service, const ChartMap& map)
{
    QList<Release> releases;
    const auto& roles = service.roles;
    const bool together = roles.size() > 1 && map.roles.contains(QStringLiteral("together"))
        && std::all_of(roles.begin(), roles.end(), [&](const RoleSizing& r) { return sameSizing(r, roles.first()); });
    if (roles.size() == 1) {
        releases << Release { service.name, roles.first().role, QString(), &roles.first(), roles.first().pods, {} };
    } else if (together) {
        int pods = 0;
        for (const auto& r : roles)
            pods += r.pods;
        releases << Release { service.name, QString(), QStringLiteral("together"), &roles.first(), pods, {} };
    } else {
        const QString primary = QStringLiteral("%1-%2").arg(service.name, roles.first().role);
        for (const auto& r : roles)
            releases << Release { QStringLiteral("%1-%2").arg(service.name, r.role), r.role, r.role, &r, r.pods,
                                  r.role == roles.first().role ? QString() : primary };
    }
    return releases;
}

// Services in a run of a chunk, so that a large plan renders on every core.
constexpr qsizetype kServicesPerChunk = 64;

} // namespace

void HelmValuesExporter::exportServices(std::span<const ServicePlanSizing> services, const QString& planName,
                                        const HelmExportOptions& options, HelmExport& result) const
{
    ValuesYaml yaml;
    for (const auto& service : services) {
        if (!service.error.isEmpty() || service.roles.isEmpty()) {
            result.warnings << Error {
                QStringLiteral("%1 was not sized, so it has no values file: %2").arg(service.name, service.error),
                service.name,
                {}
            };
            continue;
        }
        const ChartMap* map = mapFor(service.kind);
        if (!map) {
            result.warnings << Error { QStringLiteral("no chart map knows the service %1, so %2 has no values file.")
                                           .arg(service.kind, service.name),
                                       service.name,
                                       {} };
            continue;
        }
        const QList<Release> releases = releasesOf(service, *map);
        for (const auto& release : releases)
            result.files << ReleaseWriter(*map, service, release, planName, options, result.warnings, yaml).write();
    }
}

// Services render independently of each other: chunks of them run on a thread pool, each
// with its own ValuesYaml, and are joined in plan order, so the result is what one thread
// would give.
HelmExport HelmValuesExporter::exportPlan(const Plan& plan, const PlanSizing& sizing,
                                          const HelmExportOptions& options) const
{
    const QString planName = plan.name.isEmpty() ? sizing.planName : plan.name;
    const std::span<const ServicePlanSizing> services(sizing.services.constData(), size_t(sizing.services.size()));
    const qsizetype chunks = (services.size() + kServicesPerChunk - 1) / kServicesPerChunk;
    std::vector<HelmExport> parts(size_t(std::max<qsizetype>(chunks, 1)));
    const auto render = [&](qsizetype chunk) {
        const size_t first = size_t(chunk * kServicesPerChunk);
        exportServices(services.subspan(first, std::min(size_t(kServicesPerChunk), services.size() - first)), planName,
                       options, parts[size_t(chunk)]);
    };
    if (chunks <= 1 || QThread::idealThreadCount() <= 1) {
        for (qsizetype c = 0; c < chunks; ++c)
            render(c);
    } else {
        QThreadPool pool;
        for (qsizetype c = 1; c < chunks; ++c)
            pool.start([&render, c] { render(c); });
        render(0);
        pool.waitForDone();
    }
    HelmExport result = std::move(parts.front());
    for (size_t c = 1; c < parts.size(); ++c) {
        result.files << std::move(parts[c].files);
        result.warnings << std::move(parts[c].warnings);
    }
    return result;
}

} // namespace headroom
