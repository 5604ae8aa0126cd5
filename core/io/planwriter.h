// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace headroom {

// Writes a plan as YAML that diffs well: a fixed key order, quantities in their shortest
// exact form, and nothing the user did not set. PlanLoader reads back the same plan.
class PlanWriter
{
public:
    static QByteArray toYaml(const Plan& plan);
    // Writes through QSaveFile: the file on disk is either the old plan or the new one,
    // never half of each.
    static std::optional<Error> save(const Plan& plan, const QString& path);
};

} // namespace headroom
