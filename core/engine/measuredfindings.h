// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/textcache.h"
#include "model/measuredsizing.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace headroom {

// The findings of a measured service (docs/IMPORT.md, "Planning against a measurement"):
// measured.* ids, each resource finding with Headroom's engine-aware proposal as its fix.
class MeasuredFindings
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredFindings)

public:
    static constexpr std::int64_t kWasteFactor = 2; // a request above twice the p99
    static constexpr std::int64_t kFarBelowDivisor = 2; // a peak under half the worst case
    static constexpr double kHoursPerMonth = 730.0;
    static constexpr std::int64_t kNearPercent = 90; // an engine's memory used up to its ceiling

    struct Context
    {
        const Plan& plan;
        const PlannedService& service;
        const RoleSizing& role; // the role the measurement is compared with
        const MeasuredSizing& measured;
        const std::optional<StorageForecast>& storage; // the plan's volume, when sized
    };

    static QList<PlanFinding> raise(const Context& c, TextCache& texts);
    // Headroom's proposal as a fix for the service (a topology: its primary).
    static std::optional<Recommendation> proposal(const Context& c, TextCache& texts);

private:
    static void memory(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static void cpu(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static void waste(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static void volumes(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static void drift(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static void worstCase(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    // Redis used memory against maxmemory, the JVM heap used against -Xmx: the planned
    // value of the role compared, else what the exporter reported.
    static void engineMemory(const Context& c, TextCache& texts, QList<PlanFinding>& out);
    static std::optional<Quantity> plannedOrReported(const Context& c, const char* value,
                                                     const std::optional<Quantity>& reported);
    static PlanFinding make(const Context& c, const char* code, Severity severity, QString message, QString fix,
                            std::optional<Recommendation> recommendation);
};

} // namespace headroom
