// SPDX-License-Identifier: Apache-2.0
#include "ui/findingsmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace headroom {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QColor FindingsModel::severityColor(Severity severity)
{
    // Readable on light and dark palettes.
    switch (severity) {
    case Severity::Error:
        return QColor(0xd0, 0x3a, 0x2f);
    case Severity::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Severity::Info:
        break;
    }
    return QColor(0x2f, 0x7d, 0xc4);
}

void FindingsModel::setFindings(QList<PlanFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const PlanFinding* FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const PlanFinding& f = m_findings.at(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon = f.finding.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
            : f.finding.severity == Severity::Warning                             ? QStyle::SP_MessageBoxWarning
                                                                                  : QStyle::SP_MessageBoxInformation;
        auto it = m_icons.find(int(icon));
        if (it == m_icons.end())
            it = m_icons.insert(int(icon), QApplication::style()->standardIcon(icon));
        return *it;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = f.finding.message;
        if (!f.finding.fix.isEmpty())
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(f.finding.fix);
        if (f.recommendation && !f.recommendation->isEmpty())
            tip += QLatin1Char('\n') + tr("Headroom can apply: %1").arg(f.recommendation->summary);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityText(f.finding.severity);
    case ServiceColumn:
        if (f.service.isEmpty())
            return tr("cluster");
        return f.role.isEmpty() ? f.service : QStringLiteral("%1/%2").arg(f.service, f.role);
    case MessageColumn:
        return f.finding.message;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ServiceColumn:
        return tr("Service");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace headroom
