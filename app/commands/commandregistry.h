// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/command.h"

#include <memory>
#include <vector>

// Every headless command, in the order `headroom --help` lists them.
class CommandRegistry
{
public:
    CommandRegistry();

    Command* find(const QString& name) const;
    // "  size      size one service" lines for `headroom --help`.
    QString summaries() const;

    // Whether `name` is a command, without making the commands (and their translated texts).
    static bool isCommand(const QString& name);
    // The command `headroom ARGS...` runs: the first argument, or two for a source of `import` with a command
    // of its own (`import prometheus`).
    static QString commandName(const QStringList& arguments);

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
