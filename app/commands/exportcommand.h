// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "export/exportmanifest.h"
#include "export/planexport.h"

// `headroom export PLAN --out DIR`: Helm values, postgresql.conf per role, pgbouncer.ini and my.cnf into a folder that
// keeps files edited since.
class ExportCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    std::optional<headroom::PlanExportOptions> exportOptions(const QCommandLineParser& parser);
    int write(const QCommandLineParser& parser, const headroom::PlanExport& source, bool wholePlan,
              std::optional<headroom::ExportManifest> manifest);
    int refuse(const QList<headroom::PlanFinding>& findings);
};
