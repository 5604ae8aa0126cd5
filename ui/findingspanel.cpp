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

#include <algorithm>

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
    // Several findings: to fix them at once, or to copy them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

namespace {
bool hasFix(const PlanFinding& finding)
{
    return finding.recommendation && !finding.recommendation->isEmpty();
}
} // namespace

const PlanFinding* FindingsPanel::selectedFinding() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() != 1 ? nullptr : m_model->findingAt(rows.first().row());
}

QList<PlanFinding> FindingsPanel::selectedFixes() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // In the order selected otherwise; check --apply's order is the list's.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<PlanFinding> fixes;
    for (const QModelIndex& row : std::as_const(rows)) {
        if (const PlanFinding* f = m_model->findingAt(row.row()); f && hasFix(*f))
            fixes << *f;
    }
    return fixes;
}

void FindingsPanel::updateButtons()
{
    const QList<PlanFinding> fixes = selectedFixes();
    m_fix->setEnabled(!fixes.isEmpty());
    if (fixes.size() == 1)
        m_fix->setToolTip(fixes.first().recommendation->summary);
    else if (fixes.isEmpty())
        m_fix->setToolTip(QString());
    else
        m_fix->setToolTip(tr("Fixes %n of the selected findings as one undo step.", nullptr, int(fixes.size())));
    bool any = false;
    for (int r = 0; r < m_model->rowCount() && !any; ++r)
        any = hasFix(*m_model->findingAt(r));
    m_fixAll->setEnabled(any);
}

void FindingsPanel::applySelected()
{
    // Copies: the model is reset by the change.
    const QList<PlanFinding> fixes = selectedFixes();
    if (!fixes.isEmpty())
        m_document->applyFindings(fixes);
}

void FindingsPanel::applyAll()
{
    m_document->applyAllFindings();
}

} // namespace headroom
