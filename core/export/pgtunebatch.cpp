// SPDX-License-Identifier: Apache-2.0
#include "export/pgtunebatch.h"

#include "export/pgtuneinputtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace headroom {

namespace {

// The keys are PGTune's own, so a form state exported from PGTune (or written by hand from its URL) can be fed in
// unchanged. The order is the order of the message that lists them.
enum Key { DbVersion, OsType, DbType, TotalMemory, TotalMemoryUnit, CpuNum, ConnectionNum, HdType, DbSize, KeyCount };
constexpr std::array<const char*, KeyCount> kKeys = { "dbVersion",     "osType",          "dbType",
                                                      "totalMemory",   "totalMemoryUnit", "cpuNum",
                                                      "connectionNum", "hdType",          "dbSize" };

int keyIndex(QByteArrayView key)
{
    for (int i = 0; i < KeyCount; ++i) {
        if (key == QByteArrayView(kKeys[std::size_t(i)]))
            return i;
    }
    return -1;
}

QString keyList()
{
    QStringList keys;
    for (const char* key : kKeys)
        keys << QString::fromLatin1(key);
    return keys.join(QStringLiteral(", "));
}

Error message(const QString& text)
{
    return PgTuneInputText::message(text);
}

// The values of one line as the user wrote them (numbers as their digits, strings unquoted); absent for a missing
// key or null, which take PGTune's defaults.
struct LineValues
{
    std::array<std::optional<QStringView>, KeyCount> given;
    QVarLengthArray<char16_t, 512> ascii; // backs the views of the fast path; reserved once, never moved
    QStringList owned; // backs the views of the general path
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A cursor over one line for the fast path: a flat object of plain ASCII strings, small whole numbers, booleans
// and null, as every machine-written line is. Anything else (escapes, other bytes, fractions, nesting, a syntax
// error) makes it give up, and the line goes to Qt's parser, whose answer and messages are the reference.
class FlatScanner
{
public:
    struct Member
    {
        QByteArrayView key;
        QByteArrayView value;
        bool isString = false;
        bool isNull = false;
    };

    explicit FlatScanner(QByteArrayView line)
        : m_line(line)
    {
    }

    bool scan(QVarLengthArray<Member, 16>& members)
    {
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (!take('}')) {
            do {
                Member member;
                skipSpace();
                if (!string(member.key))
                    return false;
                skipSpace();
                if (!take(':'))
                    return false;
                skipSpace();
                if (!value(member))
                    return false;
                members.append(member);
                skipSpace();
            } while (take(','));
            if (!take('}'))
                return false;
        }
        skipSpace();
        return m_pos == m_line.size();
    }

private:
    bool take(char c)
    {
        if (m_pos < m_line.size() && m_line[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_line.size() && isSpace(m_line[m_pos]))
            ++m_pos;
    }

    bool string(QByteArrayView& text)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_line.size()) {
            const char c = m_line[m_pos];
            if (c == '"') {
                text = m_line.sliced(start, m_pos++ - start);
                return true;
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++m_pos;
        }
        return false;
    }

