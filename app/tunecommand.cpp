#include "tunecommand.h"

#include "export/pgtune.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace headroom;

namespace {

// The option names and the JSON keys the batch reads. The JSON keys are PGTune's own, so a form state exported
// from PGTune (or written by hand from its URL) can be fed in unchanged.
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

const QStringList kBatchKeys = { QStringLiteral("dbVersion"), QStringLiteral("osType"), QStringLiteral("dbType"),
    QStringLiteral("totalMemory"), QStringLiteral("totalMemoryUnit"), QStringLiteral("cpuNum"),
    QStringLiteral("connectionNum"), QStringLiteral("hdType"), QStringLiteral("dbSize") };

class TuneCommand
{
    Q_DECLARE_TR_FUNCTIONS(TuneCommand)

public:
    TuneCommand(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList& arguments);

private:
    int fail(const QString& message);
    int runBatch(const QString& path);
    Expected<PgTuneInput> inputFromOptions(const QCommandLineParser& parser) const;
    Expected<PgTuneInput> inputFromJson(const QByteArray& line) const;

    // Parsers shared by the options and the batch keys. Each returns the message without the option or key it
    // is about; the caller puts that in front.
    static Expected<int> version(const QString& text);
    static Expected<int> wholeNumber(const QString& text, int min, int max);
    static Expected<std::int64_t> memoryKb(const QString& amount, PgTuneInput::MemoryUnit unit, const QString& shown);
    template <typename Enum>
    static Expected<Enum> choice(
        const QString& text, std::optional<Enum> (*lookup)(QStringView), const QStringList& names);

    QTextStream& m_out;
    QTextStream& m_err;
};

Error message(const QString& text)
{
    return { text, {}, {} };
}

// "--cpus: ..." or, in a batch, "cpuNum: ..."
Error about(const QString& what, const Error& error)
{
    return message(QStringLiteral("%1: %2").arg(what, error.message));
}

// A JSON value as the user wrote it, for parsing numbers given as strings and for quoting in messages.
QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers print without exponent or fraction so that 8 stays "8"; others keep every digit.
        if (std::floor(d) == d && std::fabs(d) < 9e15)
            return QString::number(std::int64_t(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// A JSON string literal. QJsonObject would sort the keys, and PGTune's order is the point of the output, so the
// line is written by hand; this escapes what JSON requires (quote, backslash, control characters).
QString jsonString(const QString& text)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            quoted += QLatin1String("\\\"");
            break;
        case u'\\':
            quoted += QLatin1String("\\\\");
            break;
        case u'\n':
            quoted += QLatin1String("\\n");
            break;
        case u'\r':
            quoted += QLatin1String("\\r");
            break;
        case u'\t':
            quoted += QLatin1String("\\t");
            break;
        case u'\b':
            quoted += QLatin1String("\\b");
            break;
        case u'\f':
            quoted += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QLatin1Char('"');
}

QString jsonLine(const PgTuneResult& result)
{
    QStringList members;
    for (const auto& setting : result.settings)
        members << jsonString(setting.name) + QLatin1Char(':') + jsonString(setting.value);
    return QStringLiteral("{\"out\":{%1}}").arg(members.join(QLatin1Char(',')));
}

} // namespace

int TuneCommand::fail(const QString& text)
{
    // Whatever was written before (batch lines) is complete; make sure it is out before the error.
    m_out.flush();
    m_err << QStringLiteral("headroom tune: %1").arg(text) << Qt::endl;
    return 2;
}

Expected<int> TuneCommand::version(const QString& text)
{
    auto n = wholeNumber(text, pgtune::minVersion, pgtune::maxVersion);
    if (!n)
        return message(tr("'%1' is not a PostgreSQL version from %2 to %3.")
                           .arg(text)
                           .arg(pgtune::minVersion)
                           .arg(pgtune::maxVersion));
    return n;
}

Expected<int> TuneCommand::wholeNumber(const QString& text, int min, int max)
{
    // Digits only: "+4", "4.0", "1e3" and "4 cpus" are more likely mistakes than intentions. Nine digits at most
    // keeps toInt from overflowing; longer numbers are out of range anyway.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const QString trimmed = text.trimmed();
    bool ok = false;
    const int value = digits.match(trimmed).hasMatch() ? trimmed.toInt(&ok) : 0;
    if (!ok || value < min || value > max)
        return message(tr("'%1' is not a whole number from %2 to %3.").arg(text).arg(min).arg(max));
    return value;
}

Expected<std::int64_t> TuneCommand::memoryKb(const QString& amount, PgTuneInput::MemoryUnit unit, const QString& shown)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString trimmed = amount.trimmed();
    if (!digits.match(trimmed).hasMatch())
        return message(tr("'%1' is not a whole number above 0.").arg(shown));
    const std::int64_t perUnit = pgtune::memoryUnitKb(unit);
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok); // fails only for more digits than 64 bits hold: too large
    if (ok && value == 0)
        return message(tr("'%1' is not above 0; give the machine's memory, e.g. 8GB.").arg(shown));
    if (!ok || value > pgtune::maxMemoryKb / perUnit)
        return message(tr("'%1' is more than 64TB, the most this command takes.").arg(shown));
    return std::int64_t(value) * perUnit;
}

