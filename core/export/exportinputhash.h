// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/planexporter.h"
#include "model/catalog.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QByteArray>

#include <cstdint>

namespace headroom {

// The hash of everything one service's export files are rendered from, so that a re-export
// whose inputs did not change can leave the files alone without rendering them. It covers
// every field of the service's sizing and of its planned service (not only those the
// exporters read today), the plan's own settings, the catalog's PostgreSQL profiles and
// storage classes (a profile other than the sized one is evaluated at export), the export
// options, the built-in chart maps and the renderers' generation. The profile goes in as each
// PostgreSQL role's effective one (PostgresConfExporter::profileOf), whether the plan, the
// command line or the window chose it; other services' files do not depend on it. Over-inclusion only costs
// a render; a field left out would leave a file stale, so tst_exportinputhash edits each.
class ExportInputHash
{
public:
    ExportInputHash(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog,
                    const PlanExportOptions& options);

    // 32 lower-case hex digits. `planned` is null for a sizing without a planned service.
    QByteArray of(const PlannedService* planned, const ServicePlanSizing& sized) const;
    // Raised whenever the renderers write other bytes for the same inputs; tst_exportinputhash
    // records the output of each generation, so that a change cannot go without a raise.
    static std::int64_t rendererGeneration();

private:
    QByteArray m_common; // the digest of what every service's files share
    QString m_profile; // the profile asked for: part of a PostgreSQL service's own inputs
};

} // namespace headroom
