// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

// One headless `headroom` command: its name, the line `headroom --help` shows for it, its options and what it
// does. execute() parses the arguments the same way for every command (a bad option or --help never reaches
// run()) and returns the process exit code: 0 done, 1 findings or differences, 2 bad input.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    Command(QString name, QString summary);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }

    // arguments[0] is the program as the parser should show it ("headroom size").
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err);

protected:
    // The description, positional arguments and options, after the --help option.
    virtual void describe(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    // "headroom NAME: message" on standard error; returns 2, the exit code of bad input. The
    // message quotes its input (a plan's key, a catalog's value, a file name), so its control
    // characters are escaped: an input cannot retitle or clear the terminal or forge a line.
    int fail(const QString& message);
    // "warning: " and a loader's warning, on one line of standard error, escaped like fail's.
    void warn(const QString& warning);
    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }

private:
    QString m_name;
    QString m_summary;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
};
