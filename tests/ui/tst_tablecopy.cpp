// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/clusterview.h"
#include "ui/comparedialog.h"
#include "ui/exportsview.h"
#include "ui/findingsmodel.h"
#include "ui/mainwindow.h"
#include "ui/sizingtablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QListView>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace headroom;

namespace {
QStringList clipboardLines()
{
    return QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
}

// The rows of `model` under `parent` and their children, as a tree shows them.
int rowsBelow(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    int rows = 0;
    for (int r = 0; r < model->rowCount(parent); ++r)
        rows += 1 + rowsBelow(model, model->index(r, 0, parent));
    return rows;
}

QAction* editCopy(MainWindow& w)
{
    for (QAction* menu : w.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Copy))
                return action;
        }
    }
    return nullptr;
}
} // namespace

class TestTableCopy : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // Ctrl+C in the sizing table copies the header and the selected row as tab-separated text;
    // in the findings with nothing selected, every finding.
    void ctrlCCopiesTabSeparatedRows()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("case-study-before.yaml")));
        w.selectService(QStringLiteral("db"));
        QTableView* table = w.sizingTable();
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(u'\t').size(), int(SizingTableModel::ColumnCount));
        QCOMPARE(lines.at(0).split(u'\t').first(), QStringLiteral("Service"));
        const int row = table->currentIndex().row();
        QStringList cells;
        for (int c = 0; c < SizingTableModel::ColumnCount; ++c)
            cells << w.sizingProxy()->index(row, c).data().toString();
        QCOMPARE(lines.at(1), cells.join(u'\t'));

        QTreeView* findings = w.findingsView();
        findings->clearSelection();
        findings->setFocus();
        QTest::keyClick(findings, Qt::Key_C, Qt::ControlModifier);
        const QStringList all = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(all.size(), w.findingsModel()->rowCount() + 1);
        QVERIFY(all.at(1).contains(w.findingsModel()->index(0, FindingsModel::MessageColumn).data().toString()));
    }

    // Ctrl+A then Ctrl+C in the sizing table copies every service, not the current one.
    void ctrlASelectsEverySizingRow()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("small-production-stack.yaml")));
        QTableView* table = w.sizingTable();
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboardLines();
        QVERIFY(w.sizingProxy()->rowCount() > 1);
        QCOMPARE(lines.size(), w.sizingProxy()->rowCount() + 1);
        for (int r = 0; r < w.sizingProxy()->rowCount(); ++r)
            QVERIFY(lines.at(r + 1).startsWith(w.sizingProxy()->index(r, 0).data().toString() + u'\t'));
    }

    // The Cluster tab's trees copy too, nodes under their pools, the bars' numbers with their
    // units; by Ctrl+C, by Edit > Copy and by the context menu's Copy.
    void clusterTreesCopy()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("case-study-before.yaml")));
        w.setView(MainWindow::View::Cluster);
        QTreeWidget* nodes = w.clusterView()->nodes();
        QVERIFY(QTest::qWaitForWindowExposed(nodes));
        nodes->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(nodes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(nodes, Qt::Key_C, Qt::ControlModifier);
        QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), rowsBelow(nodes->model()) + 1);
        QCOMPARE(lines.at(0).split(u'\t').first(), nodes->headerItem()->text(0));
        QTreeWidgetItem* node = nodes->topLevelItem(0)->child(0);
        const auto* bar = nodes->itemWidget(node, 2);
        QVERIFY(bar);
        QVERIFY(lines.at(2).split(u'\t').at(2) == bar->property("text").toString());
        QVERIFY(!bar->property("text").toString().isEmpty());

        nodes->clearSelection();
        nodes->setCurrentItem(node);
        QApplication::clipboard()->clear();
        QAction* copy = editCopy(w);
        QVERIFY(copy);
        copy->trigger();
        lines = clipboardLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(node->text(0) + u'\t'));

        QTreeWidget* unplaced = w.clusterView()->unplaced();
        QApplication::clipboard()->clear();
        QVERIFY(!unplaced->actions().isEmpty());
        unplaced->actions().first()->trigger();
        QCOMPARE(clipboardLines().size(), unplaced->topLevelItemCount() + 1);
    }

    // Compare with…'s table copies as the window's do: Ctrl+A and Ctrl+C every change under
    // the header, the context menu's Copy the selected row.
    void compareDialogCopies()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("case-study-before.yaml")));
        CompareDialog dialog(w.document(), &w);
        QVERIFY(dialog.compareWith(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/case-study-after.yaml")));
        dialog.show();
        dialog.activateWindow();
        // The window's own activation may still be on its way: the dialog's comes after it.
        QTRY_COMPARE(QApplication::activeWindow(), &dialog);
        QTableWidget* table = dialog.table();
        QVERIFY(table->rowCount() > 1);
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), table->rowCount() + 1);
        QStringList header;
        for (int c = 0; c < table->columnCount(); ++c)
            header << table->horizontalHeaderItem(c)->text();
        QCOMPARE(lines.at(0), header.join(u'\t'));
        QStringList last;
        for (int c = 0; c < table->columnCount(); ++c)
            last << table->item(table->rowCount() - 1, c)->text();
        QCOMPARE(lines.last(), last.join(u'\t'));

        table->clearSelection();
        table->selectRow(1);
        QApplication::clipboard()->clear();
        QVERIFY(!table->actions().isEmpty());
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        table->actions().first()->trigger();
        lines = clipboardLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(table->item(1, CompareDialog::WhereColumn)->text() + u'\t'));
    }

    // The Exports tab's lists of services and of files copy too, each under its header line;
    // by Ctrl+A and Ctrl+C, and by Edit > Copy.
    void exportsListsCopy()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("small-production-stack.yaml")));
        w.setView(MainWindow::View::Exports);
        QListView* services = w.exportsView()->serviceList();
        QVERIFY(QTest::qWaitForWindowExposed(services));
        const QAbstractItemModel* names = services->model();
        QVERIFY(names->rowCount() > 1);
        services->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(services, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(services, Qt::Key_C, Qt::ControlModifier);
        QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), names->rowCount() + 1);
        QCOMPARE(lines.at(0), QStringLiteral("Service"));
        for (int r = 0; r < names->rowCount(); ++r)
            QCOMPARE(lines.at(r + 1), names->index(r, 0).data().toString());

        QListView* files = w.exportsView()->fileList();
        const int last = files->model()->rowCount() - 1;
        QVERIFY(last >= 0);
        files->setFocus();
        const QModelIndex file = files->model()->index(last, 0);
        QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, files->visualRect(file).center());
        QCOMPARE(files->currentIndex(), file);
        QApplication::clipboard()->clear();
        QAction* copy = editCopy(w);
        QVERIFY(copy);
        copy->trigger();
        QCOMPARE(clipboardLines(),
                 QStringList({ QStringLiteral("File"), files->model()->index(last, 0).data().toString() }));
    }
};

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
