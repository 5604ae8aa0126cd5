#include "catalogloader.h"
#include "sizingengine.h"
#include "whatifsweep.h"

#include <QtTest>

using namespace headroom;

class TestWhatIfSweep : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

    static ServiceRequest postgres()
    {
        ServiceRequest r;
        r.service = QStringLiteral("postgresql");
        r.size = QStringLiteral("medium");
        return r;
    }

private slots:
    void initTestCase()
    {
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        m_catalog = catalog.value();
    }

    void everyPointIsTheEnginesSizing()
    {
        SizingEngine engine(*m_catalog);
        auto points = whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::count(100), Quantity::count(500), 5);
        QVERIFY(points.hasValue());
        QCOMPARE(points->size(), 5);
        const QList<std::int64_t> expected { 100, 200, 300, 400, 500 };
        for (int i = 0; i < 5; ++i) {
            const WhatIfPoint& p = points->at(i);
            QCOMPARE(p.input, Quantity::count(expected[i]));
            QVERIFY2(p.sizing, qPrintable(p.error));
            ServiceRequest r = postgres();
            r.inputs.insert(QStringLiteral("connections"), p.input);
            auto direct = engine.size(r);
            QVERIFY(direct.hasValue());
            QCOMPARE(p.sizing->memory.size(), direct->memory.size());
            for (int m = 0; m < direct->memory.size(); ++m)
                QCOMPARE(p.sizing->memory[m].demand, direct->memory[m].demand);
            QCOMPARE(p.sizing->resources.memoryLimit, direct->resources.memoryLimit);
        }
        // More connections never need less memory for work_mem x connections in total.
        QVERIFY(points->last().sizing->input(QStringLiteral("connections"))->value == Quantity::count(500));
    }

    void smallIntegerRangesGiveEachValueOnce()
    {
        SizingEngine engine(*m_catalog);
        auto points = whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::count(1), Quantity::count(3), 41);
        QVERIFY(points.hasValue());
        QCOMPARE(points->size(), 3);
    }

    void refusedValuesAreReportedPerPoint()
    {
        SizingEngine engine(*m_catalog);
        // 0 connections is below the input's minimum: that point fails, the others do not.
        auto points = whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::count(0), Quantity::count(10), 2);
        QVERIFY(points.hasValue());
        QVERIFY(!points->first().sizing);
        QVERIFY(points->first().error.contains(QStringLiteral("connections")));
        QVERIFY(points->last().sizing);
    }

    void badArgumentsAreErrors()
    {
        SizingEngine engine(*m_catalog);
        QVERIFY(!whatif::sweep(engine, postgres(), QStringLiteral("nope"), Quantity::count(1), Quantity::count(2), 3));
        QVERIFY(!whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::bytes(1), Quantity::bytes(2), 3));
        QVERIFY(!whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::count(5), Quantity::count(2), 3));
        QVERIFY(!whatif::sweep(
            engine, postgres(), QStringLiteral("connections"), Quantity::count(1), Quantity::count(2), 1));
    }

    void defaultRangeCoversTheCurrentValue()
    {
        SizingEngine engine(*m_catalog);
        auto range = whatif::defaultRange(engine, postgres(), QStringLiteral("connections"));
        QVERIFY(range.hasValue());
        QCOMPARE(range->current, Quantity::count(200)); // the medium tier's matrix row
        QCOMPARE(range->from, Quantity::count(1));
        QCOMPARE(range->to, Quantity::count(400));
        QVERIFY(whatif::sweepableInputs(engine, QStringLiteral("postgresql")).contains(QStringLiteral("dataset")));
    }
};

QTEST_GUILESS_MAIN(TestWhatIfSweep)
#include "tst_whatifsweep.moc"
