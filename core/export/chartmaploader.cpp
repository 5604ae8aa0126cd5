// SPDX-License-Identifier: Apache-2.0
#include "export/chartmaploader.h"

#include "io/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct ChartMapLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(ChartMapLoader)
};

namespace {

const QString kApiVersion = QStringLiteral("headroom/v1");
constexpr qint64 kMaxChartMapBytes = 4 * 1024 * 1024;

const QStringList kValueKinds
    = { QStringLiteral("from"),     QStringLiteral("setting"), QStringLiteral("value"), QStringLiteral("byPods"),
        QStringLiteral("template"), QStringLiteral("config"),  QStringLiteral("text") };

Error firstOf(const YamlReader& yaml)
{
    Error e = yaml.errors().first();
    if (yaml.errors().size() > 1)
        e.message
            = ChartMapLoaderText::tr("%1 (and %n more problem(s) in this file)", nullptr, int(yaml.errors().size() - 1))
                  .arg(e.message);
    return e;
}

// A YAML value of the map file as Headroom will write it: a quoted scalar stays a string,
// a plain one is written plain, so `false` stays a bool and `"false"` a string.
ValueNode toValueNode(const YAML::Node& node)
{
    if (node.IsScalar()) {
        const QString text = QString::fromStdString(node.Scalar());
        if (text.contains(QLatin1Char('\n')))
            return ValueNode::scalar(text, ValueNode::Style::Literal);
        return ValueNode::scalar(text, node.Tag() == "!" ? ValueNode::Style::String : ValueNode::Style::Plain);
    }
    if (node.IsMap()) {
        ValueNode n = ValueNode::map();
        for (const auto& entry : node) {
            n.keys << QString::fromStdString(entry.first.Scalar());
            n.items.push_back(toValueNode(entry.second));
        }
        return n;
    }
    if (node.IsSequence()) {
        ValueNode n = ValueNode::sequence();
        for (const auto& item : node)
            n.items.push_back(toValueNode(item));
        return n;
    }
    return {};
}

bool hasPlaceholder(const ValueNode& node)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]+\\}"));
    if (node.kind == ValueNode::Kind::Scalar && placeholder.match(node.text).hasMatch())
        return true;
    return std::any_of(node.items.begin(), node.items.end(), hasPlaceholder);
}

// Reads one ChartMap document.
class ChartMapReader
{
public:
    explicit ChartMapReader(YamlReader& yaml)
        : m_yaml(yaml)
    {
    }

    ChartMap read(const YAML::Node& doc)
    {
        ChartMap map;
        map.fileName = m_yaml.fileName();
        if (!m_yaml.expectMap(doc, {}))
            return map;
        const auto api = m_yaml.string(doc, "apiVersion", {}, true);
        if (api && *api != kApiVersion) {
            m_yaml.error(doc["apiVersion"], QStringLiteral("apiVersion"),
                         ChartMapLoaderText::tr("this build reads apiVersion %1, not '%2'.").arg(kApiVersion, *api));
            return map;
        }
        const auto kind = m_yaml.string(doc, "kind", {}, true);
        if (kind && *kind != QLatin1String("ChartMap")) {
            m_yaml.error(doc["kind"], QStringLiteral("kind"),
                         ChartMapLoaderText::tr("a chart map file has kind ChartMap, not '%1'.").arg(*kind));
            return map;
        }
        m_yaml.checkKeys(doc,
                         { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("chart"),
                           QStringLiteral("chartVersion"), QStringLiteral("service"), QStringLiteral("notes"),
                           QStringLiteral("clusterNotes"), QStringLiteral("podLimit"), QStringLiteral("values"),
                           QStringLiteral("secrets"), QStringLiteral("unsupported"), QStringLiteral("roles"),
                           QStringLiteral("freeForm") },
                         {});
        map.chart = id(doc, "chart");
        map.service = id(doc, "service");
        map.chartVersion = m_yaml.string(doc, "chartVersion", {}, false).value_or(QString());
        map.notes = stringList(doc, "notes", {});
        map.clusterNotes = stringList(doc, "clusterNotes", {});
        readPodLimit(doc, map);
        if (!doc["values"].IsDefined())
            m_yaml.error(doc, QStringLiteral("values"), ChartMapLoaderText::tr("the key 'values' is required here."));
        else
            map.values = values(doc["values"], QStringLiteral("values"));
        readSecrets(doc, map);
        readFreeForm(doc, map);
        readUnsupported(doc, map);
        readRoles(doc, map);
        return map;
    }

private:
    QString id(const YAML::Node& map, const char* key)
    {
        const auto text = m_yaml.string(map, key, {}, true);
        if (!text)
            return {};
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
        if (!pattern.match(*text).hasMatch()) {
            m_yaml.error(
                map[key], QString::fromLatin1(key),
                ChartMapLoaderText::tr("'%1' is not a valid id: use lower-case letters, digits and '-', starting "
                                       "with a letter.")
                    .arg(*text));
            return {};
        }
        return *text;
    }

