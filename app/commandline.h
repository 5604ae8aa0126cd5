#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The headless `headroom` commands: size, catalog, check, report, diff, export, tune, sample. Every command prints to the
// given streams and returns the process exit code: 0 done, 1 findings or differences
// (check, diff), 2 bad input.
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

    // Prints the sizing of every service of the built-in sample plan (no display needed).
    int printSample();

private:
    int size(const QStringList& arguments);
    int catalog(const QStringList& arguments);
    int check(const QStringList& arguments);
    int report(const QStringList& arguments);
    int diff(const QStringList& arguments);
    int fail(const QString& command, const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
