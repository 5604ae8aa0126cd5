#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (fuzz/, clang with ASan and UBSan) and runs each for SECONDS
# (default 30). Exits non-zero when any target finds a crash, a leak, a timeout (an input
# running over 10 s), memory over 2 GiB or a broken round-trip oracle; the input that did
# it is kept in build/fuzz/artifacts/. Needs the packages scripts/setup.sh installs.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_plan_loader fuzz_quantity fuzz_exporters fuzz_recovery_file)

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi

cxx="$(command -v clang++ || command -v clang++-14 || true)"
if [ -z "$cxx" ]; then
  echo "headroom: clang++ is needed for the fuzzers; run scripts/setup.sh first" >&2
  exit 1
fi

build="$here/build/fuzz"
cmake -S "$here/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "${targets[@]}"

# Leaks end the run; UBSan findings are already fatal (-fno-sanitize-recover).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
  case "$target" in
    fuzz_plan_loader) seeds=("$here/resources/examples" "$here/fuzz/seeds/plan"); dict="$here/fuzz/plan.dict"; maxlen=8192 ;;
    fuzz_exporters) seeds=("$here/resources/examples" "$here/fuzz/seeds/plan"); dict="$here/fuzz/plan.dict"; maxlen=8192 ;;
    fuzz_quantity) seeds=("$here/fuzz/seeds/quantity"); dict="$here/fuzz/quantity.dict"; maxlen=256 ;;
    fuzz_recovery_file) seeds=("$here/fuzz/seeds/recovery"); dict="$here/fuzz/recovery.dict"; maxlen=8192 ;;
    *) echo "headroom: unknown fuzz target '$target'" >&2; exit 2 ;;
  esac
  # The working corpus grows across local runs; the seeds are only read.
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts"
  mkdir -p "$corpus" "$artifacts"
  echo "headroom: fuzzing $target for ${seconds}s"
  status=0
  # The outer timeout is a backstop: a process stuck after its finding (a leak check over a
  # huge heap after running out of memory can take very long) still ends the run.
  timeout -k 10 $((seconds + 180)) "$build/$target" "$corpus" "${seeds[@]}" \
    -dict="$dict" -max_len="$maxlen" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -artifact_prefix="$artifacts/$target-" -print_final_stats=1 -print_funcs=0 \
    >"$build/$target.log" 2>&1 || status=$?
  if ((status != 0)); then
    echo "headroom: $target FAILED (exit $status); input saved in $artifacts/, log follows" >&2
    # The finding's report is at the end; the start is only the corpus loading.
    tail -n 80 "$build/$target.log" >&2
    failed+=("$target")
  else
    grep -E '^stat::number_of_executed_units|^Done' "$build/$target.log" | tr '\n' ' ' || true
    echo
  fi
done

if ((${#failed[@]})); then
  echo "headroom: fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "headroom: fuzzing found nothing in ${#targets[@]} target(s), ${seconds}s each"
