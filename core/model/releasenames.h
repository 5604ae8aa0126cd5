// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// What is wrong with the Helm releases (and so the exported file names) of a plan.
struct ReleaseNameProblem
{
    QString service; // the service whose releases are refused
    QString message;
};

// The Helm releases a plan's services export, one values file (and conf file) each. The
// loader refuses a plan whose releases Helm would refuse or two services would share, and the
// window refuses the edit that would make one, so a saved plan always loads again.
class ReleaseNames
{
public:
    // Helm refuses a longer release name (its names become labels and Service names).
    static constexpr qsizetype kMaxLength = 53;

    // A PostgreSQL service with read replicas exports one release per role.
    static QStringList of(const PlannedService& service);
    // The first service whose role releases are too long or whose releases another service
    // exports too; the service names themselves are checked where they are read.
    static std::optional<ReleaseNameProblem> problemIn(const Plan& plan);
};

} // namespace headroom
