// SPDX-License-Identifier: Apache-2.0
#include "liveimport/importworker.h"

namespace headroom {

ImportWorker::ImportWorker(LiveImportOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

void ImportWorker::run()
{
    LiveImporter importer(m_options, &m_cancel);
    auto result = importer.run([this](int percent, const QString& step) { emit progress(percent, step); });
    m_cancelled = importer.cancelled();
    m_needsPassword = importer.needsPassword();
    if (result)
        m_measurement = std::move(result.value());
    else
        m_error = result.error().message;
    // The password is not needed any longer; do not keep it in memory.
    m_options.password.fill(QLatin1Char(' '));
    m_options.password.clear();
    emit finished();
}

} // namespace headroom
