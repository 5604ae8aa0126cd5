// SPDX-License-Identifier: Apache-2.0
#include "commands/plancommand.h"

#include "io/catalogloader.h"
#include "io/planloader.h"

using namespace headroom;

PlanCommand::PlanCommand(QString name, QString summary, QStringList formats)
    : Command(std::move(name), std::move(summary))
    , m_formats(std::move(formats))
{
}

QCommandLineOption PlanCommand::catalogOption(const QString& description)
{
    return { QStringLiteral("catalog"),
             description.isEmpty() ? tr("Read FILE on top of the built-in catalog (overrides and additions).")
                                   : description,
             QStringLiteral("FILE") };
}

Expected<Catalog> PlanCommand::loadCatalog(const QCommandLineParser& parser, bool quiet)
{
    CatalogLoader loader;
    auto catalog = parser.isSet(QStringLiteral("catalog"))
        ? loader.loadWithOverride(parser.value(QStringLiteral("catalog")))
        : loader.loadBuiltIn();
    for (const auto& warning : loader.warnings()) {
        if (!quiet)
            warn(warning.toString());
    }
    return catalog;
}

Expected<PlanCommand::LoadedPlan> PlanCommand::loadPlan(const QString& path, const QCommandLineParser& parser,
                                                        bool quietCatalog)
{
    auto catalog = loadCatalog(parser, quietCatalog);
    if (!catalog)
        return catalog.error();
    PlanLoader loader(catalog.value());
    auto plan = loader.loadFile(path);
    for (const auto& warning : loader.warnings())
        warn(warning.toString());
    if (!plan)
        return plan.error();
    return LoadedPlan { std::move(plan.value()), loader.effectiveCatalog() };
}

QCommandLineOption PlanCommand::profileOption()
{
    return { QStringLiteral("profile"),
             tr("PostgreSQL profile for settings and memory: headroom (default), guide, pgtune, casestudy or a profile "
                "of your catalog; over the plan's postgresProfile."),
             QStringLiteral("P") };
}

bool PlanCommand::applyProfileOption(const QCommandLineParser& parser, LoadedPlan& loaded)
{
    if (!parser.isSet(QStringLiteral("profile")))
        return true;
    const QString id = parser.value(QStringLiteral("profile"));
    if (!loaded.catalog.postgresProfile(id)) {
        QStringList ids;
        for (const auto& p : loaded.catalog.postgresProfiles)
            ids << p.id;
        fail(tr("--profile: unknown profile '%1'; the profiles are: %2.").arg(id, ids.join(QStringLiteral(", "))));
        return false;
    }
    loaded.plan.postgresProfile = id;
    for (auto& service : loaded.plan.services)
        service.request.postgresProfile.clear();
    return true;
}

std::optional<QString> PlanCommand::format(const QCommandLineParser& parser)
{
    const QString given = parser.value(QStringLiteral("format"));
    const QString chosen = given.isEmpty() ? m_formats.value(0) : given;
    if (m_formats.contains(chosen))
        return chosen;
    fail(tr("--format: '%1' is not one of %2.").arg(chosen, m_formats.join(QStringLiteral(", "))));
    return std::nullopt;
}
