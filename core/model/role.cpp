// SPDX-License-Identifier: Apache-2.0
#include "model/role.h"

namespace headroom {

QString roleName(Role role)
{
    switch (role) {
    case Role::Primary:
        return QStringLiteral("primary");
    case Role::Replica:
        return QStringLiteral("replica");
    case Role::Service:
        break;
    }
    return QString();
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name.isEmpty())
        return Role::Service;
    if (name == u"primary")
        return Role::Primary;
    if (name == u"replica")
        return Role::Replica;
    return std::nullopt;
}

} // namespace headroom
