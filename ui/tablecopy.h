// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace headroom {

// Copies a table or list as tab-separated text, for a spreadsheet or a ticket: the header,
// then the selected rows (every row when none is selected), as shown.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    // Adds Copy (Ctrl+C while the view has the focus, and in its context menu) to `view`.
    static void install(QAbstractItemView* view);
    static QString toTsv(const QAbstractItemView* view);
};

} // namespace headroom
