// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "measure/pgmeasurement.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace headroom {

// The levels a measurement is held to.
struct ImportTargets
{
    double cacheHitRatio = 0.99; // of block reads served from shared_buffers
    std::int64_t lagBytes = 16LL * 1024 * 1024; // one WAL segment behind
    double lagSeconds = 1.0;
};

// Turns a measured PostgreSQL primary and its replicas into a plan (a new one, or the
// inputs of an existing service) and raises findings on what was measured, in the form
// the engine uses (PlanFinding, with a Recommendation PlanSizer::apply understands).
class PlanImporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)

public:
    // `catalog` is the effective catalog the plan is sized against.
    explicit PlanImporter(Catalog catalog);

    // A plan with one postgresql service: its topology, measured rates, read share,
    // connection demand and dataset, and memory limits estimated from the servers' settings.
    Plan newPlan(const PgMeasurement& m, const QString& serviceName) const;
    // `plan` with the measured inputs of `serviceName` replaced (rates, read share,
    // connection demand, commits, dataset); everything else the user set is kept.
    Expected<Plan> update(const Plan& plan, const QString& serviceName, const PgMeasurement& m) const;

    // The engine's findings on the imported service, then the measurement's own:
    // postgresql.connection-imbalance, postgresql.cache-hit-low, postgresql.replication-lag-high.
    QList<PlanFinding> findings(const Plan& plan, const QString& serviceName, const PgMeasurement& m,
                                const ImportTargets& targets = {}) const;
    static QList<PlanFinding> measurementFindings(const PgMeasurement& m, const QString& serviceName,
                                                  const Pooler& pooler, const ImportTargets& targets);

    // The load one PostgreSQL server was measured serving, whatever measured it (libpq here,
    // postgres_exporter through a metrics server).
    struct RoleLoad
    {
        double commitsPerSecond = 0;
        int clientConnections = 0;
    };
    // Sets a topology's measured inputs (rate, read share, connection demand, commits and
    // connections per role) from its primary's and replicas' loads, commits counted over
    // `windowSeconds`; everything the user plans (resources, max_connections, pooler, floor,
    // replica count) is left alone.
    static void setMeasuredLoad(PostgresTopology& t, const RoleLoad& primary, const QList<RoleLoad>& replicas,
                                double windowSeconds);

    // The memory a server was set up for: PostgreSQL's usual rules give shared_buffers a
    // quarter and effective_cache_size three quarters of it. Rounded up to MiB.
    static std::int64_t estimatedMemory(const PgSnapshot& s);

    // What was measured, one line each, for the command line and the Import dialog.
    static QStringList summary(const PgMeasurement& m);

    static QString defaultServiceName() { return QStringLiteral("postgres"); }

private:
    PlanSizer m_sizer;
};

} // namespace headroom
