// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "liveimport/liveimporter.h"
#include "measure/pgmeasurement.h"
#include "model/error.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace headroom {

// Runs a LiveImporter on a worker thread (moveToThread) and reports back by queued signals,
// so that the GUI thread never waits on a server. cancel() may be called from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(LiveImportOptions options, QObject* parent = nullptr);

    void cancel() { m_cancel.store(true); }
    // Valid after finished(): the measurement, or why there is none.
    const std::optional<PgMeasurement>& measurement() const { return m_measurement; }
    const QString& errorText() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    bool needsPassword() const { return m_needsPassword; }

public slots:
    void run();

signals:
    void progress(int percent, const QString& step);
    void finished();

private:
    LiveImportOptions m_options;
    std::atomic_bool m_cancel { false };
    std::optional<PgMeasurement> m_measurement;
    QString m_error;
    bool m_cancelled = false;
    bool m_needsPassword = false;
};

} // namespace headroom
