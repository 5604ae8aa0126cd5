// SPDX-License-Identifier: Apache-2.0
#include "commands/tunecommand.h"

#include "export/pgtunebatch.h"
#include "export/pgtuneinputtext.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>

using namespace headroom;

namespace {

const QString kVersionOption = QStringLiteral("pg-version");
const QString kOsOption = QStringLiteral("os");
const QString kTypeOption = QStringLiteral("type");
const QString kMemoryOption = QStringLiteral("memory");
const QString kCpusOption = QStringLiteral("cpus");
const QString kConnectionsOption = QStringLiteral("connections");
const QString kStorageOption = QStringLiteral("storage");
const QString kDbSizeOption = QStringLiteral("db-size");
const QString kFormatOption = QStringLiteral("format");
const QString kBatchOption = QStringLiteral("batch");

QString dashed(const QString& name)
{
    return QStringLiteral("--") + name;
}

// Sets `target` from the option when it is given; the error names the option.
template <typename T, typename Parse>
std::optional<Error> readOption(const QCommandLineParser& parser, const QString& name, Parse parse, T& target)
{
    if (!parser.isSet(name))
        return std::nullopt;
    auto value = parse(parser.value(name));
    if (!value)
        return PgTuneInputText::about(dashed(name), value.error());
    target = *value;
    return std::nullopt;
}

} // namespace

TuneCommand::TuneCommand()
    : Command(QStringLiteral("tune"), tr("PGTune-compatible postgresql.conf"))
{
}

void TuneCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("The postgresql.conf settings PGTune (pgtune.leopard.in.ua) gives for a machine: the same rules, the same "
           "values, the same order, the same comments.\n\n"
           "--batch FILE (- for standard input) reads JSON Lines, one machine per line, with PGTune's keys: "
           "dbVersion, osType, dbType, totalMemory, totalMemoryUnit, cpuNum, connectionNum, hdType, dbSize. Missing "
           "keys and null take the defaults below (totalMemoryUnit GB); totalMemory is required; cpuNum and "
           "connectionNum may be null or \"\". It writes one line {\"out\": {\"parameter\": \"value\", ...}} per "
           "machine, parameters in PGTune's order, values as printed (\"256MB\", \"0.9\"). Blank lines are skipped. "
           "At the first bad line it stops: every line before it has been written in full, nothing is written for "
           "it or after it, and one line on standard error names the line number and the key; exit 2.\n\n"
           "Exit 0: done; 2: bad input."));
    parser.addOptions({
        { kVersionOption,
          tr("PostgreSQL major version, %1 to %2 (default %2).").arg(pgtune::minVersion).arg(pgtune::maxVersion),
          QStringLiteral("N") },
        { kOsOption, tr("Operating system: linux, windows or mac (default linux)."), QStringLiteral("OS") },
        { kTypeOption, tr("Workload: web, oltp, dw (data warehouse), desktop or mixed (default web)."),
          QStringLiteral("TYPE") },
        { kMemoryOption,
          tr("Total memory (RAM): a whole number followed by MB, GB or TB (1GB = 1024MB), e.g. 8GB. "
             "Required."),
          QStringLiteral("SIZE") },
        { kCpusOption, tr("Number of CPUs, 1 to %1 (default: not given).").arg(pgtune::maxCpus), QStringLiteral("N") },
        { kConnectionsOption,
          tr("Maximum connections, 1 to %1 (default: by workload, web 200, oltp 300, dw 40, "
             "desktop 20, mixed 100).")
              .arg(pgtune::maxConnections),
          QStringLiteral("N") },
        { kStorageOption, tr("Data storage: ssd, nvme, san or hdd (default ssd)."), QStringLiteral("KIND") },
        { kDbSizeOption, tr("Database size compared with RAM: less_ram, mid_ram or greater_ram (default mid_ram)."),
          QStringLiteral("SIZE") },
        { kFormatOption,
          tr("Output: conf (postgresql.conf lines) or alter-system (ALTER SYSTEM statements); default "
             "conf."),
          QStringLiteral("F") },
        { kBatchOption, tr("Read machines as JSON Lines from FILE (- for standard input); see above."),
          QStringLiteral("FILE") },
    });
}

