// SPDX-License-Identifier: Apache-2.0
#include "model/quantity.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace headroom;

namespace {

constexpr std::int64_t maxRaw = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t KiB = 1024;
constexpr std::int64_t MiB = KiB * 1024;
constexpr std::int64_t GiB = MiB * 1024;
constexpr std::int64_t TiB = GiB * 1024;
constexpr std::int64_t EiB = TiB * 1024 * 1024;
constexpr std::int64_t second = 1000;
constexpr std::int64_t minute = 60 * second;
constexpr std::int64_t hour = 60 * minute;
constexpr std::int64_t day = 24 * hour;

// QTest checks that row data has exactly the column's type, and a plain literal is an int.
constexpr std::int64_t operator""_r(unsigned long long value)
{
    return std::int64_t(value);
}

constexpr Dimension allDimensions[] = {
    Dimension::Cpu,      Dimension::Memory,  Dimension::Iops,  Dimension::Throughput, Dimension::Rate,
    Dimension::Duration, Dimension::Percent, Dimension::Count, Dimension::Number,
};

// Values that stress toString(): small numbers, powers and near-powers of 2 and 10, multiples of every unit,
// the 64-bit edge and a reproducible random spread over all magnitudes.
QList<std::int64_t> generatedValues()
{
    QList<std::int64_t> values;
    for (std::int64_t v = 0; v <= 2100; ++v)
        values << v;
    for (int shift = 1; shift < 63; ++shift) {
        const std::int64_t p = std::int64_t(1) << shift;
        values << p - 1 << p << p + 1;
    }
    for (std::int64_t p = 10;; p *= 10) {
        values << p - 1 << p << p + 1;
        if (p > maxRaw / 10)
            break;
    }
    const std::int64_t units[] = { 1000, 1024, 10'000, 1'000'000, minute, hour, day, 7 * day, 365 * day };
    const std::int64_t factors[] = { 1, 2, 3, 7, 10, 12, 15, 24, 60, 90, 100, 365, 512, 999, 1000, 1023, 1024, 1536 };
    for (std::int64_t unit : units) {
        for (std::int64_t factor : factors) {
            for (std::int64_t v = factor; v <= maxRaw / unit; v *= unit)
                values << v * unit;
        }
        values << maxRaw / unit * unit;
    }
    values << maxRaw << maxRaw - 1 << maxRaw / 2 << 7 * EiB << 8'000'000'000'000'000'000_r;
    QRandomGenerator random(20240611);
    for (int i = 0; i < 20000; ++i)
        values << std::int64_t(random.generate64() >> (1 + random.bounded(63)));
    return values;
}

} // namespace

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseMessageExact();
    void toString_data();
    void toString();
    void roundTripGenerated_data();
    void roundTripGenerated();
    void displayString_data();
    void displayString();
    void toFormulaValue_data();
    void toFormulaValue();
    void fromFormulaValue_data();
    void fromFormulaValue();
    void fromFormulaValueInvalid_data();
    void fromFormulaValueInvalid();
    void dimensionNames_data();
    void dimensionNames();
    void memoryFormat_data();
    void memoryFormat();
    void parsePostgres_data();
    void parsePostgres();
    void parsePostgresInvalid_data();
    void parsePostgresInvalid();
    void kubernetesForms();
    void displayParts_data();
    void displayParts();
    void roundedPartsAddUp();
};

