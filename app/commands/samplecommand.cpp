// SPDX-License-Identifier: Apache-2.0
#include "commands/samplecommand.h"

#include "engine/plansizer.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "report/planreport.h"

using namespace headroom;

SampleCommand::SampleCommand()
    : Command(QStringLiteral("sample"), tr("print the report of the built-in sample plan"))
{
}

void SampleCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("Print the report of the built-in sample plan."));
}

int SampleCommand::run(const QCommandLineParser&)
{
    CatalogLoader loader;
    auto catalog = loader.loadBuiltIn();
    if (!catalog)
        return fail(catalog.error().toString());
    PlanLoader plans(catalog.value());
    auto plan = plans.loadSample();
    if (!plan)
        return fail(plan.error().toString());
    out() << plan_report::toText(plan.value(), PlanSizer(plans.effectiveCatalog()).size(plan.value()));
    return 0;
}
