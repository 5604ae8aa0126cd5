// SPDX-License-Identifier: Apache-2.0
#include "model/quantity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct QuantityText
{
    Q_DECLARE_TR_FUNCTIONS(Quantity)
};

namespace {

constexpr std::int64_t maxRaw = std::numeric_limits<std::int64_t>::max();

// Units are kept at or below 2^60 (an exbibyte) so that scale() can multiply a digit by a unit and add a carry
// in 64 unsigned bits: 9 * 2^60 + 2^60 < 2^64.
constexpr std::uint64_t maxUnit = std::uint64_t(1) << 60;

constexpr std::uint64_t ki = 1024;
constexpr std::uint64_t mi = ki * 1024;
constexpr std::uint64_t gi = mi * 1024;
constexpr std::uint64_t ti = gi * 1024;
constexpr std::uint64_t pi = ti * 1024;
constexpr std::uint64_t ei = pi * 1024;
constexpr std::uint64_t kilo = 1000;
constexpr std::uint64_t mega = kilo * 1000;
constexpr std::uint64_t giga = mega * 1000;
constexpr std::uint64_t tera = giga * 1000;
constexpr std::uint64_t peta = tera * 1000;
constexpr std::uint64_t exa = peta * 1000;

// Six digits before the point ("851968k", "724197Gi") are past what a reader takes in at a glance.
constexpr std::uint64_t longMantissa = 100'000;

constexpr std::uint64_t second = 1000;
constexpr std::uint64_t minute = 60 * second;
constexpr std::uint64_t hour = 60 * minute;
constexpr std::uint64_t day = 24 * hour;
constexpr std::uint64_t week = 7 * day;
constexpr std::uint64_t year = 365 * day;

struct Suffix
{
    QStringView text;
    std::uint64_t unit;
};

// What parse() accepts after the number. The empty suffix is a bare number.
constexpr Suffix cpuSuffixes[] = { { u"", 1000 }, { u"m", 1 } };
constexpr Suffix memorySuffixes[] = {
    { u"", 1 },    { u"k", kilo }, { u"M", mega }, { u"G", giga }, { u"T", tera }, { u"P", peta }, { u"E", exa },
    { u"Ki", ki }, { u"Mi", mi },  { u"Gi", gi },  { u"Ti", ti },  { u"Pi", pi },  { u"Ei", ei },
};
constexpr Suffix iopsSuffixes[] = { { u"", 1 }, { u"k", kilo }, { u"M", mega } };
constexpr Suffix throughputSuffixes[] = {
    { u"B/s", 1 },    { u"KB/s", kilo }, { u"MB/s", mega }, { u"GB/s", giga }, { u"TB/s", tera },
    { u"KiB/s", ki }, { u"MiB/s", mi },  { u"GiB/s", gi },  { u"TiB/s", ti },
};
constexpr Suffix rateSuffixes[] = {
    { u"", 1 }, { u"/s", 1 }, { u"k", kilo }, { u"k/s", kilo }, { u"M", mega }, { u"M/s", mega },
};
// Largest first: a compound duration must name its units in this order, each at most once.
constexpr Suffix durationSuffixes[] = {
    { u"y", year }, { u"w", week }, { u"d", day }, { u"h", hour }, { u"m", minute }, { u"s", second }, { u"ms", 1 },
};
constexpr Suffix percentSuffixes[] = { { u"%", 10'000 }, { u"", 1'000'000 } };
constexpr Suffix countSuffixes[] = { { u"", 1 } };
constexpr Suffix numberSuffixes[] = { { u"", 1'000'000 } };

// What toString() may print, in the order that wins a tie on length.
constexpr Suffix memoryPrinted[] = {
    { u"Ki", ki },  { u"Mi", mi },  { u"Gi", gi },  { u"Ti", ti },  { u"Pi", pi },  { u"Ei", ei }, { u"", 1 },
    { u"k", kilo }, { u"M", mega }, { u"G", giga }, { u"T", tera }, { u"P", peta }, { u"E", exa },
};
// Disks and networks are sold in decimal units, so decimal wins a tie here.
constexpr Suffix throughputPrinted[] = {
    { u"B/s", 1 },    { u"KB/s", kilo }, { u"MB/s", mega }, { u"GB/s", giga }, { u"TB/s", tera },
    { u"KiB/s", ki }, { u"MiB/s", mi },  { u"GiB/s", gi },  { u"TiB/s", ti },
};
// Days before weeks: "7d" and "70d" read more naturally than "1w" and "10w".
constexpr Suffix durationPrinted[] = {
    { u"y", year }, { u"d", day }, { u"w", week }, { u"h", hour }, { u"m", minute }, { u"s", second }, { u"ms", 1 },
};

struct DimensionText
{
    const char* noun; // after "is not"
    const char* forms; // the accepted forms, as an instruction
};

DimensionText dimensionText(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return { QT_TRANSLATE_NOOP("Quantity", "a CPU quantity"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write a whole or decimal number of cores or a whole number of millicores with the suffix m, "
                     "e.g. 2, 1.5, 0.1, 500m") };
    case Dimension::Memory:
        return { QT_TRANSLATE_NOOP("Quantity", "a memory quantity"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write a whole or decimal number of bytes with an optional suffix Ki, Mi, Gi, Ti, Pi, Ei "
                     "(powers of 1024) or k, M, G, T, P, E (powers of 1000), e.g. 512Mi, 2Gi, 1.5G, 1e9") };
    case Dimension::Iops:
        return { QT_TRANSLATE_NOOP("Quantity", "an IOPS quantity"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write a whole number of operations per second with an optional suffix k (thousands) or "
                     "M (millions), e.g. 3000, 3k, 1.5k, 10M") };
    case Dimension::Throughput:
        return { QT_TRANSLATE_NOOP("Quantity", "a throughput"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write a whole or decimal number followed by B/s, KB/s, MB/s, GB/s, TB/s (powers of 1000) or "
                     "KiB/s, MiB/s, GiB/s, TiB/s (powers of 1024), e.g. 10MB/s, 1GB/s, 250MiB/s") };
    case Dimension::Rate:
        return { QT_TRANSLATE_NOOP("Quantity", "a rate"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write a whole number of events per second with an optional suffix k (thousands) or M (millions) "
                     "and an optional /s, e.g. 100k/s, 1k/s, 50000/s") };
    case Dimension::Duration:
        return { QT_TRANSLATE_NOOP("Quantity", "a duration"),
                 QT_TRANSLATE_NOOP(
                     "Quantity",
                     "write whole or decimal numbers each followed by a unit ms, s, m (minutes), h, d, w or y "
                     "(365 days), largest unit first, e.g. 500ms, 30s, 2h, 30d, 1h30m") };
    case Dimension::Percent:
        return { QT_TRANSLATE_NOOP("Quantity", "a percentage"),
                 QT_TRANSLATE_NOOP("Quantity", "write a percentage or a fraction of one, e.g. 40%, 12.5%, 0.4") };
    case Dimension::Count:
        return { QT_TRANSLATE_NOOP("Quantity", "a count"),
                 QT_TRANSLATE_NOOP("Quantity", "write a whole number without sign or suffix, e.g. 0, 3, 200") };
    case Dimension::Number:
        return { QT_TRANSLATE_NOOP("Quantity", "a number"),
                 QT_TRANSLATE_NOOP("Quantity",
                                   "write a decimal number with at most 6 decimal places, e.g. 3, 1.5, 0.78125") };
    }
    return { QT_TRANSLATE_NOOP("Quantity", "a quantity"), QT_TRANSLATE_NOOP("Quantity", "write a number") };
}

Error makeError(QString message)
{
    Error error;
    error.message = std::move(message);
    return error;
}

Error parseError(Dimension dimension, QStringView text, const QString& reason = {})
{
    const DimensionText words = dimensionText(dimension);
    const QString advice = QuantityText::tr(words.forms);
    return makeError(QuantityText::tr("'%1' is not %2: %3")
                         .arg(text.toString(), QuantityText::tr(words.noun),
                              reason.isEmpty() ? advice : QuantityText::tr("%1; %2").arg(reason, advice)));
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}

// A number kept as its digits, so that nothing is lost before it is scaled to the base unit.
struct Decimal
{
    QStringView integerDigits;
    QStringView fractionDigits;
    std::int64_t exponent = 0;
    bool hasExponent = false;
};

// Reads digits, an optional fraction and (if allowed) an exponent from the start of text; returns how many
// characters were read, 0 when text does not start with a digit. Both sides of a dot need digits: "5." and ".5"
// are more likely typing slips than intent in a configuration file.
qsizetype readDecimal(QStringView text, bool allowExponent, Decimal& out)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size && isAsciiDigit(text[pos]))
        ++pos;
    if (pos == 0)
        return 0;
    out = Decimal {};
    out.integerDigits = text.first(pos);
    if (pos + 1 < size && text[pos] == u'.' && isAsciiDigit(text[pos + 1])) {
        const qsizetype start = pos + 1;
        pos = start;
        while (pos < size && isAsciiDigit(text[pos]))
            ++pos;
        out.fractionDigits = text.sliced(start, pos - start);
    }
    if (allowExponent && pos < size && (text[pos] == u'e' || text[pos] == u'E')) {
        qsizetype at = pos + 1;
        bool negative = false;
        if (at < size && (text[at] == u'+' || text[at] == u'-')) {
            negative = text[at] == u'-';
            ++at;
        }
        // Without a digit it is not an exponent: "1E" is an exabyte.
        if (at < size && isAsciiDigit(text[at])) {
            // Saturating keeps the arithmetic defined; any exponent this large overflows or vanishes anyway.
            constexpr std::int64_t limit = 1'000'000'000'000;
            std::int64_t exponent = 0;
            while (at < size && isAsciiDigit(text[at])) {
                exponent = std::min(limit, exponent * 10 + (text[at].unicode() - u'0'));
                ++at;
            }
            out.exponent = negative ? -exponent : exponent;
            out.hasExponent = true;
            pos = at;
        }
    }
    return pos;
}

