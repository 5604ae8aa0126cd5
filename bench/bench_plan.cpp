// SPDX-License-Identifier: Apache-2.0
// Load, validate and size generated plans of 1,000 and 10,000 services.
//
// Targets (issue): sizing ("compute", BM_Size) a 1,000-service plan in under 5 ms; loading a
// 10,000-service plan (BM_PlanLoad/10000) within 1.5x of what yaml-cpp alone takes to parse
// the same text (BM_YamlCppParse/10000), both measured in the same run. Without
// --benchmark_repetitions on the command line every benchmark runs 5 times and reports
// mean, median and deviation; scripts/bench.sh prints the medians against the targets.

#include "benchsupport.h"
#include "engine/plansizer.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "plangenerator.h"

#include <QByteArray>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace headroom;

namespace {

bool g_setupFailed = false;

// One generated plan per size: its text, the plan as loaded and its effective catalog.
// Checked once: a plan that does not load, or whose services cannot be sized, would time
// error paths instead of the real work, so the benchmark fails instead.
struct Fixture
{
    QByteArray yaml;
    std::string yamlStd;
    Plan plan;
    Catalog catalog;
    std::string problem;
};

const Fixture& fixture(int services)
{
    static std::map<int, Fixture> cache;
    if (auto it = cache.find(services); it != cache.end())
        return it->second;
    Fixture f;
    const Plan generated = bench::generatePlan(services, bench::builtInCatalog());
    f.yaml = bench::generatePlanYaml(services, bench::builtInCatalog());
    f.yamlStd = f.yaml.toStdString();
    PlanLoader loader(bench::builtInCatalog());
    auto loaded = loader.load(f.yaml, QStringLiteral("generated.yaml"));
    if (!loaded) {
        f.problem = "the generated plan does not load: " + loaded.error().toString().toStdString();
    } else {
        f.plan = std::move(loaded).value();
        f.catalog = loader.effectiveCatalog();
        if (!(f.plan == generated))
            f.problem = "the generated plan reads back differently";
        else if (!loader.warnings().isEmpty())
            f.problem = "the generated plan has warnings: " + loader.warnings().first().toString().toStdString();
        const PlanSizing sizing = PlanSizer(f.catalog).size(f.plan);
        for (const auto& s : sizing.services) {
            if (f.problem.empty() && !s.error.isEmpty())
                f.problem = "service " + s.name.toStdString() + " cannot be sized: " + s.error.toStdString();
        }
    }
    return cache.emplace(services, std::move(f)).first->second;
}

// Returns the fixture, or nullptr after marking the benchmark (and the run) as failed.
const Fixture* fixtureFor(benchmark::State& state)
{
    const Fixture& f = fixture(int(state.range(0)));
    if (!f.problem.empty()) {
        g_setupFailed = true;
        state.SkipWithError(f.problem.c_str());
        return nullptr;
    }
    return &f;
}

void setCounters(benchmark::State& state, const Fixture& f, bool bytes)
{
    state.SetItemsProcessed(state.iterations() * state.range(0));
    if (bytes)
        state.SetBytesProcessed(state.iterations() * std::int64_t(f.yaml.size()));
    state.counters["services"] = double(state.range(0));
}

// The baseline: yaml-cpp's own parse of the same text into a node tree.
void BM_YamlCppParse(benchmark::State& state)
{
    const Fixture* f = fixtureFor(state);
    if (!f)
        return;
    for (auto _ : state) {
        YAML::Node root = YAML::Load(f->yamlStd);
        benchmark::DoNotOptimize(root);
    }
    setCounters(state, *f, true);
}

// PlanLoader::load: parse, validate every key and quantity against the catalog, build the Plan.
void BM_PlanLoad(benchmark::State& state)
{
    const Fixture* f = fixtureFor(state);
    if (!f)
        return;
    for (auto _ : state) {
        PlanLoader loader(bench::builtInCatalog());
        auto plan = loader.load(f->yaml, QStringLiteral("generated.yaml"));
        benchmark::DoNotOptimize(plan);
    }
    setCounters(state, *f, true);
}

// What opening a file costs: load, a new PlanSizer (its formulas compiled on first use), size.
void BM_PlanLoadAndSize(benchmark::State& state)
{
    const Fixture* f = fixtureFor(state);
    if (!f)
        return;
    for (auto _ : state) {
        PlanLoader loader(bench::builtInCatalog());
        auto plan = loader.load(f->yaml, QStringLiteral("generated.yaml"));
        const PlanSizer sizer(loader.effectiveCatalog());
        PlanSizing sizing = sizer.size(*plan);
        benchmark::DoNotOptimize(sizing);
    }
    setCounters(state, *f, true);
}

// "Compute": sizing a loaded plan with a PlanSizer that has already compiled its formulas,
// as the UI does after every edit.
void BM_Size(benchmark::State& state)
{
    const Fixture* f = fixtureFor(state);
    if (!f)
        return;
    const PlanSizer sizer(f->catalog);
    benchmark::DoNotOptimize(sizer.size(f->plan)); // compiles every kind's formulas
    for (auto _ : state) {
        PlanSizing sizing = sizer.size(f->plan);
        benchmark::DoNotOptimize(sizing);
    }
    setCounters(state, *f, false);
}

// Sizing with a new PlanSizer each time: the formulas of all twelve kinds compiled again.
void BM_SizeWithNewSizer(benchmark::State& state)
{
    const Fixture* f = fixtureFor(state);
    if (!f)
        return;
    for (auto _ : state) {
        const PlanSizer sizer(f->catalog);
        PlanSizing sizing = sizer.size(f->plan);
        benchmark::DoNotOptimize(sizing);
    }
    setCounters(state, *f, false);
}

BENCHMARK(BM_YamlCppParse)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanLoad)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanLoadAndSize)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Size)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SizeWithNewSizer)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

// Repetitions by default, so a plain run reports medians; any flag given wins.
int main(int argc, char** argv)
{
    std::vector<char*> args(argv, argv + argc);
    std::string repetitions = "--benchmark_repetitions=5";
    std::string aggregatesOnly = "--benchmark_report_aggregates_only=true";
    if (!bench::hasFlag(argc, argv, "--benchmark_repetitions"))
        args.push_back(repetitions.data());
    if (!bench::hasFlag(argc, argv, "--benchmark_report_aggregates_only")
        && !bench::hasFlag(argc, argv, "--benchmark_display_aggregates_only"))
        args.push_back(aggregatesOnly.data());
    int count = int(args.size());
    args.push_back(nullptr);

    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // A benchmark of a plan that no longer loads or sizes is a failure, not a number.
    return g_setupFailed ? 1 : 0;
}