void TestQuantity::parseValid_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::int64_t>("raw");

    const Dimension cpu = Dimension::Cpu;
    QTest::addRow("cpu millicores") << cpu << "500m" << 500_r;
    QTest::addRow("cpu cores") << cpu << "2" << 2000_r;
    QTest::addRow("cpu fraction") << cpu << "1.5" << 1500_r;
    QTest::addRow("cpu tenth") << cpu << "0.1" << 100_r;
    QTest::addRow("cpu one milli as fraction") << cpu << "0.001" << 1_r;
    QTest::addRow("cpu trailing zero beyond milli") << cpu << "0.0010" << 1_r;
    QTest::addRow("cpu zero") << cpu << "0" << 0_r;
    QTest::addRow("cpu zero millicores") << cpu << "0m" << 0_r;
    QTest::addRow("cpu surrounding space") << cpu << "  250m\t\n" << 250_r;
    QTest::addRow("cpu max millicores") << cpu << "9223372036854775807m" << maxRaw;
    QTest::addRow("cpu max cores") << cpu << "9223372036854775.807" << maxRaw;

    const Dimension memory = Dimension::Memory;
    QTest::addRow("memory bytes") << memory << "4096" << 4096_r;
    QTest::addRow("memory zero") << memory << "0" << 0_r;
    QTest::addRow("memory leading zeros") << memory << "00012" << 12_r;
    QTest::addRow("memory k") << memory << "1k" << 1000_r;
    QTest::addRow("memory M") << memory << "1M" << 1'000'000_r;
    QTest::addRow("memory G") << memory << "3G" << 3'000'000'000_r;
    QTest::addRow("memory T") << memory << "1T" << 1'000'000'000'000_r;
    QTest::addRow("memory P") << memory << "2P" << 2'000'000'000'000'000_r;
    QTest::addRow("memory E") << memory << "1E" << 1'000'000'000'000'000'000_r;
    QTest::addRow("memory Ki") << memory << "1Ki" << KiB;
    QTest::addRow("memory Mi") << memory << "512Mi" << 512 * MiB;
    QTest::addRow("memory Gi") << memory << "2Gi" << 2 * GiB;
    QTest::addRow("memory Ti") << memory << "1Ti" << TiB;
    QTest::addRow("memory Pi") << memory << "1Pi" << TiB * 1024;
    QTest::addRow("memory Ei") << memory << "7Ei" << 7 * EiB;
    QTest::addRow("memory fraction G") << memory << "1.5G" << 1'500'000'000_r;
    QTest::addRow("memory fraction Ki") << memory << "0.5Ki" << 512_r;
    QTest::addRow("memory fraction Mi") << memory << "7.5Mi" << 7'864'320_r;
    QTest::addRow("memory exponent") << memory << "1e9" << 1'000'000'000_r;
    QTest::addRow("memory exponent upper") << memory << "1E9" << 1'000'000'000_r;
    QTest::addRow("memory exponent fraction") << memory << "1.5e3" << 1500_r;
    QTest::addRow("memory exponent plus") << memory << "2e+3" << 2000_r;
    QTest::addRow("memory exponent zero") << memory << "1e0" << 1_r;
    QTest::addRow("memory exponent 18") << memory << "9e18" << 9'000'000'000'000'000'000_r;
    QTest::addRow("memory huge exponent of zero") << memory << "0e400" << 0_r;
    QTest::addRow("memory fractional byte rounds up") << memory << "1.5" << 2_r;
    QTest::addRow("memory tenth of a byte rounds up") << memory << "0.1" << 1_r;
    QTest::addRow("memory negative exponent rounds up") << memory << "1e-3" << 1_r;
    QTest::addRow("memory tiny exponent rounds up") << memory << "1e-400" << 1_r;
    QTest::addRow("memory fraction of Ki rounds up") << memory << "1.0000001Ki" << 1025_r;
    QTest::addRow("memory long fraction exact") << memory << "1.50000000000000000000000000Gi" << GiB * 3 / 2;
    QTest::addRow("memory long fraction rounds up") << memory << "0.99999999999999999999999999999999999999" << 1_r;
    QTest::addRow("memory long integer shifted back")
        << memory << QStringLiteral("1%1e-100").arg(QString(100, QLatin1Char('0'))) << 1_r;
    QTest::addRow("memory max") << memory << "9223372036854775807" << maxRaw;
    QTest::addRow("memory max minus half rounds up") << memory << "9223372036854775806.5" << maxRaw;
    QTest::addRow("memory 7.99Ei") << memory << "7.99Ei" << 9'211'842'821'808'707'339_r;

    const Dimension iops = Dimension::Iops;
    QTest::addRow("iops plain") << iops << "3000" << 3000_r;
    QTest::addRow("iops k") << iops << "3k" << 3000_r;
    QTest::addRow("iops fraction k") << iops << "1.5k" << 1500_r;
    QTest::addRow("iops M") << iops << "10M" << 10'000'000_r;
    QTest::addRow("iops fraction M") << iops << "2.5M" << 2'500'000_r;
    QTest::addRow("iops zero") << iops << "0" << 0_r;

    const Dimension throughput = Dimension::Throughput;
    QTest::addRow("throughput MB/s") << throughput << "10MB/s" << 10'000'000_r;
    QTest::addRow("throughput GB/s") << throughput << "1GB/s" << 1'000'000'000_r;
    QTest::addRow("throughput MiB/s") << throughput << "250MiB/s" << 250 * MiB;
    QTest::addRow("throughput fraction") << throughput << "1.5GB/s" << 1'500'000'000_r;
    QTest::addRow("throughput B/s") << throughput << "512B/s" << 512_r;
    QTest::addRow("throughput KB/s") << throughput << "0.5KB/s" << 500_r;
    QTest::addRow("throughput KiB/s") << throughput << "1KiB/s" << KiB;
    QTest::addRow("throughput GiB/s") << throughput << "2GiB/s" << 2 * GiB;
    QTest::addRow("throughput TB/s") << throughput << "1TB/s" << 1'000'000'000'000_r;
    QTest::addRow("throughput rounds up") << throughput << "1.0000001KB/s" << 1001_r;
    QTest::addRow("throughput zero") << throughput << "0B/s" << 0_r;
    QTest::addRow("throughput bare zero") << throughput << "0" << 0_r;

    const Dimension rate = Dimension::Rate;
    QTest::addRow("rate k/s") << rate << "100k/s" << 100'000_r;
    QTest::addRow("rate 1k/s") << rate << "1k/s" << 1000_r;
    QTest::addRow("rate plain/s") << rate << "50000/s" << 50'000_r;
    QTest::addRow("rate M/s") << rate << "1M/s" << 1'000'000_r;
    QTest::addRow("rate k without /s") << rate << "100k" << 100'000_r;
    QTest::addRow("rate plain without /s") << rate << "50000" << 50'000_r;
    QTest::addRow("rate fraction") << rate << "1.5k/s" << 1500_r;
    QTest::addRow("rate zero") << rate << "0/s" << 0_r;

    const Dimension duration = Dimension::Duration;
    QTest::addRow("duration ms") << duration << "500ms" << 500_r;
    QTest::addRow("duration s") << duration << "30s" << 30 * second;
    QTest::addRow("duration m") << duration << "90m" << 90 * minute;
    QTest::addRow("duration h") << duration << "2h" << 2 * hour;
    QTest::addRow("duration d") << duration << "30d" << 30 * day;
    QTest::addRow("duration w") << duration << "1w" << 7 * day;
    QTest::addRow("duration y") << duration << "1y" << 365 * day;
    QTest::addRow("duration compound") << duration << "1h30m" << 90 * minute;
    QTest::addRow("duration compound days") << duration << "1d12h" << 36 * hour;
    QTest::addRow("duration every unit") << duration << "1y2w3d4h5m6s7ms"
                                         << 365 * day + 17 * day + 4 * hour + 5 * minute + 6 * second + 7;
    QTest::addRow("duration fraction") << duration << "1.5s" << 1500_r;
    QTest::addRow("duration fraction hour") << duration << "0.5h" << 30 * minute;
    QTest::addRow("duration zero") << duration << "0s" << 0_r;
    QTest::addRow("duration bare zero") << duration << "0" << 0_r;
    QTest::addRow("duration max") << duration << "9223372036854775807ms" << maxRaw;

    const Dimension percent = Dimension::Percent;
    QTest::addRow("percent whole") << percent << "40%" << 400'000_r;
    QTest::addRow("percent fraction") << percent << "12.5%" << 125'000_r;
    QTest::addRow("percent bare fraction") << percent << "0.4" << 400'000_r;
    QTest::addRow("percent bare one") << percent << "1" << 1'000'000_r;
    QTest::addRow("percent bare eighth") << percent << "0.125" << 125'000_r;
    QTest::addRow("percent zero") << percent << "0%" << 0_r;
    QTest::addRow("percent hundred") << percent << "100%" << 1'000'000_r;
    QTest::addRow("percent above hundred") << percent << "1000%" << 10'000'000_r;
    QTest::addRow("percent smallest") << percent << "0.0001%" << 1_r;

    const Dimension count = Dimension::Count;
    QTest::addRow("count") << count << "200" << 200_r;
    QTest::addRow("count zero") << count << "0" << 0_r;
    QTest::addRow("count leading zero") << count << "007" << 7_r;
    QTest::addRow("count max") << count << "9223372036854775807" << maxRaw;

    const Dimension number = Dimension::Number;
    QTest::addRow("number fraction") << number << "1.5" << 1'500'000_r;
    QTest::addRow("number whole") << number << "3" << 3'000'000_r;
    QTest::addRow("number five places") << number << "0.78125" << 781'250_r;
    QTest::addRow("number smallest") << number << "0.000001" << 1_r;
    QTest::addRow("number trailing zeros") << number << "1.500000000" << 1'500'000_r;
    QTest::addRow("number zero") << number << "0" << 0_r;
}

void TestQuantity::parseValid()
{
    QFETCH(Dimension, dimension);
    QFETCH(QString, text);
    QFETCH(std::int64_t, raw);

    const Expected<Quantity> parsed = Quantity::parse(dimension, text);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->dimension(), dimension);
    QCOMPARE(parsed->raw(), raw);
}

