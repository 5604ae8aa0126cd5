// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "model/clusterplacement.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace headroom {

// A plan's sizing kept up to date edit by edit, for a window that re-sizes on every change.
// The sizing of a service depends on the service itself and the plan's settings; the
// cluster fit on every pod; the plan's findings are the services' findings and the fit's,
// in one order. So an edit re-sizes the services it changed, refits the cluster only when
// their pods changed, and merges the findings again. Every result equals PlanSizer::size of
// the same plan.
class IncrementalSizer
{
public:
    explicit IncrementalSizer(const PlanSizer& sizer);

    // Sizes every service of `plan`.
    const PlanSizing& size(const Plan& plan);
    // `plan` after an edit of the service `name` alone (changed, added or removed).
    const PlanSizing& update(const Plan& plan, const QString& name);
    // `plan` after any edit: each service is compared with the one last sized.
    const PlanSizing& update(const Plan& plan);

    const PlanSizing& sizing() const { return m_sizing; }
    // The services whose sizing or findings the last call may have changed; every service
    // when allChanged().
    const QSet<QString>& changedServices() const { return m_changed; }
    bool allChanged() const { return m_allChanged; }

private:
    // What a service added to the plan's sizing, and the service it was sized from.
    struct Part
    {
        PlannedService service;
        QList<PlanFinding> findings;
        QList<PodRequest> pods;
    };

    // Sizes one service into m_parts and returns whether its pods changed.
    bool resizeService(const Plan& plan, const PlannedService& service, ServicePlanSizing& out, TextCache& texts);
    // The services' sizings again in the plan's order, reusing the unchanged ones; the
    // positions of those sized again go to `resized`. Returns whether any pods changed.
    bool reorder(const Plan& plan, bool poolsChanged, QSet<int>& resized);
    void refit(const Plan& plan);
    // The plan's findings from every service's and the cluster's.
    void mergeFindings();
    // The plan's findings with those of the services at `positions` (and the cluster's when
    // `cluster`) replaced, the others kept in place.
    void remergeFindings(const QSet<int>& positions, bool cluster);
    static bool sameSettings(const Plan& a, const Plan& b);

    const PlanSizer& m_sizer;
    Plan m_settings; // the plan last sized, without its services
    PlanSizing m_sizing;
    QHash<QString, Part> m_parts;
    QHash<QString, int> m_positions; // of each service in m_sizing.services
    QList<PlanFinding> m_clusterFindings;
    QList<int> m_origins; // of each of m_sizing.findings: its service's position, or the cluster
    QSet<QString> m_changed;
    bool m_allChanged = true;
    bool m_unique = false; // every service's name is its own
};

} // namespace headroom
