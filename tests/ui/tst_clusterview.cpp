// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/clusterview.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QTemporaryDir>
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
};

QTEST_MAIN(TestClusterView)
#include "tst_clusterview.moc"
