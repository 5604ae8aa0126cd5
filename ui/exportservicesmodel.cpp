// SPDX-License-Identifier: Apache-2.0
#include "ui/exportservicesmodel.h"

namespace headroom {

ExportServicesModel::ExportServicesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ExportServicesModel::setServices(const QList<PlannedService>& services)
{
    beginResetModel();
    m_names.clear();
    m_names.reserve(services.size());
    for (const auto& s : services)
        m_names << s.name;
    m_unticked = present(m_unticked);
    endResetModel();
}

QSet<QString> ExportServicesModel::present(const QSet<QString>& names) const
{
    QSet<QString> found;
    if (names.isEmpty())
        return found;
    for (const QString& name : m_names) {
        if (names.contains(name))
            found.insert(name);
    }
    return found;
}

QString ExportServicesModel::name(int row) const
{
    return m_names.value(row);
}

int ExportServicesModel::rowOf(const QString& name) const
{
    return int(m_names.indexOf(name));
}

bool ExportServicesModel::isTicked(int row) const
{
    return row >= 0 && row < m_names.size() && !m_unticked.contains(m_names.at(row));
}

QStringList ExportServicesModel::tickedNames() const
{
    QStringList ticked;
    ticked.reserve(m_names.size() - m_unticked.size());
    for (const QString& name : m_names) {
        if (!m_unticked.contains(name))
            ticked << name;
    }
    return ticked;
}

void ExportServicesModel::setUntickedNames(const QSet<QString>& names)
{
    QSet<QString> unticked = present(names);
    if (unticked == m_unticked)
        return;
    m_unticked = std::move(unticked);
    if (!m_names.isEmpty())
        emit dataChanged(index(0), index(int(m_names.size()) - 1), { Qt::CheckStateRole });
    emit ticksChanged();
}

int ExportServicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant ExportServicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_names.at(index.row());
    if (role == Qt::CheckStateRole)
        return int(isTicked(index.row()) ? Qt::Checked : Qt::Unchecked);
    return {};
}

QVariant ExportServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return tr("Service");
}

bool ExportServicesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_names.size())
        return false;
    const bool tick = value.toInt() == Qt::Checked;
    if (tick == isTicked(index.row()))
        return true;
    if (tick)
        m_unticked.remove(m_names.at(index.row()));
    else
        m_unticked.insert(m_names.at(index.row()));
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit ticksChanged();
    return true;
}

Qt::ItemFlags ExportServicesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace headroom
