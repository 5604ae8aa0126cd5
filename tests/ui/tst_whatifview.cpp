// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/mainwindow.h"
#include "ui/whatifview.h"

#include <QFileDialog>
#include <QImageReader>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace headroom;

class TestWhatIfView : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    // Answers the next file dialog with `name` typed into it.
    static void answerFileDialog(const QString& name)
    {
        QTimer::singleShot(50, [name] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return answerFileDialog(name);
            dialog->selectFile(name);
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
        });
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    // A name typed without an extension gets the format's.
    void chartExportAddsTheExtension()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        w.setView(MainWindow::View::WhatIf);
        WhatIfView* view = w.whatIfView();
        w.selectService(QStringLiteral("app-db"));
        auto* button = view->findChild<QToolButton*>();
        QVERIFY(button && button->menu());
        const QList<QAction*> formats = button->menu()->actions();
        QCOMPARE(formats.size(), 2);

        answerFileDialog(dir.filePath(QStringLiteral("chart")));
        formats.at(0)->trigger();
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("chart.png"))));
        QCOMPARE(QImageReader(dir.filePath(QStringLiteral("chart.png"))).format(), QByteArray("png"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("chart"))));

        answerFileDialog(dir.filePath(QStringLiteral("chart")));
        formats.at(1)->trigger();
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("chart.svg"))));
    }
};

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
