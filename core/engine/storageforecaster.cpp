// SPDX-License-Identifier: Apache-2.0
#include "engine/storageforecaster.h"

#include "engine/plansizer.h"

#include <algorithm>

namespace headroom {

namespace {

constexpr std::int64_t kMsPerDay = 86'400'000;

std::int64_t roundUp(std::int64_t value, std::int64_t unit)
{
    return (value + unit - 1) / unit * unit;
}

Quantity wholeGiB(const Quantity& bytes)
{
    return Quantity::bytes(roundUp(bytes.raw(), Quantity::gibibytes(1).raw()));
}

// Whole days until `volume` is full at the growth rate, in integers: (volume - now) × every
// / amount in doubles can land a hair under a whole day (98.99999d for 1Gi every 33d) and
// floor a day short.
Quantity timeToFull(const StorageGrowth& growth, const Quantity& now, const Quantity& volume)
{
    __extension__ using Int128 = __int128;
    constexpr std::int64_t kCap = 100'000'000'000'000'000LL;
    const std::int64_t room = std::max<std::int64_t>(0, volume.raw() - now.raw());
    const Int128 msLeft = Int128(room) * growth.every.raw() / growth.amount.raw();
    const std::int64_t capped = msLeft > Int128(kCap) ? kCap : std::int64_t(msLeft);
    return Quantity::milliseconds(capped / kMsPerDay * kMsPerDay);
}

} // namespace

StorageForecast StorageForecaster::forecast(const PlannedService& ps, const std::optional<Quantity>& now,
                                            const Quantity& horizon)
{
    StorageForecast fc;
    fc.horizon = horizon;
    fc.now = now.value_or(Quantity::bytes(0));
    double perMs = 0;
    if (ps.growth)
        perMs = double(ps.growth->amount.raw()) / double(ps.growth->every.raw());
    // Whole MiB: a forecast is not precise to the byte, and it prints cleanly. Capped at
    // 1 EiB: absurd growth must not overflow 64 bits.
    constexpr long double kCap = 1LL << 60;
    const long double grownExact
        = std::min(kCap, (long double)fc.now.raw() + (long double)perMs * (long double)horizon.raw());
    fc.atHorizon = Quantity::bytes(roundUp(std::int64_t(grownExact), Quantity::mebibytes(1).raw()));
    fc.volumeGiven = ps.volumeSize.has_value();
    fc.volume = ps.volumeSize.value_or(wholeGiB(fc.atHorizon));
    if (perMs > 0)
        fc.timeToFull = timeToFull(*ps.growth, fc.now, fc.volume);
    return fc;
}

std::optional<Finding> StorageForecaster::check(const PlannedService& ps, const StorageForecast& fc, TextCache& texts)
{
    if (fc.volumeGiven && fc.volume.raw() < fc.now.raw()) {
        return Finding { QStringLiteral("storage.volume-too-small"),
                         Severity::Error,
                         PlanSizer::tr("The %1 volume is smaller than the %2 the data needs today.")
                             .arg(texts.exact(fc.volume), texts.exact(fc.now)),
                         PlanSizer::tr("Grow the volume to at least %1.").arg(texts.exact(fc.atHorizon)),
                         { QStringLiteral("volume.size") } };
    }
    if (fc.timeToFull && fc.timeToFull->raw() < fc.horizon.raw()) {
        return Finding {
            QStringLiteral("storage.full-within-horizon"),
            Severity::Warning,
            PlanSizer::tr("At %1 every %2 the %3 volume is full in %4, before the %5 horizon.")
                .arg(texts.exact(ps.growth->amount), texts.exact(ps.growth->every), texts.exact(fc.volume),
                     texts.exact(*fc.timeToFull), texts.exact(fc.horizon)),
            PlanSizer::tr("Provision %1 or plan the expansion before then.").arg(texts.exact(wholeGiB(fc.atHorizon))),
            { QStringLiteral("volume.size"), QStringLiteral("volume.growth") }
        };
    }
    return std::nullopt;
}

} // namespace headroom
