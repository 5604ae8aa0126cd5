// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <span>

namespace headroom {

// What a number measures. Each dimension has one integer base unit so that
// arithmetic and comparisons are exact and overflow can be checked.
enum class Dimension {
    Cpu, // millicores          "500m", "2", "1.5"
    Memory, // bytes            "512Mi", "2Gi", "1.5G", "1e9", "4096"
    Iops, // operations/second  "3000", "3k", "100k"
    Throughput, // bytes/second "10MB/s", "1GB/s", "250MiB/s"
    Rate, // events/second      "100k/s", "1k/s", "50000/s" ("/s" optional on input)
    Duration, // milliseconds   "500ms", "30s", "2h", "30d", "1w", "1y", "1h30m"
    Percent, // parts per million of one: "40%", "12.5%"
    Count, // plain integer     "200"
    Number, // decimal factor, millionths: "1.5", "0.78125", "3"
};

// A non-negative amount with its dimension. Plain value type.
class Quantity
{
public:
    constexpr Quantity() = default;
    constexpr Quantity(Dimension dimension, std::int64_t raw)
        : m_dimension(dimension)
        , m_raw(raw)
    {
    }

    static constexpr Quantity millicores(std::int64_t m) { return { Dimension::Cpu, m }; }
    static constexpr Quantity bytes(std::int64_t b) { return { Dimension::Memory, b }; }
    static constexpr Quantity mebibytes(std::int64_t n) { return bytes(n * (1LL << 20)); }
    static constexpr Quantity gibibytes(std::int64_t n) { return bytes(n * (1LL << 30)); }
    static constexpr Quantity iops(std::int64_t n) { return { Dimension::Iops, n }; }
    static constexpr Quantity bytesPerSecond(std::int64_t b) { return { Dimension::Throughput, b }; }
    static constexpr Quantity perSecond(std::int64_t n) { return { Dimension::Rate, n }; }
    static constexpr Quantity milliseconds(std::int64_t ms) { return { Dimension::Duration, ms }; }
    static constexpr Quantity partsPerMillion(std::int64_t ppm) { return { Dimension::Percent, ppm }; }
    static constexpr Quantity count(std::int64_t n) { return { Dimension::Count, n }; }
    static constexpr Quantity micros(std::int64_t u) { return { Dimension::Number, u }; }

    constexpr Dimension dimension() const { return m_dimension; }
    // The value in the dimension's integer base unit (see Dimension).
    constexpr std::int64_t raw() const { return m_raw; }

    // The value in the unit formulas use: cores, bytes, IOPS, bytes/s, events/s,
    // seconds, fraction of one (0.4 for 40%), count, plain number.
    double toFormulaValue() const;
    // The inverse of toFormulaValue, rounding to the base unit (half away from zero).
    // Fails for NaN, infinities, negative values and values beyond 64 bits.
    static Expected<Quantity> fromFormulaValue(Dimension dimension, double value);

    // Parses the dimension's own syntax (see Dimension). Surrounding white space is
    // ignored; white space inside, negative values, unknown suffixes, empty text and
    // values that do not fit in 64 bits are refused with a message naming the text
    // and the accepted forms.
    static Expected<Quantity> parse(Dimension dimension, QStringView text);

    // The shortest exact form in the dimension's own syntax: a number followed by the
    // suffix that gives the shortest text (CPU "1500m" or "2"; durations "90m", "30d").
    // Memory may take up to three decimals with a binary suffix so that the unit stays
    // large ("7.5Mi", "1.5Gi"; binary suffixes win ties, decimal ones stay whole:
    // "1500M") and falls back to plain bytes where any suffix would leave six or more
    // digits before the point, since that text is for machines. IOPS, rates and counts
    // are plain integers ("12000", "100000/s"). parse(d, q.toString()) == q for every q.
    QString toString() const;

    // A rounded, human-friendly form for tables ("11.4 GiB", "1.5 cores", "12000 IOPS").
    // Integers (IOPS, rates, counts) are never abbreviated.
    QString toDisplayString() const;

    friend constexpr bool operator==(const Quantity&, const Quantity&) = default;

private:
    Dimension m_dimension = Dimension::Count;
    std::int64_t m_raw = 0;
};

// Names for messages and catalog files: "cpu", "memory", "iops", "throughput", "rate",
// "duration", "percent", "count", "number".
QString dimensionName(Dimension dimension);
std::optional<Dimension> dimensionFromName(QStringView name);
// The dimension as a noun for sentences, in the running language: "a memory quantity".
QString dimensionNoun(Dimension dimension);

// The memory notations of the engines Headroom writes configuration for. Each prints the
// largest unit that divides the value exactly (after flooring to the smallest unit named).
namespace memory_format {
// PostgreSQL: kB, MB, GB, TB (base 1024), no space: "8kB", "64MB", "1GB". Floors to kB.
QString postgres(std::int64_t bytes);
// Parses PostgreSQL's memory syntax: B, kB, MB, GB, TB (case-sensitive, as the server
// is); a bare number is in defaultUnitBytes (1024 for work_mem, 8192 for shared_buffers).
Expected<std::int64_t> parsePostgres(QStringView text, std::int64_t defaultUnitBytes = 1024);
// Redis: "6gb", "512mb", "100kb", else plain bytes (Redis's gb is 1024^3).
QString redis(std::int64_t bytes);
// JVM -Xmx/-Xms: "8g", "512m", "1024k", else plain bytes.
QString jvm(std::int64_t bytes);
// MySQL option files: "12G", "256M", "32K", else plain bytes.
QString mysql(std::int64_t bytes);
// PHP ini: "2048M" style, always in M (PHP's own examples), floored to M.
QString php(std::int64_t bytes);
// A decimal number of GiB, up to two decimals, as MongoDB's cacheSizeGB takes it: "7.5".
QString gibibytes(std::int64_t bytes);
// A Kubernetes memory request or limit: rounded up to a whole Mi, written in Gi when that is
// exact ("16Gi", "7846Mi"), from 100000Mi rounded up to a whole Gi ("115Gi"), so that it
// never asks for less than the bytes given.
QString kubernetes(std::int64_t bytes);
// A Kubernetes volume size: below 1 Ti as kubernetes(); from 1 Ti in Ti rounded up to one
// decimal ("2Ti", "60.6Ti"), which Kubernetes accepts and which never asks for less.
QString volume(std::int64_t bytes);
// Memory parts for a breakdown, all in the unit and precision of their sum (two decimals below
// 100 of the unit, one from 100): each rounded so that the shown parts add up to displayTotal().
QStringList displayParts(std::span<const std::int64_t> parts);
QString displayTotal(std::span<const std::int64_t> parts);
} // namespace memory_format

// parts[i] × numerator / denominator rounded to integers by the largest remainder: the results add
// up to the sum's own rounding (half up), so that rounded rows still sum to their rounded total.
QList<std::int64_t> roundedParts(std::span<const std::int64_t> parts, std::int64_t numerator, std::int64_t denominator);

} // namespace headroom
