// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary text as a quantity of every dimension and as a PostgreSQL
// memory setting.
//
// Oracles (any failure ends the run with __builtin_trap(), so libFuzzer saves the input):
// - Quantity::parse(d, text) gives a quantity of dimension d that is not negative, and
//   parse(d, q.toString()) == q (quantity.h: "for every q");
// - memory_format::parsePostgres(text) gives a non-negative byte count b, and
//   parsePostgres(postgres(b)) is b floored to kB (postgres() prints whole kB);
// - the other printers (display form, engine memory notations) do not crash.

#include "model/quantity.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace headroom;

namespace {

constexpr Dimension kDimensions[]
    = { Dimension::Cpu,      Dimension::Memory,  Dimension::Iops,  Dimension::Throughput, Dimension::Rate,
        Dimension::Duration, Dimension::Percent, Dimension::Count, Dimension::Number };

[[noreturn]] void oracleFailure(const char* what, const QString& text, const QString& detail)
{
    std::fprintf(stderr, "fuzz_quantity: ORACLE FAILURE: %s\n  input: '%s'\n  %s\n", what, qPrintable(text),
                 qPrintable(detail));
    __builtin_trap();
}

void checkQuantity(Dimension dimension, const QString& text)
{
    const auto parsed = Quantity::parse(dimension, text);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            oracleFailure("a refusal without a message", text, dimensionName(dimension));
        return;
    }
    const Quantity q = *parsed;
    if (q.dimension() != dimension || q.raw() < 0)
        oracleFailure("parse gave a negative value or another dimension", text,
                      QStringLiteral("%1: raw %2 of %3")
                          .arg(dimensionName(dimension))
                          .arg(q.raw())
                          .arg(dimensionName(q.dimension())));
    const QString printed = q.toString();
    const auto back = Quantity::parse(dimension, printed);
    if (!back)
        oracleFailure("toString() printed text parse refuses", text,
                      QStringLiteral("%1: raw %2 printed '%3': %4")
                          .arg(dimensionName(dimension))
                          .arg(q.raw())
                          .arg(printed, back.error().message));
    if (*back != q)
        oracleFailure("parse(toString()) != value", text,
                      QStringLiteral("%1: raw %2 printed '%3' read back as raw %4")
                          .arg(dimensionName(dimension))
                          .arg(q.raw())
                          .arg(printed)
                          .arg(back->raw()));
    (void)q.toDisplayString();
    (void)q.toFormulaValue();
    if (dimension == Dimension::Memory) {
        (void)memory_format::redis(q.raw());
        (void)memory_format::jvm(q.raw());
        (void)memory_format::mysql(q.raw());
        (void)memory_format::php(q.raw());
        (void)memory_format::gibibytes(q.raw());
    }
}

void checkPostgres(const QString& text, std::int64_t defaultUnit)
{
    const auto parsed = memory_format::parsePostgres(text, defaultUnit);
    if (!parsed)
        return;
    const std::int64_t bytes = *parsed;
    if (bytes < 0)
        oracleFailure("parsePostgres gave a negative byte count", text, QString::number(bytes));
    const QString printed = memory_format::postgres(bytes);
    const auto back = memory_format::parsePostgres(printed, defaultUnit);
    const std::int64_t expected = bytes / 1024 * 1024;
    if (!back)
        oracleFailure("postgres() printed text parsePostgres refuses", text,
                      QStringLiteral("%1 bytes printed '%2': %3").arg(bytes).arg(printed, back.error().message));
    if (*back != expected)
        oracleFailure("parsePostgres(postgres(b)) != b floored to kB", text,
                      QStringLiteral("%1 bytes printed '%2' read back as %3").arg(bytes).arg(printed).arg(*back));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Quantities are short; long inputs only slow the search down.
    if (size > 256)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const Dimension d : kDimensions)
        checkQuantity(d, text);
    // work_mem's default unit is kB, shared_buffers' is 8kB blocks.
    checkPostgres(text, 1024);
    checkPostgres(text, 8192);
    return 0;
}