bool isZero(const Decimal& decimal)
{
    const auto zero = [](QChar c) { return c == u'0'; };
    return std::all_of(decimal.integerDigits.begin(), decimal.integerDigits.end(), zero)
        && std::all_of(decimal.fractionDigits.begin(), decimal.fractionDigits.end(), zero);
}

struct Scaled
{
    std::int64_t value = 0; // the whole part of decimal × unit
    bool overflow = false;
    bool exact = true; // false when a fraction of the unit was dropped
};

// decimal × unit computed exactly: the whole part and whether anything below it was left over, so that each
// caller decides between rounding up (bytes), rounding down (PostgreSQL) and refusing (millicores).
Scaled scale(const Decimal& decimal, std::uint64_t unit)
{
    Q_ASSERT(unit >= 1 && unit <= maxUnit);
    Scaled result;
    const std::int64_t integerLength = decimal.integerDigits.size();
    const std::int64_t length = integerLength + decimal.fractionDigits.size();
    const auto digitAt = [&](std::int64_t i) -> int {
        const QChar c = i < integerLength ? decimal.integerDigits[i] : decimal.fractionDigits[i - integerLength];
        return c.unicode() - u'0';
    };
    // Where the decimal point falls among the digits once the exponent is applied.
    const std::int64_t point = integerLength + decimal.exponent;
    const std::int64_t wholeEnd = std::clamp<std::int64_t>(point, 0, length);

    std::int64_t whole = 0;
    for (std::int64_t i = 0; i < wholeEnd; ++i) {
        if (qMulOverflow<std::int64_t>(whole, 10, &whole) || qAddOverflow<std::int64_t>(whole, digitAt(i), &whole)) {
            result.overflow = true;
            return result;
        }
    }
    // Zeros implied by the exponent; only a non-zero value can overflow, and it does within 19 steps.
    if (whole != 0) {
        for (std::int64_t i = length; i < point; ++i) {
            if (qMulOverflow<std::int64_t>(whole, 10, &whole)) {
                result.overflow = true;
                return result;
            }
        }
    }
    if (qMulOverflow<std::int64_t>(whole, std::int64_t(unit), &whole)) {
        result.overflow = true;
        return result;
    }

    bool fractionIsZero = true;
    for (std::int64_t i = wholeEnd; i < length && fractionIsZero; ++i)
        fractionIsZero = digitAt(i) == 0;
    std::uint64_t carry = 0;
    if (!fractionIsZero) {
        const std::int64_t leadingZeros = point < 0 ? -point : 0;
        // Below 10^-20 the fraction times any unit (at most 2^60) stays below one.
        if (leadingZeros > 20) {
            result.exact = false;
        } else {
            // Long multiplication of 0.d1d2...dn by unit from the last digit: carry ends as the whole part and
            // any non-zero digit dropped on the way means the product was not whole.
            for (std::int64_t i = length - 1; i >= wholeEnd; --i) {
                const std::uint64_t t = std::uint64_t(digitAt(i)) * unit + carry;
                if (t % 10 != 0)
                    result.exact = false;
                carry = t / 10;
            }
            for (std::int64_t i = 0; i < leadingZeros; ++i) {
                if (carry % 10 != 0)
                    result.exact = false;
                carry /= 10;
            }
        }
    }
    // carry < unit <= 2^60, so it fits in the signed type.
    if (qAddOverflow<std::int64_t>(whole, std::int64_t(carry), &whole)) {
        result.overflow = true;
        return result;
    }
    result.value = whole;
    return result;
}

