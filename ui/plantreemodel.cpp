// SPDX-License-Identifier: Apache-2.0
#include "ui/plantreemodel.h"

#include <QApplication>
#include <QStyle>

namespace headroom {

namespace {
constexpr quintptr groupId = 0; // internalId of a group; a leaf's is its group's row + 1

bool sameShape(const auto& a, const auto& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype g = 0; g < a.size(); ++g) {
        if (a[g].id != b[g].id || a[g].leaves.size() != b[g].leaves.size())
            return false;
        for (qsizetype i = 0; i < a[g].leaves.size(); ++i) {
            if (a[g].leaves[i].name != b[g].leaves[i].name)
                return false;
        }
    }
    return true;
}
} // namespace

PlanTreeModel::PlanTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(const Plan& plan, const Catalog& catalog)
{
    QList<Group> groups;
    Group pools { tr("Node pools"), QStringLiteral("#pools"), {} };
    for (const auto& p : plan.nodePools) {
        const QString count = p.minCount || p.maxCount
            ? tr("%1-%2 nodes").arg(p.minCount.value_or(0)).arg(p.maxCount.value_or(0))
            : tr("%n node(s)", nullptr, p.count);
        pools.leaves << Leaf { QStringLiteral("pool"), p.name,
                               tr("%1 × %2 CPU, %3").arg(count, p.cpu.toString(), p.memory.toString()),
                               tr("Allocatable per node: %1 CPU, %2 memory, %3 pods")
                                   .arg(p.cpu.toDisplayString(), p.memory.toDisplayString())
                                   .arg(p.maxPods) };
    }
    groups << pools;
    for (const auto& s : plan.services) {
        const ServiceDefinition* def = catalog.service(s.request.service);
        const QString id = s.request.service;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id == id; });
        if (it == groups.end()) {
            groups << Group { def ? def->name : id, id, {} };
            it = groups.end() - 1;
        }
        it->leaves << serviceLeaf(s, def);
    }

    if (sameShape(groups, m_groups)) {
        m_groups = std::move(groups);
        for (int g = 0; g < m_groups.size(); ++g) {
            if (!m_groups[g].leaves.isEmpty())
                emit dataChanged(index(0, 0, index(g, 0)),
                                 index(int(m_groups[g].leaves.size()) - 1, ColumnCount - 1, index(g, 0)));
        }
        return;
    }
    beginResetModel();
    m_groups = std::move(groups);
    indexLeaves();
    endResetModel();
}

PlanTreeModel::Leaf PlanTreeModel::serviceLeaf(const PlannedService& s, const ServiceDefinition* def)
{
    const int replicas = s.topology ? 1 + s.topology->readReplicas : s.request.replicas;
    const QString tier = s.request.size.isEmpty() ? tr("custom") : s.request.size;
    return Leaf { QStringLiteral("service"), s.name, tr("%1, %n pod(s)", nullptr, replicas).arg(tier),
                  tr("%1 (%2), tier %3").arg(s.name, def ? def->name : s.request.service, tier) };
}

void PlanTreeModel::indexLeaves()
{
    m_serviceRows.clear();
    for (int g = 1; g < m_groups.size(); ++g) {
        for (int i = 0; i < m_groups[g].leaves.size(); ++i) {
            if (!m_serviceRows.contains(m_groups[g].leaves[i].name)) // the first of a name, as a search finds
                m_serviceRows.insert(m_groups[g].leaves[i].name, { g, i });
        }
    }
}

bool PlanTreeModel::updateService(const PlannedService& service, const Catalog& catalog)
{
    const auto at = m_serviceRows.constFind(service.name);
    if (at == m_serviceRows.cend() || m_groups[at->first].id != service.request.service)
        return false;
    m_groups[at->first].leaves[at->second] = serviceLeaf(service, catalog.service(service.request.service));
    const QModelIndex group = index(at->first, 0);
    emit dataChanged(index(at->second, 0, group), index(at->second, ColumnCount - 1, group));
    return true;
}

QModelIndex PlanTreeModel::serviceIndex(const QString& name) const
{
    const auto at = m_serviceRows.constFind(name);
    return at == m_serviceRows.cend() ? QModelIndex() : index(at->second, 0, index(at->first, 0));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    if (parent.internalId() != groupId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).leaves.size());
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        const Group& g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return g.title;
        if (role == KindRole)
            return QStringLiteral("group");
        if (role == Qt::DecorationRole && index.column() == NameColumn)
            return icon(QStyle::SP_DirIcon);
        return {};
    }
    const Leaf& leaf = m_groups.at(int(index.internalId() - 1)).leaves.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? leaf.name : leaf.summary;
    case Qt::ToolTipRole:
        return leaf.tooltip;
    case KindRole:
        return leaf.kind;
    case NameRole:
        return leaf.name;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return icon(leaf.kind == QLatin1String("pool") ? QStyle::SP_ComputerIcon : QStyle::SP_DriveHDIcon);
        return {};
    default:
        return {};
    }
}

QIcon PlanTreeModel::icon(QStyle::StandardPixmap which) const
{
    auto it = m_icons.find(int(which));
    if (it == m_icons.end())
        it = m_icons.insert(int(which), QApplication::style()->standardIcon(which));
    return *it;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Plan") : tr("Summary");
}

} // namespace headroom