    bool literal(QByteArrayView word)
    {
        if (!m_line.sliced(m_pos).startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }

    // -?[1-9][0-9]{0,14} or 0: printed back exactly as written, as Qt's parser and QString::number would.
    bool wholeNumber(QByteArrayView& text)
    {
        const qsizetype start = m_pos;
        take('-');
        qsizetype digits = 0;
        while (m_pos < m_line.size() && m_line[m_pos] >= '0' && m_line[m_pos] <= '9') {
            ++m_pos;
            ++digits;
        }
        text = m_line.sliced(start, m_pos - start);
        if (digits == 0 || digits > 15 || (m_line[start + (text.size() - digits)] == '0' && text != "0"))
            return false;
        return m_pos == m_line.size() || (m_line[m_pos] != '.' && m_line[m_pos] != 'e' && m_line[m_pos] != 'E');
    }

    bool value(Member& member)
    {
        if (m_pos >= m_line.size())
            return false;
        const char c = m_line[m_pos];
        if (c == '"') {
            member.isString = true;
            return string(member.value);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return wholeNumber(member.value);
        member.value = m_line.sliced(m_pos, std::min<qsizetype>(5, m_line.size() - m_pos));
        if (literal("true") || literal("false")) {
            member.value.truncate(member.value.startsWith('t') ? 4 : 5);
            return true;
        }
        member.isNull = literal("null");
        return member.isNull;
    }

    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

// Of several unknown keys, the first in Qt's sorted key order is named, as the general path does.
Error unknownKey(const QString& key)
{
    return message(PgTuneBatch::tr("unknown key '%1'; the keys are: %2.").arg(key, keyList()));
}

Error repeatedKey(const QString& key)
{
    return message(PgTuneBatch::tr("key '%1' appears twice; give each key once.").arg(key));
}

// std::nullopt: the line is not a plain flat object; the general path decides.
std::optional<Expected<bool>> fastValues(QByteArrayView line, LineValues& values)
{
    QVarLengthArray<FlatScanner::Member, 16> members;
    if (!FlatScanner(line).scan(members))
        return std::nullopt;
    std::array<bool, KeyCount> seen {};
    QSet<QByteArrayView> unknownSeen;
    std::optional<QByteArrayView> firstUnknown;
    for (const auto& member : members) {
        const int key = keyIndex(member.key);
        if (key < 0 ? unknownSeen.contains(member.key) : seen[std::size_t(key)])
            return Expected<bool>(repeatedKey(QString::fromLatin1(member.key)));
        if (key < 0) {
            unknownSeen.insert(member.key);
            if (!firstUnknown || member.key.compare(*firstUnknown) < 0)
                firstUnknown = member.key;
            continue;
        }
        seen[std::size_t(key)] = true;
        if (member.isNull)
            continue;
        const qsizetype start = values.ascii.size();
        for (const char c : member.value)
            values.ascii.append(char16_t(c));
        values.given[std::size_t(key)] = QStringView(values.ascii.data() + start, member.value.size());
    }
    if (firstUnknown)
        return Expected<bool>(unknownKey(QString::fromLatin1(*firstUnknown)));
    return Expected<bool>(true);
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

// The members' keys as written, escapes undone, in order; the line is valid JSON (Qt's parser said so), whose
// object drops all but the last of a repeated key.
QStringList writtenKeys(QByteArrayView line)
{
    QStringList keys;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; line[i] != '"'; ++i) {
                if (line[i] == '\\')
                    ++i;
            }
            if (depth == 1 && expectKey) {
                const QByteArray array = "[" + line.sliced(start, i + 1 - start).toByteArray() + "]";
                keys << QJsonDocument::fromJson(array).array().at(0).toString();
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

Expected<bool> generalValues(QByteArrayView line, LineValues& values)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return message(PgTuneBatch::tr("not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset + 1));
    if (!document.isObject())
        return message(PgTuneBatch::tr("not a JSON object; each line is one machine, e.g. {\"totalMemory\": 8, "
                                       "\"totalMemoryUnit\": \"GB\"}."));
    QSet<QString> seen;
    for (const QString& key : writtenKeys(line)) {
        if (seen.contains(key))
            return repeatedKey(key);
        seen.insert(key);
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keyIndex(it.key().toUtf8()) < 0)
            return unknownKey(it.key());
    }
    values.owned.reserve(KeyCount);
    for (int key = 0; key < KeyCount; ++key) {
        const QJsonValue v = object.value(QLatin1String(kKeys[std::size_t(key)]));
        if (v.isUndefined() || v.isNull())
            continue;
        values.owned << jsonText(v);
        values.given[std::size_t(key)] = QStringView(values.owned.last());
    }
    return true;
}

template <typename T> bool set(T& target, const Expected<T>& parsed, Key key, Error& error)
{
    if (parsed) {
        target = *parsed;
        return true;
    }
    error = PgTuneInputText::about(QString::fromLatin1(kKeys[std::size_t(key)]), parsed.error());
    return false;
}

// The choices and the version, in a fixed order, so one input always reports the same first error.
std::optional<Error> readChoices(const LineValues& values, PgTuneInput& input, PgTuneInput::MemoryUnit& unit)
{
    const auto& given = values.given;
    Error error;
    if (given[DbVersion] && !set(input.dbVersion, PgTuneInputText::version(*given[DbVersion]), DbVersion, error))
        return error;
    if (given[OsType] && !set(input.os, PgTuneInputText::os(*given[OsType]), OsType, error))
        return error;
    if (given[DbType] && !set(input.dbType, PgTuneInputText::dbType(*given[DbType]), DbType, error))
        return error;
    if (given[TotalMemoryUnit]
        && !set(unit, PgTuneInputText::memoryUnit(*given[TotalMemoryUnit]), TotalMemoryUnit, error))
        return error;
    return std::nullopt;
}

// PGTune's form sends blank fields as empty strings: blank CPUs or connections mean "not given".
std::optional<Error> readCount(const LineValues& values, Key key, int max, std::optional<int>& target)
{
    const auto& text = values.given[std::size_t(key)];
    if (!text || text->trimmed().isEmpty())
        return std::nullopt;
    int count = 0;
    Error error;
    if (!set(count, PgTuneInputText::wholeNumber(*text, 1, max), key, error))
        return error;
    target = count;
    return std::nullopt;
}

Expected<PgTuneInput> inputOf(const LineValues& values)
{
    const auto& given = values.given;
    PgTuneInput input;
    PgTuneInput::MemoryUnit unit = PgTuneInput::Gigabytes; // PGTune's default unit
    if (auto error = readChoices(values, input, unit))
        return *error;
    if (!given[TotalMemory])
        return message(PgTuneBatch::tr("totalMemory: missing; give the machine's memory, e.g. \"totalMemory\": 8 "
                                       "with \"totalMemoryUnit\": \"GB\"."));
    Error error;
    if (!set(input.totalMemoryKb, PgTuneInputText::memoryKb(*given[TotalMemory], unit, *given[TotalMemory]),
             TotalMemory, error))
        return error;
    input.memoryUnit = unit;
    if (auto e = readCount(values, CpuNum, pgtune::maxCpus, input.cpus))
        return *e;
    if (auto e = readCount(values, ConnectionNum, pgtune::maxConnections, input.connections))
        return *e;
    if (given[HdType] && !set(input.storage, PgTuneInputText::storage(*given[HdType]), HdType, error))
        return error;
    if (given[DbSize] && !set(input.dbSize, PgTuneInputText::dbSize(*given[DbSize]), DbSize, error))
        return error;
    return input;
}

// One answer is built here and appended to the output at once: appending each piece to a QByteArray cost
// more than the rules.
using Answer = QVarLengthArray<char, 2048>;

void put(Answer& out, std::string_view text)
{
    out.append(text.data(), qsizetype(text.size()));
}

void putNumber(Answer& out, std::int64_t value)
{
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(digits, end - digits);
}

// pgtune::formatMemoryKb, straight to bytes.
void putMemory(Answer& out, std::int64_t kb)
{
    if (kb <= 0) {
        put(out, "0kB");
        return;
    }
    const pgtune::MemoryText text = pgtune::memoryText(kb);
    putNumber(out, text.value);
    put(out, text.unit);
}

// Names and fixed values are plain ASCII words of the rules, never a quote, backslash or control character,
// so they need no escaping.
void putSetting(Answer& out, const char* name, const PgTuneValue& value)
{
    out.append('"');
    put(out, name);
    put(out, "\":\"");
    switch (value.kind) {
    case PgTuneValue::Number:
        putNumber(out, value.amount);
        break;
    case PgTuneValue::MemoryKb:
        putMemory(out, value.amount);
        break;
    case PgTuneValue::Text:
        put(out, value.text);
        break;
    }
    put(out, "\",");
}

} // namespace

Expected<PgTuneInput> PgTuneBatch::parseLine(QByteArrayView line)
{
    LineValues values;
    values.ascii.reserve(line.size());
    auto fast = fastValues(line, values);
    const Expected<bool> read = fast ? *fast : generalValues(line, values);
    if (!read)
        return read.error();
    return inputOf(values);
}

void PgTuneBatch::appendAnswer(const PgTuneInput& input, QByteArray& out)
{
    Answer answer;
    put(answer, "{\"out\":{");
    const qsizetype start = answer.size();
    pgtune::forEachSetting(input,
                           [&answer](const char* name, const PgTuneValue& value) { putSetting(answer, name, value); });
    if (answer.size() > start)
        answer.removeLast(); // the last comma
    put(answer, "}}\n");
    out.append(answer.constData(), answer.size());
}

namespace {

// Whole lines from a device, read in large blocks, with the line length bounded: a huge line is refused after
// maxLineBytes, not held in memory.
class LineReader
{
public:
    explicit LineReader(QIODevice& device)
        : m_device(device)
    {
    }

    enum Status { Line, End, TooLong, Failed };

    // The next line with its newline (the last line may have none). Before a read that may wait for input (a pipe),
    // `beforeWait` runs, so that answers already made are out while the producer thinks.
    template <typename BeforeWait> Status next(QByteArrayView& line, BeforeWait beforeWait)
    {
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n', m_searchFrom);
            if (newline >= 0) {
                line = QByteArrayView(m_buffer).sliced(m_start, newline + 1 - m_start);
                m_start = m_searchFrom = newline + 1;
                return Line;
            }
            m_searchFrom = m_buffer.size();
            if (m_buffer.size() - m_start > PgTuneBatch::maxLineBytes)
                return TooLong;
            if (m_atEnd) {
                if (m_start == m_buffer.size())
                    return End;
                line = QByteArrayView(m_buffer).sliced(m_start);
                m_start = m_searchFrom = m_buffer.size();
                return Line;
            }
            beforeWait();
            if (!fill())
                return Failed;
        }
    }

private:
    bool fill()
    {
        m_buffer.remove(0, m_start);
        m_searchFrom -= m_start;
        m_start = 0;
        constexpr qsizetype block = 256 * 1024;
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + block);
        const qint64 got = m_device.read(m_buffer.data() + old, block);
        m_buffer.resize(old + std::max<qint64>(got, 0));
        if (got < 0)
            return false;
        m_atEnd = got == 0; // a blocking read returns nothing only at the end

        return true;
    }

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    qsizetype m_searchFrom = 0;
    bool m_atEnd = false;
};

QString atLine(int number, const QString& text)
{
    return PgTuneBatch::tr("line %1: %2").arg(number).arg(text);
}

} // namespace

std::optional<QString> PgTuneBatch::run(QIODevice& in, QIODevice& out, const QString& inputName)
{
    LineReader reader(in);
    QByteArray answers;
    const auto writeAnswers = [&answers, &out] {
        if (!answers.isEmpty())
            out.write(answers);
        answers.clear();
    };
    int lineNumber = 0;
    QByteArrayView line;
    for (;;) {
        const LineReader::Status status = reader.next(line, writeAnswers);
        if (status == LineReader::End)
            break;
        if (status != LineReader::Line)
            writeAnswers(); // every line before a bad one is out in full
        if (status == LineReader::Failed)
            return tr("--batch: cannot read '%1' after line %2: %3.")
                .arg(inputName)
                .arg(lineNumber)
                .arg(in.errorString());
        ++lineNumber;
        if (status == LineReader::TooLong)
            return atLine(lineNumber,
                          tr("longer than %1 bytes; each line is one machine's JSON object.").arg(maxLineBytes));
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3); // a UTF-8 byte order mark, as some editors write, is not JSON
        if (line.trimmed().isEmpty())
            continue; // blank lines (a trailing one, or spacing) are not machines
        auto input = parseLine(line);
        if (!input) {
            writeAnswers();
            return atLine(lineNumber, input.error().message);
        }
        if (auto error = pgtune::validate(*input)) {
            writeAnswers();
            return atLine(lineNumber, error->toString());
        }
        appendAnswer(*input, answers);
        if (answers.size() >= 64 * 1024)
            writeAnswers();
    }
    writeAnswers();
    return std::nullopt;
}

} // namespace headroom