const Suffix* findSuffix(std::span<const Suffix> suffixes, QStringView text)
{
    for (const Suffix& suffix : suffixes) {
        if (suffix.text == text)
            return &suffix;
    }
    return nullptr;
}

std::span<const Suffix> parsedSuffixes(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return cpuSuffixes;
    case Dimension::Memory:
        return memorySuffixes;
    case Dimension::Iops:
        return iopsSuffixes;
    case Dimension::Throughput:
        return throughputSuffixes;
    case Dimension::Rate:
        return rateSuffixes;
    case Dimension::Duration:
        return durationSuffixes;
    case Dimension::Percent:
        return percentSuffixes;
    case Dimension::Count:
        return countSuffixes;
    case Dimension::Number:
        return numberSuffixes;
    }
    return countSuffixes;
}

// Why a value was refused for not being whole in the base unit; empty where the dimension rounds up instead.
QString tooFineReason(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return QuantityText::tr("CPU is counted in whole millicores and this is finer than 1m");
    case Dimension::Iops:
        return QuantityText::tr("IOPS are counted in whole operations per second");
    case Dimension::Rate:
        return QuantityText::tr("a rate is counted in whole events per second");
    case Dimension::Duration:
        return QuantityText::tr("a duration is counted in whole milliseconds and this is finer than 1ms");
    case Dimension::Percent:
        return QuantityText::tr("a percentage is kept to 0.0001% and this is finer");
    case Dimension::Count:
        return QuantityText::tr("a count is a whole number");
    case Dimension::Number:
        return QuantityText::tr("a number is kept to 6 decimal places and this has more");
    case Dimension::Memory:
    case Dimension::Throughput:
        break;
    }
    return {};
}

