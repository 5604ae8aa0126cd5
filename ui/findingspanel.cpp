// SPDX-License-Identifier: Apache-2.0
#include "ui/findingspanel.h"

#include "ui/findingsmodel.h"
#include "ui/plandocument.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace headroom {

FindingsPanel::FindingsPanel(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Findin&gs"), this);
    bar->addWidget(title);
    bar->addStretch();
    m_fix = new QPushButton(tr("Appl&y Fix"), this);
    m_fix->setObjectName(QStringLiteral("applyFixButton"));
    m_fixAll = new QPushButton(tr("Apply A&ll Fixes"), this);
    m_fixAll->setObjectName(QStringLiteral("applyAllFixesButton"));
    m_fixAll->setToolTip(tr("Every finding's recommendation, as headroom check --apply writes it, as one undo step."));
    bar->addWidget(m_fix);
    bar->addWidget(m_fixAll);
    layout->addLayout(bar);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    title->setBuddy(m_view);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (const PlanFinding* f = selectedFinding())
            emit findingChosen(*f);
    });
    connect(m_view, &QTreeView::clicked, this, [this] {
        if (const PlanFinding* f = selectedFinding())
            emit findingChosen(*f);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateButtons);
    connect(m_fix, &QPushButton::clicked, this, &FindingsPanel::applySelected);
    connect(m_fixAll, &QPushButton::clicked, this, &FindingsPanel::applyAll);
    updateButtons();
}

void FindingsPanel::setFindings(const QList<PlanFinding>& findings)
{
    const int before = m_model->rowCount();
    m_model->setFindings(findings);
    if (m_model->rowCount() != before) {
        m_view->resizeColumnToContents(FindingsModel::SeverityColumn);
        m_view->resizeColumnToContents(FindingsModel::ServiceColumn);
    }
}

const PlanFinding* FindingsPanel::selectedFinding() const
{
    // Several rows are selected to copy them; a fix applies to the one finding in view.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() != 1 ? nullptr : m_model->findingAt(rows.first().row());
}

void FindingsPanel::updateButtons()
{
    const PlanFinding* f = selectedFinding();
    const bool fixable = f && f->recommendation && !f->recommendation->isEmpty();
    m_fix->setEnabled(fixable);
    m_fix->setToolTip(fixable ? f->recommendation->summary : QString());
    bool any = false;
    for (int r = 0; r < m_model->rowCount() && !any; ++r) {
        const PlanFinding* each = m_model->findingAt(r);
        any = each->recommendation && !each->recommendation->isEmpty();
    }
    m_fixAll->setEnabled(any);
}

void FindingsPanel::applySelected()
{
    const PlanFinding* f = selectedFinding();
    if (!f)
        return;
    const PlanFinding copy = *f; // the model is reset by the change
    m_document->applyFinding(copy);
}

void FindingsPanel::applyAll()
{
    m_document->applyAllFindings();
}

} // namespace headroom
