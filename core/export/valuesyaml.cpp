// SPDX-License-Identifier: Apache-2.0
#include "export/valuesyaml.h"

#include "export/exporttext.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace headroom {

namespace {

void emitNode(YAML::Emitter& out, const ValueNode& node)
{
    switch (node.kind) {
    case ValueNode::Kind::Null:
        out << YAML::Null;
        break;
    case ValueNode::Kind::Scalar: {
        const std::string text = node.text.toStdString();
        if (node.style == ValueNode::Style::Literal)
            out << YAML::Literal << text;
        else if (node.style == ValueNode::Style::String && ValuesYaml::readsAsNonString(node.text))
            out << YAML::DoubleQuoted << text;
        else
            out << text;
        break;
    }
    case ValueNode::Kind::Map:
        if (node.keys.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            out << YAML::Key << node.keys[i].toStdString() << YAML::Value;
            emitNode(out, node.items[std::size_t(i)]);
        }
        out << YAML::EndMap;
        break;
    case ValueNode::Kind::Sequence:
        if (node.items.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const auto& item : node.items)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    }
    if (!node.comment.isEmpty())
        out << YAML::Comment(ExportText::comment(node.comment).toStdString());
}

// The emitter's text of a one-entry map, from which a key or a value is cut out.
QString emitEntry(const ValueNode& key, const ValueNode& value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key;
    emitNode(out, key);
    out << YAML::Value;
    emitNode(out, value);
    out << YAML::EndMap;
    return QString::fromStdString(out.c_str());
}

bool isCollection(const ValueNode& node)
{
    return node.kind == ValueNode::Kind::Map || node.kind == ValueNode::Kind::Sequence;
}

bool isEmptyCollection(const ValueNode& node)
{
    return (node.kind == ValueNode::Kind::Map && node.keys.isEmpty())
        || (node.kind == ValueNode::Kind::Sequence && node.items.empty());
}

} // namespace

bool ValuesYaml::readsAsNonString(const QString& text)
{
    if (text.isEmpty())
        return true;
    static const QRegularExpression numberLike(QStringLiteral("^[-+]?([0-9]|\\.[0-9]|\\.(inf|Inf|INF|nan|NaN|NAN)$)"));
    if (numberLike.match(text).hasMatch())
        return true;
    static const QSet<QString> words = {
        QStringLiteral("y"),    QStringLiteral("Y"),     QStringLiteral("yes"),   QStringLiteral("Yes"),
        QStringLiteral("YES"),  QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
        QStringLiteral("No"),   QStringLiteral("NO"),    QStringLiteral("true"),  QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("on"),   QStringLiteral("On"),    QStringLiteral("ON"),    QStringLiteral("off"),
        QStringLiteral("Off"),  QStringLiteral("OFF"),   QStringLiteral("null"),  QStringLiteral("Null"),
        QStringLiteral("NULL"), QStringLiteral("~"),
    };
    return words.contains(text);
}

QString ValuesYaml::emitterText(const ValueNode& root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, root);
    return QString::fromStdString(out.c_str());
}

QString ValuesYaml::write(const ValueNode& root)
{
    auto direct = writeDirect(root);
    return direct ? std::move(*direct) : emitterText(root);
}

std::optional<QString> ValuesYaml::writeDirect(const ValueNode& root)
{
    m_out.clear();
    if (root.kind != ValueNode::Kind::Map || root.keys.isEmpty() || !root.comment.isEmpty()
        || !writeMap(root, 0, false))
        return std::nullopt;
    m_out.chop(1); // the emitter ends the document without a newline
    return m_out;
}

const QString* ValuesYaml::scalar(const ValueNode& node)
{
    const bool quoted = node.style == ValueNode::Style::String && readsAsNonString(node.text);
    auto& cache = quoted ? m_quoted : m_plain;
    auto it = cache.constFind(node.text);
    if (it == cache.constEnd()) {
        static const QString prefix = QStringLiteral("k: ");
        ValueNode plain = node;
        plain.comment.clear();
        QString text = emitEntry(ValueNode::scalar(QStringLiteral("k")), plain);
        // A value the emitter does not write on the key's line is not laid out here.
        text = text.startsWith(prefix) && !text.contains(QLatin1Char('\n')) ? text.mid(prefix.size()) : QString();
        it = cache.insert(node.text, text);
    }
    return it->isEmpty() ? nullptr : &*it;
}