void TestQuantity::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<QString>("reason"); // a part of the message beyond the quoted text and accepted forms

    const QString sixtyFourBits = QStringLiteral("does not fit in 64 bits");
    const Dimension memory = Dimension::Memory;
    QTest::addRow("memory empty") << "" << memory << "empty";
    QTest::addRow("memory only space") << "   " << memory << "empty";
    QTest::addRow("memory inner space") << "4 GB" << memory << "no space";
    QTest::addRow("memory inner space before suffix") << "4 Gi" << memory << "no space";
    QTest::addRow("memory negative") << "-1" << memory << "negative";
    QTest::addRow("memory negative with suffix") << "-1Gi" << memory << "negative";
    QTest::addRow("memory unicode minus") << QStringLiteral("\u22121Gi") << memory << "negative";
    QTest::addRow("memory unknown suffix") << "12XB" << memory << "";
    QTest::addRow("memory decimal GB") << "4GB" << memory << "";
    QTest::addRow("memory upper K") << "1K" << memory << "";
    QTest::addRow("memory lower gb") << "1gb" << memory << "";
    QTest::addRow("memory nan") << "nan" << memory << "";
    QTest::addRow("memory inf") << "inf" << memory << "";
    QTest::addRow("memory bare suffix") << "Gi" << memory << "";
    QTest::addRow("memory two dots") << "1..5" << memory << "";
    QTest::addRow("memory three parts") << "1.2.3" << memory << "";
    QTest::addRow("memory leading dot") << ".5Gi" << memory << "";
    QTest::addRow("memory trailing dot") << "5." << memory << "";
    QTest::addRow("memory plus sign") << "+1Gi" << memory << "";
    QTest::addRow("memory hex") << "0x10" << memory << "";
    QTest::addRow("memory comma") << "1,5Gi" << memory << "";
    QTest::addRow("memory fullwidth digit") << QStringLiteral("\uff11Gi") << memory << "";
    QTest::addRow("memory rate suffix") << "1Gi/s" << memory << "";
    QTest::addRow("memory dangling exponent") << "1e" << memory << "";
    QTest::addRow("memory exponent and suffix") << "1e3Ki" << memory << "exponent";
    QTest::addRow("memory millibytes") << "512m" << memory << "thousandths of a byte";
    QTest::addRow("memory max Ei") << "9223372036854775807Ei" << memory << sixtyFourBits;
    QTest::addRow("memory 8Ei") << "8Ei" << memory << sixtyFourBits;
    QTest::addRow("memory exponent 400") << "1e400" << memory << sixtyFourBits;
    QTest::addRow("memory exponent 19") << "1e19" << memory << sixtyFourBits;
    QTest::addRow("memory saturated exponent") << "1e99999999999999999999999" << memory << sixtyFourBits;
    QTest::addRow("memory one past max") << "9223372036854775808" << memory << sixtyFourBits;
    QTest::addRow("memory rounding past max") << "9223372036854775807.1" << memory << sixtyFourBits;
    QTest::addRow("memory long digits") << QStringLiteral("1%1").arg(QString(200, QLatin1Char('0'))) << memory
                                        << sixtyFourBits;

    const Dimension cpu = Dimension::Cpu;
    QTest::addRow("cpu finer than milli") << "0.0001" << cpu << "finer than 1m";
    QTest::addRow("cpu fractional milli") << "1.5m" << cpu << "finer than 1m";
    QTest::addRow("cpu negative") << "-500m" << cpu << "negative";
    QTest::addRow("cpu mega") << "500M" << cpu << "";
    QTest::addRow("cpu words") << "2 cores" << cpu << "no space";
    QTest::addRow("cpu exponent") << "1e3" << cpu << "";
    QTest::addRow("cpu too large") << "9223372036854776" << cpu << sixtyFourBits;

    const Dimension iops = Dimension::Iops;
    QTest::addRow("iops fraction") << "1.5" << iops << "whole operations";
    QTest::addRow("iops upper K") << "3K" << iops << "";
    QTest::addRow("iops giga") << "10G" << iops << "";
    QTest::addRow("iops rate") << "3k/s" << iops << "";

    const Dimension throughput = Dimension::Throughput;
    QTest::addRow("throughput bare number") << "10" << throughput << "unit";
    QTest::addRow("throughput without /s") << "10MB" << throughput << "";
    QTest::addRow("throughput lower case") << "10mb/s" << throughput << "";
    QTest::addRow("throughput space") << "10 MB/s" << throughput << "no space";
    QTest::addRow("throughput bits") << "10Mbps" << throughput << "";

    const Dimension rate = Dimension::Rate;
    QTest::addRow("rate fraction") << "1.5/s" << rate << "whole events";
    QTest::addRow("rate per minute") << "100k/m" << rate << "";
    QTest::addRow("rate giga") << "1G/s" << rate << "";
    QTest::addRow("rate double slash") << "1k/s/s" << rate << "";

    const Dimension duration = Dimension::Duration;
    QTest::addRow("duration bare") << "30" << duration << "needs a unit";
    QTest::addRow("duration trailing number") << "1h30" << duration << "needs a unit";
    QTest::addRow("duration wrong order") << "30m1h" << duration << "largest to the smallest";
    QTest::addRow("duration repeated unit") << "1h1h" << duration << "largest to the smallest";
    QTest::addRow("duration sub milli") << "0.5ms" << duration << "finer than 1ms";
    QTest::addRow("duration upper case") << "1H" << duration << "";
    QTest::addRow("duration months") << "1mo" << duration << "";
    QTest::addRow("duration two dots") << "1.5.3s" << duration << "";
    QTest::addRow("duration negative") << "-1s" << duration << "negative";
    QTest::addRow("duration space") << "1h 30m" << duration << "no space";
    QTest::addRow("duration too large") << "300000000y" << duration << sixtyFourBits;
    QTest::addRow("duration sum too large") << "292471208y36w" << duration << sixtyFourBits;

    const Dimension percent = Dimension::Percent;
    QTest::addRow("percent bare above one") << "30" << percent << "fraction of one";
    QTest::addRow("percent space") << "40 %" << percent << "no space";
    QTest::addRow("percent finer") << "0.00001%" << percent << "0.0001%";
    QTest::addRow("percent double") << "40%%" << percent << "";
    QTest::addRow("percent only sign") << "%" << percent << "";
    QTest::addRow("percent bare too fine") << "0.0000001" << percent << "0.0001%";

    const Dimension count = Dimension::Count;
    QTest::addRow("count fraction") << "1.5" << count << "whole number";
    QTest::addRow("count suffix") << "1k" << count << "";
    QTest::addRow("count negative") << "-1" << count << "negative";
    QTest::addRow("count exponent") << "1e3" << count << "";
    QTest::addRow("count too large") << "9223372036854775808" << count << sixtyFourBits;

    const Dimension number = Dimension::Number;
    QTest::addRow("number seven places") << "0.0000001" << number << "6 decimal places";
    QTest::addRow("number exponent") << "1e3" << number << "";
    QTest::addRow("number ratio") << "1/2" << number << "";
    QTest::addRow("number too large") << "9223372036855" << number << sixtyFourBits;
}

