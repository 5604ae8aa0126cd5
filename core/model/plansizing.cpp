// SPDX-License-Identifier: Apache-2.0
#include "model/plansizing.h"

#include <algorithm>

namespace headroom {

int PlanSizing::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [&](const PlanFinding& f) { return f.finding.severity == severity; }));
}

const ServicePlanSizing* PlanSizing::service(const QString& name) const
{
    for (const auto& s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace headroom
