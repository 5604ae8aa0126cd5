#include "sizingtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace headroom {

SizingTableModel::SizingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SizingTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SizingTableModel::Row* SizingTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SizingTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SizingTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SizingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const ServiceRequest& request = row.service.request;

    Severity worst = Severity::Info;
    bool anyFinding = false;
    if (row.sizing) {
        for (const auto& f : row.sizing->findings) {
            anyFinding = true;
            worst = std::max(worst, f.severity);
        }
    }

    if (role == Qt::ForegroundRole && index.column() == Findings && (anyFinding || !row.error.isEmpty())) {
        // Severity colours that stay readable on light and dark palettes.
        if (!row.error.isEmpty() || worst == Severity::Error)
            return QBrush(QColor(0xd0, 0x3a, 0x2f));
        if (worst == Severity::Warning)
            return QBrush(QColor(0xc7, 0x7c, 0x02));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Replicas)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Findings) {
        if (!row.error.isEmpty())
            return row.error;
        QStringList lines;
        if (row.sizing) {
            for (const auto& f : row.sizing->findings)
                lines << QStringLiteral("%1: %2").arg(severityName(f.severity), f.message);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Name:
        return row.role.isEmpty() ? row.service.name : QStringLiteral("%1/%2").arg(row.service.name, row.role);
    case Kind:
        return request.service;
    case Tier:
        return request.size.isEmpty() ? tr("custom") : request.size;
    case Replicas:
        return row.pods;
    default:
        break;
    }
    if (!row.sizing)
        return index.column() == Findings ? tr("cannot size") : QVariant();
    const ServiceSizing& s = *row.sizing;
    switch (index.column()) {
    case CpuRequest:
        return s.resources.cpuRequest.toString();
    case CpuLimit:
        return s.resources.cpuLimit.toString();
    case MemoryRequest:
        return s.resources.memoryRequest.toString();
    case MemoryLimit:
        return s.resources.memoryLimit.toString();
    case Volume:
        return s.storage.size ? s.storage.size->toString() : QString();
    case Iops:
        return s.storage.iopsNeeded ? s.storage.iopsNeeded->toDisplayString() : QString();
    case Findings:
        return s.findings.isEmpty() ? tr("none") : tr("%n finding(s)", nullptr, int(s.findings.size()));
    default:
        return {};
    }
}

QVariant SizingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Kind:
        return tr("Kind");
    case Tier:
        return tr("Tier");
    case Replicas:
        return tr("Replicas");
    case CpuRequest:
        return tr("CPU request");
    case CpuLimit:
        return tr("CPU limit");
    case MemoryRequest:
        return tr("Memory request");
    case MemoryLimit:
        return tr("Memory limit");
    case Volume:
        return tr("Volume");
    case Iops:
        return tr("IOPS");
    case Findings:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace headroom
