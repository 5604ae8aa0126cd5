// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Every QSettings key Headroom uses, in one place.
namespace headroom::settings_keys {
inline QString recentFiles()
{
    return QStringLiteral("files/recent");
}
inline QString lastDirectory()
{
    return QStringLiteral("files/lastDirectory");
}
// The plan open when the window last closed, reopened at the next start (empty: the welcome page).
inline QString lastPlan()
{
    return QStringLiteral("files/lastPlan");
}
inline QString windowGeometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowState()
{
    return QStringLiteral("window/splitters");
}
inline QString exportDirectory()
{
    return QStringLiteral("exports/directory");
}
constexpr int maxRecentFiles = 8;
} // namespace headroom::settings_keys
