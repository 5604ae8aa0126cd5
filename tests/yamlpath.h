// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace headroom::testutils {

// The scalar at a key path of a YAML document (a values file), or empty. Takes a const node:
// a YAML::Node assigned to rebinds what it refers to, which would rewrite the document while
// walking it.
QString scalarAt(const YAML::Node& node, QStringList keys);

} // namespace headroom::testutils
