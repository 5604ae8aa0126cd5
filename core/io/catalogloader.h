// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace YAML {
class Node;
}

namespace headroom {

class YamlReader;

// Reads catalog YAML (see docs/CATALOG.md) into a Catalog. Files are read in order; an
// entry with an id already known replaces it, a new id extends the catalog. After the last
// file the whole catalog is checked: every formula compiles, every name it reads exists,
// no cycles, every service has a row for every workload size.
class CatalogLoader
{
public:
    // The catalog compiled into Headroom (:/catalog/...).
    Expected<Catalog> loadBuiltIn();
    // The built-in catalog with a user's file read on top.
    Expected<Catalog> loadWithOverride(const QString& overridePath);

    // Lower level: read one file's text onto `catalog` (no final check).
    std::optional<Error> read(Catalog& catalog, const QByteArray& data, const QString& fileName);
    // Reads catalog documents embedded in another file (a plan's `catalog:` list); problems
    // are recorded in `yaml`, with the places of that file.
    void readEmbedded(Catalog& catalog, const YAML::Node& documents, YamlReader& yaml, const QString& keyPath);
    // The final check of a merged catalog.
    std::optional<Error> validate(const Catalog& catalog);

    // Unknown keys and other things that do not stop loading.
    const QList<Error>& warnings() const { return m_warnings; }

private:
    Expected<Catalog> readBuiltIn(); // without the final check
    QList<Error> m_warnings;
};

} // namespace headroom
