// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plan.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace headroom {

// The plan's services for the Exports view, one checkable row each: ticked for export unless
// the user unticked it. Ticks are kept by name, so a plan shown again after an edit keeps the
// user's choice for the services it still has. A plan may hold a hundred thousand services:
// a row is a name, and the view asks only for the rows it shows.
class ExportServicesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ExportServicesModel(QObject* parent = nullptr);

    // The services in plan order (a reset); unticked names the plan no longer has are forgotten.
    void setServices(const QList<PlannedService>& services);
    QString name(int row) const;
    // The row of the service named `name`, or -1.
    int rowOf(const QString& name) const;
    bool isTicked(int row) const;
    bool anyTicked() const { return m_unticked.size() < m_names.size(); }
    bool allTicked() const { return m_unticked.isEmpty(); }
    // The ticked services' names, in plan order.
    QStringList tickedNames() const;
    const QSet<QString>& untickedNames() const { return m_unticked; }
    // Unticks these services (those the list has) and ticks every other.
    void setUntickedNames(const QSet<QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Not shown by the list; the header line of its copy as TSV.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A service was ticked or unticked (not emitted by setServices).
    void ticksChanged();

private:
    // Those of `names` the list holds (one pass over the list, not one per name).
    QSet<QString> present(const QSet<QString>& names) const;

    QStringList m_names;
    QSet<QString> m_unticked; // always a subset of m_names
};

} // namespace headroom
