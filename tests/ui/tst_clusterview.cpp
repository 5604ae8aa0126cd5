// SPDX-License-Identifier: Apache-2.0
#include "engine/measurednodeuse.h"
#include "testutils.h"
#include "translations/translationloader.h"
#include "ui/clusterview.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace headroom;

// The Cluster tab: a pod no node can take leads to its service.
class TestClusterView : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void clickingAnUnplacedPodSelectsItsService()
    {
        // The sample's pool shrunk to one small node: most pods do not fit.
        QByteArray yaml = testutils::readFile(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"));
        yaml.replace("memory: 32Gi\n    count: 3", "memory: 4Gi\n    count: 1");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tight.yaml"));
        QVERIFY(testutils::writeFile(path, yaml));

        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(path));
        window.resize(1200, 800);
        window.show();
        window.setView(MainWindow::View::Cluster);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeWidget* unplaced = window.clusterView()->unplaced();
        QVERIFY(unplaced->topLevelItemCount() > 0);
        QTreeWidgetItem* last = unplaced->topLevelItem(unplaced->topLevelItemCount() - 1);
        const QString service = last->data(0, Qt::UserRole).toString();
        QVERIFY(!service.isEmpty());
        QVERIFY(last->text(0).startsWith(service));
        window.selectService(QString());
        QVERIFY(window.selectedService().isEmpty());

        unplaced->scrollToItem(last);
        const QRect rect = unplaced->visualItemRect(last);
        QVERIFY(unplaced->isVisible() && rect.isValid());
        QTest::mouseClick(unplaced->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.selectedService(), service);
    }

    // The summary counts pods and nodes in words, in English as in Korean: "1 node", never
    // "1 node(s)".
    void theSummaryCountsInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("pool");
        QTest::addColumn<QString>("summary");
        const QByteArray three = "memory: 32Gi\n    count: 3";
        const QByteArray one = "memory: 16Gi\n    count: 1";
        QTest::addRow("en, 3 nodes") << QStringLiteral("en") << three
                                     << QStringLiteral("8 pods placed on 3 nodes. Estimated cost: 841 per month.");
        QTest::addRow("en, 1 node") << QStringLiteral("en") << one
                                    << QStringLiteral("2 pods placed on 1 node. Estimated cost: 280 per month.");
        QTest::addRow("ko, 3 nodes") << QStringLiteral("ko") << three
                                     << QStringLiteral("파드 8개를 노드 3개에 배치했습니다. 예상 비용: 월 841.");
    }

    void theSummaryCountsInWords()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, pool);
        QFETCH(QString, summary);
        QByteArray yaml = testutils::readFile(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"));
        yaml.replace("memory: 32Gi\n    count: 3", pool);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(testutils::writeFile(path, yaml));
        // The window takes its texts when it is built; the translators go again afterwards.
        const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
        const auto restore = qScopeGuard([&before] {
            for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
                if (!before.contains(translator)) {
                    QCoreApplication::removeTranslator(translator);
                    delete translator;
                }
            }
        });
        QVERIFY(i18n::install(qApp, language));
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(path));
        window.show();
        window.setView(MainWindow::View::Cluster);
        QCOMPARE(window.clusterView()->summary()->text(), summary);
    }

    // A node no pod needed says it is empty and what it has free, not "0 B of 32 GiB"; a
    // node with pods keeps "requested of allocatable". Quantities as the quantity printer shows them.
    void anEmptyNodeSaysWhatIsFree()
    {
        const QByteArray yaml = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: empty nodes}\n"
                                "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 3}\n"
                                "services:\n  - {name: cache, kind: redis, tier: small}\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.yaml"));
        QVERIFY(testutils::writeFile(path, yaml));
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(path));
        window.resize(1200, 800);
        window.show();
        window.setView(MainWindow::View::Cluster);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeWidget* nodes = window.clusterView()->nodes();
        QTreeWidgetItem* pool = nodes->topLevelItem(0);
        QCOMPARE(pool->childCount(), 3);
        const NodeUsage& used = window.document()->sizing().fit.nodes.at(0);
        QCOMPARE(used.pods, 1);
        const auto barText = [&](int node, int column) {
            auto* bar = qobject_cast<QProgressBar*>(nodes->itemWidget(pool->child(node), column));
            return bar ? bar->text() : QStringLiteral("no bar");
        };
        QCOMPARE(barText(0, 3),
                 QStringLiteral("%1 of %2")
                     .arg(used.memoryRequested.toDisplayString(), Quantity::gibibytes(32).toDisplayString()));
        for (const int node : { 1, 2 }) {
            QCOMPARE(barText(node, 2),
                     QStringLiteral("empty · %1 free").arg(Quantity::millicores(8000).toDisplayString()));
            QCOMPARE(barText(node, 3),
                     QStringLiteral("empty · %1 free").arg(Quantity::gibibytes(32).toDisplayString()));
        }
    }

    // Under each node whose pods carry a measurement, what they used (the sums of their
    // measured p99 and peaks) in the columns of the requests; a plan without measurements has
    // no such rows.
    void showsMeasuredUsePerNode()
    {
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/measured-stack.yaml")));
        window.resize(1600, 1000);
        window.show();
        window.setView(MainWindow::View::Cluster);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeWidget* nodes = window.clusterView()->nodes();
        const auto uses = MeasuredNodeUse::of(window.document()->plan(), window.document()->sizing().fit);
        QTreeWidgetItem* pool = nodes->topLevelItem(0);
        QCOMPARE(pool->childCount(), int(uses.size()));
        int measured = 0;
        for (int i = 0; i < pool->childCount(); ++i) {
            QTreeWidgetItem* node = pool->child(i);
            const MeasuredNodeUse& use = uses.at(i);
            QCOMPARE(node->childCount(), use.measuredPods > 0 ? 1 : 0);
            if (use.measuredPods == 0)
                continue;
            ++measured;
            QTreeWidgetItem* row = node->child(0);
            QCOMPARE(row->text(1), QStringLiteral("%1 of %2").arg(use.measuredPods).arg(use.pods));
            auto* cpu = qobject_cast<QProgressBar*>(nodes->itemWidget(row, 2));
            auto* memory = qobject_cast<QProgressBar*>(nodes->itemWidget(row, 3));
            QVERIFY(cpu && memory);
            QCOMPARE(cpu->text(),
                     QStringLiteral("p99 %1, max %2").arg(use.cpuP99.toDisplayString(), use.cpuMax.toDisplayString()));
            QVERIFY2(memory->toolTip().contains(use.memoryRequested.toDisplayString()), qPrintable(memory->toolTip()));
            QCOMPARE(cpu->property("aboveRequests").toBool(), use.cpuP99.raw() > use.cpuRequested.raw());
            QVERIFY(row->isExpanded() || node->isExpanded());
        }
        QVERIFY(measured > 0);

        QVERIFY(window.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        window.setView(MainWindow::View::Cluster);
        pool = nodes->topLevelItem(0);
        for (int i = 0; i < pool->childCount(); ++i)
            QCOMPARE(pool->child(i)->childCount(), 0);
    }
};

QTEST_MAIN(TestClusterView)
#include "tst_clusterview.moc"
