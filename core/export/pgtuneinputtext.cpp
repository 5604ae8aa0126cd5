// SPDX-License-Identifier: Apache-2.0
#include "export/pgtuneinputtext.h"

namespace headroom {

namespace {

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

template <typename Enum>
Expected<Enum> choice(QStringView text, std::optional<Enum> (*lookup)(QStringView), QStringList (*names)())
{
    if (auto value = lookup(text.trimmed()))
        return *value;
    return PgTuneInputText::message(
        PgTuneInputText::tr("'%1' is not one of %2.").arg(text.toString(), names().join(QStringLiteral(", "))));
}

} // namespace

Error PgTuneInputText::message(const QString& text)
{
    return { text, {}, {} };
}

Error PgTuneInputText::about(const QString& what, const Error& error)
{
    return message(QStringLiteral("%1: %2").arg(what, error.message));
}

Expected<int> PgTuneInputText::version(QStringView text)
{
    auto n = wholeNumber(text, pgtune::minVersion, pgtune::maxVersion);
    if (!n)
        return message(tr("'%1' is not a PostgreSQL version from %2 to %3.")
                           .arg(text.toString())
                           .arg(pgtune::minVersion)
                           .arg(pgtune::maxVersion));
    return n;
}

Expected<int> PgTuneInputText::wholeNumber(QStringView text, int min, int max)
{
    // Digits only: "+4", "4.0", "1e3" and "4 cpus" are more likely mistakes than intentions. Nine digits at most
    // keeps the int from overflowing; longer numbers are out of range anyway.
    const QStringView trimmed = text.trimmed();
    int value = 0;
    const bool digits = allDigits(trimmed) && trimmed.size() <= 9;
    for (qsizetype i = 0; digits && i < trimmed.size(); ++i)
        value = value * 10 + (trimmed[i].unicode() - u'0');
    if (!digits || value < min || value > max)
        return message(tr("'%1' is not a whole number from %2 to %3.").arg(text.toString()).arg(min).arg(max));
    return value;
}

Expected<std::int64_t> PgTuneInputText::memoryKb(QStringView amount, PgTuneInput::MemoryUnit unit, QStringView shown)
{
    const QStringView trimmed = amount.trimmed();
    if (!allDigits(trimmed))
        return message(tr("'%1' is not a whole number above 0.").arg(shown.toString()));
    const std::int64_t perUnit = pgtune::memoryUnitKb(unit);
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok); // fails only for more digits than 64 bits hold: too large
    if (ok && value == 0)
        return message(tr("'%1' is not above 0; give the machine's memory, e.g. 8GB.").arg(shown.toString()));
    if (!ok || value > pgtune::maxMemoryKb / perUnit)
        return message(tr("'%1' is more than 64TB, the most this command takes.").arg(shown.toString()));
    return std::int64_t(value) * perUnit;
}

Expected<PgTuneInput::Os> PgTuneInputText::os(QStringView text)
{
    return choice(text, &pgtune::osFromName, &pgtune::osNames);
}

Expected<PgTuneInput::DbType> PgTuneInputText::dbType(QStringView text)
{
    return choice(text, &pgtune::dbTypeFromName, &pgtune::dbTypeNames);
}

Expected<PgTuneInput::Storage> PgTuneInputText::storage(QStringView text)
{
    return choice(text, &pgtune::storageFromName, &pgtune::storageNames);
}

Expected<PgTuneInput::DbSize> PgTuneInputText::dbSize(QStringView text)
{
    return choice(text, &pgtune::dbSizeFromName, &pgtune::dbSizeNames);
}

Expected<PgTuneInput::MemoryUnit> PgTuneInputText::memoryUnit(QStringView text)
{
    return choice(text, &pgtune::memoryUnitFromName, &pgtune::memoryUnitNames);
}

} // namespace headroom
