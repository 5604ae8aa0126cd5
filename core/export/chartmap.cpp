// SPDX-License-Identifier: Apache-2.0
#include "export/chartmap.h"

#include <QRegularExpression>

namespace headroom {

ValueNode ValueNode::scalar(const QString& text, Style style)
{
    ValueNode n;
    n.kind = Kind::Scalar;
    n.style = style;
    n.text = text;
    return n;
}

const ValueNode* ValueNode::child(const QString& key) const
{
    const qsizetype i = keys.indexOf(key);
    return kind == Kind::Map && i >= 0 ? &items[std::size_t(i)] : nullptr;
}

ValueNode* ValueNode::child(const QString& key)
{
    const qsizetype i = keys.indexOf(key);
    return kind == Kind::Map && i >= 0 ? &items[std::size_t(i)] : nullptr;
}

const ValueNode* ValueNode::at(const QStringList& path) const
{
    const ValueNode* node = this;
    for (const auto& key : path) {
        node = node->child(key);
        if (!node)
            return nullptr;
    }
    return node;
}

ValueNode& ValueNode::set(const QStringList& path, ValueNode value)
{
    ValueNode* node = this;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (node->kind != Kind::Map) {
            // A path through a scalar replaces it: the later entry of the map wins.
            *node = map();
        }
        ValueNode* next = node->child(path[i]);
        if (!next) {
            node->keys << path[i];
            node->items.push_back(i + 1 == path.size() ? ValueNode() : map());
            next = &node->items.back();
        }
        node = next;
    }
    *node = std::move(value);
    return *node;
}

QString sizingSourceName(SizingSource source)
{
    switch (source) {
    case SizingSource::Pods:
        return QStringLiteral("pods");
    case SizingSource::ReplicaPods:
        return QStringLiteral("replicaPods");
    case SizingSource::CpuRequest:
        return QStringLiteral("cpuRequest");
    case SizingSource::CpuLimit:
        return QStringLiteral("cpuLimit");
    case SizingSource::MemoryRequest:
        return QStringLiteral("memoryRequest");
    case SizingSource::MemoryLimit:
        return QStringLiteral("memoryLimit");
    case SizingSource::Volume:
        return QStringLiteral("volume");
    case SizingSource::StorageClass:
        return QStringLiteral("storageClass");
    case SizingSource::HugePages2Mi:
        return QStringLiteral("hugePages2Mi");
    }
    return {};
}

std::optional<SizingSource> sizingSourceFromName(const QString& name)
{
    static const SizingSource all[]
        = { SizingSource::Pods,     SizingSource::ReplicaPods,   SizingSource::CpuRequest,
            SizingSource::CpuLimit, SizingSource::MemoryRequest, SizingSource::MemoryLimit,
            SizingSource::Volume,   SizingSource::StorageClass,  SizingSource::HugePages2Mi };
    for (const auto s : all) {
        if (sizingSourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

namespace {
void collectPlaceholders(const ValueNode& node, QStringList& out)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    if (node.kind == ValueNode::Kind::Scalar) {
        for (const auto& m : placeholder.globalMatch(node.text))
            out << m.captured(1);
    }
    for (const auto& item : node.items)
        collectPlaceholders(item, out);
}
} // namespace

QStringList ChartValue::settingsRead() const
{
    QStringList names;
    switch (kind) {
    case Kind::Setting:
        names << setting;
        break;
    case Kind::Template: {
        QStringList placeholders;
        collectPlaceholders(value, placeholders);
        for (const auto& p : placeholders) {
            if (!sizingSourceFromName(p))
                names << p;
        }
        break;
    }
    case Kind::Config:
        names << config.settings;
        break;
    case Kind::Text:
        names << text.settings;
        break;
    case Kind::Sizing:
    case Kind::Fixed:
    case Kind::ByPods:
        break;
    }
    names << covers;
    names.removeDuplicates();
    return names;
}

QList<ChartValue> ChartMap::valuesFor(const QString& role) const
{
    QList<ChartValue> all = values;
    if (!role.isEmpty() && roles.contains(role))
        all << roles.value(role).values;
    return all;
}

QStringList ChartMap::keyPaths() const
{
    QStringList paths;
    for (const auto& v : values)
        paths << v.path;
    for (const auto& r : roles) {
        for (const auto& v : r.values)
            paths << v.path;
    }
    for (const auto& s : secrets)
        paths << s.path;
    paths.removeDuplicates();
    return paths;
}

QString configLineKey(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
        return {};
    static const QRegularExpression keyEnd(QStringLiteral("[\\s=]"));
    const qsizetype end = t.indexOf(keyEnd);
    return end < 0 ? t : t.left(end);
}

namespace {
bool isCommentLine(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

// The chart's comment right above a line it set may describe the chart's value ("Set to
// 60% of available RAM" above 0.6), which would contradict Headroom's. In a block of
// comment lines the first is the section's title and stays; the lines under it go. A lone
// comment line (a title, or a commented-out alternative) stays. Returns the index of the
// setting line afterwards.
qsizetype replaceValueComment(QStringList& lines, qsizetype settingLine)
{
    qsizetype first = settingLine;
    while (first > 0 && isCommentLine(lines[first - 1]))
        --first;
    const qsizetype blockSize = settingLine - first;
    if (blockSize < 2)
        return settingLine;
    const qsizetype indent = lines[settingLine].indexOf(lines[settingLine].trimmed());
    lines.remove(first + 1, blockSize - 1);
    lines.insert(first + 1, lines[first + 1].left(indent) + QStringLiteral("# Set by Headroom"));
    return first + 2;
}
} // namespace

QString editConfigText(const QString& text, const QList<std::pair<QString, QString>>& settings,
                       const QString& lineFormat, const QStringList& secretKeys)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    // A text that ends with a newline splits into a last empty element; keep it last.
    const bool endsWithNewline = text.endsWith(QLatin1Char('\n'));
    if (endsWithNewline)
        lines.removeLast();

    for (auto& line : lines) {
        const QString key = configLineKey(line);
        if (!key.isEmpty() && secretKeys.contains(key))
            line = QStringLiteral("# %1: left out by Headroom, which never writes secrets into values files.").arg(key);
    }

    QStringList appended;
    for (const auto& [name, value] : settings) {
        const QString newLine
            = QString(lineFormat).replace(QLatin1String("{name}"), name).replace(QLatin1String("{value}"), value);
        bool replaced = false;
        for (qsizetype i = 0; i < lines.size();) {
            if (configLineKey(lines[i]) != name) {
                ++i;
                continue;
            }
            if (!replaced) {
                // Keep the line's indentation so the file still reads like the chart's own.
                const qsizetype indent = lines[i].indexOf(lines[i].trimmed());
                lines[i] = lines[i].left(indent) + newLine;
                replaced = true;
                i = replaceValueComment(lines, i) + 1;
            } else {
                // The engine takes the last occurrence; one line per key leaves no doubt.
                lines.removeAt(i);
            }
        }
        if (!replaced)
            appended << newLine;
    }
    if (!appended.isEmpty()) {
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
            lines << QString();
        lines << QStringLiteral("# Set by Headroom") << appended;
    }
    QString out = lines.join(QLatin1Char('\n'));
    if (endsWithNewline || !appended.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

} // namespace headroom
