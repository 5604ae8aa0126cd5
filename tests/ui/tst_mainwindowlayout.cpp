// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/mainwindow.h"
#include "ui/plantreemodel.h"
#include "ui/propertyeditor.h"
#include "ui/whatifview.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyleOptionComboBox>
#include <QTreeView>
#include <QtTest>

using namespace headroom;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // At 1024×700 every field of the property editor keeps the width it needs (combo
    // arrows, unit hints) and can be scrolled to; the what-if slider can be dragged.
    void usableAt1024x700()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.minimumSizeHint().width() <= 1024);
        QVERIFY(w.minimumSizeHint().height() <= 700);
        QCOMPARE(w.size(), QSize(1024, 700));
        w.selectService(QStringLiteral("app-db")); // PostgreSQL with a topology: the longest form
        QCoreApplication::processEvents();

        PropertyEditor* editor = w.propertyEditor();
        auto* scroll = qobject_cast<QScrollArea*>(editor->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QList<QWidget*> fields;
        for (QWidget* child : editor->findChildren<QWidget*>()) {
            if (!child->isVisibleTo(editor) || qobject_cast<QAbstractSpinBox*>(child->parentWidget()))
                continue;
            if (qobject_cast<QComboBox*>(child) || qobject_cast<QLineEdit*>(child)
                || qobject_cast<QAbstractSpinBox*>(child) || qobject_cast<QCheckBox*>(child)
                || (qobject_cast<QLabel*>(child) && !qobject_cast<QLabel*>(child)->wordWrap()))
                fields << child;
        }
        QVERIFY(fields.size() > 20);
        for (QWidget* field : std::as_const(fields)) {
            const QString name = QString::fromLatin1(field->metaObject()->className()) + u' '
                + (qobject_cast<QLabel*>(field) ? qobject_cast<QLabel*>(field)->text() : field->objectName());
            // Not squeezed below what it needs to show itself.
            QVERIFY2(field->width() >= field->minimumSizeHint().width(), qPrintable(name));
            // Reachable: whole inside the editor, which scrolls over its whole size, and no
            // larger than the part of it shown.
            const QRect inEditor(field->mapTo(editor, QPoint(0, 0)), field->size());
            QVERIFY2(editor->rect().contains(inEditor), qPrintable(name));
            QVERIFY2(field->width() <= scroll->viewport()->width(), qPrintable(name));
        }
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), std::max(0, editor->width() - scroll->viewport()->width()));
        // ... and the user has a scroll bar for that.
        QVERIFY(scroll->horizontalScrollBar()->maximum() == 0 || scroll->horizontalScrollBar()->isVisible());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), std::max(0, editor->height() - scroll->viewport()->height()));

        w.setView(MainWindow::View::WhatIf);
        QCoreApplication::processEvents();
        QSlider* slider = w.whatIfView()->slider();
        QVERIFY(slider->isVisible());
        QVERIFY2(slider->width() >= 200, qPrintable(QString::number(slider->width())));
    }

    // At 1024×700 the Tier combo shows its whole text, and every summary of the plan tree
    // is shown whole.
    void tierAndSummariesWholeAt1024x700()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectService(QStringLiteral("app-db"));
        QCoreApplication::processEvents();

        QComboBox* tier = w.propertyEditor()->tierCombo();
        QVERIFY(tier);
        QStyleOptionComboBox option;
        option.initFrom(tier);
        option.editable = false;
        const QRect text
            = tier->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, tier);
        QVERIFY2(tier->fontMetrics().horizontalAdvance(tier->currentText()) <= text.width(),
                 qPrintable(tier->currentText()));

        QTreeView* tree = nullptr;
        for (QTreeView* view : w.findChildren<QTreeView*>()) {
            if (view->model() == w.treeModel())
                tree = view;
        }
        QVERIFY(tree);
        const QModelIndex root;
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            const QModelIndex group = tree->model()->index(r, 0, root);
            for (int c = 0; c < tree->model()->rowCount(group); ++c) {
                const QModelIndex summary = tree->model()->index(c, PlanTreeModel::SummaryColumn, group);
                const QRect cell = tree->visualRect(summary);
                const QString shown = summary.data().toString();
                QVERIFY2(cell.right() < tree->viewport()->width(), qPrintable(shown));
                QVERIFY2(tree->fontMetrics().horizontalAdvance(shown) <= cell.width(), qPrintable(shown));
            }
        }
    }
};

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
