// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "liveimport/pgconnection.h"
#include "measure/pgmeasurement.h"
#include "model/error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace headroom {

struct LiveImportOptions
{
    QString primary; // libpq conninfo: key=value, URI or service=NAME
    QStringList replicas; // explicit; when empty, the standbys pg_stat_replication names are tried
    int intervalMs = 30000;
    QString password; // a prompt's answer, for the servers named here only; empty: libpq's sources
    int timeoutSeconds = 10; // to connect, and per statistics query
};

// Measures a primary and its replicas: connects, checks the role may read statistics, reads
// every server once, waits the interval in small steps (cancellable), reads them again and
// returns the rates. Runs on whatever thread calls run(); it never touches the GUI.
class LiveImporter
{
public:
    // percent 0..100 and what is being done now
    using Progress = std::function<void(int percent, const QString& step)>;

    LiveImporter(LiveImportOptions options, const std::atomic_bool* cancel = nullptr)
        : m_options(std::move(options))
        , m_cancel(cancel)
    {
    }

    Expected<PgMeasurement> run(const Progress& progress = {});

    bool cancelled() const { return m_cancelled; }
    // The last failure was a server asking for a password none of libpq's sources had.
    bool needsPassword() const { return m_needsPassword; }

private:
    bool stopRequested();
    PgConnectOptions connectOptions(const QString& password) const;
    // The replicas the user named, each with the password given (a prompt's answer).
    std::optional<Error> connectNamed(const Progress& progress, std::vector<PgConnection>& replicas);
    // The standbys the primary streams to, at the primary's port; those that cannot be
    // measured there are named in `warnings`.
    std::optional<Error> connectDiscovered(const QList<PgReplicaLink>& links, const QString& port,
                                           const Progress& progress, std::vector<PgConnection>& replicas,
                                           QStringList& warnings);
    Expected<PgMeasurement> measure(const Progress& progress);

    LiveImportOptions m_options;
    const std::atomic_bool* m_cancel;
    bool m_cancelled = false;
    bool m_needsPassword = false;
};

} // namespace headroom
