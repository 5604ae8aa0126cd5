// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plansizing.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace headroom {

// Measured beside planned: the figures of each measured service next to the resources of
// the role it is compared with, and the two proposals (usage only and Headroom's).
namespace measured_report {
// The table's header and one row per measured service (per measured role of a topology); no
// rows when nothing is measured.
QStringList header();
QList<QStringList> rows(const PlanSizing& sizing);
// The "measured" object of a service (and "measuredReplica" of a topology's replicas) in the
// plan report's JSON (quantities as text).
QJsonObject toJson(const ServicePlanSizing& service, const MeasuredSizing& measured);
} // namespace measured_report

} // namespace headroom
