// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "model/plan.h"

#include <QJsonArray>
#include <QString>

namespace headroom {

// The whole plan's sizing, cluster fit and findings, for people (text, Markdown) and
// programs (JSON). Functions of the sizing: nothing here computes.
namespace plan_report {
QString toText(const Plan& plan, const PlanSizing& sizing);
QString toMarkdown(const Plan& plan, const PlanSizing& sizing);
QString toJson(const Plan& plan, const PlanSizing& sizing);
// One line a finding, for `headroom check`: "error  app-db/replica  code  message".
QString findingsText(const PlanSizing& sizing);
// The same for some of them (`import prometheus` lists the measured ones).
QString findingsText(const QList<PlanFinding>& findings);
// The findings as `toJson` lists them, for other commands' JSON.
QJsonArray findingsJson(const QList<PlanFinding>& findings);
} // namespace plan_report

} // namespace headroom