    QStringList stringList(const YAML::Node& map, const char* key, const QString& path)
    {
        const QString p = YamlReader::join(path, QString::fromLatin1(key));
        const YAML::Node node = map[key];
        QStringList out;
        if (!node.IsDefined() || node.IsNull())
            return out;
        if (!m_yaml.expectSequence(node, p))
            return out;
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (auto text = m_yaml.scalarText(node[i], QStringLiteral("%1[%2]").arg(p).arg(i)))
                out << *text;
        }
        return out;
    }

    // Dotted key paths as values.yaml spells them: letters, digits, '_' and '-'.
    bool checkPath(const YAML::Node& node, const QString& keyPath, const QString& path)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
        if (pattern.match(path).hasMatch())
            return true;
        m_yaml.error(node, keyPath,
                     ChartMapLoaderText::tr("'%1' is not a key path: write the keys of values.yaml joined by dots "
                                            "(resources.limits.memory).")
                         .arg(path));
        return false;
    }

    std::optional<ValueType> valueType(const YAML::Node& map, const char* key, const QString& path, bool allowAuto)
    {
        const auto text = m_yaml.string(map, key, path, false);
        if (!text)
            return std::nullopt;
        static const QMap<QString, ValueType> names = { { QStringLiteral("string"), ValueType::String },
                                                        { QStringLiteral("int"), ValueType::Int },
                                                        { QStringLiteral("number"), ValueType::Number },
                                                        { QStringLiteral("bool"), ValueType::Bool },
                                                        { QStringLiteral("auto"), ValueType::Auto } };
        if (!names.contains(*text) || (!allowAuto && *text == QLatin1String("auto"))) {
            m_yaml.error(map[key], YamlReader::join(path, QString::fromLatin1(key)),
                         (allowAuto
                              ? ChartMapLoaderText::tr("unknown type '%1'; use string, int, number, bool or auto.")
                              : ChartMapLoaderText::tr("unknown type '%1'; use string, int, number or bool."))
                             .arg(*text));
            return std::nullopt;
        }
        return names.value(*text);
    }

    QList<ChartValue> values(const YAML::Node& list, const QString& path)
    {
        QList<ChartValue> out;
        if (!m_yaml.expectSequence(list, path))
            return out;
        QSet<QString> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            auto v = value(list[i], p);
            if (!v)
                continue;
            if (seen.contains(v->path)) {
                m_yaml.error(
                    list[i]["path"], YamlReader::join(p, QStringLiteral("path")),
                    ChartMapLoaderText::tr("'%1' is written twice in this list; keep one entry.").arg(v->path));
                continue;
            }
            seen.insert(v->path);
            out << *v;
        }
        return out;
    }

    std::optional<ChartValue> value(const YAML::Node& node, const QString& path)
    {
        if (!m_yaml.expectMap(node, path))
            return std::nullopt;
        m_yaml.checkKeys(node,
                         QStringList { QStringLiteral("path"), QStringLiteral("type"), QStringLiteral("explain"),
                                       QStringLiteral("covers") }
                             + kValueKinds,
                         path);
        ChartValue v;
        v.location = m_yaml.locationOf(node);
        const auto keyPath = m_yaml.string(node, "path", path, true);
        if (!keyPath || !checkPath(node["path"], YamlReader::join(path, QStringLiteral("path")), *keyPath))
            return std::nullopt;
        v.path = *keyPath;
        v.explain = m_yaml.string(node, "explain", path, false).value_or(QString());
        v.covers = stringList(node, "covers", path);

        QStringList given;
        for (const auto& k : kValueKinds) {
            if (node[k.toStdString()].IsDefined())
                given << k;
        }
        if (given.size() != 1) {
            m_yaml.error(node, path,
                         given.isEmpty() ? ChartMapLoaderText::tr("say where '%1' comes from: one of %2.")
                                               .arg(v.path, kValueKinds.join(QStringLiteral(", ")))
                                         : ChartMapLoaderText::tr("'%1' has %2; give exactly one of them.")
                                               .arg(v.path, given.join(QStringLiteral(" and "))));
            return std::nullopt;
        }
        const QString kind = given.first();
        const QString kindPath = YamlReader::join(path, kind);
        const YAML::Node body = node[kind.toStdString()];
        if (kind == QLatin1String("from")) {
            v.kind = ChartValue::Kind::Sizing;
            const auto name = m_yaml.scalarText(body, kindPath);
            if (!name)
                return std::nullopt;
            const auto source = sizingSourceFromName(*name);
            if (!source) {
                m_yaml.error(
                    body, kindPath,
                    ChartMapLoaderText::tr("unknown sizing value '%1'; use pods, replicaPods, cpuRequest, cpuLimit, "
                                           "memoryRequest, memoryLimit, volume, storageClass or hugePages2Mi.")
                        .arg(*name));
                return std::nullopt;
            }
            v.source = *source;
            const bool count = v.source == SizingSource::Pods || v.source == SizingSource::ReplicaPods;
            v.type = valueType(node, "type", path, false).value_or(count ? ValueType::Int : ValueType::String);
        } else if (kind == QLatin1String("setting")) {
            v.kind = ChartValue::Kind::Setting;
            const auto name = m_yaml.scalarText(body, kindPath);
            if (!name)
                return std::nullopt;
            v.setting = *name;
            v.type = valueType(node, "type", path, false).value_or(ValueType::String);
        } else if (kind == QLatin1String("value")) {
            v.kind = ChartValue::Kind::Fixed;
            v.value = toValueNode(body);
        } else if (kind == QLatin1String("byPods")) {
            v.kind = ChartValue::Kind::ByPods;
            if (!m_yaml.expectMap(body, kindPath))
                return std::nullopt;
            m_yaml.checkKeys(body, { QStringLiteral("one"), QStringLiteral("many") }, kindPath);
            if (!body["one"].IsDefined() || !body["many"].IsDefined()) {
                m_yaml.error(body, kindPath,
                             ChartMapLoaderText::tr("byPods needs both 'one' (a single pod) and 'many'."));
                return std::nullopt;
            }
            v.value = toValueNode(body["one"]);
            v.many = toValueNode(body["many"]);
        } else if (kind == QLatin1String("template")) {
            v.kind = ChartValue::Kind::Template;
            v.value = toValueNode(body);
            if (!hasPlaceholder(v.value)) {
                m_yaml.error(
                    body, kindPath,
                    ChartMapLoaderText::tr("a template without {placeholders} is a fixed value; write it as value."));
                return std::nullopt;
            }
        } else if (kind == QLatin1String("config")) {
            v.kind = ChartValue::Kind::Config;
            if (!readConfig(body, kindPath, v.config))
                return std::nullopt;
        } else {
            v.kind = ChartValue::Kind::Text;
            if (!readText(body, kindPath, v.text))
                return std::nullopt;
        }
        if (node["type"].IsDefined() && v.kind != ChartValue::Kind::Sizing && v.kind != ChartValue::Kind::Setting)
            m_yaml.warning(node["type"], YamlReader::join(path, QStringLiteral("type")),
                           ChartMapLoaderText::tr("type applies to from and setting only; it is ignored here."));
        return v;
    }

    bool readConfig(const YAML::Node& body, const QString& path, ConfigTarget& config)
    {
        if (!m_yaml.expectMap(body, path))
            return false;
        m_yaml.checkKeys(body, { QStringLiteral("layout"), QStringLiteral("settings"), QStringLiteral("valueType") },
                         path);
        if (const auto layout = m_yaml.string(body, "layout", path, false)) {
            if (*layout == QLatin1String("nested")) {
                config.layout = ConfigTarget::Layout::Nested;
            } else if (*layout != QLatin1String("flat")) {
                m_yaml.error(
                    body["layout"], YamlReader::join(path, QStringLiteral("layout")),
                    ChartMapLoaderText::tr("unknown layout '%1'; use flat (one key per setting name) or nested "
                                           "(dotted names become nested keys).")
                        .arg(*layout));
                return false;
            }
        }
        config.settings = stringList(body, "settings", path);
        config.valueType = valueType(body, "valueType", path, true).value_or(ValueType::String);
        return true;
    }

    bool readText(const YAML::Node& body, const QString& path, TextTarget& text)
    {
        if (!m_yaml.expectMap(body, path))
            return false;
        m_yaml.checkKeys(body,
                         { QStringLiteral("line"), QStringLiteral("settings"), QStringLiteral("secretKeys"),
                           QStringLiteral("default") },
                         path);
        if (const auto line = m_yaml.string(body, "line", path, false)) {
            if (!line->contains(QLatin1String("{name}")) || !line->contains(QLatin1String("{value}"))) {
                m_yaml.error(body["line"], YamlReader::join(path, QStringLiteral("line")),
                             ChartMapLoaderText::tr("a line needs {name} and {value}, as in \"{name} {value}\" or "
                                                    "\"{name} = {value}\"."));
                return false;
            }
            text.line = *line;
        }
        text.settings = stringList(body, "settings", path);
        if (text.settings.isEmpty()) {
            m_yaml.error(body, YamlReader::join(path, QStringLiteral("settings")),
                         ChartMapLoaderText::tr("name the settings written inside the text."));
            return false;
        }
        text.secretKeys = stringList(body, "secretKeys", path);
        const auto defaultText = m_yaml.string(body, "default", path, true);
        if (!defaultText)
            return false;
        text.defaultText = *defaultText;
        return true;
    }

    void readPodLimit(const YAML::Node& doc, ChartMap& map)
    {
        const YAML::Node node = doc["podLimit"];
        if (!node.IsDefined())
            return;
        const QString path = QStringLiteral("podLimit");
        if (!m_yaml.expectMap(node, path))
            return;
        m_yaml.checkKeys(node, { QStringLiteral("count"), QStringLiteral("explain") }, path);
        const auto count = m_yaml.quantity(node, "count", Dimension::Count, path, true);
        map.podLimitExplain = m_yaml.string(node, "explain", path, true).value_or(QString());
        if (!count)
            return;
        if (count->raw() < 1 || count->raw() > 1000) {
            m_yaml.error(node["count"], YamlReader::join(path, QStringLiteral("count")),
                         ChartMapLoaderText::tr("a pod limit is between 1 and 1000."));
            return;
        }
        map.podLimit = int(count->raw());
    }

    void readSecrets(const YAML::Node& doc, ChartMap& map)
    {
        const YAML::Node list = doc["secrets"];
        const QString path = QStringLiteral("secrets");
        if (!list.IsDefined() || !m_yaml.expectSequence(list, path))
            return;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const YAML::Node node = list[i];
            if (!m_yaml.expectMap(node, p))
                continue;
            m_yaml.checkKeys(node, { QStringLiteral("path"), QStringLiteral("explain") }, p);
            ChartSecret s;
            s.location = m_yaml.locationOf(node);
            const auto keyPath = m_yaml.string(node, "path", p, true);
            s.explain = m_yaml.string(node, "explain", p, true).value_or(QString());
            if (!keyPath || !checkPath(node["path"], YamlReader::join(p, QStringLiteral("path")), *keyPath))
                continue;
            s.path = *keyPath;
            const bool written = std::any_of(map.values.begin(), map.values.end(),
                                             [&](const ChartValue& v) { return v.path == s.path; });
            if (written) {
                m_yaml.error(
                    node["path"], YamlReader::join(p, QStringLiteral("path")),
                    ChartMapLoaderText::tr("'%1' is a secret and also a value the map writes; a secret is only "
                                           "ever written empty.")
                        .arg(s.path));
                continue;
            }
            map.secrets << s;
        }
    }

    void readFreeForm(const YAML::Node& doc, ChartMap& map)
    {
        const YAML::Node list = doc["freeForm"];
        const QString path = QStringLiteral("freeForm");
        if (!list.IsDefined() || !m_yaml.expectSequence(list, path))
            return;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const auto keyPath = m_yaml.scalarText(list[i], p);
            if (keyPath && checkPath(list[i], p, *keyPath))
                map.freeForm << FreeFormMap { *keyPath, m_yaml.locationOf(list[i]) };
        }
    }

    void readUnsupported(const YAML::Node& doc, ChartMap& map)
    {
        const YAML::Node list = doc["unsupported"];
        const QString path = QStringLiteral("unsupported");
        if (!list.IsDefined() || !m_yaml.expectSequence(list, path))
            return;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            const YAML::Node node = list[i];
            if (!m_yaml.expectMap(node, p))
                continue;
            m_yaml.checkKeys(node, { QStringLiteral("setting"), QStringLiteral("explain") }, p);
            const auto setting = m_yaml.string(node, "setting", p, true);
            const auto explain = m_yaml.string(node, "explain", p, true);
            if (setting && explain)
                map.unsupported << UnsupportedSetting { *setting, *explain };
        }
    }

    void readRoles(const YAML::Node& doc, ChartMap& map)
    {
        const YAML::Node roles = doc["roles"];
        const QString path = QStringLiteral("roles");
        if (!roles.IsDefined() || !m_yaml.expectMap(roles, path))
            return;
        for (const auto& entry : roles) {
            const QString name = QString::fromStdString(entry.first.Scalar());
            const QString p = YamlReader::join(path, name);
            const YAML::Node node = entry.second;
            if (!m_yaml.expectMap(node, p))
                continue;
            m_yaml.checkKeys(node, { QStringLiteral("values"), QStringLiteral("notes") }, p);
            RoleMapping role;
            if (node["values"].IsDefined())
                role.values = values(node["values"], YamlReader::join(p, QStringLiteral("values")));
            role.notes = stringList(node, "notes", p);
            map.roles.insert(name, role);
        }
    }

    YamlReader& m_yaml;
};