void TestQuantity::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(Dimension, dimension);
    QFETCH(QString, reason);

    const Expected<Quantity> parsed = Quantity::parse(dimension, text);
    QVERIFY2(!parsed.hasValue(), qPrintable(QStringLiteral("accepted as %1").arg(parsed ? parsed->raw() : 0)));
    const QString message = parsed.error().message;
    QVERIFY2(message.startsWith(QLatin1Char('\'') + text.trimmed() + QLatin1Char('\'')), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("e.g.")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestQuantity::parseMessageExact()
{
    const Expected<Quantity> parsed = Quantity::parse(Dimension::Memory, u"  12XB ");
    QVERIFY(!parsed);
    QCOMPARE(
        parsed.error().message,
        QStringLiteral("'12XB' is not a memory quantity: write a whole or decimal number of bytes with an optional "
                       "suffix Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024) or k, M, G, T, P, E (powers of 1000), "
                       "e.g. 512Mi, 2Gi, 1.5G, 1e9"));
    const Expected<Quantity> spaced = Quantity::parse(Dimension::Memory, u"4 GB");
    QVERIFY(!spaced);
    QVERIFY(spaced.error().message.startsWith(QLatin1String("'4 GB' is not a memory quantity: no space is allowed")));
}

void TestQuantity::toString_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<std::int64_t>("raw");
    QTest::addColumn<QString>("text");

    const Dimension memory = Dimension::Memory;
    QTest::addRow("memory zero") << memory << 0_r << "0";
    QTest::addRow("memory bytes") << memory << 12345_r << "12345";
    QTest::addRow("memory Ki") << memory << KiB << "1Ki";
    QTest::addRow("memory 4Ki") << memory << 4 * KiB << "4Ki";
    QTest::addRow("memory k") << memory << 1000_r << "1k";
    QTest::addRow("memory 1024k beats 1000Ki") << memory << 1'024'000_r << "1024k";
    QTest::addRow("memory 1.5Gi beats 1536Mi") << memory << 1536 * MiB << "1.5Gi";
    QTest::addRow("memory 1000Mi stays whole") << memory << 1000 * MiB << "1000Mi";
    QTest::addRow("memory 1Gi") << memory << GiB << "1Gi";
    QTest::addRow("memory 1500M, decimal units stay whole") << memory << 1'500'000'000_r << "1500M";
    QTest::addRow("memory 7.5Mi not 7680Ki") << memory << 7'864'320_r << "7.5Mi";
    QTest::addRow("memory 812.5Mi not 851968k") << memory << 851'968'000_r << "812.5Mi";
    QTest::addRow("memory 2195.5Mi not 2248192Ki") << memory << 2'248'192 * KiB << "2195.5Mi";
    QTest::addRow("memory five-digit k") << memory << 51'200'000_r << "51200k";
    QTest::addRow("memory bytes, not 10737.418k") << memory << 10'737'418_r << "10737418";
    QTest::addRow("memory whole M wins a tie") << memory << 30'720'000'000_r << "30720M";
    QTest::addRow("memory five-digit Mi") << memory << 11'468 * MiB << "11468Mi";
    QTest::addRow("memory bytes, not 1622864Ki") << memory << 1'622'864 * KiB << "1661812736";
    QTest::addRow("memory bytes, not 724197Gi") << memory << 724'197 * GiB << "777600607715328";
    QTest::addRow("memory 1.5Ki is longer than 1536") << memory << 1536_r << "1536";
    QTest::addRow("memory 1G") << memory << 1'000'000'000_r << "1G";
    QTest::addRow("memory 1Ei") << memory << EiB << "1Ei";
    QTest::addRow("memory 1E") << memory << 1'000'000'000'000'000'000_r << "1E";
    QTest::addRow("memory max") << memory << maxRaw << "9223372036854775807";

    const Dimension cpu = Dimension::Cpu;
    QTest::addRow("cpu zero") << cpu << 0_r << "0";
    QTest::addRow("cpu millicores") << cpu << 1500_r << "1500m";
    QTest::addRow("cpu cores") << cpu << 2000_r << "2";
    QTest::addRow("cpu small") << cpu << 100_r << "100m";
    QTest::addRow("cpu max") << cpu << maxRaw << "9223372036854775807m";

    const Dimension iops = Dimension::Iops;
    QTest::addRow("iops thousands") << iops << 3000_r << "3000";
    QTest::addRow("iops plain") << iops << 1500_r << "1500";
    QTest::addRow("iops millions") << iops << 10'000'000_r << "10000000";

    const Dimension throughput = Dimension::Throughput;
    QTest::addRow("throughput MB/s") << throughput << 10'000'000_r << "10MB/s";
    QTest::addRow("throughput MiB/s") << throughput << 250 * MiB << "250MiB/s";
    QTest::addRow("throughput KiB/s") << throughput << KiB << "1KiB/s";
    QTest::addRow("throughput KB/s") << throughput << 1000_r << "1KB/s";
    QTest::addRow("throughput zero") << throughput << 0_r << "0B/s";
    QTest::addRow("throughput bytes") << throughput << 999_r << "999B/s";

    const Dimension rate = Dimension::Rate;
    QTest::addRow("rate thousands") << rate << 100'000_r << "100000/s";
    QTest::addRow("rate 50000") << rate << 50'000_r << "50000/s";
    QTest::addRow("rate millions") << rate << 1'000'000_r << "1000000/s";
    QTest::addRow("rate plain") << rate << 7_r << "7/s";
    QTest::addRow("rate zero") << rate << 0_r << "0/s";

    const Dimension duration = Dimension::Duration;
    QTest::addRow("duration zero") << duration << 0_r << "0s";
    QTest::addRow("duration ms") << duration << 500_r << "500ms";
    QTest::addRow("duration 1500ms") << duration << 1500_r << "1500ms";
    QTest::addRow("duration s") << duration << 30 * second << "30s";
    QTest::addRow("duration 90m") << duration << 90 * minute << "90m";
    QTest::addRow("duration h") << duration << hour << "1h";
    QTest::addRow("duration 30d") << duration << 30 * day << "30d";
    QTest::addRow("duration 7d ties 1w") << duration << 7 * day << "7d";
    QTest::addRow("duration 2w") << duration << 14 * day << "2w";
    QTest::addRow("duration 1y") << duration << 365 * day << "1y";
    QTest::addRow("duration max") << duration << maxRaw << "9223372036854775807ms";

    const Dimension percent = Dimension::Percent;
    QTest::addRow("percent whole") << percent << 400'000_r << "40%";
    QTest::addRow("percent fraction") << percent << 125'000_r << "12.5%";
    QTest::addRow("percent smallest") << percent << 1_r << "0.0001%";
    QTest::addRow("percent zero") << percent << 0_r << "0%";
    QTest::addRow("percent max") << percent << maxRaw << "922337203685477.5807%";

    QTest::addRow("count") << Dimension::Count << 200_r << "200";
    QTest::addRow("count max") << Dimension::Count << maxRaw << "9223372036854775807";

    const Dimension number = Dimension::Number;
    QTest::addRow("number fraction") << number << 1'500'000_r << "1.5";
    QTest::addRow("number whole") << number << 3'000'000_r << "3";
    QTest::addRow("number five places") << number << 781'250_r << "0.78125";
    QTest::addRow("number smallest") << number << 1_r << "0.000001";
    QTest::addRow("number zero") << number << 0_r << "0";
    QTest::addRow("number max") << number << maxRaw << "9223372036854.775807";
}

