// SPDX-License-Identifier: Apache-2.0
#include "ui/exportfilesmodel.h"

namespace headroom {

ExportFilesModel::ExportFilesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ExportFilesModel::setFiles(QList<ExportFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

int ExportFilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QVariant ExportFilesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_files.at(index.row()).fileName;
}

QVariant ExportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return tr("File");
}

} // namespace headroom
