// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/chartmap.h"
#include "model/catalog.h"
#include "model/plan.h"
#include "promimport/importedservice.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace headroom {

// Turns measured releases into a plan: the kind from the chart name (through the chart maps
// Headroom exports with), the resources from what is deployed, the measurement under
// `measured:`. A release matches a plan's service by the names Headroom exports: the
// service's own, or NAME-primary and NAME-replica for a PostgreSQL topology.
class PromPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PromPlanBuilder)

public:
    PromPlanBuilder(Catalog catalog, QList<ChartMap> charts);

    // Fills each release's kind from its chart; empty when no chart map names the chart.
    void resolveKinds(QList<ImportedService>& services) const;
    // A plan with a service per release of a known kind; `skipped` says which were left out.
    Plan newPlan(const QList<ImportedService>& services, const QString& source, QStringList& skipped) const;
    // Stores the measurement of every service of `plan` that releases match and nothing else;
    // returns the names of the services updated.
    QStringList update(Plan& plan, const QList<ImportedService>& services) const;
    // The plan service a release belongs to, or an empty text.
    static QString serviceFor(const Plan& plan, const QString& release);

private:
    PlannedService serviceOf(const ImportedService& s) const;
    // postgres_exporter's commits and connections of a PostgreSQL service's releases become
    // its measured inputs, as the libpq import sets them (NAME-replica: the replicas).
    // The releases' measurements: one for the service, or for a topology its primary's and
    // its replicas' apart.
    static void storeMeasurements(PlannedService& service, const QList<const ImportedService*>& releases);
    static void feedPostgresLoad(PlannedService& service, const QList<const ImportedService*>& releases);

    Catalog m_catalog;
    QList<ChartMap> m_charts;
};

} // namespace headroom
