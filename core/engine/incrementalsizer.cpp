// SPDX-License-Identifier: Apache-2.0
#include "engine/incrementalsizer.h"

#include <algorithm>
#include <limits>

namespace headroom {

namespace {
bool samePods(const QList<PodRequest>& a, const QList<PodRequest>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PodRequest& x = a[i];
        const PodRequest& y = b[i];
        if (x.service != y.service || x.name != y.name || x.cpuRequest != y.cpuRequest || x.cpuLimit != y.cpuLimit
            || x.memoryRequest != y.memoryRequest || x.memoryLimit != y.memoryLimit || x.hugePages2Mi != y.hugePages2Mi
            || x.nodePool != y.nodePool)
            return false;
    }
    return true;
}

// What of a plan its services' sizing depends on besides the services: everything but the
// services themselves, the name and the notes, and (unless `withPools`) the node pools.
Plan settingsOf(const Plan& plan, bool withPools)
{
    Plan settings = plan;
    settings.services.clear();
    settings.name.clear();
    settings.notes.clear();
    if (!withPools)
        settings.nodePools.clear();
    return settings;
}

void insertUnplaced(const ClusterFitResult& fit, QSet<QString>& services)
{
    for (const auto& u : fit.unplaced)
        services.insert(u.service);
}
} // namespace

IncrementalSizer::IncrementalSizer(const PlanSizer& sizer)
    : m_sizer(sizer)
{
}

const PlanSizing& IncrementalSizer::size(const Plan& plan)
{
    m_settings = settingsOf(plan, true);
    m_changed.clear();
    m_allChanged = true;
    m_parts.clear();
    m_positions.clear();
    m_positions.reserve(plan.services.size());
    for (const auto& ps : plan.services)
        m_positions.insert(ps.name, int(m_positions.size()));
    // Two services of one name (a plan the loader refuses) are sized as a whole every time.
    m_unique = m_positions.size() == plan.services.size();
    if (!m_unique) {
        m_sizing = m_sizer.size(plan);
        return m_sizing;
    }
    m_sizing = PlanSizing();
    m_sizing.planName = plan.name;
    m_sizing.services.reserve(plan.services.size());
    m_parts.reserve(plan.services.size());
    TextCache texts; // for this run only
    for (const auto& ps : plan.services) {
        m_sizing.services.append(ServicePlanSizing());
        resizeService(plan, ps, m_sizing.services.last(), texts);
    }
    refit(plan);
    mergeFindings();
    return m_sizing;
}

const PlanSizing& IncrementalSizer::update(const Plan& plan, const QString& name)
{
    const auto position = m_positions.constFind(name);
    if (!m_unique || position == m_positions.cend() || plan.services.size() != m_sizing.services.size()
        || plan.services.at(*position).name != name || !(settingsOf(plan, true) == m_settings))
        return update(plan);
    m_sizing.planName = plan.name;
    m_allChanged = false;
    m_changed = { name };
    TextCache texts;
    const bool podsChanged = resizeService(plan, plan.services.at(*position), m_sizing.services[*position], texts);
    if (podsChanged) {
        insertUnplaced(m_sizing.fit, m_changed);
        refit(plan);
        insertUnplaced(m_sizing.fit, m_changed);
    }
    remergeFindings({ *position }, podsChanged);
    return m_sizing;
}

const PlanSizing& IncrementalSizer::update(const Plan& plan)
{
    const Plan settings = settingsOf(plan, true);
    if (!m_unique || !(settingsOf(plan, false) == settingsOf(m_settings, false)))
        return size(plan);
    const bool poolsChanged = !(settings == m_settings);
    m_settings = settings;
    m_sizing.planName = plan.name;
    m_allChanged = false;
    m_changed.clear();
    QSet<int> resized;
    const bool podsChanged = reorder(plan, poolsChanged, resized);
    if (!m_unique)
        return size(plan);
    const bool refitted = podsChanged || poolsChanged;
    if (refitted) {
        insertUnplaced(m_sizing.fit, m_changed);
        refit(plan);
        insertUnplaced(m_sizing.fit, m_changed);
    }
    if (m_allChanged) // services moved: their findings' order with them
        mergeFindings();
    else
        remergeFindings(resized, refitted);
    return m_sizing;
}

bool IncrementalSizer::resizeService(const Plan& plan, const PlannedService& service, ServicePlanSizing& out,
                                     TextCache& texts)
{
    Part part { service, {}, {} };
    out = m_sizer.sizeService(plan, service, texts, part.findings, part.pods);
    auto it = m_parts.find(service.name);
    if (it == m_parts.end()) {
        m_parts.insert(service.name, std::move(part));
        return true;
    }
    const bool podsChanged = !samePods(it->pods, part.pods);
    *it = std::move(part);
    return podsChanged;
}

