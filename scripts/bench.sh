#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the release preset with the benchmarks and runs headroom_bench with repetitions
# (HEADROOM_BENCH_REPETITIONS, default 9), then prints the medians and whether the
# issue's targets are met:
#   compute (BM_Size/1000) under 5 ms;
#   BM_PlanLoad/10000 within 1.5x of BM_YamlCppParse/10000 (measured in the same run).
# Extra arguments go to headroom_bench (e.g. --benchmark_filter=BM_Size). Exit status is
# non-zero when the build or a benchmark fails, or with --check when a target is missed.
#   scripts/bench.sh [--check] [BENCHMARK FLAGS...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi
repetitions="${HEADROOM_BENCH_REPETITIONS:-9}"

cd "$here"
cmake --preset release -DHEADROOM_BUILD_BENCH=ON >/dev/null
if ! grep -q '^benchmark_DIR:PATH=/' build/release/CMakeCache.txt; then
  echo "headroom: Google Benchmark was not found; install libbenchmark-dev (scripts/setup.sh does)" >&2
  exit 1
fi
cmake --build --preset release --target headroom_bench

out="build/release/bench"
mkdir -p "$out"
# Repetitions interleaved at random, so that a change in the machine's load during the run
# touches every benchmark alike and the ratios between them hold.
build/release/bench/headroom_bench --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
  --benchmark_enable_random_interleaving=true \
  --benchmark_out="$out/results.json" --benchmark_out_format=json "$@" | tee "$out/results.txt"

# Console lines: NAME_median  REAL UNIT  CPU UNIT  ITERATIONS ... Times are turned into ms.
medians="$(awk '$1 ~ /_median$/ {
  sub(/_median$/, "", $1)
  real = $2; cpu = $4
  if ($3 == "ns") real /= 1e6; if ($3 == "us") real /= 1e3; if ($3 == "s") real *= 1e3
  if ($5 == "ns") cpu /= 1e6; if ($5 == "us") cpu /= 1e3; if ($5 == "s") cpu *= 1e3
  print $1, real, cpu }' "$out/results.txt" | sort -t/ -k1,1 -k2n)"
echo
echo "Medians of $repetitions repetitions (ms):"
printf '  %-28s %10s %10s\n' benchmark wall cpu
echo "$medians" | awk '{ printf "  %-28s %10.3f %10.3f\n", $1, $2, $3 }'

# The targets are judged on CPU time: the same as wall time on an idle machine, and not
# inflated when other work shares the CPUs.
cpu() { echo "$medians" | awk -v n="$1" '$1 == n { print $3 }'; }
missed=0
size1k="$(cpu BM_Size/1000)"
parse10k="$(cpu BM_YamlCppParse/10000)"
load10k="$(cpu BM_PlanLoad/10000)"
echo
echo "Targets (CPU time, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
if [ -n "$size1k" ]; then
  if awk -v v="$size1k" 'BEGIN { exit !(v < 5) }'; then verdict=met; else verdict=MISSED; missed=1; fi
  printf '  compute, 1,000 services (BM_Size/1000) < 5 ms: %.3f ms, %s\n' "$size1k" "$verdict"
fi
if [ -n "$parse10k" ] && [ -n "$load10k" ]; then
  ratio="$(awk -v a="$load10k" -v b="$parse10k" 'BEGIN { printf "%.2f", a / b }')"
  if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.5) }'; then verdict=met; else verdict=MISSED; missed=1; fi
  printf '  load 10,000 services <= 1.5x yaml-cpp parse: %.1f ms vs %.1f ms = %sx, %s\n' \
    "$load10k" "$parse10k" "$ratio" "$verdict"
fi
echo "  (results in $out/results.json)"
if ((check && missed)); then
  exit 1
fi
