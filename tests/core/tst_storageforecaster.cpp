// SPDX-License-Identifier: Apache-2.0
// A volume over the planning horizon: grown by the plan's rate, rounded to what one
// provisions, and when it fills up.
#include "engine/storageforecaster.h"

#include <QtTest>

#include <limits>

using namespace headroom;

namespace {

constexpr std::int64_t kDay = 86'400'000;

PlannedService growing(std::int64_t amount, std::int64_t everyDays)
{
    PlannedService s;
    s.name = QStringLiteral("db");
    s.growth = StorageGrowth { Quantity::bytes(amount), Quantity::milliseconds(everyDays * kDay) };
    return s;
}

} // namespace

class TestStorageForecaster : public QObject
{
    Q_OBJECT

private slots:
    void grownVolumeIsRoundedUp()
    {
        // 10Gi today and 3Gi every 30 days is 10 + 3 × 12 = 46Gi after 360 days; the volume
        // is that in whole GiB and fills (46 - 10) × 30 / 3 = 360 days from now.
        const PlannedService s = growing(Quantity::gibibytes(3).raw(), 30);
        const StorageForecast fc
            = StorageForecaster::forecast(s, Quantity::gibibytes(10), Quantity::milliseconds(360 * kDay));
        QCOMPARE(fc.now, Quantity::gibibytes(10));
        QCOMPARE(fc.atHorizon, Quantity::gibibytes(46));
        QCOMPARE(fc.volume, Quantity::gibibytes(46));
        QVERIFY(!fc.volumeGiven);
        QCOMPARE(fc.timeToFull, std::optional(Quantity::milliseconds(360 * kDay)));
        TextCache texts;
        QVERIFY(!StorageForecaster::check(s, fc, texts));
    }

    void wholeDaysAreCountedInIntegers()
    {
        // 3Gi of room at 1Gi every 33 days is 99 days, not the 98 a double would floor to.
        PlannedService s = growing(Quantity::gibibytes(1).raw(), 33);
        s.volumeSize = Quantity::gibibytes(4);
        const StorageForecast fc
            = StorageForecaster::forecast(s, Quantity::gibibytes(1), Quantity::milliseconds(365 * kDay));
        QVERIFY(fc.volumeGiven);
        QCOMPARE(fc.timeToFull, std::optional(Quantity::milliseconds(99 * kDay)));
        TextCache texts;
        const auto finding = StorageForecaster::check(s, fc, texts);
        QVERIFY(finding);
        QCOMPARE(finding->code, QStringLiteral("storage.full-within-horizon"));
        QCOMPARE(finding->severity, Severity::Warning);
    }

    void givenVolumeBelowTodaysData()
    {
        PlannedService s;
        s.volumeSize = Quantity::gibibytes(5);
        const StorageForecast fc
            = StorageForecaster::forecast(s, Quantity::gibibytes(8), Quantity::milliseconds(365 * kDay));
        QVERIFY(!fc.timeToFull);
        TextCache texts;
        const auto finding = StorageForecaster::check(s, fc, texts);
        QVERIFY(finding);
        QCOMPARE(finding->code, QStringLiteral("storage.volume-too-small"));
        QCOMPARE(finding->severity, Severity::Error);
    }

    void absurdGrowthIsCapped()
    {
        const PlannedService s = growing(std::numeric_limits<std::int64_t>::max() / 2, 1);
        const StorageForecast fc
            = StorageForecaster::forecast(s, Quantity::gibibytes(1), Quantity::milliseconds(36500 * kDay));
        QCOMPARE(fc.atHorizon, Quantity::bytes(1LL << 60));
    }
};

QTEST_GUILESS_MAIN(TestStorageForecaster)
#include "tst_storageforecaster.moc"