// ---- checking against the chart's values.yaml ----

QString describe(const YAML::Node& node)
{
    if (node.IsMap())
        return ChartMapLoaderText::tr("a mapping");
    if (node.IsSequence())
        return ChartMapLoaderText::tr("a list");
    return ChartMapLoaderText::tr("a single value");
}

struct Lookup
{
    enum class Result { Found, Free, Missing } result = Result::Missing;
    YAML::Node node; // Found: the chart's node at the path
    QString missingKey;
    QString parent; // the path above the missing key ("" for the top)
};

// Follows `path` in the chart's values from segment `i`. Below an empty mapping, or a key
// with no default at all, the chart takes any keys: the rest of the path is free.
Lookup lookup(const YAML::Node& node, const QStringList& path, qsizetype i)
{
    if (i == path.size())
        return { Lookup::Result::Found, node, {}, {} };
    if (node.IsNull() || (node.IsMap() && node.size() == 0))
        return { Lookup::Result::Free, {}, {}, {} };
    if (node.IsMap()) {
        const YAML::Node child = node[path[i].toStdString()];
        if (child.IsDefined())
            return lookup(child, path, i + 1);
    }
    return { Lookup::Result::Missing, {}, path[i], path.mid(0, i).join(QLatin1Char('.')) };
}

