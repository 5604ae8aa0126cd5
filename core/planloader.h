#pragma once

#include "catalog.h"
#include "error.h"
#include "plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace headroom {

// Reads a plan file (apiVersion headroom/v1, kind Plan) against a catalog, so that service
// kinds, tiers, storage classes and input units are checked where they are written.
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

    const QList<Error>& warnings() const { return m_warnings; }

    static QString samplePath() { return QStringLiteral(":/examples/small-production-stack.yaml"); }

private:
    const Catalog& m_catalog;
    QList<Error> m_warnings;
};

} // namespace headroom
