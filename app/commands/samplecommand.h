// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/command.h"

// `headroom sample`: the report of the built-in sample plan, which needs no display.
class SampleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    SampleCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
