// SPDX-License-Identifier: Apache-2.0
#include "ui/exportservicesmodel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QtTest>

using namespace headroom;

namespace {
QList<PlannedService> servicesNamed(const QStringList& names)
{
    QList<PlannedService> services;
    for (const QString& name : names) {
        PlannedService s;
        s.name = name;
        s.request.service = QStringLiteral("redis");
        services << s;
    }
    return services;
}

Qt::CheckState checkState(const QAbstractItemModel& model, int row)
{
    return Qt::CheckState(model.index(row, 0).data(Qt::CheckStateRole).toInt());
}
} // namespace

class TestExportServicesModel : public QObject
{
    Q_OBJECT

private slots:
    // Every service starts ticked; unticking one leaves the others, in plan order.
    void ticksAndUnticks()
    {
        ExportServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ticks(&model, &ExportServicesModel::ticksChanged);
        model.setServices(servicesNamed({ QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("queue") }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("cache"));
        QVERIFY(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(model.allTicked());
        QCOMPARE(ticks.size(), 0);

        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(ticks.size(), 1);
        QCOMPARE(checkState(model, 1), Qt::Unchecked);
        QCOMPARE(checkState(model, 0), Qt::Checked);
        QVERIFY(!model.allTicked());
        QVERIFY(model.anyTicked());
        QCOMPARE(model.tickedNames(), (QStringList { QStringLiteral("db"), QStringLiteral("queue") }));

        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.anyTicked());
        QVERIFY(model.tickedNames().isEmpty());
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.tickedNames(), QStringList { QStringLiteral("queue") });
    }

    // The plan shown again after an edit keeps the user's ticks by name, wherever the service
    // moved; a service the plan lost is forgotten, so one added again later starts ticked.
    void ticksFollowNamesAcrossPlans()
    {
        ExportServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(servicesNamed({ QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("queue") }));
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));

        model.setServices(servicesNamed({ QStringLiteral("new"), QStringLiteral("cache"), QStringLiteral("db") }));
        QCOMPARE(model.rowOf(QStringLiteral("cache")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("queue")), -1);
        QCOMPARE(checkState(model, 0), Qt::Checked);
        QCOMPARE(checkState(model, 1), Qt::Unchecked);
        QCOMPARE(model.untickedNames(), QSet<QString> { QStringLiteral("cache") });

        model.setServices(servicesNamed({ QStringLiteral("queue"), QStringLiteral("cache") }));
        QCOMPARE(checkState(model, 0), Qt::Checked);
        QCOMPARE(checkState(model, 1), Qt::Unchecked);
    }

    // Another list's choice (the Export dialog starting from the tab's): the names it has are
    // unticked, every other ticked, and the views are told.
    void takesAnothersTicks()
    {
        ExportServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(servicesNamed({ QStringLiteral("db"), QStringLiteral("cache") }));
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ticks(&model, &ExportServicesModel::ticksChanged);
        model.setUntickedNames({ QStringLiteral("cache"), QStringLiteral("elsewhere") });
        QCOMPARE(model.untickedNames(), QSet<QString> { QStringLiteral("cache") });
        QCOMPARE(checkState(model, 0), Qt::Checked);
        QCOMPARE(checkState(model, 1), Qt::Unchecked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ticks.size(), 1);
        model.setUntickedNames({ QStringLiteral("cache") });
        QCOMPARE(ticks.size(), 1); // nothing changed
    }

    // The keyboard ticks as the mouse does: Space on the current row of a list over the model.
    void spaceTicksTheCurrentRow()
    {
        ExportServicesModel model;
        model.setServices(servicesNamed({ QStringLiteral("db"), QStringLiteral("cache") }));
        QListView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(0, 0));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex().row(), 1);
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(checkState(model, 1), Qt::Unchecked);
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(checkState(model, 1), Qt::Checked);
    }
};

QTEST_MAIN(TestExportServicesModel)
#include "tst_exportservicesmodel.moc"
