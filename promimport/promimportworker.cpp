// SPDX-License-Identifier: Apache-2.0
#include "promimport/promimportworker.h"

#include "promimport/promclient.h"
#include "promimport/promimporter.h"

namespace headroom {

PromImportWorker::PromImportWorker(PromImportOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

void PromImportWorker::cancel()
{
    m_cancel.store(true);
    const std::lock_guard lock(m_clientMutex);
    if (m_client)
        m_client->cancel();
}

void PromImportWorker::run()
{
    // Made here, in the worker's thread: the client's network access lives where it is used.
    PromClient client(m_options);
    {
        const std::lock_guard lock(m_clientMutex);
        m_client = &client;
        if (m_cancel.load())
            client.cancel();
    }
    PromImporter importer(client, m_options);
    importer.setProgress([this](int done, int total) { emit progress(done, total); });
    auto services = importer.run();
    {
        const std::lock_guard lock(m_clientMutex);
        m_client = nullptr;
    }
    m_requests = client.requests();
    if (services) {
        m_services = services.value();
        m_succeeded = true;
    } else {
        m_error = QStringLiteral("%1: %2").arg(m_options.sourceText(), services.error().message);
    }
    emit finished();
}

} // namespace headroom
