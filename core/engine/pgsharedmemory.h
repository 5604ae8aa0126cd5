// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"
#include "model/servicesizing.h"

namespace headroom {

// PostgreSQL's main shared memory area for a role's settings, which it maps on huge pages
// when huge_pages allows: shared_buffers and wal_buffers, and beside them the buffer
// descriptors, the lock tables and a slot per backend. `postgres -C shared_memory_size`
// reports the real figure; this estimate stays above it (docs/RULES.md, the huge_pages row).
class PgSharedMemory
{
public:
    // The area in bytes.
    static Quantity of(const PostgresProfileSizing& profile);
    // The area in whole 2 MiB pages, as a hugepages-2Mi request (at least
    // shared_memory_size_in_huge_pages × 2 MiB).
    static Quantity hugePages2Mi(const PostgresProfileSizing& profile);
    // Whether PostgreSQL tries to map huge pages with these settings: huge_pages other than
    // off, or left unset (PostgreSQL's default is try).
    static bool mapsHugePages(const PostgresProfileSizing& profile);
};

} // namespace headroom