Expected<std::int64_t> TuneCommand::memory(const QCommandLineParser& parser, PgTuneInput& input) const
{
    if (!parser.isSet(kMemoryOption))
        return PgTuneInputText::message(
            tr("--memory is required, e.g. --memory 8GB (or read many machines with --batch FILE)."));
    // PGTune's form takes a whole number and a unit; "8GB" and "8 GB" are both accepted here.
    static const QRegularExpression memoryPattern(QStringLiteral("^\\s*([0-9]+)\\s*([A-Za-z]+)\\s*$"));
    const QString memoryText = parser.value(kMemoryOption);
    const auto match = memoryPattern.match(memoryText);
    const auto unit = match.hasMatch() ? pgtune::memoryUnitFromName(match.captured(2)) : std::nullopt;
    if (!unit)
        return PgTuneInputText::message(
            tr("--memory: '%1' is not a whole number followed by MB, GB or TB, e.g. 8GB.").arg(memoryText));
    auto kb = PgTuneInputText::memoryKb(match.captured(1), *unit, memoryText);
    if (!kb)
        return PgTuneInputText::about(dashed(kMemoryOption), kb.error());
    input.memoryUnit = *unit;
    return kb;
}

Expected<PgTuneInput> TuneCommand::inputFromOptions(const QCommandLineParser& parser) const
{
    using Text = PgTuneInputText;
    PgTuneInput input;
    if (auto e = readOption(
            parser, kVersionOption, [](const QString& t) { return Text::version(t); }, input.dbVersion))
        return *e;
    if (auto e = readOption(
            parser, kOsOption, [](const QString& t) { return Text::os(t); }, input.os))
        return *e;
    if (auto e = readOption(
            parser, kTypeOption, [](const QString& t) { return Text::dbType(t); }, input.dbType))
        return *e;
    auto kb = memory(parser, input);
    if (!kb)
        return kb.error();
    input.totalMemoryKb = *kb;
    const auto count = [](int max) { return [max](const QString& t) { return Text::wholeNumber(t, 1, max); }; };
    if (auto e = readOption(parser, kCpusOption, count(pgtune::maxCpus), input.cpus))
        return *e;
    if (auto e = readOption(parser, kConnectionsOption, count(pgtune::maxConnections), input.connections))
        return *e;
    if (auto e = readOption(
            parser, kStorageOption, [](const QString& t) { return Text::storage(t); }, input.storage))
        return *e;
    if (auto e = readOption(
            parser, kDbSizeOption, [](const QString& t) { return Text::dbSize(t); }, input.dbSize))
        return *e;
    return input;
}

int TuneCommand::runBatch(const QString& path)
{
    QFile in;
    // Standard input unbuffered, by its descriptor: a pipe's lines are answered as they come.
    const bool opened = path == QLatin1String("-")
        ? in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
        : (in.setFileName(path), in.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return fail(tr("--batch: cannot read '%1': %2.").arg(path, in.errorString()));
    out().flush();
    QFile answers;
    if (!answers.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(answers.errorString());
    if (auto error = PgTuneBatch::run(in, answers, path))
        return fail(*error);
    return 0;
}

int TuneCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; every input is an option, e.g. headroom tune --memory 8GB.")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(kBatchOption)) {
        // Mixing would be ambiguous: do the options override each line, or fill its gaps?
        for (const QString& name : { kVersionOption, kOsOption, kTypeOption, kMemoryOption, kCpusOption,
                                     kConnectionsOption, kStorageOption, kDbSizeOption, kFormatOption }) {
            if (parser.isSet(name))
                return fail(tr("--%1 cannot be used with --batch: each line gives its own inputs and the output is "
                               "JSON Lines.")
                                .arg(name));
        }
        return runBatch(parser.value(kBatchOption));
    }
    const QString format = parser.isSet(kFormatOption) ? parser.value(kFormatOption) : QStringLiteral("conf");
    if (format != QLatin1String("conf") && format != QLatin1String("alter-system"))
        return fail(tr("--format: '%1' is not one of conf, alter-system.").arg(format));
    auto input = inputFromOptions(parser);
    if (!input)
        return fail(input.error().message);
    auto result = pgtune::tune(*input);
    if (!result)
        return fail(result.error().toString());
    out() << (format == QLatin1String("conf") ? pgtune::toConf(*input, *result)
                                              : pgtune::toAlterSystem(*input, *result));
    out().flush();
    return 0;
}
