// SPDX-License-Identifier: Apache-2.0
// Google Benchmark: exporting generated plans of 1,000 and 10,000 services (every format,
// PlanExporter::files) and writing them into a folder as `headroom export` does
// (ExportFolder::write of a PlanExport), fresh and again unchanged. `headroom_bench_export
// --write-plan PATH N` writes the plan of N services for timing the `headroom export` command
// itself (/usr/bin/time -v for its peak memory); BM_ReExportUnchangedFromFile runs that
// command's unchanged path in process.

#include "benchsupport.h"
#include "engine/plansizer.h"
#include "export/exportfolder.h"
#include "export/planexport.h"
#include "export/planexporter.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "plangenerator.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <map>
#include <memory>

using namespace headroom;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "headroom_bench_export: %s\n", qPrintable(message));
    std::exit(1);
}

// One generated, sized plan per size; a service that cannot be sized fails the benchmark.
struct Fixture
{
    Plan plan;
    Catalog catalog;
    PlanSizing sizing;
};

const Fixture& fixture(int services)
{
    static std::map<int, std::unique_ptr<Fixture>> cache;
    auto& slot = cache[services];
    if (!slot) {
        slot = std::make_unique<Fixture>();
        slot->plan = bench::generatePlan(services, bench::builtInCatalog());
        auto catalog = PlanLoader::catalogFor(slot->plan, bench::builtInCatalog(), QStringLiteral("generated.yaml"));
        if (!catalog)
            die(catalog.error().toString());
        slot->catalog = std::move(catalog).value();
        slot->sizing = PlanSizer(slot->catalog).size(slot->plan);
        for (const auto& s : slot->sizing.services) {
            if (!s.error.isEmpty())
                die(QStringLiteral("%1 cannot be sized: %2").arg(s.name, s.error));
        }
    }
    return *slot;
}

PlanExportOptions exportOptions()
{
    PlanExportOptions options;
    options.headroomVersion = QStringLiteral("bench");
    return options;
}

QList<ExportFile> exportFiles(const Fixture& f)
{
    auto files = PlanExporter::files(f.plan, f.sizing, f.catalog, exportOptions());
    if (!files)
        die(files.error().toString());
    return std::move(files).value();
}

// As `headroom export` writes a whole plan: rendering only the services the folder needs.
void writeInto(const QString& dir, const Fixture& f, benchmark::State& state)
{
    const PlanExport source(f.plan, f.sizing, f.catalog, exportOptions());
    auto report = ExportFolder::write(dir, source, ExportFolderOptions { false, true, false });
    if (!report)
        state.SkipWithError(qPrintable(report.error().toString()));
}

void BM_ExportFiles(benchmark::State& state)
{
    const Fixture& f = fixture(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(exportFiles(f));
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
}

// Into an empty folder (a fresh QTemporaryDir, in TMPDIR): built beside it and renamed into
// place whole (StagingFolder), as a folder that does not exist yet is. The file system is
// TMPDIR's: the root file system by default, TMPDIR=/dev/shm for tmpfs.
void BM_ExportIntoNewFolder(benchmark::State& state)
{
    const Fixture& f = fixture(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        state.ResumeTiming();
        writeInto(dir->path(), f, state);
        state.PauseTiming();
        dir.reset();
        state.ResumeTiming();
    }
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
}

void BM_ReExportUnchanged(benchmark::State& state)
{
    const Fixture& f = fixture(int(state.range(0)));
    QTemporaryDir dir;
    writeInto(dir.path(), f, state);
    for (auto _ : state)
        writeInto(dir.path(), f, state);
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
}

// `headroom export PLAN --out DIR` again with nothing changed, as the command runs it: the
// folder's manifest read on a thread while the catalog and the plan file load, then sizing
// and the folder's decision (every file unchanged, nothing rendered). The target is 0.5 s for
// 10,000 services (issue 14) in wall time; printing the 12,935 "unchanged" lines is left out.
void BM_ReExportUnchangedFromFile(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.yaml"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QFile plan(planPath);
    const QByteArray yaml = bench::generatePlanYaml(int(state.range(0)), bench::builtInCatalog());
    if (!plan.open(QIODevice::WriteOnly) || plan.write(yaml) != yaml.size() || !plan.flush())
        die(QStringLiteral("cannot write %1").arg(planPath));
    const auto exportOnce = [&](bool expectUnchanged) {
        auto manifest = std::async(std::launch::async, [&] { return ExportFolder::readManifestAhead(out); });
        auto builtIn = CatalogLoader().loadBuiltIn();
        if (!builtIn)
            die(builtIn.error().toString());
        PlanLoader loader(builtIn.value());
        auto loaded = loader.loadFile(planPath);
        if (!loaded)
            die(loaded.error().toString());
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(loaded.value());
        const PlanExport source(loaded.value(), sizing, loader.effectiveCatalog(), exportOptions());
        auto report = ExportFolder::write(out, source, ExportFolderOptions { false, true, false }, manifest.get());
        if (!report)
            die(report.error().toString());
        if (expectUnchanged && !(report->written.isEmpty() && report->rendered.isEmpty()))
            die(QStringLiteral("an unchanged re-export wrote or rendered files"));
    };
    exportOnce(false);
    for (auto _ : state)
        exportOnce(true);
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
}

// Rendering runs on a thread pool: CPU time is the whole process's, not the main thread's.
BENCHMARK(BM_ExportFiles)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ExportIntoNewFolder)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReExportUnchanged)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
// Wall time: the command's threads overlap, and what the user waits for is the wall clock.
BENCHMARK(BM_ReExportUnchangedFromFile)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--write-plan") == 0) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        const QByteArray yaml = bench::generatePlanYaml(std::atoi(argv[3]), bench::builtInCatalog());
        return out.open(QIODevice::WriteOnly) && out.write(yaml) == yaml.size() ? 0 : 1;
    }
    // Repetitions by default, so a plain run reports medians; any flag given wins.
    std::vector<char*> args(argv, argv + argc);
    char repetitions[] = "--benchmark_repetitions=5";
    char aggregates[] = "--benchmark_report_aggregates_only=true";
    if (!bench::hasFlag(argc, argv, "--benchmark_repetitions")) {
        args.push_back(repetitions);
        args.push_back(aggregates);
    }
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