QString tooLargeReason(Dimension dimension)
{
    return QuantityText::tr("it does not fit in 64 bits (the largest is %1)")
        .arg(Quantity(dimension, maxRaw).toString());
}

// The base-unit value of number × unit, with each dimension's policy for what falls between base units:
// bytes round up as Kubernetes does, everything else is refused rather than silently changed.
Expected<std::int64_t> scaleChecked(Dimension dimension, QStringView text, const Decimal& number, std::uint64_t unit)
{
    const Scaled scaled = scale(number, unit);
    if (scaled.overflow)
        return parseError(dimension, text, tooLargeReason(dimension));
    if (scaled.exact)
        return scaled.value;
    if (dimension == Dimension::Memory || dimension == Dimension::Throughput) {
        if (scaled.value == maxRaw)
            return parseError(dimension, text, tooLargeReason(dimension));
        return scaled.value + 1;
    }
    return parseError(dimension, text, tooFineReason(dimension));
}

Expected<Quantity> parseDuration(QStringView text)
{
    constexpr Dimension dimension = Dimension::Duration;
    std::int64_t total = 0;
    qsizetype pos = 0;
    qsizetype previousRank = -1;
    while (pos < text.size()) {
        const qsizetype componentStart = pos;
        Decimal number;
        const qsizetype read = readDecimal(text.sliced(pos), false, number);
        if (read == 0)
            return parseError(dimension, text);
        pos += read;
        const qsizetype unitStart = pos;
        while (pos < text.size() && isAsciiLetter(text[pos]))
            ++pos;
        const QStringView unitText = text.sliced(unitStart, pos - unitStart);
        if (unitText.isEmpty()) {
            // A bare zero is unambiguous, and "min: 0" in a catalog should not need a unit.
            if (componentStart == 0 && pos == text.size() && isZero(number))
                return Quantity::milliseconds(0);
            return parseError(dimension, text, QuantityText::tr("every number needs a unit"));
        }
        const Suffix* suffix = findSuffix(durationSuffixes, unitText);
        if (!suffix)
            return parseError(dimension, text);
        const qsizetype rank = suffix - std::begin(durationSuffixes);
        if (rank <= previousRank)
            return parseError(dimension, text,
                              QuantityText::tr("the units must go from the largest to the smallest, each once"));
        previousRank = rank;
        const Expected<std::int64_t> part = scaleChecked(dimension, text, number, suffix->unit);
        if (!part)
            return part.error();
        if (qAddOverflow<std::int64_t>(total, *part, &total))
            return parseError(dimension, text, tooLargeReason(dimension));
    }
    return Quantity::milliseconds(total);
}

Expected<Quantity> parseSimple(Dimension dimension, QStringView text)
{
    Decimal number;
    const qsizetype read = readDecimal(text, dimension == Dimension::Memory, number);
    if (read == 0)
        return parseError(dimension, text);
    const QStringView suffixText = text.sliced(read);
    if (number.hasExponent && !suffixText.isEmpty())
        return parseError(dimension, text, QuantityText::tr("an exponent cannot be combined with a suffix"));
    if (dimension == Dimension::Count && !number.fractionDigits.isEmpty())
        return parseError(dimension, text, tooFineReason(dimension));

    const Suffix* suffix = findSuffix(parsedSuffixes(dimension), suffixText);
    if (!suffix && dimension == Dimension::Throughput && suffixText.isEmpty()) {
        // As with durations, a bare zero needs no unit; anything else would be a guess between B/s and MB/s.
        if (isZero(number))
            return Quantity::bytesPerSecond(0);
        return parseError(dimension, text, QuantityText::tr("a unit such as MB/s is needed"));
    }
    if (!suffix && dimension == Dimension::Memory && suffixText == u"m")
        return parseError(dimension, text,
                          QuantityText::tr("m means thousandths of a byte; for mebibytes write Mi, for megabytes M"));
    if (!suffix)
        return parseError(dimension, text);

    const Expected<std::int64_t> raw = scaleChecked(dimension, text, number, suffix->unit);
    if (!raw)
        return raw.error();
    // "30" for a 30% share would silently mean 3000%, so a bare number must really be a fraction of one.
    if (dimension == Dimension::Percent && suffixText.isEmpty() && *raw > 1'000'000)
        return parseError(dimension, text,
                          QuantityText::tr("a bare number is a fraction of one and cannot exceed 1 (0.4 is 40%)"));
    return Quantity(dimension, *raw);
}

std::uint64_t magnitude(std::int64_t value)
{
    return value < 0 ? std::uint64_t(0) - std::uint64_t(value) : std::uint64_t(value);
}

// raw / 10^decimals written exactly, with no trailing zeros: 125000 with 4 decimals is "12.5".
QString fixedPoint(std::int64_t raw, int decimals)
{
    std::uint64_t divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    const std::uint64_t value = magnitude(raw);
    QString text = QString::number(value / divisor);
    std::uint64_t fraction = value % divisor;
    if (fraction != 0) {
        int width = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --width;
        }
        text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, width, 10, QLatin1Char('0'));
    }
    return raw < 0 ? QLatin1Char('-') + text : text;
}

