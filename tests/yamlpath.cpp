// SPDX-License-Identifier: Apache-2.0
#include "yamlpath.h"

namespace headroom::testutils {

QString scalarAt(const YAML::Node& node, QStringList keys)
{
    if (keys.isEmpty())
        return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
    if (!node.IsMap())
        return {};
    const YAML::Node child = node[keys.takeFirst().toStdString()];
    return child ? scalarAt(child, keys) : QString();
}

} // namespace headroom::testutils