bool IncrementalSizer::reorder(const Plan& plan, bool poolsChanged, QSet<int>& resized)
{
    QList<ServicePlanSizing> services;
    services.reserve(plan.services.size());
    QHash<QString, int> positions;
    positions.reserve(plan.services.size());
    TextCache texts;
    bool podsChanged = false;
    bool moved = plan.services.size() != m_sizing.services.size();
    for (const auto& ps : plan.services) {
        const auto part = m_parts.constFind(ps.name);
        const auto position = m_positions.constFind(ps.name);
        const int at = int(services.size());
        moved = moved || position == m_positions.cend() || *position != at;
        positions.insert(ps.name, at);
        // The node pools reach a service's sizing only through its measurement.
        if (part != m_parts.cend() && position != m_positions.cend() && part->service == ps
            && !(poolsChanged && (ps.measured || ps.measuredReplica))) {
            services.append(m_sizing.services.at(*position));
            continue;
        }
        services.append(ServicePlanSizing());
        podsChanged = resizeService(plan, ps, services.last(), texts) || podsChanged;
        m_changed.insert(ps.name);
        resized.insert(at);
    }
    m_unique = positions.size() == plan.services.size();
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it) {
        if (!positions.contains(it.key())) {
            m_parts.remove(it.key());
            m_changed.insert(it.key());
            podsChanged = true;
        }
    }
    m_sizing.services = std::move(services);
    m_positions = std::move(positions);
    m_allChanged = moved;
    return podsChanged;
}

void IncrementalSizer::refit(const Plan& plan)
{
    m_clusterFindings.clear();
    m_sizing.fit = ClusterFitResult();
    if (plan.nodePools.isEmpty())
        return;
    QList<PodRequest> pods;
    pods.reserve(plan.services.size() * 2);
    for (const auto& s : std::as_const(m_sizing.services))
        pods << m_parts.constFind(s.name)->pods;
    m_sizing.fit = PlanSizer::fitCluster(plan.nodePools, pods, m_clusterFindings);
}

namespace {
// Where a finding comes from, for the findings' order: its service's place in the plan, or
// after every service for the cluster's.
constexpr int kCluster = std::numeric_limits<int>::max();

// Whether a finding of `severity` raised by `origin` comes before one of `otherSeverity`
// raised by `otherOrigin`: the most severe first, then in the order raised.
bool before(Severity severity, int origin, Severity otherSeverity, int otherOrigin)
{
    return severity != otherSeverity ? severity > otherSeverity : origin < otherOrigin;
}
} // namespace

void IncrementalSizer::mergeFindings()
{
    // PlanSizer::size's order: every service's findings in the plan's order, the cluster's
    // last, sorted by severity (stable).
    QList<std::pair<const PlanFinding*, int>> all;
    all.reserve(m_sizing.findings.size() + 16);
    for (int p = 0; p < m_sizing.services.size(); ++p) {
        for (const auto& f : m_parts.constFind(m_sizing.services.at(p).name)->findings)
            all.append({ &f, p });
    }
    for (const auto& f : std::as_const(m_clusterFindings))
        all.append({ &f, kCluster });
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.first->finding.severity > b.first->finding.severity;
    });
    QList<PlanFinding> findings;
    findings.reserve(all.size());
    m_origins.clear();
    m_origins.reserve(all.size());
    for (const auto& [f, origin] : std::as_const(all)) {
        findings.append(*f);
        m_origins.append(origin);
    }
    m_sizing.findings = std::move(findings);
}

void IncrementalSizer::remergeFindings(const QSet<int>& positions, bool cluster)
{
    // The new findings of those services (and of the cluster), in their order.
    QList<std::pair<const PlanFinding*, int>> fresh;
    QList<int> sorted(positions.cbegin(), positions.cend());
    std::sort(sorted.begin(), sorted.end());
    for (int p : std::as_const(sorted)) {
        for (const auto& f : m_parts.constFind(m_sizing.services.at(p).name)->findings)
            fresh.append({ &f, p });
    }
    if (cluster) {
        for (const auto& f : std::as_const(m_clusterFindings))
            fresh.append({ &f, kCluster });
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const auto& a, const auto& b) {
        return a.first->finding.severity > b.first->finding.severity;
    });
    // Merged with the others' findings, which are moved, not copied: both lists are in the
    // findings' order already.
    QList<PlanFinding> old = std::move(m_sizing.findings);
    const QList<int> oldOrigins = std::move(m_origins);
    QList<PlanFinding> findings;
    findings.reserve(old.size() + fresh.size());
    m_origins = QList<int>();
    m_origins.reserve(old.size() + fresh.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < old.size(); ++i) {
        const int origin = oldOrigins.at(i);
        if (origin == kCluster ? cluster : positions.contains(origin))
            continue;
        const Severity severity = old.at(i).finding.severity;
        for (; next < fresh.size()
             && before(fresh.at(next).first->finding.severity, fresh.at(next).second, severity, origin);
             ++next) {
            findings.append(*fresh.at(next).first);
            m_origins.append(fresh.at(next).second);
        }
        findings.append(std::move(old[i]));
        m_origins.append(origin);
    }
    for (; next < fresh.size(); ++next) {
        findings.append(*fresh.at(next).first);
        m_origins.append(fresh.at(next).second);
    }
    m_sizing.findings = std::move(findings);
}

} // namespace headroom
