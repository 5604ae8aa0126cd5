#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up, builds and starts Headroom on its built-in sample plan. Without a display it
# says so and prints the sample's sizing instead.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" release
exec "$here/build/release/app/headroom" "$@"
