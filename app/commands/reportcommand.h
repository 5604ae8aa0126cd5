// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"

// `headroom report PLAN`: the whole plan sized (text, markdown or json).
class ReportCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
