// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/error.h"
#include "model/servicesizing.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>

namespace headroom {

// What a PostgreSQL role's profile is evaluated from.
struct PostgresProfileFacts
{
    Quantity memory = Quantity::bytes(0); // the container's limit
    Quantity cpu = Quantity::millicores(0);
    std::int64_t connections = 100; // max_connections
    double connectionOverhead = 7.5 * 1024 * 1024; // bytes per backend
    Quantity volume = Quantity::bytes(0);
    const StorageClass* storageClass = nullptr;
    PostgresRoleContext context;
};

// Evaluates a PostgreSQL profile of the catalog (its formulas, or PGTune's rules) for one
// role: the one place a profile becomes settings, which the sizing's memory breakdown and
// findings, the reports, the window and the exports all read. Each profile is compiled
// once. Not thread-safe, like the SizingEngine that owns it.
class PostgresProfileEvaluator
{
public:
    explicit PostgresProfileEvaluator(const Catalog& catalog);
    ~PostgresProfileEvaluator();
    PostgresProfileEvaluator(const PostgresProfileEvaluator&) = delete;
    PostgresProfileEvaluator& operator=(const PostgresProfileEvaluator&) = delete;

    // Fails on an unknown profile (naming the profiles), an unsupported PostgreSQL version or
    // a formula that gives no value.
    Expected<PostgresProfileSizing> evaluate(const QString& profileId, const PostgresProfileFacts& facts) const;

    struct Compiled;

private:
    Expected<Compiled*> compiled(const PostgresProfile& profile) const;

    const Catalog& m_catalog;
    mutable QHash<QString, std::shared_ptr<Compiled>> m_compiled;
};

} // namespace headroom
