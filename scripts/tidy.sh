#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs clang-tidy (.clang-tidy) over the C++ files changed against a base branch, or over
# every tracked .cpp with --all, using the compile database of a built tree (its generated
# moc and resource files must exist). A changed header brings in the .cpp of the same name.
# Exits 1 when clang-tidy reports anything.
#   scripts/tidy.sh [--all] [--base BRANCH] [--build DIR]   (defaults: main, build/dev)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

all=0
base="${HEADROOM_TIDY_BASE:-main}"
build="build/dev"
while (($#)); do
  case "$1" in
    --all) all=1 ;;
    --base) base="$2"; shift ;;
    --build) build="$2"; shift ;;
    *) echo "usage: scripts/tidy.sh [--all] [--base BRANCH] [--build DIR]" >&2; exit 2 ;;
  esac
  shift
done

clang_tidy="${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}"
if [ -z "$clang_tidy" ]; then
  echo "headroom: clang-tidy is needed; run scripts/setup.sh first" >&2
  exit 1
fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "headroom: no compile database in $build; build it first (cmake --preset dev)" >&2
  exit 1
fi

# Without the base branch (a shallow CI checkout) everything is checked.
if ((!all)) && ! git rev-parse --verify --quiet "$base" >/dev/null; then
  echo "headroom: no branch '$base' to compare with; checking every file"
  all=1
fi

mapfile -t compiled < <(python3 -c '
import json, os, sys
root = os.path.realpath(sys.argv[1])
for entry in json.load(open(sys.argv[2])):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    if path.startswith(root + os.sep):
        print(os.path.relpath(path, root))
' "$here" "$build/compile_commands.json" | sort -u)

if ((all)); then
  mapfile -t candidates < <(git ls-files -- '*.cpp')
else
  mapfile -t changed < <(git diff --name-only --diff-filter=d "$(git merge-base "$base" HEAD)" -- '*.cpp' '*.h';
                         git ls-files --others --exclude-standard -- '*.cpp' '*.h')
  candidates=()
  for file in "${changed[@]}"; do candidates+=("${file%.*}.cpp"); done
fi

files=()
for file in "${candidates[@]}"; do
  # The layering probes of tests/layering/ that must not compile are not for clang-tidy.
  case "$file" in tests/layering/*) continue ;; esac
  for c in "${compiled[@]}"; do
    if [ "$c" = "$file" ]; then files+=("$file"); break; fi
  done
done
if ((${#files[@]} == 0)); then
  echo "headroom: clang-tidy: no changed C++ files to check"
  exit 0
fi

echo "headroom: clang-tidy over ${#files[@]} file(s)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -P "$(nproc)" -n 1 "$clang_tidy" -p "$build" --quiet >"$log" 2>&1 || status=$?
# clang-tidy's own progress lines ("N warnings generated.") are noise; the findings are not.
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' "$log" || true
exit "$((status ? 1 : 0))"