class ChartChecker
{
public:
    ChartChecker(const ChartMap& map, const YAML::Node& chart)
        : m_map(map)
        , m_chart(chart)
    {
    }

    // A free-form mapping must exist in values.yaml as a mapping, so that a misspelt one frees
    // nothing.
    std::optional<Error> check(const FreeFormMap& f) const
    {
        const Lookup found = lookup(m_chart, f.path.split(QLatin1Char('.')), 0);
        if (found.result == Lookup::Result::Missing)
            return missing(f.path, found, f.location);
        if (found.result == Lookup::Result::Found && !found.node.IsNull() && !found.node.IsMap())
            return error(
                f.path, f.location,
                ChartMapLoaderText::tr("%1 is %2 in the chart's values.yaml, not a mapping whose keys are free.")
                    .arg(f.path, describe(found.node)));
        return std::nullopt;
    }

    std::optional<Error> check(const ChartValue& v)
    {
        if (belowFreeForm(v.path))
            return std::nullopt;
        const Lookup found = lookup(m_chart, v.pathSegments(), 0);
        if (found.result == Lookup::Result::Missing)
            return missing(v.path, found, v.location);
        if (found.result == Lookup::Result::Free)
            return std::nullopt;
        const YAML::Node& target = found.node;
        switch (v.kind) {
        case ChartValue::Kind::Sizing:
        case ChartValue::Kind::Setting:
            return expectScalar(v.path, target, v.location);
        case ChartValue::Kind::Text:
            if (auto e = expectScalar(v.path, target, v.location))
                return e;
            if (target.IsScalar() && QString::fromStdString(target.Scalar()) != v.text.defaultText)
                return error(
                    v.path, v.location,
                    ChartMapLoaderText::tr("the map's default text for %1 is not the chart's own text in "
                                           "values.yaml; copy the chart's text so that Headroom keeps its lines.")
                        .arg(v.path));
            return std::nullopt;
        case ChartValue::Kind::Config:
            if (!target.IsNull() && !target.IsMap())
                return error(
                    v.path, v.location,
                    ChartMapLoaderText::tr("%1 is %2 in the chart's values.yaml, not a mapping the settings can go "
                                           "into.")
                        .arg(v.path, describe(target)));
            return std::nullopt;
        case ChartValue::Kind::Fixed:
        case ChartValue::Kind::Template:
            return shape(v.path, target, v.value, v.location);
        case ChartValue::Kind::ByPods:
            if (auto e = shape(v.path, target, v.value, v.location))
                return e;
            return shape(v.path, target, v.many, v.location);
        }
        return std::nullopt;
    }

