// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace headroom {

// One file an exporter writes: its name within the output folder and its bytes.
struct ExportFile
{
    QString fileName;
    QByteArray content;
    QString service; // the plan's service name
    QString role; // primary, replica, or empty
    QString kind; // helm-values, postgresql-conf, alter-system, pgbouncer-ini, my-cnf
};

} // namespace headroom
