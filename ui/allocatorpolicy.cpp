// SPDX-License-Identifier: Apache-2.0
#include "ui/allocatorpolicy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace headroom {

void applyInteractiveAllocatorPolicy()
{
#if defined(__GLIBC__)
    // Setting either value also fixes glibc's otherwise self-adjusting mmap threshold.
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
}

} // namespace headroom
