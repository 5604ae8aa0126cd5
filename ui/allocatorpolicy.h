// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace headroom {

// Keeps freed heap memory in the process instead of handing it back to the kernel at once.
// The GUI re-sizes a plan or a thousand-point what-if sweep on every edit and slider step,
// freeing and allocating a few MiB each time; with glibc's default trim threshold that
// memory goes back to the kernel and returns as fresh zeroed pages, whose page faults then
// dominate a sweep (bench/bench_gui.cpp measures it). The cost is up to 16 MiB of freed
// memory held. A no-op where the C library is not glibc.
void applyInteractiveAllocatorPolicy();

} // namespace headroom
