// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace headroom {

// Copies a table, list or tree as tab-separated text, for a spreadsheet or a ticket: the
// header, then the selected rows (every row when none is selected), as shown.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    // Lets `view` select several rows (Ctrl+A selects all) and adds Copy (Ctrl+C while the
    // view has the focus, and in its context menu).
    static void install(QAbstractItemView* view);
    // Copies `widget` to the clipboard: a view given install() as TSV, a text field its
    // selected text. False when `widget` has nothing to copy.
    static bool copyFrom(QWidget* widget);
    static QString toTsv(const QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace headroom
