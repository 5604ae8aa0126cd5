// SPDX-License-Identifier: Apache-2.0
#include "io/yamlreader.h"

#include "io/splityamlloader.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <tuple>

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

namespace {
// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or npos.
std::size_t firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + std::size_t(length) > text.size())
            return i;
        for (int k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(text[i + std::size_t(k)]);
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                return i;
        }
        i += std::size_t(length);
    }
    return std::string_view::npos;
}

SourceLocation locationOfOffset(const QString& fileName, std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, offset);
    const auto lineStart = before.rfind('\n');
    const int line = int(std::count(before.begin(), before.end(), '\n')) + 1;
    const int column = int(lineStart == std::string_view::npos ? offset : offset - lineStart - 1) + 1;
    return { fileName, line, column };
}
} // namespace

namespace {
// Where a node stands, as the loaders' messages name it ("services.db.inputs"): one link per
// level on the walk's stack, made into text only for a message, since nearly every plan has
// no duplicate key and the text of every key's path cost more than the walk.
struct KeyPathLink
{
    const KeyPathLink* parent = nullptr;
    std::string_view key; // a mapping's key, or a named item's name
    std::size_t index = 0; // an unnamed item's place in its list
    bool isIndex = false;
};

QString keyPathText(const KeyPathLink* link)
{
    if (!link)
        return {};
    const QString parent = keyPathText(link->parent);
    if (link->isIndex)
        return QStringLiteral("%1[%2]").arg(parent).arg(link->index);
    return YamlReader::join(parent, QString::fromUtf8(link->key.data(), qsizetype(link->key.size())));
}

// YAML forbids a key twice in one mapping, but yaml-cpp keeps both and a lookup takes one:
// the other value would be dropped without a word.
class DuplicateKeyFinder
{
public:
    explicit DuplicateKeyFinder(const YamlReader& reader)
        : m_reader(reader)
    {
    }

    std::optional<Error> find(const YAML::Node& node, const KeyPathLink* path)
    {
        // An alias shares its anchor's node, and so its place in the text: each collection is
        // walked once, or a billion-laughs document would be walked exponentially often. The
        // place is its line and column, which SplitYamlLoader keeps (not its byte offset).
        if ((node.IsMap() || node.IsSequence())
            && !m_visited.emplace(node.Mark().line, node.Mark().column, int(node.Type())).second)
            return std::nullopt;
        if (node.IsSequence())
            return inSequence(node, path);
        if (node.IsMap())
            return inMap(node, path);
        return std::nullopt;
    }

private:
    std::optional<Error> inSequence(const YAML::Node& node, const KeyPathLink* path)
    {
        for (std::size_t i = 0; i < node.size(); ++i) {
            // Named items are addressed by name, as the loaders' messages do ("services.db").
            const YAML::Node item = node[i];
            const YAML::Node name = item.IsMap() ? std::as_const(item)["name"] : YAML::Node();
            KeyPathLink link { path, {}, i, true };
            if (name.IsDefined() && name.IsScalar())
                link = KeyPathLink { path, name.Scalar(), 0, false };
            if (auto e = find(item, &link))
                return e;
        }
        return std::nullopt;
    }

    std::optional<Error> inMap(const YAML::Node& node, const KeyPathLink* path)
    {
        std::vector<std::pair<std::string_view, YAML::Node>> seen;
        for (const auto& entry : node) {
            const YAML::Node& key = entry.first;
            if (!key.IsScalar()) {
                if (auto e = find(entry.second, path))
                    return e;
                continue;
            }
            const std::string_view name = key.Scalar();
            const auto first = std::find_if(seen.cbegin(), seen.cend(), [&](const auto& s) { return s.first == name; });
            const KeyPathLink link { path, name, 0, false };
            if (first != seen.cend())
                return Error { QStringLiteral(
                                   "the key '%1' is given twice in this mapping (first at line %2); keep one.")
                                   .arg(QString::fromUtf8(name.data(), qsizetype(name.size())))
                                   .arg(first->second.Mark().line + 1),
                               keyPathText(&link), m_reader.locationOf(key) };
            seen.emplace_back(name, key);
            if (auto e = find(entry.second, &link))
                return e;
        }
        return std::nullopt;
    }

    const YamlReader& m_reader;
    std::set<std::tuple<int, int, int>> m_visited;
};
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
    // yaml-cpp takes any bytes; a plan with a broken character would load with it.
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos)
        return Error { QStringLiteral("this is not UTF-8 text: byte 0x%1 does not belong to a UTF-8 character.")
                           .arg(QString::number(static_cast<unsigned char>(text[bad]), 16)
                                    .toUpper()
                                    .rightJustified(2, QLatin1Char('0'))),
                       {},
                       locationOfOffset(m_fileName, text, bad) };
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
            if (part.begin == 0 && part.end == text.size()) {
                auto halves = SplitYamlLoader::load(text);
                documents.push_back(halves ? std::move(*halves) : YAML::Load(text));
            } else {
                documents.push_back(YAML::Load(std::string(std::size_t(part.line), '\n')
                                               + text.substr(part.begin, part.end - part.begin)));
            }
        }
    } catch (const YAML::DeepRecursion& ex) {
        return Error {
            QStringLiteral("the YAML is nested more than %1 levels deep, more than Headroom reads.").arg(kMaxYamlDepth),
            {},
            { m_fileName, ex.mark.line + 1, ex.mark.column + 1 }
        };
    } catch (const YAML::Exception& ex) {
        Error e;
        e.location = { m_fileName, ex.mark.line + 1, ex.mark.column + 1 };
        e.message = QStringLiteral("this is not valid YAML: %1.").arg(QString::fromStdString(ex.msg));
        return e;
    }
    for (const auto& document : documents) {
        if (auto duplicate = DuplicateKeyFinder(*this).find(document, nullptr))
            return *duplicate;
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

std::optional<QString> YamlReader::string(const YAML::Node& map, const char* key, const QString& keyPath, bool required)
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

std::optional<double> YamlReader::number(const YAML::Node& map, const char* key, const QString& keyPath, bool required)
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

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const char* key, const QString& keyPath, bool required)
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
