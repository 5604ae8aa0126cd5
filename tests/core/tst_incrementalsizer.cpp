// SPDX-License-Identifier: Apache-2.0
#include "engine/incrementalsizer.h"
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "report/planreport.h"
#include "report/servicereport.h"
#include "testutils.h"

#include <QtTest>

#include <functional>

using namespace headroom;

namespace {

// Everything a sizing holds that a reader sees: the reports, every role's explanation,
// every finding with its recommendation and the whole cluster placement.
QString describe(const Plan& plan, const PlanSizing& sizing)
{
    QString text
        = plan_report::toJson(plan, sizing) + plan_report::toText(plan, sizing) + plan_report::findingsText(sizing);
    QTextStream out(&text);
    out << sizing.planName << '\n';
    for (const auto& s : sizing.services) {
        out << s.name << ' ' << s.kind << ' ' << s.error << ' ' << s.pooling.size() << '\n';
        for (const auto& r : s.roles)
            out << r.role << ' ' << r.pods << ' ' << r.loadShare.value_or(-1) << '\n'
                << service_report::toText(r.sizing);
    }
    for (const auto& f : sizing.findings) {
        out << f.service << '/' << f.role << ' ' << f.finding.code << ' ' << int(f.finding.severity) << ' '
            << f.finding.message << ' ' << f.finding.fix << ' '
            << (f.recommendation ? f.recommendation->summary : QStringLiteral("-")) << '\n';
    }
    for (const auto& p : sizing.fit.placed)
        out << p.name << '@' << p.nodePool << ':' << p.node << ' ' << int(p.qos) << '\n';
    for (const auto& u : sizing.fit.unplaced)
        out << u.name << " unplaced: " << u.reason << '\n';
    for (const auto& n : sizing.fit.nodes)
        out << n.nodePool << ':' << n.node << ' ' << n.pods << ' ' << n.podNames.join(u',') << '\n';
    for (const auto& p : sizing.fit.pools)
        out << p.nodePool << ' ' << p.nodesNeeded << ' ' << p.nodesAvailable << ' ' << p.monthlyCost.value_or(-1)
            << '\n';
    out << sizing.fit.monthlyCost.value_or(-1) << '\n';
    out.flush();
    return text;
}

PlannedService* firstOf(Plan& plan, const std::function<bool(const PlannedService&)>& wanted)
{
    for (auto& s : plan.services) {
        if (wanted(s))
            return &s;
    }
    return nullptr;
}

// An edit as the property editor, the tree or the undo commands make it: it changes `plan`
// and returns the one service it edited, or nothing for an edit of the whole plan, or
// false when the plan has nothing it applies to.
using Edit = std::function<std::optional<std::optional<QString>>(Plan&)>;

std::optional<std::optional<QString>> serviceEdit(Plan& plan, const std::function<bool(const PlannedService&)>& which,
                                                  const std::function<void(PlannedService&)>& change)
{
    PlannedService* s = firstOf(plan, which);
    if (!s)
        return std::nullopt;
    change(*s);
    return std::optional<QString>(s->name);
}

std::optional<std::optional<QString>> planEdit(const std::function<bool(Plan&)>& change, Plan& plan)
{
    if (!change(plan))
        return std::nullopt;
    return std::optional<QString>();
}

bool any(const PlannedService&)
{
    return true;
}

bool postgresWithoutTopology(const PlannedService& s)
{
    return s.request.service == QLatin1String("postgresql") && !s.topology;
}

bool withTopology(const PlannedService& s)
{
    return bool(s.topology);
}

QList<std::pair<QString, Edit>> edits()
{
    using namespace std::placeholders;
    QList<std::pair<QString, Edit>> list;
    const auto service = [&](const char* name, std::function<bool(const PlannedService&)> which,
                             std::function<void(PlannedService&)> change) {
        list.append({ QString::fromLatin1(name), [=](Plan& p) { return serviceEdit(p, which, change); } });
    };
    const auto whole = [&](const char* name, std::function<bool(Plan&)> change) {
        list.append({ QString::fromLatin1(name), [=](Plan& p) { return planEdit(change, p); } });
    };
    service(
        "input", [](const PlannedService& s) { return !s.request.inputs.isEmpty(); },
        [](PlannedService& s) {
            const auto first = s.request.inputs.begin();
            first.value() = Quantity(first->dimension(), first->raw() * 3);
        });
    service(
        "input removed", [](const PlannedService& s) { return !s.request.inputs.isEmpty(); },
        [](PlannedService& s) { s.request.inputs.erase(s.request.inputs.begin()); });
    service("tier", any, [](PlannedService& s) { s.request.size = QStringLiteral("large"); });
    service("memory limit beyond every node", any,
            [](PlannedService& s) { s.request.memoryLimit = Quantity::gibibytes(4096); });
    service(
        "replicas", [](const PlannedService& s) { return !s.topology; },
        [](PlannedService& s) { s.request.replicas += 2; });
    service("storage class", any, [](PlannedService& s) { s.request.storageClass = QStringLiteral("standard-hdd"); });
    service("volume", any, [](PlannedService& s) { s.volumeSize = Quantity::gibibytes(900); });
    service("service qos", any, [](PlannedService& s) { s.request.qos = QosMode::Burstable; });
    service("topology added", postgresWithoutTopology, [](PlannedService& s) {
        PostgresTopology t;
        t.readReplicas = 2;
        s.topology = t;
    });
    service("topology replicas", withTopology, [](PlannedService& s) { s.topology->readReplicas += 1; });
    service("topology pooler", withTopology,
            [](PlannedService& s) { s.topology->pooler.enabled = !s.topology->pooler.enabled; });
    service("topology primary", withTopology,
            [](PlannedService& s) { s.topology->primary.resources.memoryLimit = Quantity::gibibytes(3); });
    service("topology removed", withTopology, [](PlannedService& s) { s.topology.reset(); });
    service("pinned to a pool", any, [](PlannedService& s) { s.nodePool = QStringLiteral("no-such-pool"); });
    service(
        "measurement removed", [](const PlannedService& s) { return bool(s.measured); },
        [](PlannedService& s) { s.measured.reset(); });
    whole("service removed", [](Plan& p) {
        if (p.services.size() < 2)
            return false;
        p.services.removeAt(1);
        return true;
    });
    whole("service added", [](Plan& p) {
        PlannedService added = p.services.first();
        added.name = QStringLiteral("added-copy");
        p.services.insert(1, added);
        return true;
    });
    whole("services moved", [](Plan& p) {
        p.services.move(p.services.size() - 1, 0);
        return true;
    });
    whole("pool shrunk", [](Plan& p) {
        if (p.nodePools.isEmpty())
            return false;
        p.nodePools.first().count = 1;
        p.nodePools.first().minCount.reset();
        p.nodePools.first().maxCount.reset();
        return true;
    });
    whole("pools removed", [](Plan& p) {
        const bool had = !p.nodePools.isEmpty();
        p.nodePools.clear();
        return had;
    });
    whole("pool added", [](Plan& p) {
        NodePool pool;
        pool.name = QStringLiteral("extra");
        pool.cpu = Quantity::millicores(4000);
        pool.memory = Quantity::gibibytes(16);
        pool.count = 2;
        p.nodePools.prepend(pool);
        return true;
    });
    whole("plan qos", [](Plan& p) {
        p.qos = QosMode::Guaranteed;
        return true;
    });
    whole("plan storage class", [](Plan& p) {
        p.defaultStorageClass = QStringLiteral("premium-ssd");
        return true;
    });
    whole("horizon", [](Plan& p) {
        p.horizon = Quantity::milliseconds(p.horizon.raw() * 3);
        return true;
    });
    whole("name and notes", [](Plan& p) {
        p.name = QStringLiteral("renamed");
        p.notes = QStringLiteral("other notes");
        return true;
    });
    return list;
}

const QStringList kExamples { QStringLiteral("case-study-before"), QStringLiteral("case-study-after"),
                              QStringLiteral("data-stack"), QStringLiteral("measured-stack"),
                              QStringLiteral("small-production-stack") };

} // namespace

