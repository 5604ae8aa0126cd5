// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "measure/pgmeasurement.h"
#include "model/error.h"

#include <QList>
#include <QString>

namespace headroom {

class PgConnection;

// Reads one server's statistics through a connection: who may read them, one snapshot
// (version, settings, database sizes, connections by state, counters, WAL position) and,
// on a primary, the standbys it streams to.
class PgStatsSampler
{
public:
    explicit PgStatsSampler(const PgConnection& connection)
        : m_connection(connection)
    {
    }

    // Fails with a message naming pg_monitor when the role cannot see other sessions'
    // statistics (a superuser or a member of pg_monitor can).
    std::optional<Error> checkPrivileges() const;
    Expected<PgSnapshot> snapshot() const;
    Expected<QList<PgReplicaLink>> replicationLinks() const;

    // Seconds on a monotonic clock, for the rates between snapshots.
    static double now();

private:
    const PgConnection& m_connection;
};

} // namespace headroom
