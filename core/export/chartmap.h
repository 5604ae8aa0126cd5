// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace headroom {

// A YAML value as Headroom writes it into a Helm values file: plain data, so that yaml-cpp
// stays out of the API. Maps keep their keys in the order they were set, which is the order
// of the chart map, so exports are stable and diff well.
struct ValueNode
{
    enum class Kind { Null, Scalar, Map, Sequence };
    // How a scalar is read back. Plain: as YAML resolves it (3 is an int, false a bool).
    // String: always a string ("2" for a CPU, "" for a password), quoted when it would
    // otherwise read as a number, a bool or null. Literal: a multi-line text block.
    enum class Style { Plain, String, Literal };

    Kind kind = Kind::Null;
    Style style = Style::Plain;
    QString text; // a scalar's text
    QStringList keys; // a map's keys, parallel to items
    std::vector<ValueNode> items; // a map's values, or a sequence's items
    QString comment; // written beside the value (why it is empty, where it comes from)

    static ValueNode scalar(const QString& text, Style style = Style::Plain);
    static ValueNode string(const QString& text) { return scalar(text, Style::String); }
    static ValueNode map()
    {
        ValueNode n;
        n.kind = Kind::Map;
        return n;
    }
    static ValueNode sequence()
    {
        ValueNode n;
        n.kind = Kind::Sequence;
        return n;
    }

    bool isMap() const { return kind == Kind::Map; }
    const ValueNode* child(const QString& key) const;
    ValueNode* child(const QString& key);
    // The node at a dotted path below this one, or nullptr.
    const ValueNode* at(const QStringList& path) const;
    // Sets the node at `path`, creating maps on the way; an existing key keeps its place.
    ValueNode& set(const QStringList& path, ValueNode value);
};

// Where a value a chart map writes comes from.
enum class SizingSource {
    Pods, // the release's pod count
    ReplicaPods, // pods beyond the first (the chart's "replicas" of a primary)
    CpuRequest,
    CpuLimit,
    MemoryRequest,
    MemoryLimit,
    Volume, // the volume as planned over the horizon, else the sized storage
    StorageClass, // the plan's storage class id
    HugePages2Mi, // the pod's 2 MiB huge pages; nothing is written for a pod without any
};
QString sizingSourceName(SizingSource source);
std::optional<SizingSource> sizingSourceFromName(const QString& name);

// The YAML type a setting's text is written as.
enum class ValueType { String, Int, Number, Bool, Auto };

// Other settings written as entries of a map the chart renders into its config file.
struct ConfigTarget
{
    enum class Layout {
        Flat, // one key per setting name: `max_parallel_workers: "8"` (key = value renderings)
        Nested, // dotted names become nested maps: ingester.max_chunk_age → ingester: {max_chunk_age: 2h}
    };
    Layout layout = Layout::Flat;
    QStringList settings; // empty: every setting no other entry of the map writes
    ValueType valueType = ValueType::String;
};

// Settings written as lines inside a configuration file the chart takes as one text value.
struct TextTarget
{
    QString line = QStringLiteral("{name} {value}"); // how one line is written
    QStringList settings;
    QStringList secretKeys; // lines with these keys are dropped (never write secrets)
    QString defaultText; // the chart's own text, kept apart from the lines Headroom sets
};

// One key path of a chart's values.yaml and where its value comes from.
struct ChartValue
{
    enum class Kind { Sizing, Setting, Fixed, ByPods, Template, Config, Text };

    QString path; // dotted, as in the chart's values.yaml
    Kind kind = Kind::Fixed;
    SizingSource source = SizingSource::Pods; // Sizing
    QString setting; // Setting
    ValueType type = ValueType::String; // Sizing and Setting
    ValueNode value; // Fixed; Template (with {name} placeholders in its scalars); ByPods: one pod
    ValueNode many; // ByPods: several pods
    ConfigTarget config; // Config
    TextTarget text; // Text
    QStringList covers; // settings this value also sets (an image that derives one from another)
    QString explain; // one line for the header
    SourceLocation location;

    QStringList pathSegments() const { return path.split(QLatin1Char('.')); }
    // The setting names the value reads (placeholders, lists, the setting itself).
    QStringList settingsRead() const;
};

// A key the chart reads a secret from: written empty, with a comment, never with a value.
struct ChartSecret
{
    QString path;
    QString explain;
    SourceLocation location;
};

// A mapping of values.yaml that the chart renders whole: the keys below it are free.
struct FreeFormMap
{
    QString path;
    SourceLocation location;
};

// A setting of the service the chart has no place for.
struct UnsupportedSetting
{
    QString setting;
    QString explain;
};

// Values and header notes that apply to one way of deploying a multi-role service.
struct RoleMapping
{
    QList<ChartValue> values;
    QStringList notes;
};

// How one catalog service maps onto one Helm chart's values.yaml (resources/charts/*.yaml).
struct ChartMap
{
    QString chart; // the sb-helm-charts chart
    QString chartVersion;
    QString service; // the catalog service id
    QStringList notes; // header lines for every release
    QStringList clusterNotes; // header lines when a release runs more than one pod
    std::optional<int> podLimit; // the most pods the chart runs correctly
    QString podLimitExplain;
    QList<ChartValue> values;
    QList<ChartSecret> secrets;
    QList<UnsupportedSetting> unsupported;
    // Mappings of values.yaml that the chart renders whole (toYaml .Values.resources), so that
    // keys its defaults do not list still reach the manifest: resources.requests takes any
    // Kubernetes resource name. Only the keys below these paths are free.
    QList<FreeFormMap> freeForm;
    // Roles of a service sized as a primary and replicas: "together" (identical roles in one
    // release, the chart's own replication) and one mapping per role name for a release each.
    QMap<QString, RoleMapping> roles;
    QString fileName;

    // Every value of the map in order: the common ones, then those of `role` ("" for none).
    QList<ChartValue> valuesFor(const QString& role) const;
    // Every key path the map can write, for checking against the chart's values.yaml.
    QStringList keyPaths() const;
};

// Sets `settings` (name, value) inside a configuration text: the first uncommented line with
// the same key is replaced, later duplicates are removed, a missing key is appended, and
// every other line is kept. Lines whose key is in `secretKeys` are replaced by a comment.
QString editConfigText(const QString& text, const QList<std::pair<QString, QString>>& settings,
                       const QString& lineFormat, const QStringList& secretKeys);
// The key of a configuration line ("maxmemory 1gb" → maxmemory, "a.b = 1" → a.b), or ""
// for blank and commented lines.
QString configLineKey(const QString& line);

} // namespace headroom
