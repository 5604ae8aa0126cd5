// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "liveimport/liveimporter.h"
#include "measure/planimporter.h"

#include <optional>

// `headroom import postgres PRIMARY [--replica CONNINFO …] [--interval 30s] [--out PLAN | --update PLAN --service
// NAME]`: measures a running primary and its replicas and writes a plan, or updates the measured inputs of a
// service. Exit 0 done (findings are printed), 2 bad input or a connection / permission error.
class ImportCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    // What the options ask for, or nothing after saying why.
    std::optional<headroom::LiveImportOptions> importOptions(const QCommandLineParser& parser);
    std::optional<headroom::ImportTargets> targets(const QCommandLineParser& parser);
    // The plan --update names with the catalog it is sized against; false after saying why.
    bool loadExisting(const QCommandLineParser& parser, const QString& service, std::optional<headroom::Plan>& existing,
                      headroom::Catalog& effective);
    headroom::Expected<headroom::PgMeasurement> measure(headroom::LiveImportOptions options, bool mayPrompt);
    void printFindings(const QList<headroom::PlanFinding>& findings);
};
