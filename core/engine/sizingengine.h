// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/postgresprofileevaluator.h"
#include "engine/textcache.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/servicesizing.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace headroom {

// How much of a sizing to make. A what-if sweep draws curves from the numbers of a
// thousand sizings and shows no settings or findings, so it asks for the numbers only.
enum class SizingDetail {
    Full, // everything, as `headroom size` and the plan show it
    Numbers // resources, memory and storage only: no inputs, values, settings, findings,
            // explanations or service name
};

// Sizes one service from the catalog's formulas: resources, the memory breakdown inside
// the container, storage against its class, engine settings and findings. The result is
// a function of the catalog and the request only. Each service's formulas are compiled
// once, on first use, so sizing many services is cheap. Not thread-safe: use one engine
// per thread.
class SizingEngine
{
    Q_DECLARE_TR_FUNCTIONS(SizingEngine)

public:
    explicit SizingEngine(Catalog catalog);
    ~SizingEngine();
    SizingEngine(const SizingEngine&) = delete;
    SizingEngine& operator=(const SizingEngine&) = delete;

    const Catalog& catalog() const { return m_catalog; }
    // The evaluator of the catalog's PostgreSQL profiles the sizings use, for an export that
    // asks for another profile or PostgreSQL version than the plan's.
    const PostgresProfileEvaluator& postgresProfiles() const { return m_profiles; }

    // Fails, with a message naming the argument, on an unknown service, size, input or
    // storage class, an input of the wrong dimension or out of bounds, a request above
    // its limit, or a formula that gives no usable value for these inputs.
    Expected<ServiceSizing> size(const ServiceRequest& request) const;
    // The same, with the texts of a sizing run of many services (see TextCache).
    // With SizingDetail::Numbers, only the numbers: the checks are not evaluated at all.
    Expected<ServiceSizing> size(const ServiceRequest& request, TextCache& texts,
                                 SizingDetail detail = SizingDetail::Full) const;

private:
    struct CompiledService;
    Expected<CompiledService*> compiled(const ServiceDefinition& service) const;

    // The stages of one sizing, in order, over its state (see size()).
    struct Run;
    std::optional<Error> pickService(Run& run) const;
    std::optional<Error> pickRow(Run& run) const;
    std::optional<Error> resolveResources(Run& run) const;
    std::optional<Error> compileService(Run& run) const;
    std::optional<Error> bindInputs(Run& run) const;
    std::optional<Error> evaluate(Run& run) const;
    std::optional<Error> applyPostgresProfile(Run& run) const;
    void coverResidentMemory(Run& run) const;
    void breakMemoryDown(Run& run) const;
    std::optional<Error> checkStorage(Run& run) const;
    void formatSettings(Run& run) const;
    std::optional<Error> runChecks(Run& run) const;

    Catalog m_catalog;
    PostgresProfileEvaluator m_profiles { m_catalog }; // after m_catalog, which it reads
    mutable QHash<QString, std::shared_ptr<CompiledService>> m_compiled;
    // Where a numbers-only sizing keeps its inputs and values, reused from call to call: a
    // thousand-point sweep otherwise allocates and frees a thousand pairs of lists it drops.
    struct Scratch
    {
        QList<InputValue> inputs;
        QList<FormulaValue> values;
    };
    mutable Scratch m_scratch;
};

// Prints a value the way an engine's configuration takes it (see docs/CATALOG.md, formats).
QString formatSetting(const Quantity& value, const QString& format);

} // namespace headroom
