// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plansizing.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace headroom {

class FindingsModel;
class PlanDocument;

// The plan's findings with their fixes: Apply Fix applies the recommendation of the finding
// the user has selected (and is disabled with none), Apply All Fixes applies every
// recommendation as `headroom check --apply` does, each as one undo step.
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
    // The finding the user has selected in the list, or none.
    const PlanFinding* selectedFinding() const;

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
