// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/qosmode.h"
#include "model/quantity.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// The profile PostgreSQL's settings and memory breakdown come from unless a plan or a
// command names another.
inline constexpr const char* kDefaultPostgresProfile = "headroom";

// What a PostgreSQL profile reads besides a role's limits and inputs: its place in the plan.
struct PostgresRoleContext
{
    bool replica = false;
    int readReplicas = 0;
    bool pooled = false;
    std::optional<Quantity> volume; // the planned volume; unset: the catalog's storage size
    bool hugePages = false; // the role's node pool offers huge pages
    int pgVersion = 16; // the target chart's PostgreSQL
    friend bool operator==(const PostgresRoleContext&, const PostgresRoleContext&) = default;
};

// What to size: one service of the catalog, at a workload size or with explicit limits.
struct ServiceRequest
{
    QString service; // catalog id
    QString size; // workload size id; may be empty when both limits are given
    std::optional<Quantity> cpuLimit;
    std::optional<Quantity> memoryLimit;
    std::optional<Quantity> cpuRequest;
    std::optional<Quantity> memoryRequest;
    std::optional<QosMode> qos; // unset: the plan's, else kDefaultQosMode
    int replicas = 1;
    QString storageClass; // empty: the service's default
    QMap<QString, Quantity> inputs; // by input name; others take their defaults
    // For a service whose settings come from a PostgreSQL profile (settingsFrom:
    // postgresProfile): the profile's id (empty: kDefaultPostgresProfile) and the role's place.
    QString postgresProfile;
    PostgresRoleContext postgres;
};

struct Resources
{
    Quantity cpuRequest = Quantity::millicores(0);
    Quantity cpuLimit = Quantity::millicores(0);
    Quantity memoryRequest = Quantity::bytes(0);
    Quantity memoryLimit = Quantity::bytes(0);
    // 2 MiB huge pages for PostgreSQL's shared memory, requested and limited alike (Kubernetes
    // requires it); set only where the role's node pool offers huge pages and the settings
    // let PostgreSQL map them.
    std::optional<Quantity> hugePages2Mi;
};

// An input as the engine used it, and where its value came from.
struct InputValue
{
    QString name;
    QString title;
    Quantity value;
    QString source; // "set", "default", "tier large", "matrix column connections"
    QString description;
};

// One evaluated formula, with the guide's own figure beside it where the catalog has one.
struct FormulaValue
{
    QString name;
    QString title;
    Quantity value;
    QString explanation;
    std::optional<Quantity> guideValue;
    QString guideNote;
};

// A named share of the container's memory. `allocated` is what fits under the limit in
// priority order; it is below `demand` only when the limit is too small.
struct MemoryComponent
{
    QString name;
    QString title;
    Quantity demand;
    Quantity allocated;
    QString explanation;
    // What the workload needs of it whatever the limit (the catalog's `demand:`), where
    // `demand` is what the configuration sized from the limit gives it; unset when the
    // catalog names no such formula. What-if curves show this need crossing the limit.
    std::optional<Quantity> workloadDemand;

    Quantity need() const { return workloadDemand.value_or(demand); }
};

struct Setting
{
    QString name;
    QString value; // as the engine's configuration writes it
    QString explanation;
};

struct StorageSizing
{
    QString storageClass;
    QString storageClassName;
    std::optional<Quantity> size;
    std::optional<Quantity> iopsNeeded;
    std::optional<Quantity> throughputNeeded;
    Quantity iopsCeiling = Quantity::iops(0); // of the class, for this volume size
    Quantity throughputCeiling = Quantity::bytesPerSecond(0);
};

struct Finding
{
    QString code; // stable: postgresql.work-mem-low, memory.overcommit
    Severity severity = Severity::Warning;
    QString message;
    QString fix;
    QStringList inputs; // the inputs that caused it
};

// A PostgreSQL role's settings as its profile writes them, and the figures the memory
// breakdown reads from them (bytes for memory, plain numbers otherwise).
struct PostgresProfileSizing
{
    QString id;
    QString name;
    PostgresRoleContext context;
    QStringList inputs; // what the settings were computed from, in English as exports print it
    QList<Setting> settings;
    QMap<QString, double> figures; // by setting name, for the settings with a numeric value
    std::optional<double> figure(const QString& name) const;
};

struct ServiceSizing
{
    QString service;
    QString serviceName;
    QString size; // empty when sized from explicit limits
    int replicas = 1;
    QosMode qos = kDefaultQosMode; // how the requests were set
    Resources resources;
    // What the engine holds resident once warm (the catalog's memory.resident), which a
    // memory request must cover; unset when the catalog names none.
    std::optional<Quantity> residentMemory;
    QList<InputValue> inputs;
    QList<FormulaValue> values;
    QList<MemoryComponent> memory;
    Quantity memoryRemainder = Quantity::bytes(0);
    QString memoryRemainderTitle;
    StorageSizing storage;
    QList<Setting> settings;
    QList<Finding> findings;
    std::optional<PostgresProfileSizing> postgresProfile; // where the settings came from a profile

    const FormulaValue* value(const QString& name) const;
    const InputValue* input(const QString& name) const;
    const Setting* setting(const QString& name) const;
    const MemoryComponent* memoryComponent(const QString& name) const;
    bool hasFinding(const QString& code) const;
};

} // namespace headroom