void TestQuantity::toString()
{
    QFETCH(Dimension, dimension);
    QFETCH(std::int64_t, raw);
    QFETCH(QString, text);

    const Quantity quantity(dimension, raw);
    QCOMPARE(quantity.toString(), text);
    const Expected<Quantity> back = Quantity::parse(dimension, text);
    QVERIFY2(back.hasValue(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, quantity);
}

void TestQuantity::roundTripGenerated_data()
{
    QTest::addColumn<Dimension>("dimension");
    for (Dimension dimension : allDimensions)
        QTest::addRow("%s", qPrintable(dimensionName(dimension))) << dimension;
}

void TestQuantity::roundTripGenerated()
{
    QFETCH(Dimension, dimension);

    const QList<std::int64_t> values = generatedValues();
    QVERIFY(values.size() > 20000);
    for (std::int64_t raw : values) {
        const Quantity quantity(dimension, raw);
        const QString text = quantity.toString();
        const Expected<Quantity> back = Quantity::parse(dimension, text);
        if (!back || *back != quantity)
            QFAIL(qPrintable(QStringLiteral("%1 printed as '%2' read back as %3")
                                 .arg(raw)
                                 .arg(text, back ? QString::number(back->raw()) : back.error().message)));
        // The display form must never fail, whatever the magnitude.
        QVERIFY(!quantity.toDisplayString().isEmpty());
    }
}

void TestQuantity::displayString_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<std::int64_t>("raw");
    QTest::addColumn<QString>("text");

    const Dimension memory = Dimension::Memory;
    QTest::addRow("memory GiB") << memory << std::int64_t(11.4 * double(GiB)) << "11.4 GiB";
    QTest::addRow("memory MiB") << memory << 512 * MiB << "512 MiB";
    QTest::addRow("memory zero") << memory << 0_r << "0 B";
    QTest::addRow("memory bytes") << memory << 100_r << "100 B";
    QTest::addRow("memory below KiB") << memory << 1023_r << "1020 B";
    QTest::addRow("memory KiB") << memory << KiB << "1 KiB";
    QTest::addRow("memory fraction KiB") << memory << 1536_r << "1.5 KiB";
    QTest::addRow("memory rounds to 3 digits") << memory << GiB + 1 << "1 GiB";
    QTest::addRow("memory 7.5 MiB") << memory << 7'864'320_r << "7.5 MiB";
    QTest::addRow("memory just under TiB") << memory << TiB - 1 << "1020 GiB";
    QTest::addRow("memory max") << memory << maxRaw << "8 EiB";

    const Dimension cpu = Dimension::Cpu;
    QTest::addRow("cpu fraction") << cpu << 1500_r << "1.5 cores";
    QTest::addRow("cpu half") << cpu << 500_r << "0.5 cores";
    QTest::addRow("cpu one") << cpu << 1000_r << "1 core";
    QTest::addRow("cpu two") << cpu << 2000_r << "2 cores";
    QTest::addRow("cpu zero") << cpu << 0_r << "0 cores";
    QTest::addRow("cpu milli") << cpu << 1_r << "0.001 cores";
    QTest::addRow("cpu three digits") << cpu << 12'345_r << "12.3 cores";

    const Dimension iops = Dimension::Iops;
    QTest::addRow("iops thousands") << iops << 12'000_r << "12000 IOPS";
    QTest::addRow("iops not rounded") << iops << 3200_r << "3200 IOPS";
    QTest::addRow("iops plain") << iops << 500_r << "500 IOPS";
    QTest::addRow("iops 999999") << iops << 999'999_r << "999999 IOPS";
    QTest::addRow("iops millions") << iops << 10'000'000_r << "10000000 IOPS";

    const Dimension throughput = Dimension::Throughput;
    QTest::addRow("throughput MB/s") << throughput << 10'000'000_r << "10 MB/s";
    QTest::addRow("throughput MiB/s in MB/s") << throughput << 250 * MiB << "262 MB/s";
    QTest::addRow("throughput GB/s") << throughput << 1'000'000'000_r << "1 GB/s";
    QTest::addRow("throughput zero") << throughput << 0_r << "0 B/s";

    const Dimension rate = Dimension::Rate;
    QTest::addRow("rate thousands") << rate << 100'000_r << "100000/s";
    QTest::addRow("rate not rounded") << rate << 1'500'001_r << "1500001/s";
    QTest::addRow("rate plain") << rate << 7_r << "7/s";

    const Dimension duration = Dimension::Duration;
    QTest::addRow("duration an hour, not 3.6k") << duration << 3600 * second << "1 h";
    QTest::addRow("duration a minute") << duration << 60 * second << "1 min";
    QTest::addRow("duration days") << duration << 30 * day << "30 d";
    QTest::addRow("duration hours") << duration << 2 * hour << "2 h";
    QTest::addRow("duration ms") << duration << 500_r << "500 ms";
    QTest::addRow("duration seconds") << duration << 1500_r << "1.5 s";
    QTest::addRow("duration minutes") << duration << 5 * minute << "5 min";
    QTest::addRow("duration 90 minutes") << duration << 90 * minute << "1.5 h";
    QTest::addRow("duration rounds into minutes") << duration << 59'999_r << "1 min";
    QTest::addRow("duration year") << duration << 365 * day << "1 y";

    const Dimension percent = Dimension::Percent;
    QTest::addRow("percent whole") << percent << 400'000_r << "40%";
    QTest::addRow("percent fraction") << percent << 125'000_r << "12.5%";
    QTest::addRow("percent three digits") << percent << 123'456_r << "12.3%";
    QTest::addRow("percent zero") << percent << 0_r << "0%";

    QTest::addRow("count") << Dimension::Count << 200_r << "200";
    QTest::addRow("count thousands, not 1.5k") << Dimension::Count << 1500_r << "1500";
    QTest::addRow("count 4096, not 4.1k") << Dimension::Count << 4096_r << "4096";
    QTest::addRow("count 3600, not 3.6k") << Dimension::Count << 3600_r << "3600";
    QTest::addRow("count bytes, not 17.2G") << Dimension::Count << 16 * GiB << "17179869184";

    const Dimension number = Dimension::Number;
    QTest::addRow("number fraction") << number << 1'500'000_r << "1.5";
    QTest::addRow("number whole") << number << 3'000'000_r << "3";
    QTest::addRow("number three digits") << number << 781'250_r << "0.781";
    QTest::addRow("number large without grouping") << number << 1'234'567'890'000_r << "1230000";
}

