#include "plan.h"

namespace headroom {

const PlannedService* Plan::service(const QString& name) const
{
    for (const auto& s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace headroom
