#include "io/yamlreader.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace headroom {

namespace {
QString typeName(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return QStringLiteral("nothing");
    case YAML::NodeType::Scalar:
        return QStringLiteral("a single value");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Map:
        return QStringLiteral("a mapping");
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

namespace {
// "---" or "..." at the start of a line, then white space or the line's end: a document
// marker wherever it stands (YAML 1.2 c-forbidden), even inside a scalar.
bool isMarker(std::string_view line, char c)
{
    return line.size() >= 3 && line[0] == c && line[1] == c && line[2] == c
        && (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
}

bool isContent(std::string_view line)
{
    const auto first = line.find_first_not_of(" \t\r");
    return first != std::string_view::npos && line[first] != '#';
}
} // namespace

// yaml-cpp 0.7's LoadAll never returns on some malformed streams (a ',' outside a flow
// collection, e.g. "{a: 1},"): it adds empty documents forever without consuming the token
// (jbeder/yaml-cpp#1040, fixed upstream by #1319 after 0.8.0) until memory runs out. Load
// reads one document and always returns, so the text is split at document markers and each
// document read on its own; the lines before it are kept as blank lines so that marks keep
// their line numbers.
Expected<std::vector<YAML::Node>> YamlReader::parseDocuments(const QByteArray& data) const
{
    const std::string text = data.toStdString();
    struct Part
    {
        std::size_t begin;
        std::size_t end;
        int line;
    };
    std::vector<Part> parts;
    std::size_t partBegin = 0;
    int partLine = 0;
    bool hasContent = false;
    std::size_t pos = 0;
    for (int line = 0;; ++line) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos)
            eol = text.size();
        const std::string_view l(text.data() + pos, eol - pos);
        if (isMarker(l, '-')) {
            if (hasContent)
                parts.push_back({ partBegin, pos, partLine });
            if (hasContent) {
                partBegin = pos;
                partLine = line;
            }
            hasContent = true; // "---" opens a document even when nothing follows
        } else if (isMarker(l, '.')) {
            if (hasContent)
                parts.push_back({ partBegin, eol, partLine });
            partBegin = std::min(eol + 1, text.size());
            partLine = line + 1;
            hasContent = false;
        } else if (isContent(l) && !(l.front() == '%' && !hasContent)) {
            hasContent = true;
        }
        if (eol >= text.size())
            break;
        pos = eol + 1;
    }
    if (hasContent)
        parts.push_back({ partBegin, text.size(), partLine });

    std::vector<YAML::Node> documents;
    try {
        for (const Part& part : parts) {
            if (part.begin == 0 && part.end == text.size())
                documents.push_back(YAML::Load(text));
            else
                documents.push_back(
                    YAML::Load(std::string(std::size_t(part.line), '\n') + text.substr(part.begin, part.end - part.begin)));
        }
    } catch (const YAML::Exception& ex) {
        Error e;
        e.location = { m_fileName, ex.mark.line + 1, ex.mark.column + 1 };
        e.message = QStringLiteral("this is not valid YAML: %1.").arg(QString::fromStdString(ex.msg));
        return e;
    }
    return documents;
}

SourceLocation YamlReader::locationOf(const YAML::Node& node) const
{
    const auto mark = node.Mark();
    if (mark.line < 0)
        return { m_fileName, 0, 0 };
    return { m_fileName, mark.line + 1, mark.column + 1 };
}

void YamlReader::error(const YAML::Node& node, const QString& keyPath, const QString& message)
{
    m_errors << Error { message, keyPath, node.IsDefined() ? locationOf(node) : SourceLocation { m_fileName, 0, 0 } };
}

void YamlReader::warning(const YAML::Node& node, const QString& keyPath, const QString& message)
{
    m_warnings << Error { message, keyPath, locationOf(node) };
}

bool YamlReader::expectMap(const YAML::Node& node, const QString& keyPath)
{
    if (node.IsMap())
        return true;
    error(node, keyPath, QStringLiteral("expected a mapping of keys to values, found %1.").arg(typeName(node)));
    return false;
}

bool YamlReader::expectSequence(const YAML::Node& node, const QString& keyPath)
{
    if (node.IsSequence())
        return true;
    error(node, keyPath, QStringLiteral("expected a list, found %1.").arg(typeName(node)));
    return false;
}

std::optional<QString> YamlReader::scalarText(const YAML::Node& node, const QString& keyPath)
{
    if (!node.IsScalar()) {
        error(node, keyPath, QStringLiteral("expected a single value, found %1.").arg(typeName(node)));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> YamlReader::string(const YAML::Node& map, const char* key, const QString& keyPath,
                                          bool required)
{
    const QString path = join(keyPath, QString::fromLatin1(key));
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, path, QStringLiteral("the key '%1' is required here.").arg(QString::fromLatin1(key)));
        return std::nullopt;
    }
    return scalarText(node, path);
}

std::optional<Quantity> YamlReader::quantityOf(const YAML::Node& node, Dimension dimension, const QString& keyPath)
{
    const auto text = scalarText(node, keyPath);
    if (!text)
        return std::nullopt;
    auto parsed = Quantity::parse(dimension, *text);
    if (!parsed) {
        error(node, keyPath, parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<Quantity> YamlReader::quantity(const YAML::Node& map, const char* key, Dimension dimension,
                                             const QString& keyPath, bool required)
{
    const QString path = join(keyPath, QString::fromLatin1(key));
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, path, QStringLiteral("the key '%1' is required here.").arg(QString::fromLatin1(key)));
        return std::nullopt;
    }
    return quantityOf(node, dimension, path);
}

std::optional<double> YamlReader::number(const YAML::Node& map, const char* key, const QString& keyPath,
                                         bool required)
{
    const auto text = string(map, key, keyPath, required);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text->trimmed(), &ok);
    if (!ok || !std::isfinite(value)) {
        error(map[key], join(keyPath, QString::fromLatin1(key)),
              QStringLiteral("'%1' is not a number.").arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const char* key, const QString& keyPath,
                                        bool required)
{
    const auto text = string(map, key, keyPath, required);
    if (!text)
        return std::nullopt;
    const QString t = text->trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    error(map[key], join(keyPath, QString::fromLatin1(key)),
          QStringLiteral("'%1' is not true or false.").arg(*text));
    return std::nullopt;
}

void YamlReader::checkKeys(const YAML::Node& map, const QStringList& known, const QString& keyPath)
{
    if (!map.IsMap())
        return;
    for (const auto& entry : map) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (!known.contains(key)) {
            warning(entry.first, join(keyPath, key),
                    QStringLiteral("unknown key '%1' is ignored; the keys here are: %2.")
                        .arg(key, known.join(QStringLiteral(", "))));
        }
    }
}

YamlMap::YamlMap(const YAML::Node& node)
    : m_node(node)
    , m_isMap(node.IsMap())
{
    if (!m_isMap)
        return;
    m_entries.reserve(node.size());
    const auto end = node.end();
    for (auto it = node.begin(); it != end; ++it) {
        const auto& entry = *it; // each dereference makes the pair of nodes anew
        // A key that is not a scalar (a list or a mapping as a key) matches no name.
        const std::string_view name
            = entry.first.IsScalar() ? std::string_view(entry.first.Scalar()) : std::string_view();
        m_entries.push_back({ name, entry.first, entry.second });
    }
}

const YAML::Node& YamlMap::operator[](std::string_view key) const
{
    for (const Entry& e : m_entries) {
        if (e.name == key && e.key.IsScalar())
            return e.value;
    }
    static const YAML::Node undefined(YAML::NodeType::Undefined);
    return undefined;
}

std::optional<QString> YamlReader::string(const YamlMap& map, const char* key, const QString& keyPath, bool required)
{
    const YAML::Node& node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map.node(), join(keyPath, QString::fromLatin1(key)),
                  QStringLiteral("the key '%1' is required here.").arg(QString::fromLatin1(key)));
        return std::nullopt;
    }
    if (!node.IsScalar())
        return scalarText(node, join(keyPath, QString::fromLatin1(key)));
    return QString::fromStdString(node.Scalar());
}

