#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up, builds (warnings are errors) and runs the whole test suite, then the checks that
# keep the code in shape: format and licence lines, clang-tidy on the files changed against
# main, the unit tests again under ASan and UBSan (HEADROOM_SKIP_SANITIZE=1 skips them) and
# bounded fuzzing. Every stage runs even when an earlier one fails, so one run shows all that
# is wrong; the exit status is non-zero if any failed. No display needed: GUI tests run on
# Qt's offscreen platform. Arguments go to the dev ctest run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" dev
cd "$here"
export QT_QPA_PLATFORM=offscreen

failed=()
stage() {
  local name="$1"
  shift
  echo "headroom: == $name"
  "$@" || failed+=("$name")
}

sanitize() {
  cmake --preset sanitize >/dev/null && cmake --build --preset sanitize && ctest --preset sanitize -j2
}

stage "tests" ctest --preset dev -j2 "$@"
stage "format" scripts/format.sh --check
stage "clang-tidy" scripts/tidy.sh --build build/dev
if [ -z "${HEADROOM_SKIP_SANITIZE:-}" ]; then
  stage "sanitizers" sanitize
fi
# About 30 s per libFuzzer target.
stage "fuzzing" scripts/fuzz.sh 30

if ((${#failed[@]})); then
  echo "headroom: failed: ${failed[*]}" >&2
  exit 1
fi
