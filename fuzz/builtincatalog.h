// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"

namespace headroom::fuzz {

// The built-in catalog, loaded once: it is the same for every input and takes a while to
// compile. A catalog that does not load aborts the run, naming the fuzzer.
const Catalog& builtInCatalog(const char* fuzzer);

} // namespace headroom::fuzz
