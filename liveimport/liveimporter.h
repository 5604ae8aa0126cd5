#pragma once

#include "model/error.h"
#include "measure/pgmeasurement.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace headroom {

struct LiveImportOptions
{
    QString primary; // libpq conninfo: key=value, URI or service=NAME
    QStringList replicas; // explicit; when empty, the standbys pg_stat_replication names are tried
    int intervalMs = 30000;
    QString password; // a prompt's answer, for every server; empty: libpq's sources
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

    LiveImportOptions m_options;
    const std::atomic_bool* m_cancel;
    bool m_cancelled = false;
    bool m_needsPassword = false;
};

} // namespace headroom
