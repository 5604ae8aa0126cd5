// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "model/plan.h"

#include <QList>
#include <QString>

namespace headroom {

// One difference between two sized plans: what, where, before and after.
struct PlanChange
{
    QString where; // "app-db/replica", "pool general", "cluster"
    QString what; // "memory limit", "setting work_mem", "nodes", "monthly cost", "service"
    QString before; // empty when added
    QString after; // empty when removed
    // What a metrics server measured, not what is planned: shown apart, and no difference
    // between the plans on its own.
    bool measured = false;
};

// Compares the sizing of two plans: resources, settings, storage, nodes and cost.
namespace plan_diff {
QList<PlanChange> compare(const PlanSizing& before, const PlanSizing& after);
// Whether any change is a planning one (a measured change alone is not).
bool changesPlan(const QList<PlanChange>& changes);
QString toText(const QList<PlanChange>& changes);
} // namespace plan_diff

} // namespace headroom
