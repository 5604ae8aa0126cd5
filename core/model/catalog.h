// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "model/quantity.h"
#include "model/storageclass.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity); // info, warning, error: for files and JSON
QString severityText(Severity severity); // the same in the running language, for people

// One column of a guide sizing matrix; a column without a dimension holds text.
struct MatrixColumn
{
    QString id;
    QString title;
    std::optional<Dimension> dimension;
};

// A cell keeps the text as the catalog wrote it and, for numeric columns, its quantity.
struct MatrixCell
{
    QString text;
    std::optional<Quantity> quantity;
};

struct MatrixRow
{
    QString size; // workload size id: small, medium, large, xlarge
    QMap<QString, MatrixCell> cells; // by column id
};

// Where an input's default comes from when the user does not set it.
struct InputDefault
{
    std::optional<Quantity> literal;
    QString column; // a matrix column of the selected size
    QMap<QString, Quantity> perSize; // by workload size id
};

struct InputDefinition
{
    QString name;
    QString title;
    QString description;
    Dimension dimension = Dimension::Count;
    InputDefault defaultValue;
    std::optional<Quantity> min;
    std::optional<Quantity> max;
};

struct FormulaDefinition
{
    QString name;
    QString title;
    Dimension dimension = Dimension::Count;
    QString expression;
    QString explanation;
    QString guideExpression; // the sizing guide's own rule, when it differs or is worth showing
    QString guideNote;
    SourceLocation location; // of the expression, for error messages
};

struct MemoryComponentDefinition
{
    QString name;
    QString formula;
    // Optional: what the workload needs of this component whatever the limit, where the
    // formula is what the configuration gives it (Redis's dataset against its maxmemory).
    QString demand;
};

struct SettingDefinition
{
    QString name; // the engine's own configuration name
    QString formula;
    QString format; // postgres, redis, jvm, mysql, php, gib, k8s, count, number, duration, percent
    QString value; // a fixed value instead of a formula (allkeys-lru, 102400)
    QString explanation; // for fixed values; formula settings use the formula's
    QString when; // optional muparser condition: the setting is written only where it holds
    QString valueTemplate; // optional: the line's value around the formatted {value}
    // A count computed after the storage check, so it can read storage_iops (the class's
    // IOPS at the planned volume); instead of a formula or a fixed value.
    QString expression;
    SourceLocation location;
};

struct StorageDefinition
{
    QString sizeFormula;
    QString iopsFormula;
    QString throughputFormula;
};

struct CheckDefinition
{
    QString code; // stable, dotted: postgresql.work-mem-low
    Severity severity = Severity::Warning;
    QString when; // a muparser condition over the service's names
    QString message; // with {name} placeholders
    QString fix;
    QStringList inputs;
    SourceLocation location;
};

struct ServiceDefinition
{
    QString id;
    QString name;
    QString group;
    QString chart;
    QString storageClass;
    Quantity cpuRequestShare = Quantity::partsPerMillion(1'000'000);
    Quantity memoryRequestShare = Quantity::partsPerMillion(1'000'000);
    QList<MatrixColumn> columns;
    QList<MatrixRow> rows;
    QList<InputDefinition> inputs;
    QList<FormulaDefinition> formulas;
    QList<MemoryComponentDefinition> memoryComponents;
    QString memoryRemainder;
    QString residentFormula; // memory.resident: what the engine holds resident once warm
    QList<SettingDefinition> settings;
    // "postgresProfile": the settings are a PostgreSQL profile's, and the formulas may read
    // its figures (postgresProfileFigures()); empty: the catalog's own settings only.
    QString settingsFrom;
    StorageDefinition storage;
    QList<CheckDefinition> checks;
    SourceLocation location;

    bool settingsFromPostgresProfile() const { return settingsFrom == QLatin1String("postgresProfile"); }
    const MatrixRow* row(const QString& size) const;
    const InputDefinition* input(const QString& name) const;
    const FormulaDefinition* formula(const QString& name) const;
};

// One postgresql.conf line a profile writes: a formula or a fixed value, for some roles.
struct ProfileSetting
{
    QString name;
    QString expression; // muparser, over the profile's names; empty for a fixed value
    QString value; // fixed value (replica, on, 0.9)
    QString format; // for expressions: postgres, count, number, duration
    QString when; // optional condition over the names (primary, replica, pooled…)
    QString explanation;
    SourceLocation location;
};

// A rule set for postgresql.conf (the guide's, the case study's, Headroom's, a user's).
// `engine: pgtune` marks the built-in PGTune rules, which are code (core/pgtune.h).
struct PostgresProfile
{
    QString id;
    QString name;
    QString description;
    QString engine; // empty: formulas; "pgtune": PGTune's rules
    QList<FormulaDefinition> values; // intermediate names
    QList<ProfileSetting> settings;
    SourceLocation location;
};

struct WorkloadSize
{
    QString id;
    QString name;
};

struct PerformanceTier
{
    QString id;
    QString name;
    Quantity p99Latency;
    Quantity minRps;
    QString useCase;
};

struct ServiceGroup
{
    QString id;
    QString name;
};

// Everything Headroom knows about services, sizes, tiers and storage. Plain data.
struct Catalog
{
    QList<WorkloadSize> workloadSizes;
    QList<PerformanceTier> performanceTiers;
    QList<ServiceGroup> groups;
    QList<StorageClass> storageClasses;
    QList<ServiceDefinition> services;
    QList<PostgresProfile> postgresProfiles;

    const ServiceDefinition* service(const QString& id) const;
    const PostgresProfile* postgresProfile(const QString& id) const;
    const StorageClass* storageClass(const QString& id) const;
    const WorkloadSize* workloadSize(const QString& id) const;
    QStringList serviceIds() const;
    QStringList workloadSizeIds() const;
};

// The names a PostgresProfile's formulas can read (see docs/CATALOG.md).
QStringList postgresProfileInputs();
// The names a service with `settingsFrom: postgresProfile` can read, each a figure of its
// profile's settings (see docs/CATALOG.md).
QStringList postgresProfileFigures();

} // namespace headroom