void TestQuantity::displayString()
{
    QFETCH(Dimension, dimension);
    QFETCH(std::int64_t, raw);
    QFETCH(QString, text);

    QCOMPARE(Quantity(dimension, raw).toDisplayString(), text);
}

void TestQuantity::toFormulaValue_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<std::int64_t>("raw");
    QTest::addColumn<double>("value");

    QTest::addRow("cpu in cores") << Dimension::Cpu << 1500_r << 1.5;
    QTest::addRow("memory in bytes") << Dimension::Memory << KiB << 1024.0;
    QTest::addRow("iops") << Dimension::Iops << 3000_r << 3000.0;
    QTest::addRow("throughput") << Dimension::Throughput << 10'000'000_r << 1e7;
    QTest::addRow("rate") << Dimension::Rate << 100'000_r << 1e5;
    QTest::addRow("duration in seconds") << Dimension::Duration << 90 * second << 90.0;
    QTest::addRow("percent as fraction") << Dimension::Percent << 400'000_r << 0.4;
    QTest::addRow("count") << Dimension::Count << 200_r << 200.0;
    QTest::addRow("number") << Dimension::Number << 781'250_r << 0.78125;
}

void TestQuantity::toFormulaValue()
{
    QFETCH(Dimension, dimension);
    QFETCH(std::int64_t, raw);
    QFETCH(double, value);

    const Quantity quantity(dimension, raw);
    QCOMPARE(quantity.toFormulaValue(), value);
    const Expected<Quantity> back = Quantity::fromFormulaValue(dimension, value);
    QVERIFY(back.hasValue());
    QCOMPARE(*back, quantity);
}

void TestQuantity::fromFormulaValue_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<double>("value");
    QTest::addColumn<std::int64_t>("raw");

    QTest::addRow("memory whole") << Dimension::Memory << 1024.0 << 1024_r;
    QTest::addRow("memory half rounds away from zero") << Dimension::Memory << 1.5 << 2_r;
    QTest::addRow("memory two and a half") << Dimension::Memory << 2.5 << 3_r;
    QTest::addRow("memory below half") << Dimension::Memory << 2.49 << 2_r;
    QTest::addRow("memory negative zero") << Dimension::Memory << -0.0 << 0_r;
    QTest::addRow("memory large") << Dimension::Memory << 9.2e18 << 9'200'000'000'000'000'000_r;
    QTest::addRow("cpu cores") << Dimension::Cpu << 1.5 << 1500_r;
    QTest::addRow("cpu half milli") << Dimension::Cpu << 0.0005 << 1_r;
    QTest::addRow("duration seconds") << Dimension::Duration << 90.0 << 90 * second;
    QTest::addRow("percent fraction") << Dimension::Percent << 0.4 << 400'000_r;
    QTest::addRow("number") << Dimension::Number << 0.78125 << 781'250_r;
    QTest::addRow("count") << Dimension::Count << 200.0 << 200_r;
}

void TestQuantity::fromFormulaValue()
{
    QFETCH(Dimension, dimension);
    QFETCH(double, value);
    QFETCH(std::int64_t, raw);

    const Expected<Quantity> quantity = Quantity::fromFormulaValue(dimension, value);
    QVERIFY2(quantity.hasValue(), qPrintable(quantity ? QString() : quantity.error().message));
    QCOMPARE(*quantity, Quantity(dimension, raw));
}

void TestQuantity::fromFormulaValueInvalid_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("reason");

    const double infinity = std::numeric_limits<double>::infinity();
    QTest::addRow("nan") << Dimension::Memory << std::numeric_limits<double>::quiet_NaN() << "NaN";
    QTest::addRow("infinity") << Dimension::Memory << infinity << "infinite";
    QTest::addRow("negative infinity") << Dimension::Cpu << -infinity << "infinite";
    QTest::addRow("negative") << Dimension::Memory << -1.0 << "negative";
    QTest::addRow("tiny negative") << Dimension::Percent << -1e-9 << "negative";
    QTest::addRow("memory 2^63") << Dimension::Memory << 9223372036854775808.0 << "too large";
    QTest::addRow("memory 1e19") << Dimension::Memory << 1e19 << "too large";
    QTest::addRow("memory 1e300") << Dimension::Memory << 1e300 << "too large";
    QTest::addRow("cpu cores beyond 64 bits") << Dimension::Cpu << 1e16 << "too large";
    QTest::addRow("duration beyond 64 bits") << Dimension::Duration << 1e17 << "too large";
    QTest::addRow("percent beyond 64 bits") << Dimension::Percent << 1e13 << "too large";
    QTest::addRow("scaling overflows to infinity") << Dimension::Number << 1e305 << "too large";
}

void TestQuantity::fromFormulaValueInvalid()
{
    QFETCH(Dimension, dimension);
    QFETCH(double, value);
    QFETCH(QString, reason);

    const Expected<Quantity> quantity = Quantity::fromFormulaValue(dimension, value);
    QVERIFY2(!quantity.hasValue(), qPrintable(QStringLiteral("accepted as %1").arg(quantity ? quantity->raw() : 0)));
    QVERIFY2(quantity.error().message.contains(reason), qPrintable(quantity.error().message));
    QVERIFY2(quantity.error().message.contains(dimensionName(dimension)), qPrintable(quantity.error().message));
}

void TestQuantity::dimensionNames_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<QString>("name");

    QTest::addRow("cpu") << Dimension::Cpu << "cpu";
    QTest::addRow("memory") << Dimension::Memory << "memory";
    QTest::addRow("iops") << Dimension::Iops << "iops";
    QTest::addRow("throughput") << Dimension::Throughput << "throughput";
    QTest::addRow("rate") << Dimension::Rate << "rate";
    QTest::addRow("duration") << Dimension::Duration << "duration";
    QTest::addRow("percent") << Dimension::Percent << "percent";
    QTest::addRow("count") << Dimension::Count << "count";
    QTest::addRow("number") << Dimension::Number << "number";
}

void TestQuantity::dimensionNames()
{
    QFETCH(Dimension, dimension);
    QFETCH(QString, name);

    QCOMPARE(dimensionName(dimension), name);
    QCOMPARE(dimensionFromName(name), std::optional<Dimension>(dimension));
    QCOMPARE(dimensionFromName(name.toUpper()), std::nullopt);
    QCOMPARE(dimensionFromName(u"bandwidth"), std::nullopt);
}