    std::optional<Error> check(const ChartSecret& s)
    {
        const Lookup found = lookup(m_chart, s.path.split(QLatin1Char('.')), 0);
        if (found.result == Lookup::Result::Missing)
            return missing(s.path, found, s.location);
        if (found.result == Lookup::Result::Found)
            return expectScalar(s.path, found.node, s.location);
        return std::nullopt;
    }

private:
    bool belowFreeForm(const QString& path) const
    {
        return std::any_of(m_map.freeForm.begin(), m_map.freeForm.end(),
                           [&](const FreeFormMap& f) { return path.startsWith(f.path + QLatin1Char('.')); });
    }

    Error error(const QString& path, const SourceLocation& location, const QString& message) const
    {
        return Error { message, path, location };
    }

    std::optional<Error> missing(const QString& path, const Lookup& found, const SourceLocation& location) const
    {
        if (found.parent.isEmpty())
            return error(
                path, location,
                ChartMapLoaderText::tr("the %1 chart has no key %2: its values.yaml has no '%3' at the top, so Helm "
                                       "would ignore the value.")
                    .arg(m_map.chart, path, found.missingKey));
        return error(
            path, location,
            ChartMapLoaderText::tr("the %1 chart has no key %2: its values.yaml has no '%3' under '%4', so Helm would "
                                   "ignore the value.")
                .arg(m_map.chart, path, found.missingKey, found.parent));
    }

