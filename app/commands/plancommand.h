// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/command.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <optional>

// A command over the catalog and plans: --catalog FILE on top of the built-in catalog, plans loaded against it
// (warnings on standard error), and the choice of --format.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    // A plan with the catalog it is sized against (built-in, --catalog, the plan's overrides).
    struct LoadedPlan
    {
        headroom::Plan plan;
        headroom::Catalog catalog;
    };

protected:
    // formats: the values --format takes, the default first; none for a command without output formats.
    PlanCommand(QString name, QString summary, QStringList formats = {});

    static QCommandLineOption catalogOption(const QString& description = {});
    // The catalog option's warnings go to standard error unless `quiet`.
    headroom::Expected<headroom::Catalog> loadCatalog(const QCommandLineParser& parser, bool quiet = false);
    headroom::Expected<LoadedPlan> loadPlan(const QString& path, const QCommandLineParser& parser,
                                            bool quietCatalog = false);
    // --profile of size, check, report and export: a PostgreSQL profile for every service,
    // over the plan's own.
    static QCommandLineOption profileOption();
    // The plan with --profile applied, after checking the profile exists; false after saying why.
    bool applyProfileOption(const QCommandLineParser& parser, LoadedPlan& loaded);
    // The --format given (or the default); nothing, after saying why, when it is not one of the formats.
    std::optional<QString> format(const QCommandLineParser& parser);

private:
    QStringList m_formats;
};