class TestIncrementalSizer : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Plan load(const QString& example)
    {
        auto plan = PlanLoader(m_catalog).loadFile(QStringLiteral(":/examples/%1.yaml").arg(example));
        if (!plan)
            qFatal("%s", qPrintable(plan.error().toString()));
        return plan.value();
    }

private slots:
    void initTestCase()
    {
        auto catalog = testutils::builtInCatalog();
        QVERIFY2(catalog, qPrintable(testutils::errorText(catalog)));
        m_catalog = catalog.value();
    }

    void editEqualsFullResize_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<int>("edit");
        const auto all = edits();
        for (const auto& example : kExamples) {
            for (int i = 0; i < all.size(); ++i)
                QTest::addRow("%s, %s", qPrintable(example), qPrintable(all[i].first)) << example << i;
        }
    }

    // Every kind of edit, from a freshly sized plan: the edit named (where it is one
    // service's), the edit found by comparing, and the undo back, each equal to a full size.
    void editEqualsFullResize()
    {
        QFETCH(QString, example);
        QFETCH(int, edit);
        const Plan before = load(example);
        Plan after = before;
        const auto edited = edits().at(edit).second(after);
        if (!edited)
            QSKIP("the plan has nothing this edit applies to");
        const PlanSizer sizer(m_catalog);
        const QString expected = describe(after, sizer.size(after));

        IncrementalSizer incremental(sizer);
        incremental.size(before);
        QCOMPARE(describe(after, incremental.update(after)), expected);
        QCOMPARE(describe(before, incremental.update(before)), describe(before, sizer.size(before)));
        if (edited->has_value()) {
            QCOMPARE(describe(after, incremental.update(after, **edited)), expected);
            QVERIFY(!incremental.allChanged());
            QVERIFY(incremental.changedServices().contains(**edited));
            QCOMPARE(describe(before, incremental.update(before, **edited)), describe(before, sizer.size(before)));
        }
    }

    // Edits one after another on the same sizer, as a session of editing does.
    void editsInSequence_data()
    {
        QTest::addColumn<QString>("example");
        for (const auto& example : kExamples)
            QTest::addRow("%s", qPrintable(example)) << example;
    }

    void editsInSequence()
    {
        QFETCH(QString, example);
        Plan plan = load(example);
        const PlanSizer sizer(m_catalog);
        IncrementalSizer incremental(sizer);
        incremental.size(plan);
        for (const auto& [name, edit] : edits()) {
            const auto edited = edit(plan);
            if (!edited)
                continue;
            const PlanSizing& sizing
                = edited->has_value() ? incremental.update(plan, **edited) : incremental.update(plan);
            QVERIFY2(describe(plan, sizing) == describe(plan, sizer.size(plan)), qPrintable(name));
        }
    }

    // A smaller pool leaves pods unplaced: their services' findings change though none of
    // them was edited, so they are reported as changed.
    void refitReportsOtherServices()
    {
        Plan plan = load(QStringLiteral("small-production-stack"));
        const PlanSizer sizer(m_catalog);
        IncrementalSizer incremental(sizer);
        incremental.size(plan);
        plan.nodePools.first().count = 1;
        incremental.update(plan);
        QVERIFY(!incremental.sizing().fit.unplaced.isEmpty());
        for (const auto& u : incremental.sizing().fit.unplaced)
            QVERIFY(incremental.changedServices().contains(u.service));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalSizer)
#include "tst_incrementalsizer.moc"
