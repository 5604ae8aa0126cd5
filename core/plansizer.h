#pragma once

#include "catalog.h"
#include "clusterfit.h"
#include "plan.h"
#include "sizing.h"
#include "sizingengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// What a finding proposes to change in its service; plain data so several recommendations
// can be applied one after another.
struct Recommendation
{
    QString summary; // one sentence: what changes
    std::optional<ResourceOverrides> primaryResources;
    std::optional<ResourceOverrides> replicaResources;
    std::optional<Quantity> primaryMaxConnections;
    std::optional<Quantity> replicaMaxConnections;
    std::optional<bool> enablePooler;
    bool isEmpty() const
    {
        return !primaryResources && !replicaResources && !primaryMaxConnections && !replicaMaxConnections
            && !enablePooler;
    }
};

struct PlanFinding
{
    QString service; // empty for cluster-wide findings
    QString role; // primary, replica, or empty
    Finding finding;
    std::optional<Recommendation> recommendation;
};

// One role of a service (the primary, the read replicas) or, without a topology, the
// service itself (role empty).
// A PostgreSQL role's own resources over the tier's: a request above the role's limit is
// dropped rather than pulled under it. The what-if sweep sizes a role the same way.
ServiceRequest withResources(ServiceRequest request, const ResourceOverrides& overrides);

struct RoleSizing
{
    QString role;
    int pods = 1;
    ServiceSizing sizing;
    std::optional<double> loadShare; // per pod, of the service's whole load
    bool loadShareMeasured = false; // from measured commits rather than requests
    std::optional<Quantity> demandConnections; // client connections to one pod
};

// PgBouncer settings for one role, derived from its connection demand.
struct PoolingPlan
{
    QString role;
    QString mode;
    int defaultPoolSize = 0;
    int reservePoolSize = 0;
    int maxClientConn = 0;
    int maxDbConnections = 0;
    int serverMaxConnections = 0; // what PostgreSQL's max_connections becomes
};

struct StorageForecast
{
    Quantity now = Quantity::bytes(0); // the catalog's sizing today
    Quantity atHorizon = Quantity::bytes(0);
    Quantity volume = Quantity::bytes(0); // planned or given
    bool volumeGiven = false;
    Quantity horizon = Quantity::milliseconds(0);
    std::optional<Quantity> timeToFull; // with growth only
};

struct ServicePlanSizing
{
    QString name;
    QString kind;
    QList<RoleSizing> roles;
    QList<PoolingPlan> pooling;
    std::optional<StorageForecast> storage;
    QString error; // the service could not be sized
};

struct PlanSizing
{
    QString planName;
    QList<ServicePlanSizing> services;
    ClusterFitResult fit;
    QList<PlanFinding> findings; // every finding: services' (with their roles) and the cluster's
    int count(Severity severity) const;
    const ServicePlanSizing* service(const QString& name) const;
};

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

    // The plan with a finding's recommendation applied to its service.
    static Plan apply(const Plan& plan, const PlanFinding& finding);

private:
    SizingEngine m_engine;
};

} // namespace headroom
