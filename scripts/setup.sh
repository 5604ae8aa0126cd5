#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Headroom needs that are missing (and only those),
# then configures and builds the given CMake preset. Used by run.sh and test.sh.
set -euo pipefail

preset="${1:-release}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt6Charts needs Qt6OpenGL's CMake package, which qt6-base-dev ships only half of.
  libqt6opengl6-dev
  libgl-dev libegl-dev libxkbcommon-dev
  libyaml-cpp-dev libmuparser-dev libbenchmark-dev libxxhash-dev
  clang libclang-rt-14-dev
  xvfb xauth fonts-dejavu-core
  postgresql-15 postgresql-client-15 libpq-dev pgbouncer
  qt6-svg-dev fonts-noto-cjk fonts-nanum qt6-translations-l10n
  lintian desktop-file-utils appstream dpkg-dev file libxml2-utils libglib2.0-bin
  ccache unzip python3
  # tests/integration/tst_promimport: a real Prometheus and promtool, htpasswd for its bcrypt users,
  # openssl for the throw-away CA and certificate of its HTTPS server.
  prometheus apache2-utils openssl
  # Reports: tests render the PDF report to text, and the Markdown report to HTML with a real
  # renderer (Python-Markdown, run as /usr/bin/python3 -m markdown).
  poppler-utils python3-markdown
  # The format and clang-tidy checks of scripts/test.sh.
  clang-format clang-tidy
  # Real engines the integration tests start on a loopback port (tst_redis, tst_prometheus,
  # tst_rabbitmq).
  redis-server curl rabbitmq-server
)
# Helm comes from an npm package (scripts/fetch-helm.sh); NodeSource's nodejs ships npm itself.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "headroom: installing missing Debian packages: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "headroom: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  # Debian's prometheus, redis-server and rabbitmq-server would start servers of their own; the
  # tests start theirs. A policy-rc.d that refuses every start keeps package scripts from starting services.
  policy=/usr/sbin/policy-rc.d
  if [[ " ${missing[*]} " =~ \ (prometheus|redis-server|rabbitmq-server)\  && ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    trap '"${sudo[@]}" rm -f "$policy"' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests render exported values with the real charts; running the app needs no Helm.
case "$preset" in
  release | package) ;;
  *) "$here/scripts/fetch-helm.sh" ;;
esac

cd "$here"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
