// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/clusterplacement.h"
#include "model/measuredsizing.h"
#include "model/plan.h"
#include "model/quantity.h"
#include "model/servicesizing.h"

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
    // For a service without a topology (with one: primaryResources), from its measurement.
    std::optional<ResourceOverrides> resources;
    std::optional<Quantity> volumeSize;
    std::optional<QString> postgresProfile; // the service's own PostgreSQL profile
    bool isEmpty() const
    {
        return !primaryResources && !replicaResources && !primaryMaxConnections && !replicaMaxConnections
            && !enablePooler && !resources && !volumeSize && !postgresProfile;
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
    std::optional<MeasuredSizing> measured; // the service's (a topology's primary's) measurement
    std::optional<MeasuredSizing> measuredReplica; // a topology's replicas', when measured apart
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

} // namespace headroom
