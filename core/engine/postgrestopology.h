// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plan.h"
#include "model/plansizing.h"
#include "model/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// How a PostgreSQL primary and its read replicas share the load, and the connections each
// demands. Shares are of the whole load, per pod.
struct LoadShares
{
    double primary = 1;
    double perReplica = 0;
    bool known = false; // measured or from requests, not assumed
    bool measured = false;
    QString unit; // "commits" or "requests"
};

// From measured commits, else the read share of requests, else an even spread.
LoadShares loadShares(const PostgresTopology& topology);

// A role's client connections: measured, else its share of the topology's clients.
std::optional<Quantity> demandFor(const PostgresRole& role, const PostgresTopology& topology, double share);

// PgBouncer in front of a role, sized for its connection demand.
PoolingPlan poolFor(const QString& role, const Pooler& pooler, std::optional<Quantity> demand);

// What a senior PostgreSQL engineer says about a sized primary and its replicas (memory
// against load, connection exhaustion, replication lag), each with its recommendation.
void topologyFindings(const QString& service, const PostgresTopology& topology, const LoadShares& shares,
                      const ServicePlanSizing& sizing, QList<PlanFinding>& findings);

} // namespace headroom
