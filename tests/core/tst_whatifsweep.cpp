// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "engine/sizingengine.h"
#include "engine/whatifsweep.h"
#include "io/planloader.h"
#include "testutils.h"

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
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void everyPointIsTheEnginesSizing()
    {
        SizingEngine engine(*m_catalog);
        auto points = whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::count(100),
                                    Quantity::count(500), 5);
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
            for (int m = 0; m < direct->memory.size(); ++m) {
                QCOMPARE(p.sizing->memory[m].demand, direct->memory[m].demand);
                QCOMPARE(p.sizing->memory[m].allocated, direct->memory[m].allocated);
            }
            QCOMPARE(p.sizing->memoryRemainder, direct->memoryRemainder);
            QCOMPARE(p.sizing->resources.memoryLimit, direct->resources.memoryLimit);
            QCOMPARE(p.sizing->storage.iopsNeeded, direct->storage.iopsNeeded);
            QCOMPARE(p.sizing->storage.size, direct->storage.size);
            // Numbers only: the view shows no settings or findings, so none are made.
            QVERIFY(p.sizing->settings.isEmpty());
            QVERIFY(p.sizing->findings.isEmpty());
            QVERIFY(p.sizing->values.isEmpty());
        }
        // More connections never need less memory for work_mem x connections in total.
        QCOMPARE(points->last().input, Quantity::count(500));
    }

    void smallIntegerRangesGiveEachValueOnce()
    {
        SizingEngine engine(*m_catalog);
        auto points = whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::count(1),
                                    Quantity::count(3), 41);
        QVERIFY(points.hasValue());
        QCOMPARE(points->size(), 3);
    }

    void refusedValuesAreReportedPerPoint()
    {
        SizingEngine engine(*m_catalog);
        // 0 connections is below the input's minimum: that point fails, the others do not.
        auto points = whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::count(0),
                                    Quantity::count(10), 2);
        QVERIFY(points.hasValue());
        QVERIFY(!points->first().sizing);
        QVERIFY(points->first().error.contains(QStringLiteral("connections")));
        QVERIFY(points->last().sizing);
    }

    void badArgumentsAreErrors()
    {
        SizingEngine engine(*m_catalog);
        QVERIFY(!whatif::sweep(engine, postgres(), QStringLiteral("nope"), Quantity::count(1), Quantity::count(2), 3));
        QVERIFY(!whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::bytes(1),
                               Quantity::bytes(2), 3));
        QVERIFY(!whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::count(5),
                               Quantity::count(2), 3));
        QVERIFY(!whatif::sweep(engine, postgres(), QStringLiteral("connections"), Quantity::count(1),
                               Quantity::count(2), 1));
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

    // A switch that is off (0, between 0 and 1) sweeps from off to on, not over a millionth.
    void anInputAtZeroSweepsAWholeUnit_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("input");
        QTest::addRow("prometheus thanos") << QStringLiteral("prometheus") << QStringLiteral("thanos");
        QTest::addRow("redis persistence") << QStringLiteral("redis") << QStringLiteral("persistence");
    }

    void anInputAtZeroSweepsAWholeUnit()
    {
        QFETCH(QString, service);
        QFETCH(QString, input);
        SizingEngine engine(*m_catalog);
        ServiceRequest request;
        request.service = service;
        request.size = QStringLiteral("small");
        const Quantity one = Quantity::fromFormulaValue(Dimension::Number, 1).value();
        auto range = whatif::defaultRange(engine, request, input);
        QVERIFY(range.hasValue());
        QCOMPARE(range->current, Quantity(Dimension::Number, 0));
        QCOMPARE(range->from, Quantity(Dimension::Number, 0));
        QCOMPARE(range->to, one);
        auto chart = whatif::chartRange(engine, request, input, WhatIfCeilings {});
        QVERIFY(chart.hasValue());
        QCOMPARE(chart->range.to, one);
    }

    // The default range ends at twice today's connections; where the memory demand rises
    // above the limit lies beyond, so the range extends past the exact break point.
    void rangeExtendsPastTheBreak()
    {
        SizingEngine engine(*m_catalog);
        ServiceRequest request = postgres();
        request.inputs.insert(QStringLiteral("connections"), Quantity::count(20));
        const QString input = QStringLiteral("connections");
        WhatIfCeilings ceilings;
        ceilings.tierMemory = whatif::tierMemory(*m_catalog, request);
        QVERIFY(ceilings.tierMemory);
        auto plain = whatif::defaultRange(engine, request, input);
        auto range = whatif::rangeToBreak(engine, request, input, ceilings);
        QVERIFY(plain.hasValue() && range.hasValue());
        auto found = whatif::findBreak(engine, request, input, ceilings, range->from, range->to);
        QVERIFY(found.hasValue());
        QVERIFY2(found.value(), "the demand breaks inside the extended range");
        const WhatIfBreak b = *found.value();
        QVERIFY2(b.input.raw() > plain->to.raw(), "the break lies beyond twice today's value");
        QVERIFY(range->to.raw() > b.input.raw());
        QCOMPARE(range->current, plain->current);
        // The exact value: the demand holds one connection below it and breaks at it.
        const auto sizedAt = [&](std::int64_t connections) {
            ServiceRequest r = request;
            r.inputs.insert(input, Quantity::count(connections));
            return engine.size(r).value();
        };
        const ServiceSizing at = sizedAt(b.input.raw());
        QVERIFY(whatif::memoryDemand(at).raw() > at.resources.memoryLimit.raw());
        QCOMPARE(b.demand, whatif::memoryDemand(at));
        QCOMPARE(b.ceiling, at.resources.memoryLimit);
        QVERIFY(!whatif::breakOf(sizedAt(b.input.raw() - 1), ceilings));

        // A lower ceiling (a small node) breaks earlier and is named as the one broken.
        WhatIfCeilings small = ceilings;
        small.node = Quantity::bytes(at.resources.memoryLimit.raw() / 2);
        auto early = whatif::findBreak(engine, request, input, small, range->from, range->to);
        QVERIFY(early.hasValue() && early.value());
        QCOMPARE(early.value()->what, WhatIfBreak::Ceiling::Node);
        QVERIFY(early.value()->input.raw() < b.input.raw());
    }

    // A chart's range: to a quarter past the break point with the break found in it, or to
    // the user's end; the ceilings are the plan's largest node and the tier's memory.
    void chartRangeIsTheBreakPointsOrTheUsers()
    {
        SizingEngine engine(*m_catalog);
        ServiceRequest request = postgres();
        request.inputs.insert(QStringLiteral("connections"), Quantity::count(20));
        const QString input = QStringLiteral("connections");
        Plan plan;
        plan.nodePools << NodePool {};
        plan.nodePools.last().memory = Quantity::bytes(64LL << 30);
        plan.nodePools << NodePool {};
        plan.nodePools.last().memory = Quantity::bytes(16LL << 30);
        const WhatIfCeilings ceilings = whatif::planCeilings(*m_catalog, plan, request, WhatIfMeasure::Memory);
        QCOMPARE(ceilings.node, Quantity::bytes(64LL << 30));
        QCOMPARE(ceilings.tierMemory, whatif::tierMemory(*m_catalog, request));

        auto chart = whatif::chartRange(engine, request, input, ceilings);
        auto extended = whatif::rangeToBreak(engine, request, input, ceilings);
        QVERIFY(chart.hasValue() && extended.hasValue());
        QCOMPARE(chart->range.to, extended->to);
        QCOMPARE(chart->range.current, extended->current);
        auto found = whatif::findBreak(engine, request, input, ceilings, extended->from, extended->to);
        QVERIFY(found.hasValue() && found.value() && chart->breakPoint);
        QCOMPARE(chart->breakPoint->input, found.value()->input);

        auto mine = whatif::chartRange(engine, request, input, ceilings, Quantity::count(30));
        QVERIFY(mine.hasValue());
        QCOMPARE(mine->range.to, Quantity::count(30));
        QVERIFY2(!mine->breakPoint, "no break below 30 connections");
    }

    // Redis's maxmemory is sized from the limit; what the dataset needs is not. The sweep's
    // demand is the dataset with its overhead, and it rises past maxmemory and the limit.
    void redisDemandFollowsTheDataset()
    {
        SizingEngine engine(*m_catalog);
        ServiceRequest request;
        request.service = QStringLiteral("redis");
        request.size = QStringLiteral("large");
        request.inputs.insert(QStringLiteral("persistence"), Quantity::micros(1'000'000));
        const QString input = QStringLiteral("dataset");
        auto range = whatif::rangeToBreak(engine, request, input, {});
        QVERIFY(range.hasValue());
        auto points = whatif::sweep(engine, request, input, range->from, range->to, 9);
        QVERIFY(points.hasValue());
        const ServiceSizing& last = *points->last().sizing;
        QVERIFY(whatif::memoryDemand(last).raw() > last.resources.memoryLimit.raw());
        QCOMPARE(points->first().sizing->memoryComponent(QStringLiteral("maxmemory"))->demand,
                 last.memoryComponent(QStringLiteral("maxmemory"))->demand); // the setting stays
        for (const auto& p : points.value()) {
            ServiceRequest r = request;
            r.inputs.insert(input, p.input);
            auto full = engine.size(r);
            QVERIFY(full.hasValue());
            QCOMPARE(p.sizing->memoryComponent(QStringLiteral("maxmemory"))->need(),
                     full->value(QStringLiteral("dataset_memory"))->value);
            QCOMPARE(p.sizing->memoryComponent(QStringLiteral("fork_copy_on_write"))->need(),
                     full->value(QStringLiteral("fork_copy_demand"))->value);
        }
    }

    // Kafka's page cache need and IOPS follow what each broker writes: the produce
    // throughput times the replication factor over the brokers.
    void kafkaFollowsTheThroughput()
    {
        SizingEngine engine(*m_catalog);
        ServiceRequest request;
        request.service = QStringLiteral("kafka");
        request.size = QStringLiteral("large");
        request.replicas = 3;
        const auto sized = [&](std::int64_t bytesPerSecond, std::int64_t rf) {
            ServiceRequest r = request;
            r.inputs.insert(QStringLiteral("throughput"), Quantity::bytesPerSecond(bytesPerSecond));
            r.inputs.insert(QStringLiteral("replication_factor"), Quantity::count(rf));
            return engine.size(r).value();
        };
        const ServiceSizing low = sized(100'000'000, 3);
        const ServiceSizing high = sized(2'000'000'000, 3);
        const ServiceSizing single = sized(2'000'000'000, 1);
        QVERIFY(whatif::memoryDemand(high).raw() > whatif::memoryDemand(low).raw());
        QCOMPARE(high.memoryComponent(QStringLiteral("page_cache"))->need(),
                 high.value(QStringLiteral("page_cache_needed"))->value);
        QVERIFY(high.storage.iopsNeeded->raw() > low.storage.iopsNeeded->raw());
        QVERIFY(high.storage.iopsNeeded->raw() > single.storage.iopsNeeded->raw());
        QVERIFY(whatif::memoryDemand(high).raw() > whatif::memoryDemand(single).raw());

        // The IOPS break is against the service's own class, at the point's volume size.
        WhatIfCeilings iops;
        iops.measure = WhatIfMeasure::Iops;
        request.storageClass = QStringLiteral("standard-ssd");
        auto range = whatif::rangeToBreak(engine, request, QStringLiteral("throughput"), iops);
        QVERIFY(range.hasValue());
        auto found = whatif::findBreak(engine, request, QStringLiteral("throughput"), iops, range->from, range->to);
        QVERIFY(found.hasValue() && found.value());
        QCOMPARE(found.value()->what, WhatIfBreak::Ceiling::StorageClass);
        ServiceRequest at = request;
        at.inputs.insert(QStringLiteral("throughput"), found.value()->input);
        const ServiceSizing broken = engine.size(at).value();
        QCOMPARE(broken.storage.storageClass, QStringLiteral("standard-ssd"));
        QCOMPARE(found.value()->ceiling, broken.storage.iopsCeiling);
        QVERIFY(broken.storage.iopsNeeded->raw() > broken.storage.iopsCeiling.raw());
    }

    // A primary/replica topology: each role's sweep starts from the request PlanSizer sized
    // for that role, so the point at the current value is the plan's own sizing of the role.
    void rolesAreSweptAsThePlanSizesThem()
    {
        PlanLoader loader(*m_catalog);
        auto plan
            = loader.loadFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        const PlanSizer sizer(loader.effectiveCatalog());
        const PlanSizing sizing = sizer.size(plan.value());
        const ServicePlanSizing* db = sizing.service(QStringLiteral("app-db"));
        QVERIFY(db);
        QCOMPARE(db->roles.size(), 2);
        QList<Quantity> limits;
        for (const auto& role : db->roles) {
            auto request = whatif::roleRequest(plan.value(), sizing, QStringLiteral("app-db"), role.role);
            QVERIFY2(request.hasValue(), qPrintable(role.role));
            QCOMPARE(request->replicas, role.pods);
            auto direct = sizer.engine().size(request.value());
            QVERIFY(direct.hasValue());
            QCOMPARE(direct->resources.memoryLimit, role.sizing.resources.memoryLimit);
            QCOMPARE(direct->memory.size(), role.sizing.memory.size());
            for (int m = 0; m < direct->memory.size(); ++m)
                QCOMPARE(direct->memory[m].demand, role.sizing.memory[m].demand);

            const QString input = QStringLiteral("connections");
            auto range = whatif::defaultRange(sizer.engine(), request.value(), input);
            QVERIFY(range.hasValue());
            QCOMPARE(range->current, role.sizing.input(input)->value);
            auto points = whatif::sweep(sizer.engine(), request.value(), input, range->current, range->to, 2);
            QVERIFY(points.hasValue());
            QVERIFY(points->first().sizing);
            QCOMPARE(points->first().sizing->resources.memoryLimit, role.sizing.resources.memoryLimit);
            for (int m = 0; m < direct->memory.size(); ++m)
                QCOMPARE(points->first().sizing->memory[m].demand, role.sizing.memory[m].demand);
            limits << role.sizing.input(input)->value;
        }
        // The pooler gives the roles different max_connections: the split is not the service's.
        QVERIFY(limits.first() != limits.last());

        // A service without a topology is its own request, with the plan's default class.
        auto cache = whatif::roleRequest(plan.value(), sizing, QStringLiteral("cache"), QString());
        QVERIFY(cache.hasValue());
        QCOMPARE(cache->storageClass, plan->defaultStorageClass);
        QVERIFY(!whatif::roleRequest(plan.value(), sizing, QStringLiteral("nope"), QString()));
        QVERIFY(!whatif::roleRequest(plan.value(), sizing, QStringLiteral("app-db"), QStringLiteral("witness")));
    }
};

QTEST_GUILESS_MAIN(TestWhatIfSweep)
#include "tst_whatifsweep.moc"
