// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/commandregistry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The headless `headroom` command line: finds the command the first argument names in the registry and runs it
// on the given streams. Returns the process exit code: 0 done, 1 findings or differences, 2 bad input.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    // True when the first argument names a headless command.
    static bool isCommand(const QStringList& arguments);
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
