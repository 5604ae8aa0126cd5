// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace headroom {

class PlanDocument;

// File › Compare with…: `headroom diff` of the open plan (before) against another plan file
// (after), as a table: resources, settings, storage, nodes and cost.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { WhereColumn, WhatColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit CompareDialog(const PlanDocument* document, QWidget* parent = nullptr);

    // Loads and sizes `path` and shows the differences; false (the reason shown) when it cannot be read.
    bool compareWith(const QString& path);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    const PlanDocument* m_document;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace headroom
