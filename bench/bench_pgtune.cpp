// SPDX-License-Identifier: Apache-2.0
// `headroom tune --batch` without the process: PGTune's rules over every combination of its inputs
// (pgtunecases.h), read as JSON Lines and written as answers, all in memory.
//
//   headroom_bench_pgtune                       the benchmarks
//   headroom_bench_pgtune --write-cases FILE    the 67,320-line input, for timing the whole command against
//                                               PGTune's JavaScript (HACKING.md, Benchmarks)

#include "export/pgtunebatch.h"
#include "pgtunecases.h"

#include <QBuffer>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>

using namespace headroom;

namespace {

const QByteArray& cases()
{
    static const QByteArray all = pgtuneCases();
    return all;
}

void BM_PgTuneBatch(benchmark::State& state)
{
    QByteArray input = cases();
    QByteArray output;
    for (auto _ : state) {
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        output.clear();
        QBuffer out(&output);
        out.open(QIODevice::WriteOnly);
        if (PgTuneBatch::run(in, out, QStringLiteral("cases"))) {
            state.SkipWithError("a generated case was refused");
            break;
        }
        benchmark::DoNotOptimize(output.data());
    }
    state.SetItemsProcessed(state.iterations() * input.count('\n'));
}
BENCHMARK(BM_PgTuneBatch)->Unit(benchmark::kMillisecond);

// Reading alone: one line of the input, again and again.
void BM_PgTuneParseLine(benchmark::State& state)
{
    const QByteArray line = cases().left(cases().indexOf('\n') + 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(PgTuneBatch::parseLine(line));
}
BENCHMARK(BM_PgTuneParseLine);

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--write-cases") == 0) {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::WriteOnly) || file.write(cases()) != cases().size()) {
            std::fprintf(stderr, "cannot write %s\n", argv[2]);
            return 2;
        }
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