const QString* ValuesYaml::key(const QString& text)
{
    auto it = m_keys.constFind(text);
    if (it == m_keys.constEnd()) {
        static const QString suffix = QStringLiteral(": v");
        QString written = emitEntry(ValueNode::scalar(text), ValueNode::scalar(QStringLiteral("v")));
        written
            = written.endsWith(suffix) && !written.startsWith(QLatin1Char('?')) && !written.contains(QLatin1Char('\n'))
            ? written.chopped(suffix.size())
            : QString();
        it = m_keys.insert(text, written);
    }
    return it->isEmpty() ? nullptr : &*it;
}

bool ValuesYaml::writeInline(const ValueNode& node)
{
    if (node.comment.contains(QLatin1Char('\n')))
        return false;
    if (node.kind == ValueNode::Kind::Null) {
        m_out += QLatin1Char('~');
    } else if (node.kind == ValueNode::Kind::Map) {
        m_out += QLatin1String("{}");
    } else if (node.kind == ValueNode::Kind::Sequence) {
        m_out += QLatin1String("[]");
    } else {
        if (node.style == ValueNode::Style::Literal)
            return false;
        const QString* text = scalar(node);
        if (!text)
            return false;
        m_out += *text;
    }
    if (!node.comment.isEmpty()) {
        m_out += QLatin1String("  # ");
        m_out += ExportText::comment(node.comment);
    }
    m_out += QLatin1Char('\n');
    return true;
}

// A map's entries at `indent`; the first on the current line when it follows a sequence's dash.
bool ValuesYaml::writeMap(const ValueNode& map, int indent, bool firstOnLine)
{
    for (qsizetype i = 0; i < map.keys.size(); ++i) {
        const QString* k = key(map.keys[i]);
        if (!k)
            return false;
        if (i > 0 || !firstOnLine)
            m_out += QString(indent, QLatin1Char(' '));
        m_out += *k;
        m_out += QLatin1Char(':');
        if (!writeValue(map.items[std::size_t(i)], indent))
            return false;
    }
    return true;
}

// A literal block's lines as the emitter lays them out: each line indented, empty lines bare.
QString ValuesYaml::literalLines(const QString& text, int indent)
{
    QString out = QStringLiteral("|\n");
    const QString pad(indent, QLatin1Char(' '));
    bool lineStart = true;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += c;
            lineStart = true;
            continue;
        }
        if (lineStart)
            out += pad;
        lineStart = false;
        out += c;
    }
    return out + QLatin1Char('\n');
}

// A literal block after "key:", its lines two deeper than the key.
bool ValuesYaml::writeLiteral(const QString& text, int indent)
{
    auto it = m_literals.constFind(text);
    if (it == m_literals.constEnd()) {
        const QString emitted
            = emitEntry(ValueNode::scalar(QStringLiteral("k")), ValueNode::scalar(text, ValueNode::Style::Literal));
        it = m_literals.insert(text, emitted + QLatin1Char('\n') == QStringLiteral("k: ") + literalLines(text, 2));
    }
    if (!*it)
        return false;
    m_out += literalLines(text, indent + 2);
    return true;
}

// The value after "key:": on the same line, or the collection below it.
bool ValuesYaml::writeValue(const ValueNode& node, int indent)
{
    if (node.kind == ValueNode::Kind::Scalar && node.style == ValueNode::Style::Literal) {
        m_out += QLatin1Char(' ');
        return node.comment.isEmpty() && writeLiteral(node.text, indent);
    }
    if (!isCollection(node) || isEmptyCollection(node)) {
        m_out += QLatin1Char(' ');
        return writeInline(node);
    }
    if (!node.comment.isEmpty())
        return false;
    m_out += QLatin1Char('\n');
    if (node.kind == ValueNode::Kind::Map)
        return writeMap(node, indent + 2, false);
    return writeSequence(node, indent + 2);
}

bool ValuesYaml::writeSequence(const ValueNode& sequence, int indent)
{
    for (const auto& item : sequence.items) {
        m_out += QString(indent, QLatin1Char(' '));
        m_out += QLatin1String("- ");
        if (item.kind == ValueNode::Kind::Map && !item.keys.isEmpty()) {
            if (!item.comment.isEmpty() || !writeMap(item, indent + 2, true))
                return false;
        } else if (isCollection(item)) {
            return false; // nested sequences and empty collections in a list: the emitter's layout
        } else if (!writeInline(item)) {
            return false;
        }
    }
    return true;
}

} // namespace headroom
