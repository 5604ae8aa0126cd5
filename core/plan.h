#pragma once

#include "error.h"
#include "sizing.h"

#include <QList>
#include <QString>

namespace headroom {

// One service of a plan: a name the user chose and what to size.
struct PlannedService
{
    QString name;
    ServiceRequest request;
    SourceLocation location;
};

// A capacity plan: the services of a cluster. Plain data.
struct Plan
{
    QString name;
    QString notes;
    QList<PlannedService> services;

    const PlannedService* service(const QString& name) const;
};

} // namespace headroom
