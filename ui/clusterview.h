// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace headroom {

class PlanDocument;
struct MeasuredNodeUse;
struct NodePool;

// The cluster fit: each node pool with its nodes' requested CPU and memory as bars (and,
// under a node with measured pods, what they used), and the pods no node could take, with
// the reason.
class ClusterView : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterView(PlanDocument* document, QWidget* parent = nullptr);
    void refresh();

    QTreeWidget* nodes() const { return m_nodes; }
    QTreeWidget* unplaced() const { return m_unplaced; }
    QLabel* summary() const { return m_summary; }

signals:
    // An unplaced pod was clicked: the window selects the service it belongs to.
    void serviceActivated(const QString& service);

private:
    // Each column as wide as its header and contents: names, counts and the bars' texts.
    void fitColumns();
    void addMeasured(QTreeWidgetItem* node, const MeasuredNodeUse& use, const NodePool& pool);

    PlanDocument* m_document;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_nodes = nullptr;
    QLabel* m_unplacedTitle = nullptr;
    QTreeWidget* m_unplaced = nullptr;
};

} // namespace headroom
