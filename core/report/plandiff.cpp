// SPDX-License-Identifier: Apache-2.0
#include "report/plandiff.h"

#include "report/servicereport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace headroom::plan_diff {

namespace {

QString roleKey(const QString& service, const QString& role)
{
    return role.isEmpty() ? service : QStringLiteral("%1/%2").arg(service, role);
}

QMap<QString, const RoleSizing*> rolesOf(const PlanSizing& sizing)
{
    QMap<QString, const RoleSizing*> map;
    for (const auto& s : sizing.services) {
        for (const auto& r : s.roles)
            map.insert(roleKey(s.name, r.role), &r);
    }
    return map;
}

void compareValue(QList<PlanChange>& out, const QString& where, const QString& what, const QString& a, const QString& b)
{
    if (a != b)
        out << PlanChange { where, what, a, b };
}

QString money(const std::optional<double>& v)
{
    return v ? QLocale::c().toString(*v, 'f', 2) : QString();
}

// Findings about the plan itself: a measured.* finding follows the measurement.
int planningFindings(const PlanSizing& sizing, Severity severity)
{
    return int(std::count_if(sizing.findings.cbegin(), sizing.findings.cend(), [&](const PlanFinding& f) {
        return f.finding.severity == severity && !f.finding.code.startsWith(QLatin1String("measured."));
    }));
}

QString distributionText(const std::optional<UsageDistribution>& d)
{
    return d ? QStringLiteral("p99 %1, max %2").arg(d->p99.toString(), d->max.toString()) : QString();
}

// The figures of one measurement that differ, under `subject` (the service, or service/replica).
bool compareMeasurement(QList<PlanChange>& out, const QString& subject, const Measurement& a, const Measurement& b)
{
    if (a == b)
        return false;
    const auto add = [&](const QString& what, const QString& va, const QString& vb) {
        if (va != vb)
            out << PlanChange { subject, what, va, vb, true };
    };
    const auto at = [](const Measurement& m) { return m.at.isValid() ? m.at.toString(Qt::ISODate) : QString(); };
    add(QStringLiteral("measured at"), at(a), at(b));
    add(QStringLiteral("measured cpu"), distributionText(a.cpu), distributionText(b.cpu));
    add(QStringLiteral("measured memory"), distributionText(a.memory), distributionText(b.memory));
    add(QStringLiteral("OOM kills"), QString::number(a.oomKills), QString::number(b.oomKills));
    add(QStringLiteral("throttled"), a.throttled ? a.throttled->toString() : QString(),
        b.throttled ? b.throttled->toString() : QString());
    return true;
}

// The measured figures of each service that has them in either plan, each role apart.
void compareMeasured(QList<PlanChange>& out, const PlanSizing& before, const PlanSizing& after)
{
    QStringList names;
    for (const auto* sizing : { &before, &after }) {
        for (const auto& s : sizing->services) {
            if ((s.measured || s.measuredReplica) && !names.contains(s.name))
                names << s.name;
        }
    }
    for (const auto& name : std::as_const(names)) {
        const ServicePlanSizing* x = before.service(name);
        const ServicePlanSizing* y = after.service(name);
        const Measurement none;
        const auto of = [&none](const ServicePlanSizing* s, bool replica) -> const Measurement& {
            const auto* m = s ? (replica ? &s->measuredReplica : &s->measured) : nullptr;
            return m && *m ? (*m)->measured : none;
        };
        bool changed = compareMeasurement(out, name, of(x, false), of(y, false));
        changed = compareMeasurement(out, QStringLiteral("%1/replica").arg(name), of(x, true), of(y, true)) || changed;
        if (!changed)
            continue;
        const auto add = [&](const QString& what, const QString& va, const QString& vb) {
            if (va != vb)
                out << PlanChange { name, what, va, vb, true };
        };
        for (const Severity sev : { Severity::Error, Severity::Warning }) {
            const auto count = [&](const PlanSizing& sizing) {
                return QString::number(
                    std::count_if(sizing.findings.cbegin(), sizing.findings.cend(), [&](const PlanFinding& f) {
                        return f.service == name && f.finding.severity == sev
                            && f.finding.code.startsWith(QLatin1String("measured."));
                    }));
            };
            add(QStringLiteral("measured %1 findings").arg(severityName(sev)), count(before), count(after));
        }
    }
}

} // namespace

