// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace headroom {

// Reads a plan file (see docs/PLANS.md) against a catalog, so that service kinds, tiers,
// storage classes and input units are checked where they are written. The plan's own
// storage classes and catalog overrides are merged into the catalog it is checked against
// (effectiveCatalog()). An older apiVersion is migrated; a newer one is refused.
class PlanLoader
{
public:
    explicit PlanLoader(const Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Expected<Plan> loadFile(const QString& path);
    Expected<Plan> load(const QByteArray& data, const QString& fileName);
    // The plan compiled into Headroom that the README's run command opens.
    Expected<Plan> loadSample();

    // The catalog with the last loaded plan's storage classes and overrides.
    const Catalog& effectiveCatalog() const { return m_effective; }
    const QList<Error>& warnings() const { return m_warnings; }
    // Every problem of the last load that failed, the returned error first (it summarises them).
    const QList<Error>& errors() const { return m_errors; }

    static QString samplePath() { return QStringLiteral(":/examples/small-production-stack.yaml"); }
    static QString currentApiVersion() { return QStringLiteral("headroom/v1"); }
    static constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;

    // The catalog a plan is sized against: `base`, the plan's storage classes, its overrides.
    static Expected<Catalog> catalogFor(const Plan& plan, const Catalog& base, const QString& fileName);

private:
    const Catalog& m_catalog;
    Catalog m_effective;
    QList<Error> m_warnings;
    QList<Error> m_errors;
};

} // namespace headroom
