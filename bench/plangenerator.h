// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/plan.h"

#include <QByteArray>

namespace headroom::bench {

// Builds a realistic plan of `services` services against `catalog`, the same plan for the
// same arguments on every machine (its own random generator, not <random>'s distributions):
// every service kind of the catalog, tiers skewed towards small and medium (a few explicit
// limits instead), one to three replicas, inputs set around their tier's default on about
// a third of the services, PostgreSQL primary/replica topologies (load, connections,
// PgBouncer, some measured), storage classes and volume growth, a plan-level storage
// class, and a few node pools (fixed and autoscaling, some services pinned) large enough
// that nearly every pod fits.
Plan generatePlan(int services, const Catalog& catalog);

// The plan as a user's file holds it: PlanWriter::toYaml(generatePlan(...)).
QByteArray generatePlanYaml(int services, const Catalog& catalog);

} // namespace headroom::bench
