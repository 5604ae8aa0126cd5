// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "model/measurement.h"
#include "model/nodepool.h"
#include "model/servicesizing.h"
#include "model/storageclass.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace headroom {

// Explicit limits and requests; each part optional (the tier fills the rest).
struct ResourceOverrides
{
    std::optional<Quantity> cpuLimit;
    std::optional<Quantity> memoryLimit;
    std::optional<Quantity> cpuRequest;
    std::optional<Quantity> memoryRequest;
    bool isEmpty() const { return !cpuLimit && !memoryLimit && !cpuRequest && !memoryRequest; }
    friend bool operator==(const ResourceOverrides&, const ResourceOverrides&) = default;
};

// How the dataset grows: `amount` every `every`.
struct StorageGrowth
{
    Quantity amount = Quantity::bytes(0);
    Quantity every = Quantity::milliseconds(30LL * 86400 * 1000);
    friend bool operator==(const StorageGrowth&, const StorageGrowth&) = default;
};

// One PostgreSQL role (the primary, or each read replica) as planned or measured.
struct PostgresRole
{
    ResourceOverrides resources; // over the service's tier
    std::optional<Quantity> maxConnections; // server-side max_connections
    std::optional<Quantity> commits; // measured commits (any window, the same for both roles)
    std::optional<Quantity> activeConnections; // measured client connections
    friend bool operator==(const PostgresRole&, const PostgresRole&) = default;
};

// PgBouncer in front of each role.
struct Pooler
{
    bool enabled = false;
    QString mode = QStringLiteral("transaction"); // session, transaction, statement
    // Client connections one server connection serves in transaction mode.
    Quantity multiplexing = Quantity::micros(2'000'000);
    Quantity minPoolSize = Quantity::count(20);
    friend bool operator==(const Pooler&, const Pooler&) = default;
};

// A primary with read replicas, and how the load splits between them.
struct PostgresTopology
{
    int readReplicas = 0;
    std::optional<Quantity> requestsPerSecond; // rate
    std::optional<Quantity> readShare; // percent of requests that are reads
    std::optional<Quantity> clientConnections; // total demand, split by load share
    PostgresRole primary;
    PostgresRole replica;
    Pooler pooler;
    // The primary keeps at least this share of the memory when memory follows load: it
    // carries the write path and must be able to serve reads after a failover.
    Quantity primaryMemoryFloor = Quantity::partsPerMillion(400'000);
    friend bool operator==(const PostgresTopology&, const PostgresTopology&) = default;
};

// One service of a plan: a name the user chose and what to size.
struct PlannedService
{
    QString name;
    ServiceRequest request;
    std::optional<Quantity> volumeSize; // the volume as provisioned; else sized from the catalog
    std::optional<StorageGrowth> growth;
    std::optional<PostgresTopology> topology; // postgresql only
    QString nodePool; // pin to one pool
    // Imported usage (a topology: its primary's); never changed by sizing.
    std::optional<Measurement> measured;
    // A topology's replicas, measured apart from the primary (`measured: {primary, replica}`).
    std::optional<Measurement> measuredReplica;
    SourceLocation location;

    // The measurement a role is compared with: the replicas' for a topology's replica role,
    // else the service's (or primary's); null when that role was not measured.
    const Measurement* measurementOf(const QString& role) const;
};

// A capacity plan: node pools, storage classes and the services of a cluster. Plain data.
struct Plan
{
    QString name;
    QString notes;
    QList<NodePool> nodePools;
    QString defaultStorageClass;
    QList<StorageClass> storageClasses; // the user's own, beside the catalog's
    Quantity horizon = Quantity::milliseconds(365LL * 86400 * 1000); // how far storage growth is planned
    std::optional<QosMode> qos; // for services that set none; unset: kDefaultQosMode
    QString postgresProfile; // for PostgreSQL services that name none; empty: kDefaultPostgresProfile
    QList<PlannedService> services;
    QByteArray catalogOverrides; // catalog YAML documents (kind Service, StorageClasses, …)

    const PlannedService* service(const QString& name) const;
    PlannedService* service(const QString& name);
};

bool operator==(const ServiceRequest& a, const ServiceRequest& b);
bool operator==(const PlannedService& a, const PlannedService& b);
bool operator==(const Plan& a, const Plan& b);

} // namespace headroom
