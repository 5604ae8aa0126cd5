// SPDX-License-Identifier: Apache-2.0
#include "engine/measuredrecommender.h"
#include "testutils.h"

#include <QtTest>

using namespace headroom;

namespace {

constexpr std::int64_t kMi = 1LL << 20;

Measurement measurement(std::int64_t cpuMax, std::int64_t memoryMax)
{
    Measurement m;
    m.cpu = UsageDistribution { Quantity::millicores(cpuMax / 4), Quantity::millicores(cpuMax / 2),
                                Quantity::millicores(cpuMax * 3 / 4), Quantity::millicores(cpuMax) };
    m.memory = UsageDistribution { Quantity::bytes(memoryMax / 2), Quantity::bytes(memoryMax * 3 / 4),
                                   Quantity::bytes(memoryMax * 7 / 8), Quantity::bytes(memoryMax) };
    return m;
}

} // namespace

class TestMeasuredRecommender : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void usageOnlyIsTheUsageRule_data()
    {
        QTest::addColumn<qint64>("cpuMax");
        QTest::addColumn<qint64>("memoryMax");
        QTest::addRow("small") << qint64(7) << qint64(1000);
        QTest::addRow("odd figures") << qint64(1234) << qint64(3 * (1LL << 30) + 12345);
        QTest::addRow("large") << qint64(64'000) << qint64(512 * (1LL << 30));
    }

    // CPU request = p95 (rounded up to 10m), no CPU limit; memory request = limit = max + 15%
    // (rounded up to 1Mi).
    void usageOnlyIsTheUsageRule()
    {
        QFETCH(qint64, cpuMax);
        QFETCH(qint64, memoryMax);
        const Measurement m = measurement(cpuMax, memoryMax);
        const ResourceProposal p = MeasuredRecommender::usageOnly(*m.cpu, *m.memory);
        const std::int64_t p95 = m.cpu->p95.raw();
        QVERIFY(p.cpuRequest.raw() >= p95 && p.cpuRequest.raw() < std::max<std::int64_t>(p95, 10) + 10);
        QCOMPARE(p.cpuRequest.raw() % 10, 0);
        QVERIFY(!p.cpuLimit);
        QCOMPARE(p.memoryRequest, p.memoryLimit);
        const double wanted = double(memoryMax) * 1.15;
        QVERIFY(double(p.memoryLimit.raw()) >= wanted);
        QVERIFY(double(p.memoryLimit.raw()) < wanted + double(kMi) + 1);
        QCOMPARE(p.memoryLimit.raw() % kMi, 0);
    }

    void marginDoesNotOverflow()
    {
        // 10^18 times 1,150,000 does not fit in 64 bits; the result does.
        const std::int64_t huge = 1'000'000'000'000'000'000LL;
        QCOMPARE(proposal_rounding::withMargin(huge, 150'000), huge + huge / 100 * 15);
        QCOMPARE(proposal_rounding::withMargin(1, 150'000), 2); // rounded up
        QCOMPARE(proposal_rounding::withMargin(1'000'000, 150'000), 1'150'000);
    }

    void engineAwareHoldsTheConfiguration_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("tier");
        for (const auto& kind : m_catalog.serviceIds()) {
            for (const char* tier : { "small", "large" })
                QTest::addRow("%s %s", qPrintable(kind), tier) << kind << QString::fromLatin1(tier);
        }
    }

    // For every service: never below the measured peak plus its margin, never below what the
    // engine's configuration may take at the proposed limit, and within the node.
    void engineAwareHoldsTheConfiguration()
    {
        QFETCH(QString, kind);
        QFETCH(QString, tier);
        SizingEngine engine(m_catalog);
        ServiceRequest request;
        request.service = kind;
        request.size = tier;
        auto sizing = engine.size(request);
        QVERIFY2(sizing.hasValue(), qPrintable(testutils::errorText(sizing)));
        const NodeSize node { Quantity::millicores(32'000), Quantity::bytes(128LL << 30) };
        // A service that uses a tenth of its limit: usage alone would shrink it ten-fold.
        const Measurement m
            = measurement(sizing->resources.cpuLimit.raw() / 10, sizing->resources.memoryLimit.raw() / 10);
        TextCache texts;
        const MeasuredSizing ms = MeasuredRecommender(engine).compare(m, QString(), request, *sizing, node, texts);
        QVERIFY(ms.usageOnly && ms.engineAware);
        const ResourceProposal& p = *ms.engineAware;
        QVERIFY(p.memoryLimit.raw() >= MeasuredRecommender::memoryTarget(m).raw());
        QVERIFY(p.memoryLimit.raw() >= ms.usageOnly->memoryLimit.raw());
        QVERIFY(p.memoryLimit.raw() <= node.memory.raw());
        QVERIFY(p.cpuLimit && p.cpuLimit->raw() <= node.cpu.raw());
        QVERIFY(p.cpuRequest.raw() <= p.cpuLimit->raw());
        QVERIFY(!p.heldByNode);

        ServiceRequest proposed = request;
        proposed.memoryLimit = p.memoryLimit;
        proposed.memoryRequest = p.memoryRequest;
        proposed.cpuLimit = p.cpuLimit;
        proposed.cpuRequest = p.cpuRequest;
        auto resized = engine.size(proposed);
        QVERIFY2(resized.hasValue(), qPrintable(testutils::errorText(resized)));
        QVERIFY2(MeasuredRecommender::worstCase(*resized).raw() <= p.memoryLimit.raw(),
                 qPrintable(MeasuredRecommender::worstCase(*resized).toString() + QStringLiteral(" > ")
                            + p.memoryLimit.toString()));
        QCOMPARE(MeasuredRecommender::worstCase(*resized), p.worstCase);
        QVERIFY(!resized->hasFinding(QStringLiteral("memory.overcommit")));
    }

    void aSmallNodeHoldsTheProposalBack()
    {
        SizingEngine engine(m_catalog);
        ServiceRequest request;
        request.service = QStringLiteral("postgresql");
        request.size = QStringLiteral("medium");
        auto sizing = engine.size(request);
        QVERIFY(sizing.hasValue());
        const NodeSize node { Quantity::millicores(1000), Quantity::bytes(2LL << 30) };
        const Measurement m = measurement(3000, 6LL << 30);
        TextCache texts;
        const ResourceProposal p
            = *MeasuredRecommender(engine).compare(m, QString(), request, *sizing, node, texts).engineAware;
        QVERIFY(p.heldByNode);
        QCOMPARE(p.memoryLimit, node.memory);
        QCOMPARE(*p.cpuLimit, node.cpu);
    }

    void nodeIsThePinnedPoolOrTheLargest()
    {
        NodePool a;
        a.name = QStringLiteral("a");
        a.cpu = Quantity::millicores(4000);
        a.memory = Quantity::bytes(16LL << 30);
        NodePool b = a;
        b.name = QStringLiteral("b");
        b.memory = Quantity::bytes(64LL << 30);
        QCOMPARE(MeasuredRecommender::nodeFor({ a, b }, QString())->memory, b.memory);
        QCOMPARE(MeasuredRecommender::nodeFor({ a, b }, QStringLiteral("a"))->memory, a.memory);
        QVERIFY(!MeasuredRecommender::nodeFor({}, QString()));
    }
};

QTEST_GUILESS_MAIN(TestMeasuredRecommender)
#include "tst_measuredrecommender.moc"
