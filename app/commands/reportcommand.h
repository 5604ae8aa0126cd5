// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/plancommand.h"

namespace headroom {
class ReportDocument;
}

// `headroom report PLAN`: the whole plan sized (text, markdown or json), or the printable report (html, pdf).
class ReportCommand : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int writeDocument(const headroom::ReportDocument& document, const QString& format,
                      const QCommandLineParser& parser);
};
