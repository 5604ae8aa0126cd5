// SPDX-License-Identifier: Apache-2.0
#include "benchsupport.h"

#include "io/catalogloader.h"

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace headroom::bench {

const Catalog& builtInCatalog()
{
    static const Catalog catalog = [] {
        auto loaded = CatalogLoader().loadBuiltIn();
        if (!loaded) {
            std::fprintf(stderr, "the built-in catalog does not load: %s\n", qPrintable(loaded.error().toString()));
            std::exit(1);
        }
        return std::move(loaded).value();
    }();
    return catalog;
}

bool hasFlag(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, std::strlen(name)) == 0)
            return true;
    }
    return false;
}

double peakMemoryMiB()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

} // namespace headroom::bench
