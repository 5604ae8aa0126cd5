// SPDX-License-Identifier: Apache-2.0
#include "ui/tablecopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMetaObject>
#include <QWidget>

namespace headroom {

namespace {
const char* const installedProperty = "headroomTableCopy";

// A cell as one TSV field: tabs and line breaks would start a new field or row.
QString field(const QVariant& value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// The rows under `parent` in the order shown, children after their parent (a tree's pods
// under their node), as TSV lines; only selected ones when `selection` has any.
// A cell's text as shown: a bar or label drawn over the cell (the cluster's CPU and memory
// bars) shows its own text.
QString cellText(const QAbstractItemView* view, const QModelIndex& index)
{
    if (const QWidget* shown = view->indexWidget(index)) {
        const QVariant text = shown->property("text");
        if (text.isValid())
            return field(text);
    }
    return field(index.data());
}

void appendRows(const QAbstractItemView* view, const QModelIndex& parent, bool all, QStringList& lines)
{
    const QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if (all || view->selectionModel()->isSelected(model->index(r, 0, parent))) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(parent); ++c)
                cells << cellText(view, model->index(r, c, parent));
            lines << cells.join(QLatin1Char('\t'));
        }
        const QModelIndex row = model->index(r, 0, parent);
        if (model->hasChildren(row))
            appendRows(view, row, all, lines);
    }
}
} // namespace

void TableCopy::install(QAbstractItemView* view)
{
    if (view->selectionMode() == QAbstractItemView::SingleSelection
        || view->selectionMode() == QAbstractItemView::NoSelection)
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setProperty(installedProperty, true);
    auto* copy = new QAction(tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyFrom(view); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Where the shortcut does not reach the action, the view's own Ctrl+C would copy the
    // current cell alone.
    view->installEventFilter(new TableCopy(view));
}

bool TableCopy::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy))
        return copyFrom(qobject_cast<QWidget*>(watched));
    return QObject::eventFilter(watched, event);
}

bool TableCopy::copyFrom(QWidget* widget)
{
    if (!widget)
        return false;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->property(installedProperty).toBool()) {
        QApplication::clipboard()->setText(toTsv(view));
        return true;
    }
    // Line edits, spin boxes' editors and text views copy their own selection.
    return QMetaObject::invokeMethod(widget, "copy");
}

QString TableCopy::toTsv(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return {};
    const QItemSelectionModel* selection = view->selectionModel();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << field(model->headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    appendRows(view, view->rootIndex(), !selection || !selection->hasSelection(), lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace headroom
