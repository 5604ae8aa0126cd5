// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"

bool CommandLine::isCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && CommandRegistry::isCommand(arguments.at(1));
}

int CommandLine::run(const QStringList& arguments)
{
    const QString name = CommandRegistry::commandName(arguments);
    const CommandRegistry registry;
    Command* command = registry.find(name);
    if (!command) {
        m_err << QStringLiteral("headroom %1: %2").arg(name, tr("not a command; see headroom --help.")) << Qt::endl;
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "headroom ARGS..." as if the command were the program
    rest[0] = QStringLiteral("headroom %1").arg(arguments.value(1));
    return command->execute(rest, m_out, m_err);
}
