// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "engine/plansizer.h"
#include "export/chartmap.h"
#include "promimport/importedservice.h"
#include "promimport/promimportoptions.h"

#include <optional>

// `headroom import prometheus URL [--selector S] [--window 14d] [--at TIME] [--plan PLAN] [--out PLAN | --update
// PLAN] [--format text|json] [auth]`: measures every Helm release a Prometheus-compatible server knows of and
// prints it, writes a plan from it or stores it under `measured:` of a plan's services. Exit 0 done, 2 bad input
// or a server that cannot answer.
class ImportPrometheusCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportPrometheusCommand)

public:
    ImportPrometheusCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    // What the options ask for, or nothing after saying why.
    std::optional<headroom::PromImportOptions> importOptions(const QCommandLineParser& parser);
    bool readTimes(const QCommandLineParser& parser, headroom::PromImportOptions& options);
    bool readCredentials(const QCommandLineParser& parser, headroom::PromImportOptions& options);
    // The plan of --plan or --update, when given; false after saying why.
    bool loadTarget(const QCommandLineParser& parser, std::optional<LoadedPlan>& loaded);
    // The measured.* findings of the plan the import makes: --plan's or --update's with the
    // measurements stored, else the new plan --out writes.
    static QList<headroom::PlanFinding>
    measuredFindings(const QList<headroom::ImportedService>& services, const std::optional<LoadedPlan>& loaded,
                     const headroom::Catalog& catalog, const QList<headroom::ChartMap>& charts, const QString& source);
    void printText(const QList<headroom::ImportedService>& services, const headroom::Plan* plan);
    void printEngines(const QList<headroom::ImportedService>& services);
    void printVolumes(const QList<headroom::ImportedService>& services);
    int write(const QCommandLineParser& parser, const QList<headroom::ImportedService>& services,
              std::optional<LoadedPlan>& loaded, const QString& source);
};
