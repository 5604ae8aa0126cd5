// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"
#include "engine/sizingengine.h"
#include "model/catalog.h"

// `headroom size SERVICE`: one service sized from a tier or explicit limits (table, yaml or json).
class SizeCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(SizeCommand)

public:
    SizeCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    // The request the options describe, or nothing after saying why.
    std::optional<headroom::ServiceRequest> request(const QCommandLineParser& parser, const headroom::Catalog& catalog,
                                                    const headroom::ServiceDefinition& service);
    bool setInputs(const QCommandLineParser& parser, const headroom::ServiceDefinition& service,
                   headroom::ServiceRequest& request);
};
