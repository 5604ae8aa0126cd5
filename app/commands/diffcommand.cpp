// SPDX-License-Identifier: Apache-2.0
#include "commands/diffcommand.h"

#include "engine/plansizer.h"
#include "report/plandiff.h"

using namespace headroom;

DiffCommand::DiffCommand()
    : PlanCommand(QStringLiteral("diff"), tr("what changes between two plans"))
{
}

void DiffCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("What changes in resources, settings, storage, nodes and cost between two "
           "plans; a changed measurement is listed apart and is no difference of the plans. Exit 0: no "
           "differences; 1: differences; 2: bad input."));
    parser.addPositionalArgument(QStringLiteral("old"), tr("The plan before."));
    parser.addPositionalArgument(QStringLiteral("new"), tr("The plan after."));
    parser.addOption(catalogOption());
}

int DiffCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 2)
        return fail(tr("give two plan files: OLD NEW."));
    auto before = loadPlan(parser.positionalArguments().at(0), parser);
    if (!before)
        return fail(before.error().toString());
    auto after = loadPlan(parser.positionalArguments().at(1), parser);
    if (!after)
        return fail(after.error().toString());
    const auto changes = plan_diff::compare(PlanSizer(before->catalog).size(before->plan),
                                            PlanSizer(after->catalog).size(after->plan));
    out() << plan_diff::toText(changes);
    return plan_diff::changesPlan(changes) ? 1 : 0;
}
