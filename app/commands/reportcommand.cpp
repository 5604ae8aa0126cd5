// SPDX-License-Identifier: Apache-2.0
#include "commands/reportcommand.h"

#include "app/printablefindings.h"
#include "engine/plansizer.h"
#include "report/planreport.h"
#include "translations/translationloader.h"
#include "ui/reportdocument.h"

using namespace headroom;

ReportCommand::ReportCommand()
    : PlanCommand(QStringLiteral("report"), tr("the whole plan's sizing"),
                  { QStringLiteral("text"), QStringLiteral("markdown"), QStringLiteral("json"), QStringLiteral("html"),
                    QStringLiteral("pdf") })
{
}

void ReportCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("The whole plan: sizing of every service, pooling, storage, cluster fit "
                                        "and findings."));
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("format"),
          tr("Output format: text, markdown, json, html or pdf (default text). html and pdf are the printable "
             "report with what-if charts, as the window's File › Export Report writes it."),
          QStringLiteral("F") },
        { QStringLiteral("out"), tr("Write the report to FILE (needed for pdf)."), QStringLiteral("FILE") },
        profileOption(),
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
    if (!applyProfileOption(parser, loaded.value()))
        return 2;
    const i18n::EnglishScope english(QCoreApplication::instance(), *chosen == QLatin1String("json"));
    const PlanSizer sizer(loaded->catalog);
    const PlanSizing sizing = sizer.size(loaded->plan);
    if (*chosen == QLatin1String("html") || *chosen == QLatin1String("pdf"))
        return writeDocument(ReportDocument(loaded->plan, sizing, sizer.engine()), *chosen, parser);
    if (*chosen == QLatin1String("json"))
        out() << plan_report::toJson(loaded->plan, sizing);
    else if (*chosen == QLatin1String("markdown"))
        out() << plan_report::toMarkdown(loaded->plan, withPrintableFindings(sizing));
    else
        out() << plan_report::toText(loaded->plan, withPrintableFindings(sizing));
    return 0;
}

int ReportCommand::writeDocument(const ReportDocument& document, const QString& format,
                                 const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        if (format == QLatin1String("pdf"))
            return fail(tr("--format pdf needs --out FILE."));
        out() << document.toHtml();
        return 0;
    }
    const auto error = format == QLatin1String("pdf") ? document.writePdf(path) : document.writeHtml(path);
    if (error)
        return fail(error->toString());
    return 0;
}