std::optional<Quantity> YamlReader::quantity(const YamlMap& map, const char* key, Dimension dimension,
                                             const QString& keyPath, bool required)
{
    const auto text = string(map, key, keyPath, required);
    if (!text)
        return std::nullopt;
    auto parsed = Quantity::parse(dimension, *text);
    if (!parsed) {
        error(map[key], join(keyPath, QString::fromLatin1(key)), parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<double> YamlReader::number(const YamlMap& map, const char* key, const QString& keyPath, bool required)
{
    const auto text = string(map, key, keyPath, required);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text->trimmed(), &ok);
    if (!ok || !std::isfinite(value)) {
        error(map[key], join(keyPath, QString::fromLatin1(key)), QStringLiteral("'%1' is not a number.").arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlReader::boolean(const YamlMap& map, const char* key, const QString& keyPath, bool required)
{
    const auto text = string(map, key, keyPath, required);
    if (!text)
        return std::nullopt;
    const QString t = text->trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    error(map[key], join(keyPath, QString::fromLatin1(key)), QStringLiteral("'%1' is not true or false.").arg(*text));
    return std::nullopt;
}

void YamlReader::checkKeys(const YamlMap& map, std::initializer_list<std::string_view> known, const QString& keyPath)
{
    if (!map.isMap())
        return;
    for (const auto& entry : map.entries()) {
        if (std::find(known.begin(), known.end(), entry.name) != known.end() && entry.key.IsScalar())
            continue;
        QStringList names;
        for (const std::string_view k : known)
            names << QString::fromLatin1(k.data(), qsizetype(k.size()));
        const QString key = QString::fromStdString(entry.key.Scalar());
        warning(entry.key, join(keyPath, key),
                QStringLiteral("unknown key '%1' is ignored; the keys here are: %2.")
                    .arg(key, names.join(QStringLiteral(", "))));
    }
}

QString YamlReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace headroom
