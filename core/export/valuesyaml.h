// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/chartmap.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// Writes a values tree as block YAML: the text yaml-cpp's emitter writes for it, byte for byte.
// The emitter checks every scalar with regular expressions, which cost most of an export of
// thousands of releases; here each distinct scalar is written by the emitter once and
// remembered. Shapes this writer does not lay out itself (nested sequences, comments on
// collections, literal blocks the emitter would quote) go to the emitter whole. One instance per export run.
class ValuesYaml
{
public:
    // The document, without a final newline (as the emitter ends it).
    QString write(const ValueNode& root);
    // The document when this writer lays it out itself; nothing for shapes left to the emitter.
    std::optional<QString> writeDirect(const ValueNode& root);

    // The same document written by yaml-cpp's emitter alone: the reference for write().
    static QString emitterText(const ValueNode& root);

    // Whether a string scalar would read back as a number, a bool or null under YAML 1.1,
    // as Helm reads values, and so must be quoted.
    static bool readsAsNonString(const QString& text);

private:
    bool writeMap(const ValueNode& map, int indent, bool firstOnLine);
    bool writeValue(const ValueNode& node, int indent);
    bool writeSequence(const ValueNode& sequence, int indent);
    bool writeInline(const ValueNode& node); // a scalar, null or empty collection, with its comment
    const QString* scalar(const ValueNode& node);
    const QString* key(const QString& text);
    bool writeLiteral(const QString& text, int indent);
    static QString literalLines(const QString& text, int indent);

    QHash<QString, QString> m_plain; // text → as the emitter writes it as a value
    QHash<QString, QString> m_quoted; // text → double-quoted by the emitter
    QHash<QString, QString> m_keys; // text → as the emitter writes it as a key; empty: not simple
    QHash<QString, bool> m_literals; // text → whether the emitter writes it as literalLines() does
    QString m_out;
};

} // namespace headroom
