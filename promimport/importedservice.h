// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/measurement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// One Helm release found on the server and what its pods used.
struct ImportedService
{
    QString name; // the release (app.kubernetes.io/instance)
    QString chart; // app.kubernetes.io/name; empty when the pods do not carry it
    QString ns;
    QString kind; // the catalog service the chart sizes; empty when none does
    QStringList pods; // every pod of the release seen in the window
    QStringList claims; // their persistent volume claims
    Measurement measurement;

    // The same figures over several releases of one service (a primary and its replicas):
    // the largest of each, pods and events added up.
    static Measurement merged(const QList<Measurement>& measurements);
    // Days until the volume is full at its measured growth; nothing when it does not grow.
    static std::optional<double> fullInDays(const MeasuredVolume& volume);
};

} // namespace headroom
