// SPDX-License-Identifier: Apache-2.0
#include "ui/sizingtablemodel.h"

#include "engine/clusterfit.h"
#include "model/catalogtext.h"
#include "model/role.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace headroom {

SizingTableModel::SizingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SizingTableModel::setRows(QList<Row> rows)
{
    bool same = rows.size() == m_rows.size() && !rows.isEmpty();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows[i].service.name == m_rows[i].service.name && rows[i].role == m_rows[i].role;
    if (same) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_firstRows.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_firstRows.contains(m_rows[r].service.name))
            m_firstRows.insert(m_rows[r].service.name, r);
    }
    endResetModel();
}

int SizingTableModel::firstRowOf(const QString& service) const
{
    return m_firstRows.value(service, -1);
}

namespace {
// The plan's findings of each service, in the plan's order.
using FindingsByService = QHash<QString, QList<const PlanFinding*>>;

FindingsByService findingsByService(const PlanSizing& sizing)
{
    FindingsByService byService;
    for (const auto& f : sizing.findings)
        byService[f.service].append(&f);
    return byService;
}

// One row per role of a sized service (one row for a service that cannot be sized).
void appendRows(const PlannedService& planned, const ServicePlanSizing& service, const FindingsByService& byService,
                QList<SizingTableModel::Row>& rows)
{
    const auto findingsOf = [&](const QString& role) {
        QList<Finding> out;
        for (const PlanFinding* f : byService.value(service.name)) {
            if (f->role.isEmpty() || f->role == role)
                out.append(f->finding);
        }
        return out;
    };
    if (!service.error.isEmpty())
        rows << SizingTableModel::Row { planned,      QString(),     planned.request.replicas,
                                        std::nullopt, service.error, findingsOf(QString()) };
    for (const auto& role : service.roles)
        rows << SizingTableModel::Row { planned, role.role, role.pods, role.sizing, QString(), findingsOf(role.role) };
}

// The plan's service of each name (the first of a name, as Plan::service finds it).
QHash<QString, const PlannedService*> servicesByName(const Plan& plan)
{
    QHash<QString, const PlannedService*> byName;
    byName.reserve(plan.services.size());
    for (const auto& s : plan.services)
        if (!byName.contains(s.name))
            byName.insert(s.name, &s);
    return byName;
}
} // namespace

QList<SizingTableModel::Row> SizingTableModel::rowsFor(const Plan& plan, const PlanSizing& sizing)
{
    QList<Row> rows;
    rows.reserve(sizing.services.size() + 8);
    const FindingsByService byService = findingsByService(sizing);
    const auto planned = servicesByName(plan);
    for (const auto& service : sizing.services) {
        if (const PlannedService* p = planned.value(service.name))
            appendRows(*p, service, byService, rows);
    }
    return rows;
}

bool SizingTableModel::updateServices(const Plan& plan, const PlanSizing& sizing, const QSet<QString>& services)
{
    if (services.isEmpty())
        return true;
    FindingsByService byService;
    for (const auto& f : sizing.findings) {
        if (services.contains(f.service))
            byService[f.service].append(&f);
    }
    for (const QString& name : services) {
        const auto first = m_firstRows.constFind(name);
        const PlannedService* planned = plan.service(name);
        const ServicePlanSizing* service = sizing.service(name);
        if (first == m_firstRows.cend() || !planned || !service)
            return false;
        QList<Row> rows;
        appendRows(*planned, *service, byService, rows);
        const int at = *first;
        for (int i = 0; i < rows.size(); ++i) {
            if (at + i >= m_rows.size() || m_rows[at + i].service.name != name || m_rows[at + i].role != rows[i].role)
                return false;
        }
        if (at + rows.size() < m_rows.size() && m_rows[at + rows.size()].service.name == name)
            return false; // fewer rows than before
        for (int i = 0; i < rows.size(); ++i)
            m_rows[at + i] = std::move(rows[i]);
        if (!rows.isEmpty())
            emit dataChanged(index(at, 0), index(at + int(rows.size()) - 1, ColumnCount - 1));
    }
    return true;
}

std::optional<Severity> SizingTableModel::worstSeverity(int row) const
{
    const Row* r = rowAt(row);
    if (!r)
        return std::nullopt;
    if (!r->error.isEmpty())
        return Severity::Error;
    std::optional<Severity> worst;
    for (const auto& f : r->findings)
        worst = worst ? std::max(*worst, f.severity) : f.severity;
    return worst;
}

