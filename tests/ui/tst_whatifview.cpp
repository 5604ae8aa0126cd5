// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/whatifview.h"
#include "ui/zoomablechartview.h"

#include <QAreaSeries>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QScatterSeries>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>

using namespace headroom;

class TestWhatIfView : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    // The example open on the What-if tab with `service` selected, the window active so that
    // key clicks reach the view's widgets.
    static WhatIfView* openWhatIf(MainWindow& w, const QString& service)
    {
        if (!testutils::openActive(w, QStringLiteral("small-production-stack.yaml")))
            return nullptr;
        w.resize(1600, 1000);
        w.setView(MainWindow::View::WhatIf);
        w.selectService(service);
        QCoreApplication::processEvents();
        return w.whatIfView();
    }

    static void chooseByKeys(QComboBox* combo, const QVariant& data)
    {
        combo->setFocus();
        const int target = combo->findData(data);
        QVERIFY2(target >= 0, qPrintable(data.toString()));
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
    }

    static QAbstractSeries* seriesNamed(const WhatIfView* view, const QString& prefix)
    {
        for (QAbstractSeries* s : view->chart()->series()) {
            if (s->name().startsWith(prefix))
                return s;
        }
        return nullptr;
    }

    // The colour a series shows in the legend.
    static QColor legendColor(const QAbstractSeries* s)
    {
        if (const auto* area = qobject_cast<const QAreaSeries*>(s))
            return area->color();
        if (const auto* xy = qobject_cast<const QXYSeries*>(s))
            return xy->color();
        return {};
    }

    // The labels an axis shows under its ticks, as its label format prints them.
    static QStringList tickLabels(const QValueAxis* axis)
    {
        QStringList labels;
        const int ticks = axis->tickCount();
        for (int i = 0; i < ticks; ++i) {
            const double value = axis->min() + (axis->max() - axis->min()) * i / std::max(1, ticks - 1);
            labels << QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
        }
        return labels;
    }

    // An axis whose labels repeat a number, with its labels; empty when every axis reads well.
    static QString repeatedTickLabels(const WhatIfView* view)
    {
        for (QAbstractAxis* axis : view->chart()->axes()) {
            const auto* value = qobject_cast<QValueAxis*>(axis);
            if (!value)
                continue;
            const QStringList labels = tickLabels(value);
            QStringList distinct = labels;
            distinct.removeDuplicates();
            if (distinct.size() != labels.size())
                return axis->titleText() + QStringLiteral(": ") + labels.join(QStringLiteral(", "));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    // A name typed without an extension gets the format's; the chart is written there.
    void chartExportAddsTheExtension()
    {
        QCOMPARE(WhatIfView::withImageSuffix(QStringLiteral("/tmp/chart"), QStringLiteral("png")),
                 QStringLiteral("/tmp/chart.png"));
        QCOMPARE(WhatIfView::withImageSuffix(QStringLiteral("/tmp/chart.v2"), QStringLiteral("svg")),
                 QStringLiteral("/tmp/chart.v2.svg"));
        QCOMPARE(WhatIfView::withImageSuffix(QStringLiteral("/tmp/chart.PNG"), QStringLiteral("png")),
                 QStringLiteral("/tmp/chart.PNG"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        w.setView(MainWindow::View::WhatIf);
        w.selectService(QStringLiteral("app-db"));
        const QString png = WhatIfView::withImageSuffix(dir.filePath(QStringLiteral("chart")), QStringLiteral("png"));
        QVERIFY(w.whatIfView()->savePng(png));
        QCOMPARE(QImageReader(png).format(), QByteArray("png"));
    }

    // The wheel and a dragged rectangle zoom, the arrow keys pan, a double click shows the
    // whole chart again; Ctrl+C copies the chart and its legend as an image.
    void zoomPanResetAndCopy()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.resize(1600, 1000);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.setView(MainWindow::View::WhatIf);
        w.selectService(QStringLiteral("app-db"));
        WhatIfView* view = w.whatIfView();
        ZoomableChartView* chartView = view->chartView();
        QCoreApplication::processEvents();
        const auto xRange = [&] {
            const auto axes = view->chart()->axes(Qt::Horizontal);
            auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
            return axis ? QPointF(axis->min(), axis->max()) : QPointF();
        };
        const QPointF whole = xRange();
        QVERIFY(whole.y() > whole.x());

        const QPoint centre = chartView->mapFromScene(view->chart()->plotArea().center());
        QWheelEvent wheel(centre, chartView->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chartView->viewport(), &wheel);
        const QPointF zoomed = xRange();
        QVERIFY2(zoomed.y() - zoomed.x() < (whole.y() - whole.x()) * 0.9, "the wheel zooms in");

        chartView->setFocus();
        QTest::keyClick(chartView, Qt::Key_Right);
        const QPointF panned = xRange();
        QVERIFY(panned.x() > zoomed.x());
        QVERIFY(qFuzzyCompare(panned.y() - panned.x(), zoomed.y() - zoomed.x()));

        QTest::mouseDClick(chartView->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(xRange(), whole);

        // A dragged rectangle zooms to it.
        const QRectF area = view->chart()->plotArea();
        const QPoint from = chartView->mapFromScene(area.topLeft() + QPointF(area.width() * 0.25, 5));
        const QPoint to = chartView->mapFromScene(area.topLeft() + QPointF(area.width() * 0.5, area.height() - 5));
        QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, chartView->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(chartView->viewport(), &move);
        QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, to);
        const QPointF band = xRange();
        QVERIFY2(band.y() - band.x() < (whole.y() - whole.x()) * 0.5, "the rectangle zooms in");
        chartView->resetZoom();
        QCOMPARE(xRange(), whole);

        QApplication::clipboard()->clear();
        QTest::keyClick(chartView, Qt::Key_C, Qt::ControlModifier);
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        // The chart with its legend below it.
        QCOMPARE(copied.size() / copied.devicePixelRatio(), view->chartPanel()->size());
        QVERIFY(view->chartPanel()->height() > chartView->height());
    }

    // Zoomed in and panned, an axis's labels take the decimals its finer ticks need: no two
    // ticks read the same number.
    void zoomedAxesKeepDistinctLabels()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("cache"));
        QVERIFY(view);
        chooseByKeys(view->inputCombo(), QStringLiteral("dataset"));
        QVERIFY2(repeatedTickLabels(view).isEmpty(), qPrintable(repeatedTickLabels(view)));
        ZoomableChartView* chartView = view->chartView();
        const QPoint centre = chartView->mapFromScene(view->chart()->plotArea().center());
        for (int i = 0; i < 12; ++i) {
            QWheelEvent wheel(centre, chartView->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(chartView->viewport(), &wheel);
            QVERIFY2(repeatedTickLabels(view).isEmpty(), qPrintable(repeatedTickLabels(view)));
        }
        chartView->setFocus();
        QTest::keyClick(chartView, Qt::Key_Right);
        QTest::keyClick(chartView, Qt::Key_Up);
        QVERIFY2(repeatedTickLabels(view).isEmpty(), qPrintable(repeatedTickLabels(view)));
        chartView->resetZoom();
        QVERIFY2(repeatedTickLabels(view).isEmpty(), qPrintable(repeatedTickLabels(view)));
    }

    // Prometheus's Thanos sidecar is a switch, off today: its sweep runs from off to on and
    // its axis reads 0 to 1, not six ticks of 0.000.
    void aSwitchAtZeroSweepsToOne()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("metrics"));
        QVERIFY(view);
        chooseByKeys(view->inputCombo(), QStringLiteral("thanos"));
        QCOMPARE(view->range().to, Quantity::fromFormulaValue(Dimension::Number, 1).value());
        QVERIFY2(repeatedTickLabels(view).isEmpty(), qPrintable(repeatedTickLabels(view)));
    }

    // The range reaches past where the demand breaks the limit, and the chart marks the
    // break with its value; at the slider's end the range doubles.
    void theSweepReachesTheBreak()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        QCOMPARE(view->inputCombo()->currentData().toString(), QStringLiteral("connections"));
        QVERIFY2(view->breakPoint(), "the primary's memory breaks at some max_connections");
        const WhatIfBreak b = *view->breakPoint();
        QVERIFY(view->range().to.raw() > b.input.raw());
        QVERIFY(view->points().last().input.raw() > b.input.raw());
        auto* marker = qobject_cast<QScatterSeries*>(seriesNamed(view, QStringLiteral("Breaks at ")));
        QVERIFY(marker);
        QCOMPARE(marker->name(), QStringLiteral("Breaks at %1 max connections").arg(QLocale().toString(b.input.raw())));
        QCOMPARE(marker->count(), 1);
        QCOMPARE(marker->at(0).x(), double(b.input.raw()));
        // The point just before the break holds, the break itself does not.
        const auto at = [&](std::int64_t connections) {
            const WhatIfPoint* before = nullptr;
            for (const auto& p : view->points()) {
                if (p.sizing && p.input.raw() <= connections)
                    before = &p;
            }
            return before;
        };
        const WhatIfPoint* holding = at(b.input.raw() - 1);
        QVERIFY(holding && holding->sizing);
        QVERIFY(whatif::memoryDemand(*holding->sizing).raw() <= b.ceiling.raw());

        // The End key takes the slider to the end: the plan gets that value, the range doubles.
        const Quantity end = view->range().to;
        view->slider()->setFocus();
        QTest::keyClick(view->slider(), Qt::Key_End);
        QCOMPARE(view->range().to.raw(), end.raw() * 2);
        QCOMPARE(view->points().last().input, view->range().to);
        const PlannedService* db = w.document()->plan().service(QStringLiteral("app-db"));
        QCOMPARE(db->topology->primary.maxConnections, std::optional<Quantity>(end));
        QVERIFY(view->slider()->value() < view->slider()->maximum());

        // A range the user types ends there.
        view->rangeEdit()->setFocus();
        view->rangeEdit()->selectAll();
        QTest::keyClicks(view->rangeEdit(), QStringLiteral("50"));
        QTest::keyClick(view->rangeEdit(), Qt::Key_Return);
        QCOMPARE(view->range().to, Quantity::count(50));
        QCOMPARE(view->points().last().input, Quantity::count(50));

        // Another service starts from its own range: the typed end was for this input.
        w.selectService(QStringLiteral("cache"));
        QVERIFY(view->rangeEdit()->text().isEmpty());
        QVERIFY(!view->points().isEmpty());
        QCOMPARE(view->range().to.dimension(), view->points().first().input.dimension());
    }

    // Redis: what the dataset needs rises past maxmemory and the limit, while maxmemory
    // itself stays what the limit gives it.
    void redisShowsTheDatasetsDemand()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("cache"));
        QVERIFY(view);
        chooseByKeys(view->inputCombo(), QStringLiteral("dataset"));
        QVERIFY(view->breakPoint());
        QAreaSeries* maxmemory = nullptr;
        for (QAbstractSeries* series : view->chart()->series()) {
            if (series->name() == QLatin1String("maxmemory"))
                maxmemory = qobject_cast<QAreaSeries*>(series);
        }
        auto* sized = qobject_cast<QLineSeries*>(seriesNamed(view, QStringLiteral("maxmemory as sized")));
        auto* limit = qobject_cast<QLineSeries*>(seriesNamed(view, QStringLiteral("Container limit")));
        QVERIFY(maxmemory && sized && limit);
        const QList<QPointF> demand = maxmemory->upperSeries()->points();
        QVERIFY(demand.last().y() > demand.first().y());
        QVERIFY2(demand.last().y() > limit->points().last().y(), "the demand rises past the limit");
        QVERIFY(demand.last().y() > sized->points().last().y());
        QCOMPARE(sized->points().first().y(), sized->points().last().y()); // maxmemory stays
    }

    // Axes in units people read: no exponents, and a memory axis in MiB, GiB or TiB that
    // keeps its numbers between 1 and 1024.
    void axesUseUnitsForPeople()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        for (int i = 0; i < view->inputCombo()->count(); ++i) {
            chooseByKeys(view->inputCombo(), view->inputCombo()->itemData(i));
            for (QAbstractAxis* axis : view->chart()->axes()) {
                const QString title = axis->titleText();
                QString format;
                if (auto* value = qobject_cast<QValueAxis*>(axis))
                    format = value->labelFormat();
                else if (auto* log = qobject_cast<QLogValueAxis*>(axis))
                    format = log->labelFormat();
                QVERIFY2(!format.contains(u'g') && !format.contains(u'e'), qPrintable(title + u' ' + format));
                auto* value = qobject_cast<QValueAxis*>(axis);
                if (value && (title.endsWith(QStringLiteral("iB)")))) {
                    QVERIFY2(value->max() > 1 && value->max() <= 2048, qPrintable(title));
                }
            }
        }
    }

    // Storage is a forecast, not a sweep: the sweep's controls are disabled there.
    void controlsFollowTheCurve()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        QVERIFY(view->slider()->isEnabled() && view->inputCombo()->isEnabled() && view->rangeEdit()->isEnabled());
        chooseByKeys(view->curveCombo(), int(WhatIfView::Curve::Storage));
        QCOMPARE(view->curve(), WhatIfView::Curve::Storage);
        QVERIFY(!view->slider()->isEnabled());
        QVERIFY(!view->inputCombo()->isEnabled());
        QVERIFY(!view->rangeEdit()->isEnabled());
        QVERIFY(!view->roleCombo()->isEnabled());
        chooseByKeys(view->curveCombo(), int(WhatIfView::Curve::Iops));
        QVERIFY(view->slider()->isEnabled() && view->inputCombo()->isEnabled());
    }

    // The storage forecast follows time, not the swept input: the memory curve's break is
    // neither marked nor told there, and comes back with the memory curve.
    void storageForecastTellsNoBreak()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        const auto toldBreak = [view] {
            for (const QLabel* label : view->findChildren<QLabel*>()) {
                if (label->isVisibleTo(view) && label->text().contains(QStringLiteral("Breaks at")))
                    return true;
            }
            return false;
        };
        QVERIFY(view->breakPoint());
        QVERIFY(toldBreak());
        chooseByKeys(view->curveCombo(), int(WhatIfView::Curve::Storage));
        QVERIFY(!view->breakPoint());
        QVERIFY2(!toldBreak(), "no break sentence over the storage forecast");
        QVERIFY(!seriesNamed(view, QStringLiteral("Breaks at ")));
        chooseByKeys(view->curveCombo(), int(WhatIfView::Curve::Memory));
        QVERIFY(view->breakPoint());
        QVERIFY(toldBreak());
    }

    // No two legend entries share a colour, in any curve.
    void legendColoursAreDistinct()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        for (const auto curve : { WhatIfView::Curve::Memory, WhatIfView::Curve::Iops, WhatIfView::Curve::Storage }) {
            chooseByKeys(view->curveCombo(), int(curve));
            const QList<QAbstractSeries*> series = view->chart()->series();
            QVERIFY(series.size() > 1);
            for (qsizetype i = 0; i < series.size(); ++i) {
                for (qsizetype j = i + 1; j < series.size(); ++j) {
                    const QColor a = legendColor(series[i]);
                    const QColor b = legendColor(series[j]);
                    const double distance = std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
                    QVERIFY2(distance > 40,
                             qPrintable(QStringLiteral("%1 and %2: %3 and %4")
                                            .arg(series[i]->name(), series[j]->name(), a.name(), b.name())));
                }
            }
        }
    }

    // The IOPS chart marks today's value, and its break is the service's own class's ceiling.
    void iopsMarksTheCurrentValueAndItsOwnCeiling()
    {
        MainWindow w(m_catalog);
        WhatIfView* view = openWhatIf(w, QStringLiteral("app-db"));
        QVERIFY(view);
        w.document()->setStorageClass(QStringLiteral("app-db"), QStringLiteral("network-hdd"));
        chooseByKeys(view->curveCombo(), int(WhatIfView::Curve::Iops));
        auto* current = qobject_cast<QLineSeries*>(seriesNamed(view, QStringLiteral("Current value")));
        QVERIFY(current);
        QCOMPARE(current->count(), 2);
        QCOMPARE(current->at(0).x(), double(view->range().current.raw()));
        QVERIFY2(view->breakPoint(), "a network HDD's ceiling breaks");
        const WhatIfBreak b = *view->breakPoint();
        QCOMPARE(b.what, WhatIfBreak::Ceiling::StorageClass);
        const StorageClass* hdd = w.document()->catalog().storageClass(QStringLiteral("network-hdd"));
        QVERIFY(hdd);
        const WhatIfPoint* at = nullptr;
        for (const auto& p : view->points()) {
            if (!at && p.sizing && p.input.raw() >= b.input.raw())
                at = &p;
        }
        QVERIFY(at);
        QCOMPARE(b.ceiling.raw(), hdd->iops.ceilingFor(at->sizing->storage.size ? at->sizing->storage.size->raw() : 0));
        QVERIFY(seriesNamed(view, QStringLiteral("Breaks at ")));
    }
};

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
