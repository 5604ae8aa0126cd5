// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plan.h"
#include "model/plansizing.h"
#include "model/servicesizing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace headroom {

// One row per planned service: its sizing as the engine computed it. A thin adapter: the
// numbers come from core and are only formatted here.
class SizingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Kind,
        Tier,
        Replicas,
        CpuRequest,
        CpuLimit,
        MeasuredCpu, // p99/max of a measured service (a topology's primary); empty otherwise
        MemoryRequest,
        MemoryLimit,
        MeasuredMemory,
        Volume,
        Iops,
        Qos,
        Findings,
        ColumnCount
    };
    // SortRole: a number (base units) for quantity columns, the text otherwise.
    // ServiceNameRole: the plan's service name of the row.
    enum Role { SortRole = Qt::UserRole + 1, ServiceNameRole };

    struct Row
    {
        PlannedService service;
        QString role; // primary or replica of a PostgreSQL topology; empty otherwise
        int pods = 1;
        std::optional<ServiceSizing> sizing;
        QString error; // when the engine refused the request
        // The plan's findings for this row (its role's and the whole service's), the same
        // ones the findings panel lists: the Findings column and the row colour read these.
        QList<Finding> findings;
    };

    // One row per role of each sized service, with its findings taken from the plan's list.
    static QList<Row> rowsFor(const Plan& plan, const PlanSizing& sizing);

    explicit SizingTableModel(QObject* parent = nullptr);

    // Emits dataChanged when the rows are the same services as before, else resets.
    void setRows(QList<Row> rows);
    // The rows of `services` again, after an edit that changed only their sizing or findings
    // (dataChanged for their rows); false when one of them has other rows now (then setRows).
    bool updateServices(const Plan& plan, const PlanSizing& sizing, const QSet<QString>& services);
    // The first row of a service, or -1.
    int firstRowOf(const QString& service) const;
    // The worst severity among the row's findings, or none.
    std::optional<Severity> worstSeverity(int row) const;
    const Row* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The measured columns' data, or nothing for other columns and roles.
    std::optional<QVariant> measuredData(const Row& row, int column, int role) const;

    QList<Row> m_rows;
    QHash<QString, int> m_firstRows; // of each service
};

} // namespace headroom