void TestQuantity::memoryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<std::int64_t>("bytes");
    QTest::addColumn<QString>("text");

    QTest::addRow("postgres MB") << "postgres" << 20 * MiB << "20MB";
    QTest::addRow("postgres GB") << "postgres" << GiB << "1GB";
    QTest::addRow("postgres kB") << "postgres" << 7864 * KiB << "7864kB";
    QTest::addRow("postgres 1536MB") << "postgres" << 1536 * MiB << "1536MB";
    QTest::addRow("postgres TB") << "postgres" << TiB << "1TB";
    QTest::addRow("postgres 8kB") << "postgres" << 8192_r << "8kB";
    QTest::addRow("postgres floors to kB") << "postgres" << 64 * MiB + 100 << "64MB";
    QTest::addRow("postgres floors odd bytes") << "postgres" << 1025_r << "1kB";
    QTest::addRow("postgres below kB") << "postgres" << 1000_r << "0kB";
    QTest::addRow("postgres zero") << "postgres" << 0_r << "0kB";
    QTest::addRow("postgres negative") << "postgres" << -1_r << "0kB";
    QTest::addRow("redis gb") << "redis" << 6 * GiB << "6gb";
    QTest::addRow("redis mb") << "redis" << 512 * MiB << "512mb";
    QTest::addRow("redis kb") << "redis" << 100 * KiB << "100kb";
    QTest::addRow("redis bytes") << "redis" << 1000_r << "1000";
    QTest::addRow("redis zero") << "redis" << 0_r << "0";
    QTest::addRow("jvm g") << "jvm" << 8 * GiB << "8g";
    QTest::addRow("jvm m") << "jvm" << 2560 * MiB << "2560m";
    QTest::addRow("jvm k") << "jvm" << 3 * KiB << "3k";
    QTest::addRow("jvm bytes") << "jvm" << 1536_r + 1 << "1537";
    QTest::addRow("mysql G") << "mysql" << 12 * GiB << "12G";
    QTest::addRow("mysql M") << "mysql" << 256 * MiB << "256M";
    QTest::addRow("mysql K") << "mysql" << 32 * KiB << "32K";
    QTest::addRow("mysql bytes") << "mysql" << 100_r << "100";
    QTest::addRow("php M") << "php" << 2 * GiB << "2048M";
    QTest::addRow("php floors") << "php" << MiB * 3 / 2 << "1M";
    QTest::addRow("php zero") << "php" << 0_r << "0M";
    QTest::addRow("gib fraction") << "gib" << GiB * 15 / 2 << "7.5";
    QTest::addRow("gib quarter") << "gib" << GiB / 4 << "0.25";
    QTest::addRow("gib whole") << "gib" << 16 * GiB << "16";
    QTest::addRow("gib zero") << "gib" << 0_r << "0";
    QTest::addRow("gib floors") << "gib" << GiB - 1 << "0.99";
    QTest::addRow("gib drops below hundredth") << "gib" << GiB + 10 * MiB << "1";
    QTest::addRow("gib max") << "gib" << maxRaw << "8589934591.99";
    QTest::addRow("kubernetes Gi") << "kubernetes" << 16 * GiB << "16Gi";
    QTest::addRow("kubernetes Mi") << "kubernetes" << 1536 * MiB << "1536Mi";
    QTest::addRow("kubernetes rounds up, not 1622864Ki") << "kubernetes" << 1'622'864 * KiB << "1585Mi";
    QTest::addRow("kubernetes rounds up, not 30720M") << "kubernetes" << 30'720'000'000_r << "29297Mi";
    QTest::addRow("kubernetes rounds up into Gi") << "kubernetes" << 2 * GiB - 1 << "2Gi";
    QTest::addRow("kubernetes one byte") << "kubernetes" << 1_r << "1Mi";
    QTest::addRow("kubernetes 99999Mi") << "kubernetes" << 99'999 * MiB << "99999Mi";
    QTest::addRow("kubernetes whole Gi from 100000Mi, not 117188Mi") << "kubernetes" << 117'188 * MiB << "115Gi";
    QTest::addRow("kubernetes zero") << "kubernetes" << 0_r << "0";
    QTest::addRow("kubernetes negative") << "kubernetes" << -1_r << "0";
    QTest::addRow("volume below Ti") << "volume" << 260 * GiB << "260Gi";
    QTest::addRow("volume just below Ti") << "volume" << 1023 * GiB << "1023Gi";
    QTest::addRow("volume Ti") << "volume" << TiB << "1Ti";
    QTest::addRow("volume tenth of Ti") << "volume" << 1536 * GiB << "1.5Ti";
    QTest::addRow("volume rounds up, not 61960Gi") << "volume" << 61'960 * GiB << "60.6Ti";
    QTest::addRow("volume rounds up, not 724197Gi") << "volume" << 724'197 * GiB << "707.3Ti";
    QTest::addRow("volume a byte over Ti") << "volume" << TiB + 1 << "1.1Ti";
}

void TestQuantity::memoryFormat()
{
    QFETCH(QString, format);
    QFETCH(std::int64_t, bytes);
    QFETCH(QString, text);

    QString actual;
    if (format == u"postgres")
        actual = memory_format::postgres(bytes);
    else if (format == u"redis")
        actual = memory_format::redis(bytes);
    else if (format == u"jvm")
        actual = memory_format::jvm(bytes);
    else if (format == u"mysql")
        actual = memory_format::mysql(bytes);
    else if (format == u"php")
        actual = memory_format::php(bytes);
    else if (format == u"gib")
        actual = memory_format::gibibytes(bytes);
    else if (format == u"kubernetes")
        actual = memory_format::kubernetes(bytes);
    else if (format == u"volume")
        actual = memory_format::volume(bytes);
    else
        QFAIL("unknown format in test data");
    QCOMPARE(actual, text);

    // What Kubernetes is asked for must read back as at least the bytes given.
    if (format == u"kubernetes" || format == u"volume") {
        const Expected<Quantity> back = Quantity::parse(Dimension::Memory, actual);
        QVERIFY2(back.hasValue(), qPrintable(back ? QString() : back.error().message));
        QVERIFY(back->raw() >= bytes);
    }

    // What Headroom writes for PostgreSQL must read back as the floored value.
    if (format == u"postgres") {
        const Expected<std::int64_t> back = memory_format::parsePostgres(actual);
        QVERIFY(back.hasValue());
        QCOMPARE(*back, std::max<std::int64_t>(bytes, 0) / 1024 * 1024);
    }
}

void TestQuantity::parsePostgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::int64_t>("defaultUnit");
    QTest::addColumn<std::int64_t>("bytes");

    QTest::addRow("MB") << "64MB" << 1024_r << 64 * MiB;
    QTest::addRow("kB") << "8kB" << 1024_r << 8 * KiB;
    QTest::addRow("GB") << "1GB" << 1024_r << GiB;
    QTest::addRow("TB") << "2TB" << 1024_r << 2 * TiB;
    QTest::addRow("B") << "100B" << 1024_r << 100_r;
    QTest::addRow("space before unit") << "64 MB" << 1024_r << 64 * MiB;
    QTest::addRow("surrounding space") << " 4MB\t" << 1024_r << 4 * MiB;
    QTest::addRow("fraction") << "1.5kB" << 1024_r << 1536_r;
    QTest::addRow("fraction of a byte floors") << "0.5B" << 1024_r << 0_r;
    QTest::addRow("fraction floors") << "1.0001kB" << 1024_r << 1024_r;
    QTest::addRow("bare work_mem") << "1000" << 1024_r << 1'024'000_r;
    QTest::addRow("bare shared_buffers") << "16" << 8192_r << 131'072_r;
    QTest::addRow("bare fraction") << "1.5" << 8192_r << 12'288_r;
    QTest::addRow("zero") << "0" << 1024_r << 0_r;
    QTest::addRow("exponent") << "1e3kB" << 1024_r << 1'024'000_r;
}

