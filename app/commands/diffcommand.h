// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"

// `headroom diff OLD NEW`: what changes between two plans; exit 1 when anything does.
class DiffCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    DiffCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
