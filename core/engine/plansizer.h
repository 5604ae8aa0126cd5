// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/sizingengine.h"
#include "engine/textcache.h"
#include "model/catalog.h"
#include "model/clusterplacement.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// A PostgreSQL role's own resources over the tier's: a request above the role's limit is
// dropped rather than pulled under it. The what-if sweep sizes a role the same way.
ServiceRequest withResources(ServiceRequest request, const ResourceOverrides& overrides);

// A PostgreSQL role's place in the plan, as its profile reads it: replica or primary, the
// read replicas, PgBouncer in front, huge pages on its node pool (the one it is pinned to,
// or the plan's only pool). The volume is left to the sizing.
PostgresRoleContext postgresRoleContext(const Plan& plan, const QString& service, const QString& role);
// The same for a service at hand, without looking it up by name (a plan's every service would
// make that quadratic).
PostgresRoleContext postgresRoleContext(const Plan& plan, const PlannedService& service, const QString& role);

// Sizes a whole plan: each service (a PostgreSQL topology as its roles), pooling, storage
// over the planning horizon, the cluster fit and the findings, with recommendations.
class PlanSizer
{
    Q_DECLARE_TR_FUNCTIONS(PlanSizer)

public:
    // `catalog` must be the plan's effective catalog (PlanLoader::effectiveCatalog()).
    explicit PlanSizer(Catalog catalog);

    PlanSizing size(const Plan& plan) const;
    const SizingEngine& engine() const { return m_engine; }

    // The parts size() is made of, for IncrementalSizer. One service's roles, storage and
    // topology, which depend on the service and the plan's settings only; its findings
    // (in the order raised) and pods are appended to `findings` and `pods`.
    ServicePlanSizing sizeService(const Plan& plan, const PlannedService& service, TextCache& texts,
                                  QList<PlanFinding>& findings, QList<PodRequest>& pods) const;
    // The plan's pods placed on its node pools, with a finding for each pod that is not.
    static ClusterFitResult fitCluster(const QList<NodePool>& pools, const QList<PodRequest>& pods,
                                       QList<PlanFinding>& findings);

    // The plan with a finding's recommendation applied to its service.
    static Plan apply(const Plan& plan, const PlanFinding& finding);
    // Every finding's recommendation of one sizing, each service's once, worst finding first,
    // all on the plan that was sized: what `headroom check --apply` writes. `applied` gets
    // the findings whose recommendation was applied.
    static Plan applyAll(const Plan& plan, const QList<PlanFinding>& findings, QList<PlanFinding>* applied = nullptr);

private:
    SizingEngine m_engine;
};

} // namespace headroom
