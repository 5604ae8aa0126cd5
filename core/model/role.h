// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace headroom {

// A PostgreSQL topology's roles; a service without a topology is sized as itself.
enum class Role { Service, Primary, Replica };

// The one place a role meets its text, as plans, sizings, findings and exports write it:
// "primary", "replica", or empty for the service itself.
QString roleName(Role role);
// The role a text names; nothing for any other text.
std::optional<Role> roleFromName(QStringView name);

} // namespace headroom
