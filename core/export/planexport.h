// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "export/exportfile.h"
#include "export/planexporter.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// One service of an export and the hash of everything its files are rendered from.
struct ExportUnit
{
    QString service;
    QByteArray inputs; // ExportInputHash
};

// A plan's export that renders only the services it is asked for, so that a folder can leave
// the files of a service whose inputs did not change alone without rendering them
// (ExportFolder::write). Holds references: the plan, sizing and catalog must outlive it.
class PlanExport
{
public:
    PlanExport(const Plan& plan, const PlanSizing& sizing, const Catalog& catalog, PlanExportOptions options);

    // What PlanExporter::files would refuse whatever it renders: a service the plan does not
    // have, an unknown profile, format or version. Checked before the folder is touched.
    std::optional<Error> check() const;
    // The services exported (options.services, else all), in the sizing's order, with their
    // input hashes.
    QList<ExportUnit> units() const;
    // The files of `services` (a subset of units()), in the order PlanExporter::files gives.
    Expected<QList<ExportFile>> render(const QStringList& services) const;
    // Where files of this kind stand in PlanExporter::files: all values files first, then
    // each kind in turn, each in the order of the services.
    static int rank(const QString& kind);

private:
    const Plan& m_plan;
    const PlanSizing& m_sizing;
    const Catalog& m_catalog;
    PlanExportOptions m_options;
};

} // namespace headroom
