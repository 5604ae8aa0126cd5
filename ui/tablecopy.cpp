// SPDX-License-Identifier: Apache-2.0
#include "ui/tablecopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>

#include <algorithm>

namespace headroom {

namespace {
// A cell as one TSV field: tabs and line breaks would start a new field or row.
QString field(const QVariant& value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
} // namespace

void TableCopy::install(QAbstractItemView* view)
{
    auto* copy = new QAction(tr("&Copy as Text"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { QApplication::clipboard()->setText(toTsv(view)); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString TableCopy::toTsv(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return {};
    QList<int> rows;
    if (view->selectionModel()) {
        for (const QModelIndex& index : view->selectionModel()->selectedRows())
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int r = 0; r < model->rowCount(); ++r)
            rows << r;
    }
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << field(model->headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << field(model->index(r, c).data());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace headroom
