// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plansizing.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace headroom {

class FindingsModel;
class PlanDocument;

// The plan's findings with their fixes: Apply Fix applies the recommendations of the findings
// the user has selected (and is disabled when none of them has one), Apply All Fixes applies
// every recommendation; both as `headroom check --apply` does, each as one undo step.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(PlanDocument* document, QWidget* parent = nullptr);

    void setFindings(const QList<PlanFinding>& findings);

    FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* fixButton() const { return m_fix; }
    QPushButton* fixAllButton() const { return m_fixAll; }
    // The finding the user has selected in the list, or none (also when several are).
    const PlanFinding* selectedFinding() const;
    // The selected findings that have a fix, in the order the list shows them (the sizing's).
    QList<PlanFinding> selectedFixes() const;

signals:
    // A finding was selected or clicked: the window shows its service and input.
    void findingChosen(const PlanFinding& finding);

private:
    void updateButtons();
    void applySelected();
    void applyAll();

    PlanDocument* m_document;
    FindingsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_fixAll = nullptr;
};

} // namespace headroom
