#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package in BUILD_DIR (scripts/package.sh BUILD_DIR) and checks it as a
# user gets it:
#   - lintian: no errors (warnings and infos are printed, and fail nothing);
#   - desktop-file-validate and `appstreamcli validate --no-net` on the installed files
#     (--no-net: CI has no network);
#   - the MIME package: xmllint, update-mime-database into a scratch tree, and what GIO then
#     detects: *.headroom.yaml and suffix-less plans are application/x-headroom-plan; other YAML,
#     catalog files included, stays application/x-yaml;
#   - dpkg -x into a scratch root: the expected files are there, and the installed
#     usr/bin/headroom --version prints the project's version;
#   - Depends has the CJK fonts and the Qt libraries found by dpkg-shlibdeps.
# Registered with CTest (label `packaging`), so scripts/test.sh runs it.
#   tests/packaging/check_package.sh BUILD_DIR
#   tests/packaging/check_package.sh --deb FILE.deb   check an existing package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app_id=io.github.headroom.Headroom

if [ "${1:-}" = "--deb" ] && [ -n "${2:-}" ]; then
  deb="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  work="$(dirname "$deb")/package-check"
elif (($# == 1)); then
  echo "== building the package in $1"
  mkdir -p "$1"
  "$here/scripts/package.sh" "$1" | tee "$1/package.log"
  deb="$(tail -n 1 "$1/package.log")"
  work="$(cd "$1" && pwd)/package-check"
else
  echo "usage: check_package.sh BUILD_DIR | --deb FILE.deb" >&2
  exit 2
fi

failures=()
fail() {
  echo "FAIL: $*" >&2
  failures+=("$*")
}

version="$(sed -n 's/^project(Headroom VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
echo "== $(basename "$deb") ($(du -h "$deb" | cut -f1)), project version $version"
dpkg-deb --field "$deb"
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in fonts-noto-cjk libqt6core6 libqt6widgets6 libqt6charts6; do
  [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
recommends="$(dpkg-deb --field "$deb" Recommends)"
[[ "$recommends" == *fonts-nanum* ]] || fail "Recommends lacks fonts-nanum: $recommends"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"

echo "== lintian"
# Every tag is shown (infos, pedantic and experimental ones); nothing is suppressed. Only
# errors fail the check.
lintian_status=0
lintian --fail-on error --info --pedantic --display-experimental --tag-display-limit 0 "$deb" \
  >"$(dirname "$deb")/lintian.log" 2>&1 || lintian_status=$?
cat "$(dirname "$deb")/lintian.log"
count() { grep -c "^$1: " "$(dirname "$deb")/lintian.log" || true; }
echo "lintian: $(count E) errors, $(count W) warnings, $(count I) infos, $(count P) pedantic, $(count X) experimental"
((lintian_status == 0)) || fail "lintian reports errors (exit $lintian_status)"

rm -rf "$work"
mkdir -p "$work"
root="$work/root"
dpkg -x "$deb" "$root"

echo "== installed files"
expected=(
  usr/bin/headroom
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  "usr/share/mime/packages/$app_id.xml"
  usr/share/man/man1/headroom.1.gz
  usr/share/doc/headroom/copyright
  usr/share/doc/headroom/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  if [ -f "$png" ] && ! file "$png" | grep -q "PNG image data, $size x $size"; then
    fail "$png is not a ${size}x${size} PNG"
  fi
done
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || fail "missing /$f"
done
(cd "$root" && find . -type f | sort | sed 's|^\./|  /|')

echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
newest="$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -n 1 | cut -d'"' -f2)"
[ "$newest" = "$version" ] || fail "the metainfo's newest release is '$newest', not $version"
changelog_version="$(zcat "$root/usr/share/doc/headroom/changelog.gz" | head -n 1 | sed 's/^headroom (\([^)]*\)).*/\1/')"
[ "$changelog_version" = "$version" ] || fail "changelog.gz starts with '$changelog_version', not $version"

echo "== MIME type"
mime_xml="$root/usr/share/mime/packages/$app_id.xml"
if command -v xmllint >/dev/null; then
  xmllint --noout "$mime_xml" || fail "xmllint $mime_xml"
else
  echo "  xmllint not found (libxml2-utils): XML check skipped"
fi
mime="$work/xdg/mime"
mkdir -p "$mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime_xml" "$mime/packages/"
XDG_DATA_DIRS="$work/xdg" update-mime-database "$mime" >"$work/update-mime-database.log" 2>&1 || fail "update-mime-database"
if [ -s "$work/update-mime-database.log" ]; then
  cat "$work/update-mime-database.log"
  fail "update-mime-database complained"
fi
# What GIO (GNOME's file managers) detects. It trusts a file name that matches a single glob,
# so by name only *.headroom.yaml is a plan; by content (apiVersion: headroom/... and
# kind: Plan) a plan is recognised when the name says nothing. Other YAML is never claimed.
if command -v gio >/dev/null; then
  samples="$work/samples"
  mkdir -p "$samples"
  printf 'services: []\n' >"$samples/empty.headroom.yaml"
  printf 'services: []\n' >"$samples/empty.headroom.yml"
  cp "$here/resources/examples/case-study-before.yaml" "$samples/plan-without-suffix"
  printf '# a plan\nkind: Plan\napiVersion: headroom/v1\n' >"$samples/kind-first"
  cp "$here/resources/catalog/base.yaml" "$samples/catalog.yaml"
  cp "$here/resources/catalog/base.yaml" "$samples/catalog-without-suffix"
  printf 'apiVersion: apps/v1\nkind: Deployment\n' >"$samples/deployment.yaml"
  plan=application/x-headroom-plan
  for sample in "empty.headroom.yaml $plan" "empty.headroom.yml $plan" "plan-without-suffix $plan" \
    "kind-first $plan" "catalog.yaml application/x-yaml" "catalog-without-suffix text/plain" \
    "deployment.yaml application/x-yaml"; do
    read -r name want <<<"$sample"
    got="$(XDG_DATA_HOME="$work/xdg-home" XDG_DATA_DIRS="$work/xdg" gio info -a standard::content-type \
      "$samples/$name" 2>/dev/null | sed -n 's/^ *standard::content-type: //p')"
    echo "  $name: $got"
    [ "$got" = "$want" ] || fail "$name is detected as '$got', not $want"
  done
else
  echo "  gio not found (libglib2.0-bin): detection checks skipped"
fi

echo "== installed headroom --version"
man_warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/headroom.1.gz" 2>&1 >/dev/null)"
[ -z "$man_warnings" ] || fail "man page warnings: $man_warnings"
got_version="$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/headroom" --version)" \
  || fail "usr/bin/headroom --version failed"
echo "  $got_version"
[ "$got_version" = "headroom $version" ] || fail "headroom --version printed '$got_version', not 'headroom $version'"

if ((${#failures[@]})); then
  echo "== package check FAILED: ${#failures[@]} problem(s)" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "== package check passed: $deb"
