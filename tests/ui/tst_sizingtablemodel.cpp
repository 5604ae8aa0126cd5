// SPDX-License-Identifier: Apache-2.0
#include "engine/clusterfit.h"
#include "engine/sizingengine.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "ui/findingsmodel.h"
#include "ui/mainwindow.h"
#include "ui/sizingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace headroom;

class TestSizingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheEnginesNumbers()
    {
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        auto plan = PlanLoader(catalog.value()).loadSample();
        QVERIFY(plan.hasValue());
        SizingEngine engine(catalog.value());

        SizingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SizingTableModel::Row> rows;
        for (const auto& s : plan->services) {
            auto sizing = engine.size(s.request);
            QVERIFY(sizing.hasValue());
            rows << SizingTableModel::Row { s, QString(), s.request.replicas, sizing.value(), {}, {} };
        }
        // A service the engine refuses still gets a row that says so.
        PlannedService broken;
        broken.name = QStringLiteral("broken");
        broken.request.service = QStringLiteral("postgresql");
        broken.request.size = QStringLiteral("small");
        broken.request.inputs.insert(QStringLiteral("connections"), Quantity::count(0));
        auto refused = engine.size(broken.request);
        QVERIFY(!refused.hasValue());
        rows << SizingTableModel::Row { broken, QString(), 1, std::nullopt, refused.error().toString(), {} };
        model.setRows(rows);

        QCOMPARE(model.rowCount(), int(plan->services.size()) + 1);
        QCOMPARE(model.columnCount(), int(SizingTableModel::ColumnCount));
        for (int r = 0; r < int(plan->services.size()); ++r) {
            const auto& sizing = *rows.at(r).sizing;
            QCOMPARE(model.index(r, SizingTableModel::Name).data().toString(), plan->services.at(r).name);
            QCOMPARE(model.index(r, SizingTableModel::MemoryLimit).data().toString(),
                     sizing.resources.memoryLimit.toString());
            QCOMPARE(model.index(r, SizingTableModel::CpuRequest).data().toString(),
                     sizing.resources.cpuRequest.toString());
            QCOMPARE(model.index(r, SizingTableModel::Volume).data().toString(),
                     sizing.storage.size ? sizing.storage.size->toString() : QString());
            // Sorting reads base units, not text.
            QCOMPARE(model.index(r, SizingTableModel::MemoryLimit).data(SizingTableModel::SortRole).toLongLong(),
                     qlonglong(sizing.resources.memoryLimit.raw()));
            QCOMPARE(model.index(r, SizingTableModel::Name).data(SizingTableModel::ServiceNameRole).toString(),
                     plan->services.at(r).name);
            PodRequest pod;
            pod.cpuRequest = sizing.resources.cpuRequest;
            pod.cpuLimit = sizing.resources.cpuLimit;
            pod.memoryRequest = sizing.resources.memoryRequest;
            pod.memoryLimit = sizing.resources.memoryLimit;
            QCOMPARE(model.index(r, SizingTableModel::Qos).data().toString(), qosClassName(ClusterFit::qosOf(pod)));
        }
        const int last = model.rowCount() - 1;
        // A row the engine refused is tinted like an error.
        QVERIFY(model.index(last, SizingTableModel::Name).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.worstSeverity(last), std::optional<Severity>(Severity::Error));

        // Setting the same services again updates in place (no reset).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(last, SizingTableModel::Findings).data().toString(), QStringLiteral("cannot size"));
        QVERIFY(model.index(last, SizingTableModel::Findings)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("connections")));
        QCOMPARE(model.headerData(SizingTableModel::MemoryLimit, Qt::Horizontal).toString(),
                 QStringLiteral("Memory limit"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsAgreeWithTheFindingsPanel_data()
    {
        QTest::addColumn<QString>("example");
        for (const char* name :
             { "case-study-before.yaml", "case-study-after.yaml", "data-stack.yaml", "small-production-stack.yaml" })
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    // A row's Findings column, colour and tooltip say what the findings panel lists for its
    // service and role (a role's own findings and those of the whole service).
    void rowsAgreeWithTheFindingsPanel()
    {
        QFETCH(QString, example);
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        MainWindow w(catalog.value());
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + example));
        const SizingTableModel* table = w.sizingModel();
        const FindingsModel* panel = w.findingsModel();
        QVERIFY(table->rowCount() > 0);
        for (int r = 0; r < table->rowCount(); ++r) {
            const SizingTableModel::Row* row = table->rowAt(r);
            QStringList listed;
            std::optional<Severity> worst;
            for (int p = 0; p < panel->rowCount(); ++p) {
                const PlanFinding* f = panel->findingAt(p);
                if (f->service != row->service.name || (!f->role.isEmpty() && f->role != row->role))
                    continue;
                listed << f->finding.message;
                worst = worst ? std::max(*worst, f->finding.severity) : f->finding.severity;
            }
            const QString name = table->index(r, SizingTableModel::Name).data().toString();
            if (row->error.isEmpty()) {
                const QString expected = listed.isEmpty()
                    ? QStringLiteral("none")
                    : SizingTableModel::tr("%n finding(s)", nullptr, int(listed.size()));
                QCOMPARE(table->index(r, SizingTableModel::Findings).data().toString() + u' ' + name,
                         expected + u' ' + name);
                QCOMPARE(table->worstSeverity(r), worst);
                const QString tip = table->index(r, SizingTableModel::Findings).data(Qt::ToolTipRole).toString();
                for (const QString& message : std::as_const(listed))
                    QVERIFY2(tip.contains(message), qPrintable(name + QStringLiteral(": ") + message));
            }
            // The tint follows the worst listed finding.
            QCOMPARE(table->index(r, SizingTableModel::Name).data(Qt::BackgroundRole).isValid(),
                     worst.has_value() && *worst != Severity::Info);
        }
    }
};

QTEST_MAIN(TestSizingTableModel)
#include "tst_sizingtablemodel.moc"
