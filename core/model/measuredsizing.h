// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/measurement.h"
#include "model/quantity.h"

#include <optional>

namespace headroom {

// Resources proposed for one pod of a measured service.
struct ResourceProposal
{
    Quantity cpuRequest = Quantity::millicores(0);
    std::optional<Quantity> cpuLimit; // none: no CPU limit
    Quantity memoryRequest = Quantity::bytes(0);
    Quantity memoryLimit = Quantity::bytes(0);
    // Headroom's proposal only: the engine's configured worst case at memoryLimit, and
    // whether the node size held the memory back.
    Quantity worstCase = Quantity::bytes(0);
    bool heldByNode = false;
    friend bool operator==(const ResourceProposal&, const ResourceProposal&) = default;
};

// A measured service beside its plan: what it used, what the engine's configuration
// allows at the planned limit, and two proposals for its resources. `usageOnly` follows
// usage alone (CPU request = p95 and no CPU limit; memory request = limit = max + 15%);
// `engineAware` never goes below the engine's configured worst case and stays within a
// node. Computed for the service, or for a PostgreSQL topology's primary.
struct MeasuredSizing
{
    Measurement measured;
    QString role; // the role compared: empty, or the primary of a topology
    Quantity configuredWorstCase = Quantity::bytes(0); // every memory component at its demand
    Quantity resident = Quantity::bytes(0); // the engine's first (largest standing) component
    std::optional<ResourceProposal> usageOnly; // with cpu and memory measured only
    std::optional<ResourceProposal> engineAware;
};

} // namespace headroom