QList<PlanChange> compare(const PlanSizing& before, const PlanSizing& after)
{
    QList<PlanChange> out;
    const auto a = rolesOf(before);
    const auto b = rolesOf(after);
    QStringList keys = a.keys();
    for (const auto& k : b.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const auto& key : std::as_const(keys)) {
        const RoleSizing* x = a.value(key);
        const RoleSizing* y = b.value(key);
        if (!x || !y) {
            const RoleSizing* present = x ? x : y;
            const QString text
                = QStringLiteral("%1 %2, %3 pod(s)")
                      .arg(present->sizing.service,
                           present->sizing.size.isEmpty() ? QStringLiteral("custom") : present->sizing.size)
                      .arg(present->pods);
            out << PlanChange { key, QStringLiteral("service"), x ? text : QString(), y ? text : QString() };
            continue;
        }
        const auto& rx = x->sizing.resources;
        const auto& ry = y->sizing.resources;
        compareValue(out, key, QStringLiteral("pods"), QString::number(x->pods), QString::number(y->pods));
        compareValue(out, key, QStringLiteral("tier"), x->sizing.size, y->sizing.size);
        compareValue(out, key, QStringLiteral("cpu request"), rx.cpuRequest.toString(), ry.cpuRequest.toString());
        compareValue(out, key, QStringLiteral("cpu limit"), rx.cpuLimit.toString(), ry.cpuLimit.toString());
        compareValue(out, key, QStringLiteral("memory request"), memory_format::kubernetes(rx.memoryRequest.raw()),
                     memory_format::kubernetes(ry.memoryRequest.raw()));
        compareValue(out, key, QStringLiteral("memory limit"), memory_format::kubernetes(rx.memoryLimit.raw()),
                     memory_format::kubernetes(ry.memoryLimit.raw()));
        QMap<QString, QString> sx;
        QMap<QString, QString> sy;
        for (const auto& s : x->sizing.settings)
            sx.insert(s.name, s.value);
        for (const auto& s : y->sizing.settings)
            sy.insert(s.name, s.value);
        QStringList names = sx.keys();
        for (const auto& n : sy.keys()) {
            if (!names.contains(n))
                names << n;
        }
        for (const auto& n : std::as_const(names))
            compareValue(out, key, QStringLiteral("setting %1").arg(n), sx.value(n), sy.value(n));
        const auto& stx = x->sizing.storage;
        const auto& sty = y->sizing.storage;
        compareValue(out, key, QStringLiteral("storage class"), stx.storageClass, sty.storageClass);
        compareValue(out, key, QStringLiteral("volume"), stx.size ? memory_format::volume(stx.size->raw()) : QString(),
                     sty.size ? memory_format::volume(sty.size->raw()) : QString());
    }

    // A pool's size (its count, or its autoscaling maximum) is part of the plan even when no
    // price shows it in the cost and the pods use the same nodes.
    QMap<QString, const PoolUsage*> poolsA;
    QMap<QString, const PoolUsage*> poolsB;
    for (const auto& p : before.fit.pools)
        poolsA.insert(p.nodePool, &p);
    for (const auto& p : after.fit.pools)
        poolsB.insert(p.nodePool, &p);
    QStringList pools = poolsA.keys();
    for (const auto& p : poolsB.keys()) {
        if (!pools.contains(p))
            pools << p;
    }
    const auto nodes
        = [](const PoolUsage* p, int PoolUsage::*field) { return p ? QString::number(p->*field) : QString(); };
    for (const auto& p : std::as_const(pools)) {
        const PoolUsage* x = poolsA.value(p);
        const PoolUsage* y = poolsB.value(p);
        const QString where = QCoreApplication::translate("PlanDiff", "pool %1").arg(p);
        compareValue(out, where, QCoreApplication::translate("PlanDiff", "nodes used"),
                     nodes(x, &PoolUsage::nodesNeeded), nodes(y, &PoolUsage::nodesNeeded));
        compareValue(out, where, QCoreApplication::translate("PlanDiff", "nodes available"),
                     nodes(x, &PoolUsage::nodesAvailable), nodes(y, &PoolUsage::nodesAvailable));
    }
    compareValue(out, QStringLiteral("cluster"), QStringLiteral("unplaced pods"),
                 QString::number(before.fit.unplaced.size()), QString::number(after.fit.unplaced.size()));
    compareValue(out, QStringLiteral("cluster"), QStringLiteral("monthly cost"), money(before.fit.monthlyCost),
                 money(after.fit.monthlyCost));
    for (const Severity s : { Severity::Error, Severity::Warning })
        compareValue(out, QStringLiteral("cluster"), QStringLiteral("%1 findings").arg(severityName(s)),
                     QString::number(planningFindings(before, s)), QString::number(planningFindings(after, s)));
    compareMeasured(out, before, after);
    return out;
}

bool changesPlan(const QList<PlanChange>& changes)
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const PlanChange& c) { return !c.measured; });
}

namespace {

QString tableOf(const QList<PlanChange>& changes, bool measured)
{
    TextTable table(
        { QStringLiteral("Where"), QStringLiteral("What"), QStringLiteral("Before"), QStringLiteral("After") });
    for (const auto& c : changes) {
        if (c.measured == measured)
            table.addRow({ c.where, c.what, c.before.isEmpty() ? QStringLiteral("-") : c.before,
                           c.after.isEmpty() ? QStringLiteral("-") : c.after });
    }
    return table.toString();
}

} // namespace

QString toText(const QList<PlanChange>& changes)
{
    QString text = changesPlan(changes)
        ? tableOf(changes, false)
        : QStringLiteral("No differences in resources, settings, storage, nodes or cost.\n");
    if (std::any_of(changes.cbegin(), changes.cend(), [](const PlanChange& c) { return c.measured; }))
        text += QStringLiteral("\nMeasured (not a change of the plan):\n") + tableOf(changes, true);
    return text;
}

} // namespace headroom::plan_diff
