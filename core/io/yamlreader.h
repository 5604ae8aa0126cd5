// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "model/quantity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace headroom {

// yaml-cpp refuses deeper nesting (YAML::DeepRecursion, depthguard.h).
inline constexpr int kMaxYamlDepth = 2000;

// The entries of one mapping, read in a single pass. yaml-cpp's map["key"] compares the
// key against every entry through a converted copy, and builds a string stream for a key
// that is absent; a loader that asks for ten optional keys of every service pays that
// ten times per service. Lookups here compare the keys in place. Holds nodes of the tree
// it was made from, which must outlive it.
class YamlMap
{
public:
    struct Entry
    {
        std::string_view name;
        YAML::Node key;
        YAML::Node value;
    };

    YamlMap() = default;
    explicit YamlMap(const YAML::Node& node);

    const YAML::Node& node() const { return m_node; }
    bool isMap() const { return m_isMap; }
    // The first entry's value for key (as yaml-cpp picks it), or an undefined node.
    const YAML::Node& operator[](std::string_view key) const;
    bool contains(std::string_view key) const { return operator[](key).IsDefined(); }
    const std::vector<Entry>& entries() const { return m_entries; }

private:
    YAML::Node m_node;
    bool m_isMap = false;
    std::vector<Entry> m_entries;
};

// Reads typed values out of a yaml-cpp tree and turns every problem into an Error with
// file:line:column and the key path. Internal to core (yaml-cpp stays out of the API).
class YamlReader
{
public:
    explicit YamlReader(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    // Parses every document of the text. A syntax error becomes an Error with its place.
    // Refuses text that is not UTF-8, a key given twice in a mapping, and nesting deeper
    // than yaml-cpp's limit (kMaxYamlDepth), each with its place.
    Expected<std::vector<YAML::Node>> parseDocuments(const QByteArray& data) const;

    const QString& fileName() const { return m_fileName; }
    SourceLocation locationOf(const YAML::Node& node) const;

    // Records an error (loading goes on, so a user sees every problem at once).
    void error(const YAML::Node& node, const QString& keyPath, const QString& message);
    void warning(const YAML::Node& node, const QString& keyPath, const QString& message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<Error>& errors() const { return m_errors; }
    const QList<Error>& warnings() const { return m_warnings; }

    // Each getter records an error and returns nullopt when the key is required and missing,
    // or present with the wrong type.
    bool expectMap(const YAML::Node& node, const QString& keyPath);
    bool expectSequence(const YAML::Node& node, const QString& keyPath);
    std::optional<QString> string(const YAML::Node& map, const char* key, const QString& keyPath, bool required);
    std::optional<QString> scalarText(const YAML::Node& node, const QString& keyPath);
    std::optional<Quantity> quantity(const YAML::Node& map, const char* key, Dimension dimension,
                                     const QString& keyPath, bool required);
    std::optional<Quantity> quantityOf(const YAML::Node& node, Dimension dimension, const QString& keyPath);
    std::optional<double> number(const YAML::Node& map, const char* key, const QString& keyPath, bool required);
    std::optional<bool> boolean(const YAML::Node& map, const char* key, const QString& keyPath, bool required);
    // Warns about keys a map has that are not in `known` (a typo must not pass silently).
    void checkKeys(const YAML::Node& map, const QStringList& known, const QString& keyPath);

    // The same on a mapping read once (YamlMap). `keyPath` is the mapping's own path; a
    // key's path is made only for a message.
    std::optional<QString> string(const YamlMap& map, const char* key, const QString& keyPath, bool required);
    std::optional<Quantity> quantity(const YamlMap& map, const char* key, Dimension dimension, const QString& keyPath,
                                     bool required);
    std::optional<double> number(const YamlMap& map, const char* key, const QString& keyPath, bool required);
    std::optional<bool> boolean(const YamlMap& map, const char* key, const QString& keyPath, bool required);
    void checkKeys(const YamlMap& map, std::initializer_list<std::string_view> known, const QString& keyPath);

    // Calls read(item, itemPath) for each mapping of a list at `path` (itemPath "path[i]");
    // a missing list is fine, anything else that is not a list of mappings is an error.
    template <typename Read> void forEachMap(const YAML::Node& list, const QString& path, Read&& read)
    {
        if (!list.IsDefined() || !expectSequence(list, path))
            return;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (expectMap(item, itemPath))
                read(item, itemPath);
        }
    }

    static QString join(const QString& path, const QString& key);

private:
    QString m_fileName;
    QList<Error> m_errors;
    QList<Error> m_warnings;
};

} // namespace headroom