template <typename Enum>
Expected<Enum> TuneCommand::choice(
    const QString& text, std::optional<Enum> (*lookup)(QStringView), const QStringList& names)
{
    if (auto value = lookup(text.trimmed()))
        return *value;
    return message(tr("'%1' is not one of %2.").arg(text, names.join(QStringLiteral(", "))));
}

Expected<PgTuneInput> TuneCommand::inputFromOptions(const QCommandLineParser& parser) const
{
    PgTuneInput input;
    const auto option = [&parser](const QString& name) { return parser.value(name); };
    const auto dashed = [](const QString& name) { return QStringLiteral("--") + name; };

    if (parser.isSet(kVersionOption)) {
        auto v = version(option(kVersionOption));
        if (!v)
            return about(dashed(kVersionOption), v.error());
        input.dbVersion = *v;
    }
    if (parser.isSet(kOsOption)) {
        auto os = choice(option(kOsOption), &pgtune::osFromName, pgtune::osNames());
        if (!os)
            return about(dashed(kOsOption), os.error());
        input.os = *os;
    }
    if (parser.isSet(kTypeOption)) {
        auto type = choice(option(kTypeOption), &pgtune::dbTypeFromName, pgtune::dbTypeNames());
        if (!type)
            return about(dashed(kTypeOption), type.error());
        input.dbType = *type;
    }

    if (!parser.isSet(kMemoryOption))
        return message(tr("--memory is required, e.g. --memory 8GB (or read many machines with --batch FILE)."));
    // PGTune's form takes a whole number and a unit; "8GB" and "8 GB" are both accepted here.
    static const QRegularExpression memoryPattern(QStringLiteral("^\\s*([0-9]+)\\s*([A-Za-z]+)\\s*$"));
    const QString memoryText = option(kMemoryOption);
    const auto match = memoryPattern.match(memoryText);
    const auto unit = match.hasMatch() ? pgtune::memoryUnitFromName(match.captured(2)) : std::nullopt;
    if (!unit)
        return message(tr("--memory: '%1' is not a whole number followed by MB, GB or TB, e.g. 8GB.").arg(memoryText));
    auto kb = memoryKb(match.captured(1), *unit, memoryText);
    if (!kb)
        return about(dashed(kMemoryOption), kb.error());
    input.totalMemoryKb = *kb;
    input.memoryUnit = *unit;

    if (parser.isSet(kCpusOption)) {
        auto cpus = wholeNumber(option(kCpusOption), 1, pgtune::maxCpus);
        if (!cpus)
            return about(dashed(kCpusOption), cpus.error());
        input.cpus = *cpus;
    }
    if (parser.isSet(kConnectionsOption)) {
        auto connections = wholeNumber(option(kConnectionsOption), 1, pgtune::maxConnections);
        if (!connections)
            return about(dashed(kConnectionsOption), connections.error());
        input.connections = *connections;
    }
    if (parser.isSet(kStorageOption)) {
        auto storage = choice(option(kStorageOption), &pgtune::storageFromName, pgtune::storageNames());
        if (!storage)
            return about(dashed(kStorageOption), storage.error());
        input.storage = *storage;
    }
    if (parser.isSet(kDbSizeOption)) {
        auto size = choice(option(kDbSizeOption), &pgtune::dbSizeFromName, pgtune::dbSizeNames());
        if (!size)
            return about(dashed(kDbSizeOption), size.error());
        input.dbSize = *size;
    }
    return input;
}

