// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "model/plansizing.h"

// `headroom check PLAN [--apply --out FILE]`: findings of a plan, optionally with their recommendations applied.
class CheckCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    // Applies every recommendation once; false after saying why when the plan cannot be written.
    bool apply(const QCommandLineParser& parser, headroom::Plan& plan, const headroom::PlanSizing& sizing,
               QTextStream& said);
};