QString shortest(std::int64_t raw, std::span<const Suffix> suffixes)
{
    QString best;
    for (const Suffix& suffix : suffixes) {
        const auto unit = std::int64_t(suffix.unit);
        if (raw % unit != 0)
            continue;
        QString candidate = QString::number(raw / unit) + suffix.text.toString();
        if (best.isNull() || candidate.size() < best.size())
            best = std::move(candidate);
    }
    return best;
}

// value / unit written exactly with at most three decimals ("7.5" for 7.5 MiB in Mi), or a null
// string when three decimals are not enough.
QString exactDecimal(std::uint64_t value, std::uint64_t unit)
{
    std::uint64_t scale = 1;
    for (int decimals = 0; decimals <= 3; ++decimals, scale *= 10) {
        const std::uint64_t common = std::gcd(unit, scale);
        const std::uint64_t step = unit / common; // value / unit has `decimals` digits exactly when step divides it
        if (value % step != 0)
            continue;
        QString text = QString::number(value / unit);
        if (decimals > 0) {
            const std::uint64_t fraction = value % unit / step * (scale / common);
            text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
        }
        return text;
    }
    return {};
}

// The shortest exact memory text; plain bytes where every suffix would leave a long mantissa.
QString memoryText(std::int64_t raw)
{
    if (raw <= 0)
        return QString::number(raw);
    const auto value = std::uint64_t(raw);
    const QString bytes = QString::number(raw);
    QString best;
    for (const Suffix& suffix : memoryPrinted) {
        if (suffix.unit == 1 || suffix.unit > value || value / suffix.unit >= longMantissa)
            continue;
        // Decimals only with binary units: "1228.8M" of a binary quantity reads as a rounded one.
        const bool binary = suffix.text.endsWith(u'i');
        const QString number = binary ? exactDecimal(value, suffix.unit)
                                      : (value % suffix.unit == 0 ? QString::number(value / suffix.unit) : QString());
        if (number.isNull())
            continue;
        const QString candidate = number + suffix.text.toString();
        if (best.isNull() || candidate.size() < best.size())
            best = candidate;
    }
    if (best.isNull() || (value < longMantissa && bytes.size() <= best.size()))
        return bytes;
    return best;
}

// At most three significant digits, in the C locale so that tables and config files agree.
QString significant(double value)
{
    if (value == 0 || !std::isfinite(value))
        return QStringLiteral("0");
    const int order = int(std::floor(std::log10(std::fabs(value))));
    int decimals = 2 - order;
    if (decimals < 0) {
        const double step = std::pow(10.0, -decimals);
        value = std::round(value / step) * step;
        decimals = 0;
    }
    QString text = QLocale::c().toString(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

struct DisplayUnit
{
    double factor;
    QStringView label;
};

// Picks the largest unit the value reaches, moving up one more when rounding carries it there (999.6 → "1k").
QString display(double value, std::span<const DisplayUnit> units)
{
    std::size_t i = 0;
    while (i + 1 < units.size() && value >= units[i + 1].factor)
        ++i;
    QString number = significant(value / units[i].factor);
    if (i + 1 < units.size() && QLocale::c().toDouble(number) * units[i].factor >= units[i + 1].factor) {
        ++i;
        number = significant(value / units[i].factor);
    }
    return number + units[i].label.toString();
}

constexpr DisplayUnit memoryDisplay[] = {
    { 1.0, u" B" },          { double(ki), u" KiB" }, { double(mi), u" MiB" }, { double(gi), u" GiB" },
    { double(ti), u" TiB" }, { double(pi), u" PiB" }, { double(ei), u" EiB" },
};
constexpr DisplayUnit throughputDisplay[] = {
    { 1.0, u" B/s" },   { 1e3, u" KB/s" },  { 1e6, u" MB/s" },  { 1e9, u" GB/s" },
    { 1e12, u" TB/s" }, { 1e15, u" PB/s" }, { 1e18, u" EB/s" },
};
// "min" rather than "m" so that a table never leaves minutes and months to guesswork.
constexpr DisplayUnit durationDisplay[] = {
    { 1.0, u" ms" },         { double(second), u" s" }, { double(minute), u" min" },
    { double(hour), u" h" }, { double(day), u" d" },    { double(year), u" y" },
};

// How many base units make one formula unit (see toFormulaValue).
double formulaScale(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
    case Dimension::Duration:
        return 1e3;
    case Dimension::Percent:
    case Dimension::Number:
        return 1e6;
    case Dimension::Memory:
    case Dimension::Iops:
    case Dimension::Throughput:
    case Dimension::Rate:
    case Dimension::Count:
        break;
    }
    return 1.0;
}

QString formulaUnit(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return QStringLiteral(" cores");
    case Dimension::Memory:
        return QStringLiteral(" bytes");
    case Dimension::Iops:
        return QStringLiteral(" IOPS");
    case Dimension::Throughput:
        return QStringLiteral(" bytes/s");
    case Dimension::Rate:
        return QStringLiteral(" events/s");
    case Dimension::Duration:
        return QStringLiteral(" seconds");
    case Dimension::Percent:
    case Dimension::Count:
    case Dimension::Number:
        break;
    }
    return {};
}

