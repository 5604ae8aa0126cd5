// SPDX-License-Identifier: Apache-2.0
#include "export/pgtunebatch.h"

#include <QBuffer>
#include <QtTest>

using namespace headroom;

namespace {

// An input that never ends and never has a newline: a line of any length.
class EndlessLine : public QIODevice
{
public:
    EndlessLine() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 served = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        std::fill_n(data, maxSize, ' ');
        served += maxSize;
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

// What tune() prints, as the {"out":{...}} line the batch writes.
QByteArray answerFromTune(const PgTuneInput& input)
{
    const auto result = pgtune::tune(input);
    QStringList members;
    for (const auto& setting : result->settings)
        members << QStringLiteral("\"%1\":\"%2\"").arg(setting.name, setting.value);
    return QStringLiteral("{\"out\":{%1}}\n").arg(members.join(QLatin1Char(','))).toUtf8();
}

QString errorOf(const QByteArray& line)
{
    const auto input = PgTuneBatch::parseLine(line);
    return input ? QString() : input.error().message;
}

} // namespace

class TestPgTuneBatch : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey()
    {
        const auto input = PgTuneBatch::parseLine(
            R"({"dbVersion": 15, "osType": "windows", "dbType": "dw", "totalMemory": "2", "totalMemoryUnit": "TB",)"
            R"( "cpuNum": 16, "connectionNum": "", "hdType": "hdd", "dbSize": "greater_ram"})"
            "\n");
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QCOMPARE(input->dbVersion, 15);
        QCOMPARE(input->os, PgTuneInput::Windows);
        QCOMPARE(input->dbType, PgTuneInput::Dw);
        QCOMPARE(input->totalMemoryKb, 2 * pgtune::kbPerTb);
        QCOMPARE(input->memoryUnit, std::optional(PgTuneInput::Terabytes));
        QCOMPARE(input->cpus, std::optional(16));
        QCOMPARE(input->connections, std::optional<int>());
        QCOMPARE(input->storage, PgTuneInput::Hdd);
        QCOMPARE(input->dbSize, PgTuneInput::GreaterRam);
    }

