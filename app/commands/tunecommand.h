// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/command.h"
#include "engine/pgtune.h"
#include "model/error.h"

// `headroom tune`: the postgresql.conf settings PGTune gives for one machine (as postgresql.conf or ALTER SYSTEM
// text), or for many machines read as JSON Lines with --batch (export/pgtunebatch). Exit 0 done, 2 bad input.
class TuneCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TuneCommand)

public:
    TuneCommand();

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int runBatch(const QString& path);
    headroom::Expected<headroom::PgTuneInput> inputFromOptions(const QCommandLineParser& parser) const;
    headroom::Expected<std::int64_t> memory(const QCommandLineParser& parser, headroom::PgTuneInput& input) const;
};
