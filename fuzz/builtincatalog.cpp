// SPDX-License-Identifier: Apache-2.0
#include "builtincatalog.h"

#include "io/catalogloader.h"

#include <cstdio>
#include <cstdlib>

namespace headroom::fuzz {

const Catalog& builtInCatalog(const char* fuzzer)
{
    static const Catalog catalog = [fuzzer] {
        auto loaded = CatalogLoader().loadBuiltIn();
        if (!loaded) {
            std::fprintf(stderr, "%s: the built-in catalog does not load: %s\n", fuzzer,
                         qPrintable(loaded.error().toString()));
            std::abort();
        }
        return std::move(loaded).value();
    }();
    return catalog;
}

} // namespace headroom::fuzz