    std::optional<Error> expectScalar(const QString& path, const YAML::Node& target,
                                      const SourceLocation& location) const
    {
        if (target.IsNull() || target.IsScalar())
            return std::nullopt;
        return error(path, location,
                     ChartMapLoaderText::tr("%1 is %2 in the chart's values.yaml; the map writes a single value there.")
                         .arg(path, describe(target)));
    }

    std::optional<Error> shape(const QString& path, const YAML::Node& target, const ValueNode& value,
                               const SourceLocation& location) const
    {
        if (target.IsNull() || value.kind == ValueNode::Kind::Null)
            return std::nullopt;
        switch (value.kind) {
        case ValueNode::Kind::Scalar:
            return expectScalar(path, target, location);
        case ValueNode::Kind::Sequence:
            if (!target.IsSequence())
                return error(path, location,
                             ChartMapLoaderText::tr("%1 is %2 in the chart's values.yaml; the map writes a list there.")
                                 .arg(path, describe(target)));
            return std::nullopt; // a list's items are the chart's to read, not keys
        case ValueNode::Kind::Map:
            if (!target.IsMap())
                return error(
                    path, location,
                    ChartMapLoaderText::tr("%1 is %2 in the chart's values.yaml; the map writes a mapping there.")
                        .arg(path, describe(target)));
            for (qsizetype i = 0; i < value.keys.size(); ++i) {
                const QString childPath = path + QLatin1Char('.') + value.keys[i];
                const Lookup found = lookup(target, { value.keys[i] }, 0);
                if (found.result == Lookup::Result::Missing) {
                    Lookup whole = found;
                    whole.parent = path;
                    return missing(childPath, whole, location);
                }
                if (found.result == Lookup::Result::Found) {
                    if (auto e = shape(childPath, found.node, value.items[std::size_t(i)], location))
                        return e;
                }
            }
            return std::nullopt;
        case ValueNode::Kind::Null:
            break;
        }
        return std::nullopt;
    }

