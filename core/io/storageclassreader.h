// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "io/yamlreader.h"
#include "model/storageclass.h"

#include <QList>

namespace headroom {

// Reads a list of storage classes (the catalog's and a plan's use the same schema).
// Problems are recorded in `yaml`; entries with errors are still returned so that
// loading can report everything at once.
QList<StorageClass> readStorageClassList(YamlReader& yaml, const YAML::Node& list, const QString& path);

} // namespace headroom
