// SPDX-License-Identifier: Apache-2.0
#include "engine/whatifsweep.h"
#include "export/planexporter.h"
#include "io/planloader.h"
#include "io/planwriter.h"
#include "testutils.h"
#include "ui/clusterview.h"
#include "ui/exportsview.h"
#include "ui/findingsmodel.h"
#include "ui/mainwindow.h"
#include "ui/notesedit.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"
#include "ui/plantreemodel.h"
#include "ui/propertyeditor.h"
#include "ui/reportfont.h"
#include "ui/sizingtablemodel.h"
#include "ui/whatifview.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

using namespace headroom;

namespace {
QString example(const char* name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

constexpr auto Fail = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    // The table's row for a service (and role), in the proxy's order.
    static int rowOf(const MainWindow& w, const QString& name)
    {
        for (int r = 0; r < w.sizingProxy()->rowCount(); ++r) {
            if (w.sizingProxy()->index(r, SizingTableModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    }

    static QString cell(const MainWindow& w, int row, int column)
    {
        return w.sizingProxy()->index(row, column).data().toString();
    }

    // Types into a field as a user does: replace the text, press Return.
    static void type(QLineEdit* edit, const QString& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static void choose(QComboBox* combo, const QString& data)
    {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

    // Adds a service through the Add Service dialog's widgets.
    static void addService(MainWindow& w, const QString& kind, const QString& name, const QString& tier)
    {
        AddServiceDialog dialog(w.document()->plan(), w.document()->catalog(), &w);
        choose(dialog.kindCombo(), kind);
        QCOMPARE(dialog.nameEdit()->text(), kind); // proposed from the kind
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), name);
        choose(dialog.tierCombo(), tier);
        QVERIFY(w.addService(dialog.service()));
        QCOMPARE(w.propertyEditor()->serviceName(), name);
    }

    // The small production stack open on the What-if tab with `service` selected; null when
    // the example does not open.
    static WhatIfView* openWhatIf(MainWindow& w, const QString& service)
    {
        w.setInteractive(false);
        if (!w.openFile(example("small-production-stack.yaml")))
            return nullptr;
        w.setView(MainWindow::View::WhatIf);
        w.show();
        w.selectService(service);
        return w.whatIfView();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("headroom-tests"));
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void editThroughTheWidgetsAndUndo()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QAbstractItemModelTester t1(w.treeModel(), Fail);
        QAbstractItemModelTester t2(w.sizingModel(), Fail);
        QAbstractItemModelTester t3(w.sizingProxy(), Fail);
        QAbstractItemModelTester t4(w.findingsModel(), Fail);
        w.show();

        const QString path = example("small-production-stack.yaml");
        QVERIFY(w.openFile(path));
        const Plan original = PlanLoader(m_catalog).loadFile(path).value();
        QVERIFY(w.document()->plan() == original);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("small-production-stack.yaml[*]")));
        QVERIFY(!w.isWindowModified());

        // The tree: node pools first, then one group per kind.
        QCOMPARE(w.treeModel()->index(0, 0).data().toString(), QStringLiteral("Node pools"));
        QVERIFY(w.treeModel()->serviceIndex(QStringLiteral("cache")).isValid());

        // Change the cache's tier with the tier combo box.
        w.selectService(QStringLiteral("cache"));
        QCOMPARE(w.propertyEditor()->serviceName(), QStringLiteral("cache"));
        QComboBox* tier = w.propertyEditor()->tierCombo();
        QVERIFY(tier);
        const int large = tier->findData(QStringLiteral("large"));
        QVERIFY(large >= 0);
        QVERIFY(tier->itemText(large).contains(QStringLiteral("large:")));
        QVERIFY(!tier->itemData(large, Qt::ToolTipRole).toString().isEmpty());
        tier->setCurrentIndex(large);
        QCOMPARE(w.document()->plan().service(QStringLiteral("cache"))->request.size, QStringLiteral("large"));
        QVERIFY(w.isWindowModified());

        // Change an input by typing into its field.
        w.selectService(QStringLiteral("metrics"));
        QLineEdit* samples = w.propertyEditor()->inputEdit(QStringLiteral("samples_per_second"));
        QVERIFY(samples);
        samples->setFocus();
        samples->selectAll();
        QTest::keyClicks(samples, QStringLiteral("80k/s"));
        QTest::keyClick(samples, Qt::Key_Return);
        QCOMPARE(w.document()
                     ->plan()
                     .service(QStringLiteral("metrics"))
                     ->request.inputs.value(QStringLiteral("samples_per_second")),
                 Quantity::perSecond(80'000));

        // Text that does not parse is refused inline and changes nothing.
        const int steps = w.document()->undoStack()->count();
        samples->selectAll();
        QTest::keyClicks(samples, QStringLiteral("lots"));
        QTest::keyClick(samples, Qt::Key_Return);
        QCOMPARE(w.document()->undoStack()->count(), steps);
        QVERIFY(w.propertyEditor()->inputError(QStringLiteral("samples_per_second"))->isVisibleTo(w.propertyEditor()));
        QVERIFY(!w.propertyEditor()->inputError(QStringLiteral("samples_per_second"))->text().isEmpty());
        samples->selectAll();
        QTest::keyClicks(samples, QStringLiteral("80k/s"));
        QTest::keyClick(samples, Qt::Key_Return);
        QVERIFY(!w.propertyEditor()->inputError(QStringLiteral("samples_per_second"))->isVisibleTo(w.propertyEditor()));

        // The sizing table shows the engine's numbers for the edited plan.
        const PlanSizing expected = PlanSizer(w.document()->catalog()).size(w.document()->plan());
        for (const auto& service : expected.services) {
            for (const auto& role : service.roles) {
                const QString name = role.role.isEmpty() ? service.name : service.name + QLatin1Char('/') + role.role;
                const int row = rowOf(w, name);
                QVERIFY2(row >= 0, qPrintable(name));
                const Resources& r = role.sizing.resources;
                QCOMPARE(cell(w, row, SizingTableModel::MemoryLimit), r.memoryLimit.toString());
                QCOMPARE(cell(w, row, SizingTableModel::CpuRequest), r.cpuRequest.toString());
                QCOMPARE(cell(w, row, SizingTableModel::Volume),
                         role.sizing.storage.size ? role.sizing.storage.size->toString() : QString());
            }
        }

        // Sorting by memory limit orders by bytes, not by text.
        w.sizingTable()->sortByColumn(SizingTableModel::MemoryLimit, Qt::DescendingOrder);
        qlonglong previous = std::numeric_limits<qlonglong>::max();
        for (int r = 0; r < w.sizingProxy()->rowCount(); ++r) {
            const qlonglong bytes = w.sizingProxy()
                                        ->index(r, SizingTableModel::MemoryLimit)
                                        .data(SizingTableModel::SortRole)
                                        .toLongLong();
            QVERIFY(bytes <= previous);
            previous = bytes;
        }

        // Undo returns the plan to the file's content and the title loses its mark.
        while (w.document()->undoStack()->canUndo())
            w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == original);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.document()->plan().service(QStringLiteral("cache"))->request.size, QStringLiteral("small"));
        QCOMPARE(w.propertyEditor()->inputEdit(QStringLiteral("samples_per_second"))->text(),
                 QStringLiteral("20000/s"));
    }

    void whatIfSeriesAreTheEnginesNumbers()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("cache"));
        QVERIFY(view);
        QVERIFY(!view->points().isEmpty());

