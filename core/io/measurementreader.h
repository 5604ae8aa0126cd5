// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/measurement.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace YAML {
class Node;
}

namespace headroom {

class YamlMap;
class YamlReader;

// Reads a service's `measured:` mapping (docs/PLANS.md). Every problem goes to the
// YamlReader with its place and key path: a unit of the wrong kind, percentiles out of
// order, a volume using more than its capacity, credentials in the source URL.
class MeasurementReader
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementReader)

public:
    explicit MeasurementReader(YamlReader& yaml)
        : m_yaml(yaml)
    {
    }

    std::optional<Measurement> read(const YAML::Node& node, const QString& path);
    // A service's `measured:`: one measurement, or for a topology one per role
    // (`primary:`, `replica:`), the primary's into `measured`.
    void readRoles(const YAML::Node& node, const QString& path, bool topology, std::optional<Measurement>& measured,
                   std::optional<Measurement>& replica);

private:
    void readSource(const YAML::Node& node, const QString& path, Measurement& m);
    void readTime(const YAML::Node& node, const QString& path, Measurement& m);
    void readCounts(const YAML::Node& node, const QString& path, Measurement& m);
    std::optional<UsageDistribution> distribution(const YAML::Node& node, const QString& path, Dimension dimension);
    void readDeployed(const YAML::Node& node, const QString& path, Measurement& m);
    DeployedResources deployedPart(const YAML::Node& node, const QString& path);
    void readVolumes(const YAML::Node& node, const QString& path, Measurement& m);
    void readEngine(const YAML::Node& node, const QString& path, Measurement& m);
    std::optional<EnginePeak> peak(const YamlMap& parent, const char* key, const QString& parentPath,
                                   Dimension dimension);

    YamlReader& m_yaml;
};

} // namespace headroom