// The largest value in formula units, written exactly: INT64_MAX base units.
QString formulaMaximum(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
    case Dimension::Duration:
        return fixedPoint(maxRaw, 3);
    case Dimension::Percent:
    case Dimension::Number:
        return fixedPoint(maxRaw, 6);
    case Dimension::Memory:
    case Dimension::Iops:
    case Dimension::Throughput:
    case Dimension::Rate:
    case Dimension::Count:
        break;
    }
    return QString::number(maxRaw);
}

std::int64_t notNegative(std::int64_t bytes)
{
    // Quantities are never negative; a negative byte count here is a caller's bug, and an engine would refuse a
    // negative setting outright, so 0 is the least harmful thing to write.
    return std::max<std::int64_t>(bytes, 0);
}

// The largest unit that divides value exactly; zero takes the smallest unit so it reads "0kB", not "0TB".
QString largestExact(std::int64_t value, std::span<const Suffix> largestFirst)
{
    if (value == 0)
        return QLatin1Char('0') + largestFirst.back().text.toString();
    for (const Suffix& suffix : largestFirst) {
        if (value % std::int64_t(suffix.unit) == 0)
            return QString::number(value / std::int64_t(suffix.unit)) + suffix.text.toString();
    }
    return QString::number(value);
}

} // namespace

double Quantity::toFormulaValue() const
{
    return double(m_raw) / formulaScale(m_dimension);
}

Expected<Quantity> Quantity::fromFormulaValue(Dimension dimension, double value)
{
    const QString name = dimensionName(dimension);
    if (std::isnan(value))
        return makeError(QuantityText::tr("a %1 value cannot be NaN (not a number), which a formula gets from 0/0 "
                                          "or an undefined operation")
                             .arg(name));
    if (std::isinf(value))
        return makeError(
            QuantityText::tr("a %1 value cannot be infinite, which a formula gets from a division by zero").arg(name));
    if (value < 0)
        return makeError(QuantityText::tr("a %1 value cannot be negative, but the formula gave %2")
                             .arg(name, QString::number(value)));
    const double rounded = std::round(value * formulaScale(dimension));
    // 2^63 is the first double above INT64_MAX; the cast below is only defined under it.
    if (!(rounded < 9223372036854775808.0)) {
        return makeError(QuantityText::tr("a %1 value of %2%3 is too large: at most %4%3 fits in 64 bits")
                             .arg(name, QString::number(value), formulaUnit(dimension), formulaMaximum(dimension)));
    }
    return Quantity(dimension, std::int64_t(rounded));
}

Expected<Quantity> Quantity::parse(Dimension dimension, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parseError(dimension, trimmed, QuantityText::tr("the text is empty"));
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return parseError(dimension, trimmed, QuantityText::tr("no space is allowed inside a quantity"));
    // U+2212 is what word processors turn a hyphen into.
    if (trimmed.front() == u'-' || trimmed.front() == u'\u2212')
        return parseError(dimension, trimmed, QuantityText::tr("negative values are not allowed"));
    if (dimension == Dimension::Duration)
        return parseDuration(trimmed);
    return parseSimple(dimension, trimmed);
}

QString Quantity::toString() const
{
    switch (m_dimension) {
    case Dimension::Cpu:
        return shortest(m_raw, cpuSuffixes);
    case Dimension::Memory:
        return memoryText(m_raw);
    case Dimension::Iops:
        return QString::number(m_raw);
    case Dimension::Throughput:
        return shortest(m_raw, throughputPrinted);
    case Dimension::Rate:
        return QString::number(m_raw) + QStringLiteral("/s");
    case Dimension::Duration:
        // Every unit ties at zero; seconds are the conventional way to write none.
        return m_raw == 0 ? QStringLiteral("0s") : shortest(m_raw, durationPrinted);
    case Dimension::Percent:
        return fixedPoint(m_raw, 4) + QLatin1Char('%');
    case Dimension::Count:
        return QString::number(m_raw);
    case Dimension::Number:
        return fixedPoint(m_raw, 6);
    }
    return QString::number(m_raw);
}

QString Quantity::toDisplayString() const
{
    const auto value = double(m_raw);
    switch (m_dimension) {
    case Dimension::Cpu: {
        // Cores are often fractional, which %n plurals cannot express.
        const QString cores = significant(value / 1000.0);
        return (cores == QLatin1String("1") ? QuantityText::tr("%1 core") : QuantityText::tr("%1 cores")).arg(cores);
    }
    case Dimension::Memory:
        return display(value, memoryDisplay);
    case Dimension::Iops:
        return QString::number(m_raw) + QStringLiteral(" IOPS");
    case Dimension::Throughput:
        return display(value, throughputDisplay);
    case Dimension::Rate:
        return QString::number(m_raw) + QStringLiteral("/s");
    case Dimension::Duration:
        return display(value, durationDisplay);
    case Dimension::Percent:
        return significant(value / 1e4) + QLatin1Char('%');
    case Dimension::Count:
        return QString::number(m_raw);
    case Dimension::Number:
        return significant(value / 1e6);
    }
    return QString::number(m_raw);
}