    const ChartMap& m_map;
    const YAML::Node& m_chart;
};

} // namespace

Expected<ChartMap> ChartMapLoader::read(const QByteArray& data, const QString& fileName)
{
    YamlReader yaml(fileName);
    if (data.trimmed().isEmpty())
        return Error { ChartMapLoaderText::tr(
                           "the file is empty; a chart map starts with apiVersion: headroom/v1 and kind: "
                           "ChartMap."),
                       {},
                       { fileName, 1, 1 } };
    if (data.contains('\0'))
        return Error { ChartMapLoaderText::tr("this is a binary file, not YAML text."), {}, { fileName, 0, 0 } };
    auto documents = yaml.parseDocuments(data);
    if (!documents)
        return documents.error();
    std::vector<YAML::Node> docs;
    for (const auto& doc : documents.value()) {
        if (!doc.IsNull())
            docs.push_back(doc);
    }
    if (docs.size() != 1) {
        const SourceLocation where = docs.size() > 1 ? yaml.locationOf(docs[1]) : SourceLocation { fileName, 1, 1 };
        return Error {
            ChartMapLoaderText::tr("a chart map file holds exactly one document, found %1.").arg(docs.size()), {}, where
        };
    }
    ChartMapReader reader(yaml);
    ChartMap map = reader.read(docs.front());
    m_warnings << yaml.warnings();
    if (yaml.hasErrors())
        return firstOf(yaml);
    return map;
}

