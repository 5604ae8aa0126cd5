// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "promimport/importedservice.h"
#include "promimport/promimportoptions.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>

namespace headroom {

class PromClient;

// Runs a PromImporter on a worker thread (moveToThread) and reports back by queued signals,
// so that the window never waits on a server. cancel() may be called from any thread and
// never waits: the client aborts its requests as soon as its thread sees the cancel.
class PromImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit PromImportWorker(PromImportOptions options, QObject* parent = nullptr);

    void cancel();
    // Valid after finished(): the releases measured, or why there are none.
    const QList<ImportedService>& services() const { return m_services; }
    const QString& errorText() const { return m_error; }
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancel.load(); }
    int requests() const { return m_requests; }

public slots:
    void run();

signals:
    void progress(int done, int total);
    void finished();

private:
    PromImportOptions m_options;
    std::atomic_bool m_cancel { false };
    std::mutex m_clientMutex; // guards m_client against cancel() from another thread
    PromClient* m_client = nullptr;
    QList<ImportedService> m_services;
    QString m_error;
    bool m_succeeded = false;
    int m_requests = 0;
};

} // namespace headroom
