// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "engine/postgresprofileevaluator.h"
#include "export/exportfile.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace headroom {

struct ConfSetting
{
    QString name;
    QString value; // as postgresql.conf takes it (unquoted)
    QString explanation;
};

// postgresql.conf settings of one role of one PostgreSQL service.
struct RoleConf
{
    QString service;
    QString role; // primary, replica, or empty for a service without replicas
    QString profile; // the id of the profile that wrote the settings
    QString profileName;
    QStringList inputs; // "memory limit 4Gi", … for the comments on top
    QList<ConfSetting> settings;
    const ConfSetting* setting(const QString& name) const;
};

struct PostgresConfOptions
{
    QString profile; // empty: each role's own, as it was sized (the plan's, else kDefaultPostgresProfile)
    QString format = QStringLiteral("conf"); // conf or alter-system
    int pgVersion = 16; // the target chart's PostgreSQL
    QString headroomVersion;
};

// Writes postgresql.conf (or an ALTER SYSTEM script) per role: the settings its sizing
// holds from its profile, or, for another profile or PostgreSQL version, the same
// evaluator's. A replica's settings that a standby must keep at least as high as its
// primary's are raised to the primary's value, or the standby would refuse to start.
class PostgresConfExporter
{
public:
    explicit PostgresConfExporter(const Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    // What settings() and exportFiles() refuse whatever the plan: an unknown profile, an
    // unsupported version, an unknown format.
    std::optional<Error> checkOptions(const PostgresConfOptions& options) const;
    Expected<QList<RoleConf>> settings(const Plan& plan, const PlanSizing& sizing,
                                       const PostgresConfOptions& options) const;
    Expected<QList<ExportFile>> exportFiles(const Plan& plan, const PlanSizing& sizing,
                                            const PostgresConfOptions& options) const;
    // The files of settings() computed already: each role's settings are evaluated once.
    Expected<QList<ExportFile>> exportFiles(const Plan& plan, const QList<RoleConf>& confs,
                                            const PostgresConfOptions& options) const;

    // The profile whose settings a role's postgresql.conf gets: the one asked for, else the
    // one the role was sized with. The export's input hash records this, not the option, so that
    // asking for a role's own profile and asking for none export the same.
    static QString profileOf(const ServiceSizing& role, const PostgresConfOptions& options);

    static QByteArray renderConf(const Plan& plan, const RoleConf& conf, const PostgresConfOptions& options,
                                 const QString& profileName);
    static QByteArray renderAlterSystem(const Plan& plan, const RoleConf& conf, const PostgresConfOptions& options,
                                        const QString& profileName);

private:
    std::optional<Error> checkProfileAndVersion(const PostgresConfOptions& options) const;
    static std::optional<Error> checkFormat(const PostgresConfOptions& options);
    Expected<RoleConf> roleConf(const Plan& plan, const ServicePlanSizing& service, const RoleSizing& role,
                                const PostgresProfileEvaluator& profiles, const PostgresConfOptions& options) const;
    const Catalog& m_catalog;
};

// pgbouncer.ini for each PostgreSQL service with a pooler: one database entry per role,
// pool sizes from the pooling plan. Passwords stay in the auth_file, never here.
QList<ExportFile> exportPgBouncer(const Plan& plan, const PlanSizing& sizing, const QString& headroomVersion);

// my.cnf for each MySQL service: the [mysqld] settings MySQL 8.4 accepts (errata 3).
QList<ExportFile> exportMySqlConf(const Plan& plan, const PlanSizing& sizing, const QString& headroomVersion);

} // namespace headroom