namespace {
QosClass qosOf(const Resources& r)
{
    PodRequest pod;
    pod.cpuRequest = r.cpuRequest;
    pod.cpuLimit = r.cpuLimit;
    pod.memoryRequest = r.memoryRequest;
    pod.memoryLimit = r.memoryLimit;
    return ClusterFit::qosOf(pod);
}

QString memoryBreakdown(const ServiceSizing& s)
{
    QList<std::int64_t> parts;
    for (const auto& m : s.memory)
        parts << m.allocated.raw();
    parts << s.memoryRemainder.raw();
    // Rounded together, so that the lines add up to the limit they share.
    const QStringList amounts = memory_format::displayParts(parts);
    QStringList lines;
    for (qsizetype i = 0; i < s.memory.size(); ++i)
        lines << SizingTableModel::tr("%1: %2").arg(catalogTitle(s.memory.at(i).title, s.memory.at(i).name),
                                                    amounts.at(i));
    lines << SizingTableModel::tr("%1: %2").arg(catalogText(s.memoryRemainderTitle), amounts.last());
    return lines.join(QLatin1Char('\n'));
}
// The measured distribution a row shows: its role's (a service's own, a topology's primary's
// or its replicas').
const UsageDistribution* measuredOf(const SizingTableModel::Row& row, int column)
{
    const Measurement* m = row.service.measurementOf(row.role);
    if (!m)
        return nullptr;
    const auto& d = column == SizingTableModel::MeasuredCpu ? m->cpu : m->memory;
    return d ? &*d : nullptr;
}
} // namespace

std::optional<QVariant> SizingTableModel::measuredData(const Row& row, int column, int role) const
{
    if (column != MeasuredCpu && column != MeasuredMemory)
        return std::nullopt;
    const UsageDistribution* d = measuredOf(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return d ? QVariant(QStringLiteral("%1/%2").arg(d->p99.toString(), d->max.toString())) : QVariant();
    case SortRole:
        return qlonglong(d ? d->max.raw() : -1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!d)
            return QVariant();
        return tr("Measured over %1: p50 %2, p95 %3, p99 %4, max %5")
            .arg(row.service.measurementOf(row.role)->window.toString(), d->p50.toDisplayString(),
                 d->p95.toDisplayString(), d->p99.toDisplayString(), d->max.toDisplayString());
    default:
        return std::nullopt;
    }
}

const SizingTableModel::Row* SizingTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SizingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SizingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SizingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const ServiceRequest& request = row.service.request;
    if (auto measured = measuredData(row, index.column(), role))
        return *measured;

    Severity worst = Severity::Info;
    const bool anyFinding = !row.findings.isEmpty();
    for (const auto& f : row.findings)
        worst = std::max(worst, f.severity);

    if (role == Qt::ForegroundRole && index.column() == Findings && (anyFinding || !row.error.isEmpty())) {
        // Severity colours that stay readable on light and dark palettes.
        if (!row.error.isEmpty() || worst == Severity::Error)
            return QBrush(QColor(0xd0, 0x3a, 0x2f));
        if (worst == Severity::Warning)
            return QBrush(QColor(0xc7, 0x7c, 0x02));
        return {};
    }
    if (role == Qt::BackgroundRole && (anyFinding || !row.error.isEmpty())) {
        // A light tint of the severity colour over the whole row.
        if (!row.error.isEmpty() || worst == Severity::Error)
            return QBrush(QColor(0xd0, 0x3a, 0x2f, 40));
        if (worst == Severity::Warning)
            return QBrush(QColor(0xc7, 0x7c, 0x02, 40));
        return {};
    }
    if (role == ServiceNameRole)
        return row.service.name;
    if (role == SortRole) {
        if (row.sizing) {
            const ServiceSizing& s = *row.sizing;
            switch (index.column()) {
            case Replicas:
                return row.pods;
            case CpuRequest:
                return qlonglong(s.resources.cpuRequest.raw());
            case CpuLimit:
                return qlonglong(s.resources.cpuLimit.raw());
            case MemoryRequest:
                return qlonglong(s.resources.memoryRequest.raw());
            case MemoryLimit:
                return qlonglong(s.resources.memoryLimit.raw());
            case Volume:
                return qlonglong(s.storage.size ? s.storage.size->raw() : 0);
            case Iops:
                return qlonglong(s.storage.iopsNeeded ? s.storage.iopsNeeded->raw() : 0);
            case Findings: {
                // Worst first when sorted descending: severity, then how many.
                return qlonglong((anyFinding ? int(worst) + 1 : 0) * 1000 + row.findings.size());
            }
            default:
                break;
            }
        } else if (index.column() == Findings) {
            return qlonglong(10000);
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == MemoryLimit && row.sizing)
        return memoryBreakdown(*row.sizing);
    if (role == Qt::TextAlignmentRole && index.column() >= Replicas)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Findings) {
        if (!row.error.isEmpty())
            return row.error;
        QStringList lines;
        for (const auto& f : row.findings)
            lines << tr("%1: %2").arg(severityText(f.severity), f.message);
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
        return memory_format::kubernetes(s.resources.memoryRequest.raw());
    case MemoryLimit:
        return memory_format::kubernetes(s.resources.memoryLimit.raw());
    case Volume:
        return s.storage.size ? memory_format::volume(s.storage.size->raw()) : QString();
    case Iops:
        return s.storage.iopsNeeded ? s.storage.iopsNeeded->toDisplayString() : QString();
    case Qos:
        return qosClassName(qosOf(s.resources));
    case Findings:
        return row.findings.isEmpty() ? tr("none") : tr("%n finding(s)", nullptr, int(row.findings.size()));
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
    case MeasuredCpu:
        return tr("CPU p99/max");
    case MeasuredMemory:
        return tr("Memory p99/max");
    case Volume:
        return tr("Volume");
    case Iops:
        return tr("IOPS");
    case Qos:
        return tr("QoS");
    case Findings:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace headroom
