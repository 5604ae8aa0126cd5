// SPDX-License-Identifier: Apache-2.0
#include "ui/comparedialog.h"

#include "engine/plansizer.h"
#include "io/planloader.h"
#include "report/plandiff.h"
#include "ui/plandocument.h"
#include "ui/tablecopy.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom {

CompareDialog::CompareDialog(const PlanDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Compare Plans"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Where"), tr("What"), tr("Before"), tr("After") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    TableCopy::install(m_table);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
}

bool CompareDialog::compareWith(const QString& path)
{
    m_table->setRowCount(0);
    PlanLoader loader(m_document->baseCatalog());
    auto other = loader.loadFile(path);
    if (!other) {
        m_summary->setText(
            tr("Cannot compare with %1: %2").arg(QDir::toNativeSeparators(path), other.error().toString()));
        return false;
    }
    const PlanSizing after = PlanSizer(loader.effectiveCatalog()).size(other.value());
    const QList<PlanChange> changes = plan_diff::compare(m_document->sizing(), after);
    const QString from = m_document->displayName();
    const QString to = QFileInfo(path).fileName();
    m_summary->setText(
        changes.isEmpty()
            ? tr("No differences in resources, settings, storage, nodes or cost between %1 and %2.").arg(from, to)
            : tr("%n change(s) from %1 (before) to %2 (after):", nullptr, int(changes.size())).arg(from, to));
    m_table->setRowCount(int(changes.size()));
    const auto orDash = [](const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    for (int row = 0; row < changes.size(); ++row) {
        const PlanChange& change = changes[row];
        m_table->setItem(row, WhereColumn, new QTableWidgetItem(change.where));
        m_table->setItem(row, WhatColumn, new QTableWidgetItem(change.what));
        m_table->setItem(row, BeforeColumn, new QTableWidgetItem(orDash(change.before)));
        m_table->setItem(row, AfterColumn, new QTableWidgetItem(orDash(change.after)));
    }
    m_table->resizeColumnsToContents();
    return true;
}

} // namespace headroom
