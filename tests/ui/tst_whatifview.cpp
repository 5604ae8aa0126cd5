// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/mainwindow.h"
#include "ui/whatifview.h"
#include "ui/zoomablechartview.h"

#include <QClipboard>
#include <QFileDialog>
#include <QImageReader>
#include <QMenu>
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
    // whole chart again; Ctrl+C copies the chart as an image.
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
        QCOMPARE(copied.size() / copied.devicePixelRatio(), chartView->size());
    }
};

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
