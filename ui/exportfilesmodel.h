// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportfile.h"

#include <QAbstractListModel>
#include <QList>

namespace headroom {

// The files of the service the Exports view shows, one row per file, by file name.
class ExportFilesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ExportFilesModel(QObject* parent = nullptr);

    // A reset: another service's files.
    void setFiles(QList<ExportFile> files);
    const QList<ExportFile>& files() const { return m_files; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Not shown by the list; the header line of its copy as TSV.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExportFile> m_files;
};

} // namespace headroom
