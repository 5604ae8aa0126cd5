#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Keeps every tracked source in the house format (.clang-format) and under the project's
# licence line: C++ files begin with `// SPDX-License-Identifier: Apache-2.0`, CMake and
# shell files with `# SPDX-License-Identifier: Apache-2.0` (below the #! line).
#   scripts/format.sh           formats in place and adds missing licence lines
#   scripts/format.sh --check   lists the files that differ and exits 1 if there are any
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

mode=fix
case "${1:-}" in
  --check) mode=check ;;
  "") ;;
  *) echo "usage: scripts/format.sh [--check]" >&2; exit 2 ;;
esac

# Another clang-format version formats some constructs differently; CI pins Debian 12's.
clang_format="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
if [ -z "$clang_format" ]; then
  echo "headroom: clang-format is needed; run scripts/setup.sh first" >&2
  exit 1
fi

spdx='SPDX-License-Identifier: Apache-2.0'

mapfile -t cxx_files < <(git ls-files -- '*.cpp' '*.h')
mapfile -t script_files < <(git ls-files -- 'CMakeLists.txt' '*/CMakeLists.txt' '*.cmake' '*.sh' '.ci/run')

# The licence line is the first line, or the second after a #! line.
has_spdx() {
  local first second
  { IFS= read -r first || true; IFS= read -r second || true; } <"$1"
  [[ "$first" == "$2$spdx" ]] || [[ "$first" == '#!'* && "$second" == "$2$spdx" ]]
}

add_spdx() {
  local file="$1" prefix="$2" tmp
  tmp="$(mktemp)"
  if [[ "$(head -c 2 "$file")" == '#!' ]]; then
    { head -n 1 "$file"; printf '%s%s\n' "$prefix" "$spdx"; tail -n +2 "$file"; } >"$tmp"
  else
    { printf '%s%s\n' "$prefix" "$spdx"; cat "$file"; } >"$tmp"
  fi
  # Keeps the file's mode (scripts stay executable).
  cat "$tmp" >"$file"
  rm -f "$tmp"
}

bad=()
for file in "${cxx_files[@]}"; do
  if ! has_spdx "$file" '// '; then
    if [ "$mode" = check ]; then bad+=("$file: no '// $spdx' line"); else add_spdx "$file" '// '; fi
  fi
done
for file in "${script_files[@]}"; do
  if ! has_spdx "$file" '# '; then
    if [ "$mode" = check ]; then bad+=("$file: no '# $spdx' line"); else add_spdx "$file" '# '; fi
  fi
done

if [ "$mode" = fix ]; then
  printf '%s\0' "${cxx_files[@]}" | xargs -0 -P "$(nproc)" -n 16 "$clang_format" -i --style=file
  exit 0
fi

for file in "${cxx_files[@]}"; do
  if ! "$clang_format" --style=file "$file" | cmp -s - "$file"; then
    bad+=("$file: not formatted (scripts/format.sh fixes it)")
  fi
done
if ((${#bad[@]})); then
  printf '%s\n' "${bad[@]}"
  echo "headroom: ${#bad[@]} file(s) need scripts/format.sh" >&2
  exit 1
fi
