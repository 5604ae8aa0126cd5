// SPDX-License-Identifier: Apache-2.0
#include "commands/command.h"

#include "measure/printabletext.h"

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

Command::~Command() = default;

int Command::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    m_out = &out;
    m_err = &err;
    QCommandLineParser parser;
    parser.addHelpOption();
    describe(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return run(parser);
}

int Command::fail(const QString& message)
{
    err() << QStringLiteral("headroom %1: %2").arg(m_name, headroom::printableText(message)) << Qt::endl;
    return 2;
}

void Command::warn(const QString& warning)
{
    err() << tr("warning: %1").arg(headroom::printableText(warning)) << Qt::endl;
}
