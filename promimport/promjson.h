// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "promimport/importedservice.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace headroom {

// `headroom import prometheus --format json`: CPU in cores, bytes as integers, for other tools.
class PromJson
{
public:
    static QJsonObject service(const ImportedService& service);
    // findings: the measured findings of the plan the import makes, as `check --format json` lists them.
    static QByteArray document(const QList<ImportedService>& services, qint64 windowSeconds, const QDateTime& at,
                               const QJsonArray& findings);
};

} // namespace headroom
