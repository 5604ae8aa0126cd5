// SPDX-License-Identifier: Apache-2.0
#include "commands/reportcommand.h"

#include "engine/plansizer.h"
#include "report/planreport.h"
#include "translations/translationloader.h"

using namespace headroom;

ReportCommand::ReportCommand()
    : PlanCommand(QStringLiteral("report"), tr("the whole plan's sizing"),
                  { QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("json") })
{
}

void ReportCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("The whole plan: sizing of every service, pooling, storage, cluster fit "
                                        "and findings."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("format"), tr("Output format: text, markdown or json (default text)."), QStringLiteral("F") },
        catalogOption(),
    });
}

int ReportCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give exactly one plan file."));
    const auto chosen = format(parser);
    if (!chosen)
        return 2;
    auto loaded = loadPlan(parser.positionalArguments().first(), parser);
    if (!loaded)
        return fail(loaded.error().toString());
    const i18n::EnglishScope english(QCoreApplication::instance(), *chosen == QLatin1String("json"));
    const PlanSizing sizing = PlanSizer(loaded->catalog).size(loaded->plan);
    if (*chosen == QLatin1String("json"))
        out() << plan_report::toJson(loaded->plan, sizing);
    else if (*chosen == QLatin1String("markdown"))
        out() << plan_report::toMarkdown(loaded->plan, sizing);
    else
        out() << plan_report::toText(loaded->plan, sizing);
    return 0;
}
