// SPDX-License-Identifier: Apache-2.0
#include "commands/checkcommand.h"

#include "app/printablefindings.h"
#include "engine/plansizer.h"
#include "io/planwriter.h"
#include "report/planreport.h"
#include "translations/translationloader.h"

using namespace headroom;

CheckCommand::CheckCommand()
    : PlanCommand(QStringLiteral("check"), tr("validate a plan and list its findings"),
                  { QStringLiteral("text"), QStringLiteral("json") })
{
}

void CheckCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Validate a plan and list its findings. Exit 0: no errors; 1: findings of error severity; 2: the "
           "file is invalid."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("apply"), tr("Apply every finding's recommendation and write the plan to --out.") },
        { QStringLiteral("out"), tr("Where --apply writes the changed plan (may be the plan itself)."),
          QStringLiteral("FILE") },
        { QStringLiteral("format"), tr("Output format: text or json (default text)."), QStringLiteral("F") },
        profileOption(),
        catalogOption(),
    });
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give exactly one plan file."));
    const auto chosen = format(parser);
    if (!chosen)
        return 2;
    if (parser.isSet(QStringLiteral("apply")) && !parser.isSet(QStringLiteral("out")))
        return fail(tr("--apply needs --out FILE for the changed plan."));
    auto loaded = loadPlan(parser.positionalArguments().first(), parser);
    if (!loaded)
        return fail(loaded.error().toString());
    if (!applyProfileOption(parser, loaded.value()))
        return 2;
    const bool json = *chosen == QLatin1String("json");
    const i18n::EnglishScope english(QCoreApplication::instance(), json);
    // With --format json standard output is the JSON document alone; what --apply did is said on standard error.
    QTextStream& said = json ? err() : out();
    Plan plan = loaded->plan;
    PlanSizer sizer(loaded->catalog);
    PlanSizing sizing = sizer.size(plan);
    if (parser.isSet(QStringLiteral("apply"))) {
        if (!apply(parser, plan, sizing, said))
            return 2;
        sizing = sizer.size(plan);
    }
    if (json)
        out() << plan_report::toJson(plan, sizing);
    else
        out() << plan_report::findingsText(withPrintableFindings(sizing));
    return sizing.count(Severity::Error) > 0 ? 1 : 0;
}

bool CheckCommand::apply(const QCommandLineParser& parser, Plan& plan, const PlanSizing& sizing, QTextStream& said)
{
    QList<PlanFinding> applied;
    plan = PlanSizer::applyAll(plan, sizing.findings, &applied);
    for (const auto& f : std::as_const(applied))
        said << tr("applied to %1: %2").arg(f.service, f.recommendation->summary) << Qt::endl;
    if (applied.isEmpty())
        said << tr("no finding carries a recommendation; the plan is unchanged.") << Qt::endl;
    const QString path = parser.value(QStringLiteral("out"));
    if (auto error = PlanWriter::save(plan, path))
        return fail(error->toString()), false;
    said << tr("wrote %1").arg(path) << Qt::endl << Qt::endl;
    return true;
}
