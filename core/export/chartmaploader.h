// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/chartmap.h"
#include "model/catalog.h"
#include "model/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace YAML {
class Node;
}

namespace headroom {

// Reads chart maps (docs/CHARTS.md): one YAML file per chart, apiVersion headroom/v1,
// kind ChartMap. Problems are Errors with file:line:column, the key path and a sentence,
// as for the catalog; unknown keys are warnings.
class ChartMapLoader
{
public:
    // The chart maps compiled into Headroom (:/charts/*.yaml), in file name order.
    Expected<QList<ChartMap>> loadBuiltIn();
    Expected<ChartMap> loadFile(const QString& path);
    Expected<ChartMap> read(const QByteArray& data, const QString& fileName);

    const QList<Error>& warnings() const { return m_warnings; }

    static QString builtInDirectory() { return QStringLiteral(":/charts"); }

private:
    QList<Error> m_warnings;
};

// Fails when the map writes a key path that the chart's values.yaml does not have, or writes
// it with another shape (a single value where the chart has a mapping). A path is valid when
// every segment exists in values.yaml; below a key whose default is an empty mapping
// (postgresql.config: {}) the keys are free. A text value's default must be the chart's own
// text, so that Headroom keeps the chart's lines.
std::optional<Error> checkAgainstChart(const ChartMap& map, const YAML::Node& chartValues);

// Fails when the map's service is not in the catalog, reads a setting the service does not
// have, or leaves one of the service's settings without a place (written or unsupported).
std::optional<Error> checkAgainstCatalog(const ChartMap& map, const Catalog& catalog);

} // namespace headroom
