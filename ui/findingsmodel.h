// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace headroom {

// The plan's findings, worst first as PlanSizer lists them: severity, service, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, ServiceColumn, MessageColumn, ColumnCount };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<PlanFinding> findings);
    const PlanFinding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor severityColor(Severity severity);

private:
    QList<PlanFinding> m_findings;
    // The style's severity icons, made once (a style icon reads its files each time).
    mutable QHash<int, QIcon> m_icons;
};

} // namespace headroom