    // Plain lines take a fast path; escapes, fractions and nesting take Qt's parser. Both read the same.
    void bothReadingsAgree_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("general");
        QTest::addRow("escaped value") << QByteArray(R"({"totalMemory": 8, "dbType": "oltp"})")
                                       << QByteArray(R"({"totalMemory": 8, "dbType": "\u006fltp"})");
        QTest::addRow("escaped key") << QByteArray(R"({"totalMemory": 8, "cpuNum": 4})")
                                     << QByteArray(R"({"totalMemory": 8, "cpu\u004eum": 4})");
        QTest::addRow("exponent") << QByteArray(R"({"totalMemory": 1000})") << QByteArray(R"({"totalMemory": 1e3})");
        QTest::addRow("null and booleans") << QByteArray(R"({"totalMemory": 8, "cpuNum": null})")
                                           << QByteArray(R"({"totalMemory": 8, "cpuNum": null, "dbSize": null})");
    }

    void bothReadingsAgree()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, general);
        const auto a = PgTuneBatch::parseLine(plain);
        const auto b = PgTuneBatch::parseLine(general);
        QVERIFY(a && b);
        QByteArray answerA;
        QByteArray answerB;
        PgTuneBatch::appendAnswer(*a, answerA);
        PgTuneBatch::appendAnswer(*b, answerB);
        QCOMPARE(answerA, answerB);
        QCOMPARE(a->cpus, b->cpus);
    }

    void refusesRepeatedKeys_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("key");
        QTest::addRow("known") << QByteArray(R"({"totalMemory": 8, "totalMemory": 16})")
                               << QStringLiteral("totalMemory");
        QTest::addRow("unknown") << QByteArray(R"({"totalMemory": 8, "cpus": 1, "cpus": 2})") << QStringLiteral("cpus");
        QTest::addRow("escaped") << QByteArray(R"({"totalMemory": 8, "totalMem\u006fry": 16})")
                                 << QStringLiteral("totalMemory");
        QTest::addRow("nested value") << QByteArray(R"({"dbSize": [1, {"a": 2}], "dbSize": 1, "totalMemory": 8})")
                                      << QStringLiteral("dbSize");
    }

    void refusesRepeatedKeys()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, key);
        QCOMPARE(errorOf(line), QStringLiteral("key '%1' appears twice; give each key once.").arg(key));
    }

    // Of several unknown keys the first in sorted order is named, on either path.
    void namesTheFirstUnknownKey()
    {
        QVERIFY(errorOf(R"({"zz": 1, "aa": 2, "totalMemory": 8})").startsWith(QStringLiteral("unknown key 'aa'")));
        QVERIFY(
            errorOf(R"({"zz": 1.5, "a\u0061": 2, "totalMemory": 8})").startsWith(QStringLiteral("unknown key 'aa'")));
    }

    // The batch prints straight to bytes what tune() prints as text.
    void answersAsTunePrints()
    {
        int compared = 0;
        for (const std::int64_t mb : { 1, 255, 1000, 1024, 3 * 1024, 101 * 1024, 1024 * 1024, 4 * 1024 * 1024 }) {
            for (const int version : { 10, 12, 15, 17, 18 }) {
                for (int type = 0; type < 5; ++type) {
                    for (const auto cpus : { std::optional<int>(), std::optional(4), std::optional(64) }) {
                        for (int os = 0; os < 3; ++os) {
                            PgTuneInput input;
                            input.totalMemoryKb = mb * pgtune::kbPerMb;
                            input.dbVersion = version;
                            input.dbType = PgTuneInput::DbType(type);
                            input.os = PgTuneInput::Os(os);
                            input.cpus = cpus;
                            QByteArray answer;
                            PgTuneBatch::appendAnswer(input, answer);
                            QCOMPARE(answer, answerFromTune(input));
                            ++compared;
                        }
                    }
                }
            }
        }
        QCOMPARE(compared, 8 * 5 * 5 * 3 * 3);
    }

    void runsLinesAndStopsAtTheFirstBadOne()
    {
        QByteArray text = "\xEF\xBB\xBF{\"totalMemory\": 8}\n\n  \n{\"totalMemory\": 16, \"cpuNum\": 4}\n"
                          "{\"totalMemory\": 0}\n{\"totalMemory\": 32}\n";
        QBuffer in(&text);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray written;
        QBuffer out(&written);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto error = PgTuneBatch::run(in, out, QStringLiteral("machines.jsonl"));
        QCOMPARE(error,
                 std::optional(
                     QStringLiteral("line 5: totalMemory: '0' is not above 0; give the machine's memory, e.g. 8GB.")));
        PgTuneInput eight;
        eight.totalMemoryKb = 8 * pgtune::kbPerGb;
        PgTuneInput sixteen;
        sixteen.totalMemoryKb = 16 * pgtune::kbPerGb;
        sixteen.cpus = 4;
        QCOMPARE(written, answerFromTune(eight) + answerFromTune(sixteen));
    }

    void lastLineNeedsNoNewline()
    {
        QByteArray text = "{\"totalMemory\": 8}";
        QBuffer in(&text);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray written;
        QBuffer out(&written);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(PgTuneBatch::run(in, out, QStringLiteral("-")), std::nullopt);
        QCOMPARE(written.count('\n'), 1);
    }

    // A line without end is refused once it passes the limit, not read into memory to its end.
    void refusesALineWithoutEnd()
    {
        EndlessLine in;
        QByteArray written;
        QBuffer out(&written);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto error = PgTuneBatch::run(in, out, QStringLiteral("-"));
        QVERIFY(error);
        QVERIFY2(error->startsWith(QStringLiteral("line 1: longer than 1048576 bytes")), qPrintable(*error));
        QVERIFY(written.isEmpty());
        QVERIFY(in.served < 4 * PgTuneBatch::maxLineBytes);
    }
};

QTEST_GUILESS_MAIN(TestPgTuneBatch)
#include "tst_pgtunebatch.moc"
