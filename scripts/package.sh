#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Headroom's Debian package and prints its path. On a fresh Debian 12 machine it first
# installs the missing build packages (scripts/setup.sh, which then configures and builds the
# `package` preset: RelWithDebInfo, no tests or benchmarks); cpack then makes the .deb.
#   scripts/package.sh            build/package/headroom_VERSION_ARCH.deb
#   scripts/package.sh BUILD_DIR  the same preset in another tree (tests/packaging uses its
#                                 own); the packages are assumed installed already
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# Let ccache share objects between package trees (build/package, the test's tree): paths
# under the source are hashed relative, and the working directory is left out of the hash,
# which only matters for debug info, stripped from the package anyway.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1

if (($# == 0)); then
  build="$here/build/package"
  "$here/scripts/setup.sh" package
else
  build="$(mkdir -p "$1" && cd "$1" && pwd)"
  cmake --preset package -B "$build" >/dev/null
  cmake --build "$build" -j "${HEADROOM_JOBS:-2}"
fi

rm -f "$build"/headroom_*.deb
# cpack runs the install rules into its own staging tree, strips and runs dpkg-shlibdeps.
(cd "$build" && cpack -G DEB -B "$build" >"$build/cpack.log") || { cat "$build/cpack.log" >&2; exit 1; }
deb="$(ls "$build"/headroom_*.deb)"
echo "$deb"
