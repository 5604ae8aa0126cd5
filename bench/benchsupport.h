// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"

namespace headroom::bench {

// The built-in catalog, loaded once for the whole run; a catalog that does not load ends
// the run with its error, since every benchmark would time error paths instead.
const Catalog& builtInCatalog();

// Whether the command line already sets a Google Benchmark flag (`--name` or `--name=…`),
// so that a benchmark's own default does not override the user's.
bool hasFlag(int argc, char** argv, const char* name);

// The process's peak resident memory so far, in MiB: it includes the fixtures and grows with
// the largest run, so run one size alone to read its own.
double peakMemoryMiB();

} // namespace headroom::bench