QString dimensionNoun(Dimension dimension)
{
    return QuantityText::tr(dimensionText(dimension).noun);
}

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return QStringLiteral("cpu");
    case Dimension::Memory:
        return QStringLiteral("memory");
    case Dimension::Iops:
        return QStringLiteral("iops");
    case Dimension::Throughput:
        return QStringLiteral("throughput");
    case Dimension::Rate:
        return QStringLiteral("rate");
    case Dimension::Duration:
        return QStringLiteral("duration");
    case Dimension::Percent:
        return QStringLiteral("percent");
    case Dimension::Count:
        return QStringLiteral("count");
    case Dimension::Number:
        return QStringLiteral("number");
    }
    return {};
}

std::optional<Dimension> dimensionFromName(QStringView name)
{
    constexpr Dimension all[] = {
        Dimension::Cpu,      Dimension::Memory,  Dimension::Iops,  Dimension::Throughput, Dimension::Rate,
        Dimension::Duration, Dimension::Percent, Dimension::Count, Dimension::Number,
    };
    for (Dimension dimension : all) {
        if (dimensionName(dimension) == name)
            return dimension;
    }
    return std::nullopt;
}

namespace memory_format {

QString postgres(std::int64_t bytes)
{
    // In kB, the smallest unit PostgreSQL's memory settings take.
    constexpr Suffix units[] = { { u"TB", gi }, { u"GB", mi }, { u"MB", ki }, { u"kB", 1 } };
    return largestExact(notNegative(bytes) / 1024, units);
}

Expected<std::int64_t> parsePostgres(QStringView text, std::int64_t defaultUnitBytes)
{
    if (defaultUnitBytes < 1 || std::uint64_t(defaultUnitBytes) > maxUnit)
        return makeError(QuantityText::tr("the default unit of a PostgreSQL memory setting must be between 1 byte and "
                                          "1 EiB, not %1 bytes")
                             .arg(defaultUnitBytes));
    const QStringView trimmed = text.trimmed();
    const QString defaultUnit = defaultUnitBytes % 1024 == 0 ? postgres(defaultUnitBytes)
                                                             : QString::number(defaultUnitBytes) + QLatin1Char('B');
    const auto fail = [&](const QString& reason) -> Error {
        const QString advice = QuantityText::tr("write a number followed by B, kB, MB, GB or TB (powers of 1024), "
                                                "or a bare number of %1 units, e.g. 64MB, 8kB, 1GB")
                                   .arg(defaultUnit);
        return makeError(
            QuantityText::tr("'%1' is not a PostgreSQL memory setting: %2")
                .arg(trimmed.toString(), reason.isEmpty() ? advice : QuantityText::tr("%1; %2").arg(reason, advice)));
    };
    if (trimmed.isEmpty())
        return fail(QuantityText::tr("the text is empty"));
    if (trimmed.front() == u'-' || trimmed.front() == u'\u2212')
        return fail(QuantityText::tr("negative values are not allowed"));

    Decimal number;
    const qsizetype read = readDecimal(trimmed, true, number);
    if (read == 0)
        return fail({});
    // PostgreSQL itself accepts white space between the number and the unit ("64 MB").
    QStringView unitText = trimmed.sliced(read).trimmed();
    constexpr Suffix units[] = { { u"B", 1 }, { u"kB", ki }, { u"MB", mi }, { u"GB", gi }, { u"TB", ti } };
    std::uint64_t unit = std::uint64_t(defaultUnitBytes);
    if (!unitText.isEmpty()) {
        const Suffix* suffix = findSuffix(units, unitText);
        if (!suffix) {
            for (const Suffix& candidate : units) {
                if (candidate.text.compare(unitText, Qt::CaseInsensitive) == 0)
                    return fail(QuantityText::tr("PostgreSQL's units are case-sensitive, write %1 rather than %2")
                                    .arg(candidate.text.toString(), unitText.toString()));
            }
            return fail({});
        }
        unit = suffix->unit;
    }
    // Fractions of a byte are dropped: a setting must never come out above what was written.
    const Scaled scaled = scale(number, unit);
    if (scaled.overflow)
        return fail(QuantityText::tr("it does not fit in 64 bits"));
    return scaled.value;
}

QString redis(std::int64_t bytes)
{
    constexpr Suffix units[] = { { u"gb", gi }, { u"mb", mi }, { u"kb", ki }, { u"", 1 } };
    return largestExact(notNegative(bytes), units);
}

QString jvm(std::int64_t bytes)
{
    constexpr Suffix units[] = { { u"g", gi }, { u"m", mi }, { u"k", ki }, { u"", 1 } };
    return largestExact(notNegative(bytes), units);
}

QString mysql(std::int64_t bytes)
{
    constexpr Suffix units[] = { { u"G", gi }, { u"M", mi }, { u"K", ki }, { u"", 1 } };
    return largestExact(notNegative(bytes), units);
}

QString php(std::int64_t bytes)
{
    return QString::number(notNegative(bytes) / std::int64_t(mi)) + QLatin1Char('M');
}

QString gibibytes(std::int64_t bytes)
{
    const std::int64_t value = notNegative(bytes);
    const std::int64_t whole = value / std::int64_t(gi);
    // Floored like the other formats, so a cache size never comes out above its budget.
    const std::int64_t hundredths = (value % std::int64_t(gi)) * 100 / std::int64_t(gi);
    return fixedPoint(whole * 100 + hundredths, 2);
}

QString kubernetes(std::int64_t bytes)
{
    const std::int64_t value = notNegative(bytes);
    if (value == 0)
        return QStringLiteral("0");
    const std::int64_t mebibytes = value / std::int64_t(mi) + (value % std::int64_t(mi) != 0 ? 1 : 0);
    // From about 98 GiB a whole Mi is finer than anyone reads: whole Gi, rounded up by less than 1%.
    if (mebibytes % 1024 == 0 || mebibytes >= std::int64_t(longMantissa))
        return QString::number(mebibytes / 1024 + (mebibytes % 1024 != 0 ? 1 : 0)) + QStringLiteral("Gi");
    return QString::number(mebibytes) + QStringLiteral("Mi");
}

QString volume(std::int64_t bytes)
{
    const std::int64_t value = notNegative(bytes);
    if (value < std::int64_t(ti))
        return kubernetes(value);
    const std::int64_t remainder = value % std::int64_t(ti);
    // remainder < 2^40, so ten times it stays far inside 64 bits.
    const std::int64_t tenths
        = value / std::int64_t(ti) * 10 + (remainder * 10 + std::int64_t(ti) - 1) / std::int64_t(ti);
    return fixedPoint(tenths, 1) + QStringLiteral("Ti");
}

namespace {

struct PartsUnit
{
    std::int64_t unit;
    QStringView label;
    std::int64_t scale; // 10^decimals
};

// The unit and precision the sum reads best in: the largest binary unit it reaches, two decimals below 100
// of it (so that a small part of a large limit still shows) and one from 100, whole bytes below 1 KiB.
PartsUnit partsUnit(std::span<const std::int64_t> parts)
{
    std::int64_t total = 0;
    for (std::int64_t part : parts)
        total += std::min(notNegative(part), maxRaw - total); // saturates instead of overflowing
    constexpr Suffix units[]
        = { { u" EiB", ei }, { u" PiB", pi }, { u" TiB", ti }, { u" GiB", gi }, { u" MiB", mi }, { u" KiB", ki } };
    for (const Suffix& suffix : units) {
        const auto unit = std::int64_t(suffix.unit);
        if (total >= unit)
            return { unit, suffix.text, total / unit < 100 ? 100 : 10 };
    }
    return { 1, u" B", 1 };
}

QString partText(std::int64_t steps, const PartsUnit& unit)
{
    return fixedPoint(steps, unit.scale == 100 ? 2 : unit.scale == 10 ? 1 : 0) + unit.label.toString();
}

} // namespace

QStringList displayParts(std::span<const std::int64_t> parts)
{
    const PartsUnit unit = partsUnit(parts);
    QStringList out;
    out.reserve(qsizetype(parts.size()));
    for (std::int64_t steps : roundedParts(parts, unit.scale, unit.unit))
        out << partText(steps, unit);
    return out;
}

QString displayTotal(std::span<const std::int64_t> parts)
{
    const PartsUnit unit = partsUnit(parts);
    std::int64_t steps = 0;
    for (std::int64_t s : roundedParts(parts, unit.scale, unit.unit))
        steps += s;
    return partText(steps, unit);
}

} // namespace memory_format

QList<std::int64_t> roundedParts(std::span<const std::int64_t> parts, std::int64_t numerator, std::int64_t denominator)
{
    // 128 bits keep part × numerator exact for every 64-bit part.
    __extension__ using Wide = __int128;
    QList<std::int64_t> out(qsizetype(parts.size()), 0);
    if (denominator <= 0 || numerator < 0)
        return out;
    QList<std::pair<Wide, qsizetype>> remainders;
    remainders.reserve(qsizetype(parts.size()));
    Wide sum = 0;
    Wide floors = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Wide scaled = Wide(notNegative(parts[i])) * numerator;
        sum += scaled;
        out[qsizetype(i)] = std::int64_t(scaled / denominator);
        floors += scaled / denominator;
        remainders.append({ scaled % denominator, qsizetype(i) });
    }
    const Wide target = (2 * sum + denominator) / (2 * Wide(denominator));
    // Larger remainders first; on a tie the earlier part, so that the result does not depend on sorting.
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (Wide left = target - floors, i = 0; left > 0 && i < Wide(remainders.size()); --left, ++i)
        ++out[qsizetype(remainders[qsizetype(i)].second)];
    return out;
}

} // namespace headroom