void TestQuantity::parsePostgres()
{
    QFETCH(QString, text);
    QFETCH(std::int64_t, defaultUnit);
    QFETCH(std::int64_t, bytes);

    const Expected<std::int64_t> parsed = memory_format::parsePostgres(text, defaultUnit);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, bytes);
}

void TestQuantity::parsePostgresInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::int64_t>("defaultUnit");
    QTest::addColumn<QString>("reason");

    QTest::addRow("upper KB") << "64KB" << 1024_r << "case-sensitive";
    QTest::addRow("lower mb") << "64mb" << 1024_r << "case-sensitive";
    QTest::addRow("lower gb") << "1gb" << 1024_r << "write GB rather than gb";
    QTest::addRow("empty") << "" << 1024_r << "empty";
    QTest::addRow("negative") << "-1" << 1024_r << "negative";
    QTest::addRow("binary suffix") << "64MiB" << 1024_r << "kB, MB";
    QTest::addRow("words") << "abc" << 1024_r << "kB, MB";
    QTest::addRow("split unit") << "64 M B" << 1024_r << "kB, MB";
    QTest::addRow("too large") << "9999999999TB" << 1024_r << "64 bits";
    QTest::addRow("default unit named") << "1x" << 8192_r << "bare number of 8kB units";
    QTest::addRow("bad default unit") << "1" << 0_r << "default unit";
}

void TestQuantity::parsePostgresInvalid()
{
    QFETCH(QString, text);
    QFETCH(std::int64_t, defaultUnit);
    QFETCH(QString, reason);

    const Expected<std::int64_t> parsed = memory_format::parsePostgres(text, defaultUnit);
    QVERIFY2(!parsed.hasValue(), qPrintable(QStringLiteral("accepted as %1").arg(parsed ? *parsed : 0)));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    if (defaultUnit > 0)
        QVERIFY2(parsed.error().message.startsWith(QLatin1Char('\'') + text.trimmed() + QLatin1Char('\'')),
                 qPrintable(parsed.error().message));
}

// Whatever the bytes, Kubernetes is asked for at least them, and for less than one step more.
static void checkKubernetesForms(std::int64_t bytes)
{
    const QString memory = memory_format::kubernetes(bytes);
    const Expected<Quantity> m = Quantity::parse(Dimension::Memory, memory);
    QVERIFY2(m.hasValue(), qPrintable(memory));
    QVERIFY(m->raw() >= bytes);
    QVERIFY(m->raw() - bytes < (bytes < 100'000 * MiB ? MiB : GiB));
    QVERIFY(memory.endsWith(u"Mi") || memory.endsWith(u"Gi") || memory == u"0");
    const QString volume = memory_format::volume(bytes);
    const Expected<Quantity> v = Quantity::parse(Dimension::Memory, volume);
    QVERIFY2(v.hasValue(), qPrintable(volume));
    QVERIFY(v->raw() >= bytes);
    QVERIFY(v->raw() - bytes < (bytes < 100'000 * MiB ? MiB : bytes < TiB ? GiB : TiB / 10 + 1));
}

void TestQuantity::kubernetesForms()
{
    // Up to half the range: rounding the very largest values up would not fit in 64 bits, and no volume is an EiB.
    for (std::int64_t bytes : generatedValues()) {
        if (bytes >= 0 && bytes <= maxRaw / 2)
            checkKubernetesForms(bytes);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QString::number(bytes)));
    }
}

void TestQuantity::displayParts_data()
{
    QTest::addColumn<QList<std::int64_t>>("parts");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("total");

    // From 100 of the unit one decimal: each 50.17 GiB rounds to 50.2 on its own, which would show 150.6 for
    // 150.5.
    const std::int64_t third = 50 * GiB + 170 * MiB;
    QTest::addRow("three roundings up") << QList<std::int64_t> { third, third, 150 * GiB + 512 * MiB - 2 * third }
                                        << QStringList { "50.2 GiB", "50.1 GiB", "50.2 GiB" } << "150.5 GiB";
    QTest::addRow("16 GiB limit") << QList<std::int64_t> { 4 * GiB, 3'930'000'000, 2 * GiB, 4'190'000'000,
                                                           16 * GiB - 4 * GiB - 2 * GiB - 3'930'000'000
                                                               - 4'190'000'000 }
                                  << QStringList { "4 GiB", "3.66 GiB", "2 GiB", "3.9 GiB", "2.44 GiB" } << "16 GiB";
    QTest::addRow("a small part of a large limit")
        << QList<std::int64_t> { 64 * MiB, 16 * GiB - 64 * MiB } << QStringList { "0.06 GiB", "15.94 GiB" } << "16 GiB";
    QTest::addRow("two decimals") << QList<std::int64_t> { GiB, GiB / 3, GiB / 3 }
                                  << QStringList { "1 GiB", "0.34 GiB", "0.33 GiB" } << "1.67 GiB";
    QTest::addRow("mebibytes") << QList<std::int64_t> { 300 * MiB, 212 * MiB } << QStringList { "300 MiB", "212 MiB" }
                               << "512 MiB";
    QTest::addRow("bytes") << QList<std::int64_t> { 100, 23 } << QStringList { "100 B", "23 B" } << "123 B";
    QTest::addRow("nothing") << QList<std::int64_t> { 0, 0 } << QStringList { "0 B", "0 B" } << "0 B";
}

void TestQuantity::displayParts()
{
    QFETCH(QList<std::int64_t>, parts);
    QFETCH(QStringList, texts);
    QFETCH(QString, total);
    QCOMPARE(memory_format::displayParts(parts), texts);
    QCOMPARE(memory_format::displayTotal(parts), total);
}

// Over many random splits, the rounded parts add up to the rounded sum and each stays within one step of its own
// value.
void TestQuantity::roundedPartsAddUp()
{
    QRandomGenerator random(13);
    for (int run = 0; run < 2000; ++run) {
        QList<std::int64_t> parts(1 + random.bounded(6));
        std::int64_t sum = 0;
        for (auto& part : parts) {
            part = std::int64_t(random.bounded(quint64(64) * quint64(GiB)));
            sum += part;
        }
        const std::int64_t denominator = run % 2 ? GiB : MiB;
        const QList<std::int64_t> rounded = roundedParts(parts, 10, denominator);
        std::int64_t roundedSum = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            roundedSum += rounded.at(i);
            const double exact = double(parts.at(i)) * 10 / double(denominator);
            QVERIFY(std::abs(double(rounded.at(i)) - exact) < 1.0);
        }
        QCOMPARE(roundedSum, std::llround(double(sum) * 10 / double(denominator)));
    }
}

QTEST_GUILESS_MAIN(TestQuantity)

#include "tst_quantity.moc"
