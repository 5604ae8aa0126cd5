#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite. No display needed:
# GUI tests run on Qt's offscreen platform.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" dev
cd "$here"
export QT_QPA_PLATFORM=offscreen
ctest --preset dev -j2 "$@"
# Bounded fuzzing (about 30 s per libFuzzer target) after the tests pass.
"$here/scripts/fuzz.sh" 30
