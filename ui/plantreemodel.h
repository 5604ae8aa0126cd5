// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/plan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStyle>

namespace headroom {

// The plan as a tree: "Node pools" with each pool, then one group per service kind with
// its services. Two columns: the name and a short summary (tier, replicas, size).
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole }; // KindRole: "pool", "service" or "group"
    enum Column { NameColumn, SummaryColumn, ColumnCount };

    explicit PlanTreeModel(QObject* parent = nullptr);

    // Resets when pools or services were added, removed or renamed; otherwise dataChanged.
    void setPlan(const Plan& plan, const Catalog& catalog);
    // One service's row again after an edit of it alone (dataChanged); false when the tree
    // has no such service or the service moved to another group (then setPlan).
    bool updateService(const PlannedService& service, const Catalog& catalog);

    QModelIndex serviceIndex(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Leaf
    {
        QString kind; // pool or service
        QString name;
        QString summary;
        QString tooltip;
    };
    struct Group
    {
        QString title;
        QString id;
        QList<Leaf> leaves;
    };
    static Leaf serviceLeaf(const PlannedService& service, const ServiceDefinition* definition);
    void indexLeaves();

    // The style's icons, made once: a QIcon from the style reads its image files again each
    // time, and data() is asked for every visible row on every repaint.
    QIcon icon(QStyle::StandardPixmap which) const;
    mutable QHash<int, QIcon> m_icons;
    QList<Group> m_groups;
    QHash<QString, std::pair<int, int>> m_serviceRows; // group and row of each service
};

} // namespace headroom
