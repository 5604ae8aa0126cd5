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

private:
    void readSource(const YAML::Node& node, const QString& path, Measurement& m);
    void readTime(const YAML::Node& node, const QString& path, Measurement& m);
    void readCounts(const YAML::Node& node, const QString& path, Measurement& m);
    std::optional<UsageDistribution> distribution(const YAML::Node& node, const QString& path, Dimension dimension);
    void readDeployed(const YAML::Node& node, const QString& path, Measurement& m);
    DeployedResources deployedPart(const YAML::Node& node, const QString& path);
    void readVolumes(const YAML::Node& node, const QString& path, Measurement& m);

    YamlReader& m_yaml;
};

} // namespace headroom
