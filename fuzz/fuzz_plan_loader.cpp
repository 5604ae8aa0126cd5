// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a plan file.
//
// PlanLoader must turn any input into a Plan or an Error, never crash, hang or leak. A plan
// that loads is then sized (PlanSizer) and written back (PlanWriter), and the written text
// must load again into the same plan: PlanWriter's promise that "PlanLoader reads back the
// same plan". Any broken promise ends the run with __builtin_trap(), so libFuzzer saves the
// input as a crash.

#include "builtincatalog.h"
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "io/planwriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

namespace {

[[noreturn]] void oracleFailure(const char* what, const QByteArray& input, const QByteArray& written,
                                const QString& detail)
{
    std::fprintf(stderr, "fuzz_plan_loader: ORACLE FAILURE: %s\n%s\n--- input ---\n%s\n--- written ---\n%s\n", what,
                 qPrintable(detail), input.constData(), written.constData());
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::builtInCatalog("fuzz_plan_loader");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    PlanLoader loader(fuzz::builtInCatalog("fuzz_plan_loader"));
    const auto plan = loader.load(input, QStringLiteral("fuzz.yaml"));
    if (!plan)
        return 0;

    // Sizing must not crash on anything the loader accepts; its result is not checked here.
    const PlanSizer sizer(loader.effectiveCatalog());
    const PlanSizing sizing = sizer.size(*plan);
    if (sizing.services.size() != plan->services.size())
        oracleFailure("PlanSizer lost or invented services", input, {},
                      QStringLiteral("%1 planned, %2 sized").arg(plan->services.size()).arg(sizing.services.size()));

    const QByteArray written = PlanWriter::toYaml(*plan);
    PlanLoader again(fuzz::builtInCatalog("fuzz_plan_loader"));
    const auto reloaded = again.load(written, QStringLiteral("written.yaml"));
    if (!reloaded)
        oracleFailure("PlanWriter wrote a plan PlanLoader refuses", input, written, reloaded.error().toString());
    if (!(*reloaded == *plan))
        oracleFailure("the plan PlanWriter wrote reads back as a different plan", input, written, {});
    return 0;
}
