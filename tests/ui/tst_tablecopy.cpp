// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/findingsmodel.h"
#include "ui/mainwindow.h"
#include "ui/sizingtablemodel.h"

#include <QClipboard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace headroom;

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
};

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