        const PlannedService* cache = w.document()->plan().service(QStringLiteral("cache"));
        ServiceRequest request = cache->request;
        if (request.storageClass.isEmpty())
            request.storageClass = w.document()->plan().defaultStorageClass;
        const QString input = view->inputCombo()->currentData().toString();
        const WhatIfRange range = view->range();
        auto points
            = whatif::sweep(w.document()->engine(), request, input, range.from, range.to, WhatIfView::pointCount);
        QVERIFY(points.hasValue());
        QCOMPARE(view->points().size(), points->size());

        // The first stacked area's upper line is what the workload needs of the first memory
        // component (Redis: the dataset with its overhead), in GiB.
        QAreaSeries* area = nullptr;
        for (QAbstractSeries* s : view->chart()->series()) {
            if ((area = qobject_cast<QAreaSeries*>(s)))
                break;
        }
        QVERIFY(area);
        QCOMPARE(view->chart()->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Memory (GiB)"));
        const QList<QPointF> upper = area->upperSeries()->points();
        QCOMPARE(upper.size(), points->size());
        for (int i = 0; i < upper.size(); ++i) {
            const double gib = double(points->at(i).sizing->memory.first().need().raw()) / (1024.0 * 1024 * 1024);
            QVERIFY(qFuzzyCompare(upper[i].y() + 1, gib + 1));
        }
        // The container limit is drawn as a line.
        bool hasLimit = false;
        for (QAbstractSeries* s : view->chart()->series())
            hasLimit = hasLimit || s->name() == QStringLiteral("Container limit");
        QVERIFY(hasLimit);

        // Moving the slider sets the input in the plan, as one undo step per drag.
        const int before = w.document()->undoStack()->count();
        view->slider()->setValue(view->slider()->maximum());
        view->slider()->setValue(view->slider()->maximum() - 1);
        QCOMPARE(w.document()->undoStack()->count(), before + 1);
        QCOMPARE(w.document()->plan().service(QStringLiteral("cache"))->request.inputs.value(input),
                 view->points().at(view->slider()->maximum() - 1).input);

        // An edit that keeps the chart's shape updates the shown series in place: the same
        // series objects, carrying the new sweep's numbers.
        const QList<QAbstractSeries*> shownBefore = view->chart()->series();
        const QChart* chartBefore = view->chart();
        const auto* cacheDef = w.document()->catalog().service(QStringLiteral("redis"));
        const InputDefinition* other = nullptr;
        // An input that scales the demand without changing which components exist.
        for (const auto& in : cacheDef->inputs)
            if (in.name != input && in.name == QLatin1String("overhead_factor"))
                other = &in;
        QVERIFY(other);
        const Quantity otherValue
            = w.document()->sizing().service(QStringLiteral("cache"))->roles.first().sizing.input(other->name)->value;
        w.document()->setInput(QStringLiteral("cache"), other->name,
                               Quantity(other->dimension, otherValue.raw() * 6 / 5));
        QCOMPARE(view->chart(), chartBefore);
        QCOMPARE(view->chart()->series(), shownBefore);
        auto* firstArea = qobject_cast<QAreaSeries*>(view->chart()->series().first());
        QVERIFY(firstArea);
        QCOMPARE(firstArea->upperSeries()->count(), int(view->points().size()));
        for (int i = 0; i < view->points().size(); ++i) {
            const double gib
                = double(view->points().at(i).sizing->memory.first().need().raw()) / (1024.0 * 1024 * 1024);
            QVERIFY(qFuzzyCompare(firstArea->upperSeries()->at(i).y() + 1, gib + 1));
        }
        // The axes follow the new numbers: every point is inside the vertical axis.
        const auto verticals = view->chart()->axes(Qt::Vertical);
        QCOMPARE(verticals.size(), 1);
        const auto* axisY = qobject_cast<QValueAxis*>(verticals.first());
        QVERIFY(axisY);
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* area = qobject_cast<QAreaSeries*>(series)) {
                for (const QPointF& p : area->upperSeries()->points())
                    QVERIFY2(p.y() <= axisY->max(), qPrintable(area->name()));
            }
        }
        QTemporaryDir dir;
        QVERIFY(view->savePng(dir.filePath(QStringLiteral("chart.png"))));

        // IOPS: the needed IOPS of each point, and one ceiling line per storage class.
        w.selectService(QStringLiteral("app-db"));
        view->setCurve(WhatIfView::Curve::Iops);
        QLineSeries* needed = nullptr;
        int ceilings = 0;
        for (QAbstractSeries* s : view->chart()->series()) {
            if (s->name() == QStringLiteral("IOPS needed"))
                needed = qobject_cast<QLineSeries*>(s);
            else if (qobject_cast<QLineSeries*>(s) && s->name().contains(QStringLiteral("ceiling")))
                ++ceilings;
        }
        QVERIFY(needed);
        QCOMPARE(ceilings, int(w.document()->catalog().storageClasses.size()));
        const bool thousands
            = view->chart()->axes(Qt::Vertical).first()->titleText().startsWith(QStringLiteral("Thousands"));
        int withIops = 0;
        for (const auto& p : view->points()) {
            if (p.sizing && p.sizing->storage.iopsNeeded) {
                QCOMPARE(needed->at(withIops).y() * (thousands ? 1000 : 1),
                         std::max(1.0, double(p.sizing->storage.iopsNeeded->raw())));
                ++withIops;
            }
        }
        QCOMPARE(needed->count(), withIops);

        // Storage: the forecast from now to the horizon against the volume.
        w.selectService(QStringLiteral("metrics"));
        view->setCurve(WhatIfView::Curve::Storage);
        const StorageForecast forecast = *w.document()->sizing().service(QStringLiteral("metrics"))->storage;
        QLineSeries* use = qobject_cast<QLineSeries*>(view->chart()->series().value(0));
        QVERIFY(use);
        QVERIFY(qFuzzyCompare(use->at(0).y(), double(forecast.now.raw()) / (1024.0 * 1024 * 1024)));
        QVERIFY(qFuzzyCompare(use->at(1).y(), double(forecast.atHorizon.raw()) / (1024.0 * 1024 * 1024)));
    }

    // Changing the storage class keeps the IOPS chart's shape, so its series are updated in
    // place; the bold solid line must move to the new class with the "(current class)" name.
    void iopsCurrentClassFollowsAnInPlaceEdit()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        view->setCurve(WhatIfView::Curve::Iops);
        const auto currentLine = [&]() -> QLineSeries* {
            QLineSeries* found = nullptr;
            for (QAbstractSeries* s : view->chart()->series()) {
                if (s->name().contains(QStringLiteral("(current class)"))) {
                    if (found)
                        return nullptr; // two current classes
                    found = qobject_cast<QLineSeries*>(s);
                }
            }
            return found;
        };
        const auto isBold = [](const QLineSeries* s) {
            return s->pen().style() == Qt::SolidLine && qFuzzyCompare(s->pen().widthF(), 2.5);
        };
        QLineSeries* before = currentLine();
        QVERIFY(before);
        QVERIFY2(before->name().startsWith(QStringLiteral("Local SSD")), qPrintable(before->name()));
        QVERIFY(isBold(before));
        const QList<QAbstractSeries*> shownBefore = view->chart()->series();

        w.document()->setStorageClass(QStringLiteral("app-db"), QStringLiteral("premium-ssd"));
        QCOMPARE(view->chart()->series(), shownBefore); // updated in place, not rebuilt
        QLineSeries* after = currentLine();
        QVERIFY(after);
        QVERIFY(after != before);
        QVERIFY2(after->name().startsWith(QStringLiteral("Network SSD (Premium)")), qPrintable(after->name()));
        QVERIFY(isBold(after));
        QCOMPARE(before->pen().style(), Qt::DashLine);
        QVERIFY(!isBold(before));
    }

    void menuIconsArriveWithTheFirstMenu()
    {
        MainWindow w(m_catalog);
        QAction* save = nullptr;
        QMenu* file = nullptr;
        for (QAction* a : w.menuBar()->actions()) {
            if (!file && a->menu())
                file = a->menu();
        }
        QVERIFY(file);
        for (QAction* a : file->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                save = a;
        QVERIFY(save);
        QVERIFY(save->icon().isNull()); // not looked up for the first frame
        emit file->aboutToShow();
        QVERIFY(!save->icon().isNull()); // the theme's, else the style's
    }

    void findingsSelectAndFix()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("case-study-before.yaml")));
        w.show();
        FindingsModel* findings = w.findingsModel();
        QVERIFY(findings->rowCount() > 0);
        int fixable = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            const PlanFinding* f = findings->findingAt(r);
            if (f->recommendation && !f->recommendation->isEmpty() && !f->service.isEmpty()) {
                fixable = r;
                break;
            }
        }
        QVERIFY(fixable >= 0);
        const PlanFinding finding = *findings->findingAt(fixable);
        w.findingsView()->setCurrentIndex(findings->index(fixable, 0));
        QCOMPARE(w.selectedService(), finding.service);
        QCOMPARE(w.propertyEditor()->serviceName(), finding.service);
        QVERIFY(w.fixButton()->isEnabled());
        const Plan before = w.document()->plan();
        QTest::mouseClick(w.fixButton(), Qt::LeftButton);
        QVERIFY(w.document()->plan() == PlanSizer::apply(before, finding));
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == before);
    }

    // The memory what-if chart of a measured service draws its measured working set, p50 to
    // max, as a band; a service without a measurement has none.
    void whatIfShowsTheMeasuredBand()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("measured-stack.yaml")));
        w.setView(MainWindow::View::WhatIf);
        w.show();
        const auto bandOf = [&](const QString& service) -> QAreaSeries* {
            w.selectService(service);
            QApplication::processEvents();
            for (QAbstractSeries* s : w.whatIfView()->chart()->series()) {
                if (s->name() == QLatin1String("Measured p50 to max"))
                    return qobject_cast<QAreaSeries*>(s);
            }
            return nullptr;
        };
        QAreaSeries* band = bandOf(QStringLiteral("cache"));
        QVERIFY(band && band->lowerSeries());
        const UsageDistribution& d = *w.document()->plan().service(QStringLiteral("cache"))->measured->memory;
        const double gib = 1024.0 * 1024 * 1024;
        for (const QPointF& p : band->upperSeries()->points())
            QVERIFY(qFuzzyCompare(p.y(), double(d.max.raw()) / gib));
        for (const QPointF& p : band->lowerSeries()->points())
            QVERIFY(qFuzzyCompare(p.y(), double(d.p50.raw()) / gib));
        QVERIFY(!bandOf(QStringLiteral("dashboards")));
    }

    // A measured plan shows measured p99/max beside the planned resources, at the window sizes
    // users have, and Apply Fix writes Headroom's proposal through the undo stack.
    void measuredBesidePlannedAndApplyFix()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("measured-stack.yaml")));
        w.show();
        const Plan& plan = w.document()->plan();
        QCOMPARE(w.sizingProxy()->headerData(SizingTableModel::MeasuredCpu, Qt::Horizontal).toString(),
                 QStringLiteral("CPU p99/max"));
        QCOMPARE(w.sizingProxy()->headerData(SizingTableModel::MeasuredMemory, Qt::Horizontal).toString(),
                 QStringLiteral("Memory p99/max"));
        for (const auto& s : plan.services) {
            const int row = rowOf(w, s.name);
            QVERIFY(row >= 0);
            const QString cpu = cell(w, row, SizingTableModel::MeasuredCpu);
            const QString memory = cell(w, row, SizingTableModel::MeasuredMemory);
            if (!s.measured) {
                QVERIFY(cpu.isEmpty() && memory.isEmpty());
                continue;
            }
            QCOMPARE(cpu,
                     QStringLiteral("%1/%2").arg(s.measured->cpu->p99.toString(), s.measured->cpu->max.toString()));
            QCOMPARE(
                memory,
                QStringLiteral("%1/%2").arg(s.measured->memory->p99.toString(), s.measured->memory->max.toString()));
        }
        for (const QSize size : { QSize(1600, 1000), QSize(1024, 700) }) {
            w.resize(size);
            QApplication::processEvents();
            QTableView* table = w.sizingTable();
            const QModelIndex index
                = w.sizingProxy()->index(rowOf(w, QStringLiteral("cache")), SizingTableModel::MeasuredMemory);
            table->scrollTo(index);
            QVERIFY(table->viewport()->rect().intersects(table->visualRect(index)));
            QVERIFY(table->columnWidth(SizingTableModel::MeasuredMemory) > 0);
        }

        FindingsModel* findings = w.findingsModel();
        int fixable = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            const PlanFinding* f = findings->findingAt(r);
            if (f->finding.code == QLatin1String("measured.memory-limit-low") && f->service == QLatin1String("cache"))
                fixable = r;
        }
        QVERIFY(fixable >= 0);
        const PlanFinding finding = *findings->findingAt(fixable);
        QVERIFY(finding.recommendation && finding.recommendation->resources);
        w.findingsView()->setCurrentIndex(findings->index(fixable, 0));
        QVERIFY(w.fixButton()->isEnabled());
        const Plan before = plan;
        QTest::mouseClick(w.fixButton(), Qt::LeftButton);
        QVERIFY(w.document()->plan() == PlanSizer::apply(before, finding));
        const int row = rowOf(w, QStringLiteral("cache"));
        QCOMPARE(cell(w, row, SizingTableModel::MemoryLimit),
                 memory_format::kubernetes(finding.recommendation->resources->memoryLimit->raw()));
        for (int r = 0; r < findings->rowCount(); ++r) {
            const PlanFinding* f = findings->findingAt(r);
            QVERIFY(!(f->service == QLatin1String("cache")
                      && f->finding.code == QLatin1String("measured.memory-limit-low")));
        }
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == before);
    }

    // Done when an SRE can build the small production stack from nothing: every value goes
    // in through the dialogs and the property editor's widgets, and the saved file is the
    // example plan.
    void buildTheSmallProductionStackFromNothing()
    {
        const Plan expected = PlanLoader(m_catalog).loadFile(example("small-production-stack.yaml")).value();
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QAbstractItemModelTester t1(w.treeModel(), Fail);
        QAbstractItemModelTester t2(w.sizingModel(), Fail);
        QAbstractItemModelTester t3(w.findingsModel(), Fail);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.document()->plan().services.isEmpty());
        QVERIFY(w.planMenu());

        // Nothing selected: the plan's settings.
        PropertyEditor* editor = w.propertyEditor();
        QVERIFY(editor->planNameEdit());
        type(editor->planNameEdit(), expected.name);
        NotesEdit* notes = editor->planNotesEdit();
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(notes, expected.notes);
        QTest::keyClick(notes, Qt::Key_Tab); // leaving the field commits it
        choose(editor->defaultClassCombo(), QStringLiteral("standard-ssd"));
        QCOMPARE(w.document()->plan().name, expected.name);

        // The node pool, through the Add Node Pool dialog.
        {
            AddNodePoolDialog dialog(w.document()->plan(), &w);
            QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("general"));
            dialog.cpuEdit()->setText(QStringLiteral("8"));
            dialog.memoryEdit()->setText(QStringLiteral("32Gi"));
            dialog.countSpin()->setValue(3);
            dialog.priceSpin()->setValue(0.384);
            QVERIFY(w.addNodePool(dialog.pool()));
        }
        QCOMPARE(editor->nodePoolName(), QStringLiteral("general"));
        // A second pool with the same name is refused by the dialog.
        QVERIFY(!nameProblem(w.document()->plan(), QStringLiteral("general"), true).isEmpty());

        addService(w, QStringLiteral("postgresql"), QStringLiteral("app-db"), QStringLiteral("medium"));
        choose(editor->storageClassCombo(), QStringLiteral("local-ssd"));
        QVERIFY(editor->storageClassCombo()->currentText().contains(QStringLiteral("IOPS")));
        type(editor->inputEdit(QStringLiteral("dataset")), QStringLiteral("40Gi"));
        type(editor->field(QStringLiteral("growth")), QStringLiteral("5Gi"));
        type(editor->field(QStringLiteral("growthEvery")), QStringLiteral("30d"));
        editor->topologyGroup()->setChecked(true);
        editor->readReplicasSpin()->setValue(1);
        type(editor->field(QStringLiteral("rps")), QStringLiteral("800/s"));
        type(editor->field(QStringLiteral("readShare")), QStringLiteral("70%"));
        type(editor->field(QStringLiteral("clients")), QStringLiteral("240"));
        editor->poolerCheck()->setChecked(true);
        QCOMPARE(w.document()->plan().service(QStringLiteral("app-db"))->topology,
                 expected.service(QStringLiteral("app-db"))->topology);

        addService(w, QStringLiteral("redis"), QStringLiteral("cache"), QStringLiteral("small"));
        addService(w, QStringLiteral("prometheus"), QStringLiteral("metrics"), QStringLiteral("medium"));
        choose(editor->storageClassCombo(), QStringLiteral("premium-ssd"));
        type(editor->inputEdit(QStringLiteral("samples_per_second")), QStringLiteral("20k/s"));
        addService(w, QStringLiteral("loki"), QStringLiteral("logs"), QStringLiteral("small"));
        choose(editor->storageClassCombo(), QStringLiteral("premium-ssd"));
        type(editor->inputEdit(QStringLiteral("log_rate")), QStringLiteral("1MB/s"));
        addService(w, QStringLiteral("grafana"), QStringLiteral("dashboards"), QStringLiteral("small"));
        addService(w, QStringLiteral("keycloak"), QStringLiteral("sso"), QStringLiteral("small"));
        editor->replicasSpin()->setValue(2);

        // A removed service comes back with undo.
        addService(w, QStringLiteral("redis"), QStringLiteral("scratch"), QStringLiteral("small"));
        QVERIFY(w.planTree()->currentIndex().isValid());
        w.removeSelected();
        QVERIFY(!w.document()->plan().service(QStringLiteral("scratch")));
        QVERIFY(w.document()->undoStack()->undoText().contains(QStringLiteral("scratch")));
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan().service(QStringLiteral("scratch")));
        w.document()->undoStack()->undo(); // the Add
        QVERIFY(!w.document()->plan().service(QStringLiteral("scratch")));

        QVERIFY2(w.document()->plan() == expected, PlanWriter::toYaml(w.document()->plan()).constData());
        QCOMPARE(w.sizingModel()->rowCount(), 7); // app-db as primary and replica
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.yaml"));
        QVERIFY(!w.document()->saveAs(path));
        QVERIFY(!w.isWindowModified());
        auto reread = PlanLoader(m_catalog).loadFile(path);
        QVERIFY2(reread.hasValue(), qPrintable(testutils::errorText(reread)));
        QVERIFY(reread.value() == expected);

        // Reopened, it is the same plan.
        MainWindow again(m_catalog);
        again.setInteractive(false);
        QVERIFY(again.openFile(path));
        QVERIFY(again.document()->plan() == expected);
    }

    void nodePoolEditsAreUndoable()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        w.selectNodePool(QStringLiteral("general"));
        PropertyEditor* editor = w.propertyEditor();
        QVERIFY(editor->poolCountSpin());
        editor->poolAutoscaleCheck()->setChecked(true);
        editor->poolMaxSpin()->setValue(6);
        const NodePool& pool = w.document()->plan().nodePools.first();
        QCOMPARE(pool.maxCount, std::optional<int>(6));
        QVERIFY(pool.minCount.has_value());
        QCOMPARE(pool.count, 0);
        type(editor->field(QStringLiteral("memory")), QStringLiteral("64Gi"));
        QCOMPARE(w.document()->plan().nodePools.first().memory, Quantity::bytes(64LL << 30));
        type(editor->field(QStringLiteral("memory")), QStringLiteral("lots"));
        QCOMPARE(w.document()->plan().nodePools.first().memory, Quantity::bytes(64LL << 30));
        while (w.document()->undoStack()->canUndo())
            w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == PlanLoader(m_catalog).loadFile(example("small-production-stack.yaml")).value());
    }

    void whatIfFollowsTheRoleAndExportsCharts()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        QVERIFY(view->roleCombo()->isVisibleTo(view));
        for (const QString& role : { QStringLiteral("primary"), QStringLiteral("replica") }) {
            view->setRole(role);
            QCOMPARE(view->role(), role);
            const RoleSizing* planned = nullptr;
            for (const auto& r : w.document()->sizing().service(QStringLiteral("app-db"))->roles) {
                if (r.role == role)
                    planned = &r;
            }
            QVERIFY(planned);
            // The curve is the sweep of the role's own request, around the role's own value.
            auto request
                = whatif::roleRequest(w.document()->plan(), w.document()->sizing(), QStringLiteral("app-db"), role);
            QVERIFY(request.hasValue());
            const QString input = QStringLiteral("connections");
            const WhatIfRange range = view->range();
            QCOMPARE(range.current, planned->sizing.input(input)->value);
            auto points = whatif::sweep(w.document()->engine(), request.value(), input, range.from, range.to,
                                        WhatIfView::pointCount);
            QVERIFY(points.hasValue());
            QCOMPARE(view->points().size(), points->size());
            for (int i = 0; i < points->size(); ++i) {
                QCOMPARE(view->points().at(i).input, points->at(i).input);
                QVERIFY(view->points().at(i).sizing && points->at(i).sizing);
                QCOMPARE(view->points().at(i).sizing->memory.last().demand, points->at(i).sizing->memory.last().demand);
                QCOMPARE(view->points().at(i).sizing->resources.memoryLimit, planned->sizing.resources.memoryLimit);
            }
        }
        // The slider sets the replica's max_connections, not the service's input.
        const Quantity end = view->points().last().input;
        view->slider()->setValue(view->slider()->maximum());
        const PlannedService* db = w.document()->plan().service(QStringLiteral("app-db"));
        QCOMPARE(db->topology->replica.maxConnections, std::optional<Quantity>(end));
        QVERIFY(!db->request.inputs.contains(QStringLiteral("connections")));

        QTemporaryDir dir;
        for (const auto curve : { WhatIfView::Curve::Memory, WhatIfView::Curve::Iops, WhatIfView::Curve::Storage }) {
            view->setCurve(curve);
            const QString base = dir.filePath(QStringLiteral("chart%1").arg(int(curve)));
            QVERIFY(view->savePng(base + QStringLiteral(".png")));
            QVERIFY(view->saveSvg(base + QStringLiteral(".svg")));
            QImage png(base + QStringLiteral(".png"));
            QVERIFY(!png.isNull());
            QFile svg(base + QStringLiteral(".svg"));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray text = svg.readAll();
            QVERIFY(text.startsWith("<?xml"));
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.contains("</svg>"));
            QVERIFY(!view->title().isEmpty());
            QVERIFY(text.contains(view->title().left(10).toUtf8()));
        }
    }

    void failedOpenKeepsTheWindow()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        const Plan plan = w.document()->plan();
        QVERIFY(!w.openFile(QStringLiteral("/nonexistent/plan.yaml")));
        QVERIFY(w.document()->plan() == plan);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("small-production-stack.yaml")));
    }

    void clusterAndExportsFollowThePlan()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        w.setView(MainWindow::View::Cluster);
        const PlanSizing& sizing = w.document()->sizing();
        QTreeWidget* nodes = w.clusterView()->nodes();
        QCOMPARE(nodes->topLevelItemCount(), int(w.document()->plan().nodePools.size()));
        QCOMPARE(nodes->topLevelItem(0)->childCount(), int(sizing.fit.nodes.size()));
        w.setView(MainWindow::View::Exports);

        auto expected = PlanExporter::files(w.document()->plan(), sizing, w.document()->catalog(), [] {
            PlanExportOptions o;
            o.headroomVersion = QStringLiteral(HEADROOM_VERSION);
            o.profile = QString::fromLatin1(kDefaultPostgresProfile); // the tab starts from the plan's
            return o;
        }());
        QVERIFY(expected.hasValue());
        const QList<ExportFile>& files = w.exportsView()->files();
        QCOMPARE(files.size(), expected->size());
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(files[i].fileName, expected->at(i).fileName);
            QCOMPARE(files[i].content, expected->at(i).content);
        }
        QTemporaryDir dir;
        const QString report = w.exportsView()->writeTo(dir.path());
        QVERIFY2(QFile::exists(dir.filePath(files.first().fileName)), qPrintable(report));

        // Unticking a service drops its files.
        QAbstractItemModel* services = w.exportsView()->serviceList()->model();
        QVERIFY(services->setData(services->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        for (const auto& f : w.exportsView()->files())
            QVERIFY(f.service != services->index(0, 0).data().toString());
    }

    // headroom paints its window before the built-in catalog has been read (app/main.cpp):
    // that first frame is an empty frame, and once the catalog arrives the window is the one
    // made with it, ready for a plan.
    void windowMadeBeforeItsCatalog()
    {
        MainWindow w { Catalog() };
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.treeModel()->rowCount(), 0);
        QVERIFY(!w.propertyEditor()->planNameEdit());

        w.setCatalog(m_catalog);
        QCOMPARE(w.document()->catalog().services.size(), m_catalog.services.size());
        QVERIFY(w.document()->undoStack()->isClean());
        QVERIFY(!w.document()->isModified());
        MainWindow made(m_catalog);
        QCOMPARE(w.treeModel()->rowCount(), made.treeModel()->rowCount());
        QVERIFY(w.propertyEditor()->planNameEdit());
        QCOMPARE(w.propertyEditor()->planNameEdit()->text(), made.propertyEditor()->planNameEdit()->text());
        QCOMPARE(w.propertyEditor()->defaultClassCombo()->count(), made.propertyEditor()->defaultClassCombo()->count());

        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        QCOMPARE(w.sizingModel()->rowCount(),
                 made.openFile(example("small-production-stack.yaml")) ? made.sizingModel()->rowCount() : -1);
        QVERIFY(w.propertyEditor()->tierCombo());
        // The details pane takes its fixed font with its first text.
        QVERIFY(!w.detailsView()->toPlainText().isEmpty());
        QCOMPARE(w.detailsView()->font(), reportFont());
    }

    // Hidden tabs are not refreshed on an edit; showing the tab brings them up to date. The
    // views are found as children, not through the accessors (which refresh on their own).
    void hiddenTabsCatchUpWhenShown()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        w.setView(MainWindow::View::Cluster);
        w.setView(MainWindow::View::Exports);
        w.setView(MainWindow::View::Sizing);
        auto* cluster = w.findChild<ClusterView*>();
        auto* exports = w.findChild<ExportsView*>();
        QVERIFY(cluster && exports);
        const auto texts = [](const QTreeWidget* tree) {
            QStringList all;
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
                for (int c = 0; c < (*it)->columnCount(); ++c)
                    all << (*it)->text(c);
            }
            return all;
        };
        const QStringList nodesBefore = texts(cluster->nodes());
        const QList<ExportFile> filesBefore = exports->files();

        // A bigger tier for the database: other requests on the nodes, other settings exported.
        const QString tier = w.document()->plan().service(QStringLiteral("app-db"))->request.size;
        QVERIFY(tier != QLatin1String("xlarge"));
        w.document()->setTier(QStringLiteral("app-db"), QStringLiteral("xlarge"));
        QCOMPARE(texts(cluster->nodes()), nodesBefore); // hidden: not refreshed yet

        w.setView(MainWindow::View::Cluster);
        ClusterView fresh(w.document());
        fresh.refresh();
        QCOMPARE(texts(cluster->nodes()), texts(fresh.nodes()));
        QVERIFY(texts(cluster->nodes()) != nodesBefore);

        w.setView(MainWindow::View::Exports);
        ExportsView freshExports(w.document());
        freshExports.refresh();
        QCOMPARE(exports->files().size(), freshExports.files().size());
        bool changed = false;
        for (int i = 0; i < exports->files().size(); ++i) {
            QCOMPARE(exports->files()[i].content, freshExports.files()[i].content);
            changed = changed || exports->files()[i].content != filesBefore.value(i).content;
        }
        QVERIFY(changed);
    }

    // An edit refreshes only the rows it touches (and those whose findings the cluster fit
    // moved); the table then holds what a table filled from scratch would, and so does the
    // tree.
    void editedViewsEqualRebuiltViews()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(example("small-production-stack.yaml")));
        PlanDocument* doc = w.document();
        const auto sameAsRebuilt = [&] {
            SizingTableModel rebuilt;
            rebuilt.setRows(SizingTableModel::rowsFor(doc->plan(), doc->sizing()));
            QCOMPARE(w.sizingModel()->rowCount(), rebuilt.rowCount());
            for (int r = 0; r < rebuilt.rowCount(); ++r) {
                for (int c = 0; c < SizingTableModel::ColumnCount; ++c) {
                    for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::BackgroundRole) })
                        QCOMPARE(w.sizingModel()->index(r, c).data(role), rebuilt.index(r, c).data(role));
                }
            }
            PlanTreeModel tree;
            tree.setPlan(doc->plan(), doc->catalog());
            for (const auto& s : doc->plan().services) {
                for (int c = 0; c < PlanTreeModel::ColumnCount; ++c) {
                    const QModelIndex shown = w.treeModel()->serviceIndex(s.name).siblingAtColumn(c);
                    QCOMPARE(shown.data(), tree.serviceIndex(s.name).siblingAtColumn(c).data());
                    QCOMPARE(shown.data(Qt::ToolTipRole),
                             tree.serviceIndex(s.name).siblingAtColumn(c).data(Qt::ToolTipRole));
                }
            }
        };
        doc->setTier(QStringLiteral("app-db"), QStringLiteral("xlarge"));
        sameAsRebuilt();
        doc->setReplicas(QStringLiteral("sso"), 3);
        sameAsRebuilt();
        // Too big for any node: the cache's pod is unplaced, an error finding of its own.
        PlannedService cache = *doc->plan().service(QStringLiteral("cache"));
        cache.request.memoryLimit = Quantity::gibibytes(64);
        doc->editService(cache.name, cache, QStringLiteral("cache"));
        QVERIFY(!doc->sizing().fit.unplaced.isEmpty());
        sameAsRebuilt();
        // One node left: pods of services nobody edited no longer fit.
        NodePool pool = doc->plan().nodePools.first();
        pool.count = 1;
        doc->setNodePool(pool.name, pool);
        sameAsRebuilt();
        while (doc->undoStack()->canUndo()) {
            doc->undoStack()->undo();
            sameAsRebuilt();
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