Expected<ChartMap> ChartMapLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ChartMapLoaderText::tr("cannot open the chart map: %1.").arg(file.errorString()),
                       {},
                       { path, 0, 0 } };
    if (file.size() > kMaxChartMapBytes)
        return Error { ChartMapLoaderText::tr("the file is larger than 4 MiB; that is not a chart map."),
                       {},
                       { path, 0, 0 } };
    return read(file.readAll(), path);
}

Expected<QList<ChartMap>> ChartMapLoader::loadBuiltIn()
{
    QList<ChartMap> maps;
    const QDir dir(builtInDirectory());
    for (const auto& name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        auto map = loadFile(dir.filePath(name));
        if (!map)
            return map.error();
        maps << std::move(map.value());
    }
    return maps;
}

std::optional<Error> checkAgainstChart(const ChartMap& map, const YAML::Node& chartValues)
{
    if (!chartValues.IsMap())
        return Error { ChartMapLoaderText::tr("the %1 chart's values.yaml is not a mapping of keys.").arg(map.chart),
                       {},
                       { map.fileName, 0, 0 } };
    ChartChecker checker(map, chartValues);
    for (const auto& f : map.freeForm) {
        if (auto e = checker.check(f))
            return e;
    }
    QList<ChartValue> all = map.values;
    for (const auto& role : map.roles)
        all << role.values;
    for (const auto& v : all) {
        if (auto e = checker.check(v))
            return e;
    }
    for (const auto& s : map.secrets) {
        if (auto e = checker.check(s))
            return e;
    }
    return std::nullopt;
}

std::optional<Error> checkAgainstCatalog(const ChartMap& map, const Catalog& catalog)
{
    const SourceLocation top { map.fileName, 0, 0 };
    const ServiceDefinition* service = catalog.service(map.service);
    if (!service)
        return Error { ChartMapLoaderText::tr("the catalog has no service '%1'.").arg(map.service),
                       QStringLiteral("service"), top };
    if (!service->chart.isEmpty() && service->chart != map.chart)
        return Error { ChartMapLoaderText::tr("the catalog deploys %1 with the %2 chart, not %3.")
                           .arg(map.service, service->chart, map.chart),
                       QStringLiteral("chart"), top };
    QSet<QString> known;
    for (const auto& s : service->settings)
        known.insert(s.name);
    // Settings from a PostgreSQL profile: any the catalog's profiles write.
    if (service->settingsFromPostgresProfile()) {
        for (const auto& profile : catalog.postgresProfiles) {
            for (const auto& s : profile.settings)
                known.insert(s.name);
        }
    }

    QSet<QString> placed;
    bool rest = false;
    QList<ChartValue> all = map.values;
    for (const auto& role : map.roles)
        all << role.values;
    for (const auto& v : all) {
        if (v.kind == ChartValue::Kind::Config && v.config.settings.isEmpty())
            rest = true;
        for (const auto& name : v.settingsRead()) {
            if (!known.contains(name))
                return Error { ChartMapLoaderText::tr(
                                   "the %1 service has no setting '%2' (nor is it a sizing value: pods, "
                                   "replicaPods, cpuRequest, cpuLimit, memoryRequest, memoryLimit, volume, "
                                   "storageClass, hugePages2Mi).")
                                   .arg(map.service, name),
                               v.path, v.location };
            placed.insert(name);
        }
    }
    for (const auto& u : map.unsupported) {
        if (!known.contains(u.setting))
            return Error { ChartMapLoaderText::tr("the %1 service has no setting '%2'.").arg(map.service, u.setting),
                           QStringLiteral("unsupported"), top };
        placed.insert(u.setting);
    }
    if (rest)
        return std::nullopt;
    for (const auto& s : service->settings) {
        if (!placed.contains(s.name))
            return Error { ChartMapLoaderText::tr(
                               "the %1 setting '%2' has no place in the chart map: write it to a key, or "
                               "list it under unsupported with the reason.")
                               .arg(map.service, s.name),
                           QStringLiteral("values"), top };
    }
    return std::nullopt;
}

} // namespace headroom
