// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "export/exportfile.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QList>
#include <QStringList>

namespace headroom {

struct PlanExportOptions
{
    QStringList services; // empty: all
    QString profile; // empty: each PostgreSQL service's own (the plan's, else kDefaultPostgresProfile)
    QString format = QStringLiteral("conf"); // conf or alter-system
    int pgVersion = 16;
    QString headroomVersion;
};

// Every file a plan exports: Helm values per release, postgresql.conf per role,
// pgbouncer.ini and my.cnf. The GUI's export dialog and `headroom export` use the same.
class PlanExporter
{
public:
    static Expected<QList<ExportFile>> files(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                             const PlanExportOptions& options);
    // The error findings that make the files unfit to deploy as they are: those of the
    // exported services (all when `services` is empty) and the cluster's own.
    static QList<PlanFinding> blockingFindings(const PlanSizing& sizing, const QStringList& services);

private:
    // Every file of every service of `plan`.
    static Expected<QList<ExportFile>> filesOf(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                                               const PlanExportOptions& options);
};

} // namespace headroom