Expected<PgTuneInput> TuneCommand::inputFromJson(const QByteArray& line) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return message(
            tr("not valid JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!document.isObject())
        return message(tr("not a JSON object; each line is one machine, e.g. {\"totalMemory\": 8, "
                          "\"totalMemoryUnit\": \"GB\"}."));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A misspelt key would otherwise silently fall back to a default and give plausible, wrong settings.
        if (!kBatchKeys.contains(it.key()))
            return message(
                tr("unknown key '%1'; the keys are: %2.").arg(it.key(), kBatchKeys.join(QStringLiteral(", "))));
    }
    // Missing keys and null take PGTune's defaults.
    const auto given = [&object](const QString& key) {
        const QJsonValue v = object.value(key);
        return v.isUndefined() || v.isNull() ? std::optional<QString>() : std::optional<QString>(jsonText(v));
    };

    PgTuneInput input;
    if (auto text = given(QStringLiteral("dbVersion"))) {
        auto v = version(*text);
        if (!v)
            return about(QStringLiteral("dbVersion"), v.error());
        input.dbVersion = *v;
    }
    if (auto text = given(QStringLiteral("osType"))) {
        auto os = choice(*text, &pgtune::osFromName, pgtune::osNames());
        if (!os)
            return about(QStringLiteral("osType"), os.error());
        input.os = *os;
    }
    if (auto text = given(QStringLiteral("dbType"))) {
        auto type = choice(*text, &pgtune::dbTypeFromName, pgtune::dbTypeNames());
        if (!type)
            return about(QStringLiteral("dbType"), type.error());
        input.dbType = *type;
    }
    PgTuneInput::MemoryUnit unit = PgTuneInput::Gigabytes; // PGTune's default unit
    if (auto text = given(QStringLiteral("totalMemoryUnit"))) {
        auto u = choice(*text, &pgtune::memoryUnitFromName, pgtune::memoryUnitNames());
        if (!u)
            return about(QStringLiteral("totalMemoryUnit"), u.error());
        unit = *u;
    }
    const auto memoryText = given(QStringLiteral("totalMemory"));
    if (!memoryText)
        return message(tr("totalMemory: missing; give the machine's memory, e.g. \"totalMemory\": 8 with "
                          "\"totalMemoryUnit\": \"GB\"."));
    auto kb = memoryKb(*memoryText, unit, *memoryText);
    if (!kb)
        return about(QStringLiteral("totalMemory"), kb.error());
    input.totalMemoryKb = *kb;
    input.memoryUnit = unit;
    // PGTune's form sends blank fields as empty strings: blank CPUs or connections mean "not given".
    if (auto text = given(QStringLiteral("cpuNum")); text && !text->trimmed().isEmpty()) {
        auto cpus = wholeNumber(*text, 1, pgtune::maxCpus);
        if (!cpus)
            return about(QStringLiteral("cpuNum"), cpus.error());
        input.cpus = *cpus;
    }
    if (auto text = given(QStringLiteral("connectionNum")); text && !text->trimmed().isEmpty()) {
        auto connections = wholeNumber(*text, 1, pgtune::maxConnections);
        if (!connections)
            return about(QStringLiteral("connectionNum"), connections.error());
        input.connections = *connections;
    }
    if (auto text = given(QStringLiteral("hdType"))) {
        auto storage = choice(*text, &pgtune::storageFromName, pgtune::storageNames());
        if (!storage)
            return about(QStringLiteral("hdType"), storage.error());
        input.storage = *storage;
    }
    if (auto text = given(QStringLiteral("dbSize"))) {
        auto size = choice(*text, &pgtune::dbSizeFromName, pgtune::dbSizeNames());
        if (!size)
            return about(QStringLiteral("dbSize"), size.error());
        input.dbSize = *size;
    }
    return input;
}

int TuneCommand::runBatch(const QString& path)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(tr("--batch: cannot read '%1': %2.").arg(path, file.errorString()));

    int lineNumber = 0;
    // Line by line rather than all at once, so that a pipe feeding standard input gets each answer as it goes.
    for (;;) {
        QByteArray line = file.readLine();
        if (line.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return fail(tr("--batch: cannot read '%1' after line %2: %3.")
                                .arg(path)
                                .arg(lineNumber)
                                .arg(file.errorString()));
            break;
        }
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // a UTF-8 byte order mark, as some editors write, is not JSON
        if (line.trimmed().isEmpty())
            continue; // blank lines (a trailing one, or spacing) are not machines
        auto input = inputFromJson(line);
        if (!input)
            return fail(tr("line %1: %2").arg(lineNumber).arg(input.error().message));
        auto result = pgtune::tune(*input);
        if (!result)
            return fail(tr("line %1: %2").arg(lineNumber).arg(result.error().toString()));
        // One complete line at a time, flushed, so that stopping at a later bad line never leaves half a line.
        m_out << jsonLine(*result) << '\n';
        m_out.flush();
    }
    return 0;
}

int TuneCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
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
    parser.addHelpOption();
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
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
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
    m_out << (format == QLatin1String("conf") ? pgtune::toConf(*input, *result)
                                              : pgtune::toAlterSystem(*input, *result));
    m_out.flush();
    return 0;
}

int runTuneCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return TuneCommand(out, err).run(arguments);
}
