// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace headroom {

// Keeps freed heap memory in the process instead of handing it back to the kernel at once.
// The GUI re-sizes a plan or a thousand-point what-if sweep on every edit and slider step,
// freeing and allocating a few MiB each time; with glibc's default trim threshold that
// memory went back to the kernel and came back as fresh zeroed pages, and those page faults
// were about 70% of a sweep's time (bench/bench_gui.cpp: 5.4 ms against 1.1-1.6 ms). The
// cost is up to 16 MiB of freed memory held. A no-op where the C library is not glibc.
void applyInteractiveAllocatorPolicy();

} // namespace headroom
