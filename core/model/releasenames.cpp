// SPDX-License-Identifier: Apache-2.0
#include "model/releasenames.h"

#include <QCoreApplication>
#include <QHash>

namespace headroom {

QStringList ReleaseNames::of(const PlannedService& service)
{
    if (service.topology && service.topology->readReplicas > 0)
        return { service.name + QStringLiteral("-primary"), service.name + QStringLiteral("-replica") };
    return { service.name };
}

std::optional<ReleaseNameProblem> ReleaseNames::problemIn(const Plan& plan)
{
    QHash<QString, QString> owner;
    for (const auto& service : plan.services) {
        for (const auto& release : of(service)) {
            if (release.size() > kMaxLength && release != service.name)
                return ReleaseNameProblem {
                    service.name,
                    QCoreApplication::translate("ReleaseNames",
                                                "service '%1' exports the Helm release '%2', longer than the %3 "
                                                "characters Helm takes; shorten the name to at most %4 characters.")
                        .arg(service.name, release)
                        .arg(kMaxLength)
                        .arg(kMaxLength - (release.size() - service.name.size())),
                };
            const QString other = owner.value(release);
            if (!other.isEmpty() && other != service.name)
                return ReleaseNameProblem {
                    service.name,
                    QCoreApplication::translate("ReleaseNames",
                                                "services '%1' and '%2' both export the Helm release '%3' (and its "
                                                "files %3.*); rename one of them.")
                        .arg(other, service.name, release),
                };
            owner.insert(release, service.name);
        }
    }
    return std::nullopt;
}

} // namespace headroom
