#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package (packaging/deb.sh) and checks it as a distribution would:
#   bash packaging/deb-check.sh [OUT_DIR]       # default build/deb-out
# - lintian: no error (its warnings are printed, and allowed);
# - the package holds the desktop integration, and its desktop entry and metainfo validate;
# - its changelog names the version being packaged.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/deb-out}"
SECONDS=0
deb=$(bash packaging/deb.sh "$out" | tail -n 1)
echo "deb-check: built $deb in ${SECONDS}s"

contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$deb" "$contents"
fail=0
for f in usr/bin/tranchedesk usr/bin/tranchedesk-cli usr/share/applications/tranchedesk.desktop \
         usr/share/metainfo/io.github.tranchedesk.TrancheDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/tranchedesk.svg usr/share/icons/hicolor/256x256/apps/tranchedesk.png \
         usr/share/man/man1/tranchedesk-cli.1.gz usr/share/man/man1/tranchedesk.1.gz \
         usr/share/doc/tranchedesk/user-guide.md usr/share/doc/tranchedesk/copyright; do
  [ -e "$contents/$f" ] || { echo "deb-check: the package lacks /$f" >&2; fail=1; }
done
desktop-file-validate "$contents/usr/share/applications/tranchedesk.desktop" || fail=1
appstreamcli validate --no-net "$contents/usr/share/metainfo/io.github.tranchedesk.TrancheDesk.metainfo.xml" >/dev/null || {
  echo "deb-check: the metainfo does not validate" >&2; fail=1; }
version=$(dpkg-deb -f "$deb" Version)
changelog=$(zcat "$contents/usr/share/doc/tranchedesk/changelog.gz" | head -n 1)
[[ $changelog == "tranchedesk ($version) "* ]] || {
  echo "deb-check: packaging/debian/changelog starts with '$changelog', not version $version" >&2; fail=1; }
echo "deb-check: Depends: $(dpkg-deb -f "$deb" Depends)"

# lintian exits non-zero on an error; warnings and lower are reported only.
lintian_log="$out/lintian.txt"
if lintian --fail-on error --display-info "$deb" >"$lintian_log" 2>&1; then
  echo "deb-check: lintian: no error ($(grep -c '^W:' "$lintian_log" || true) warnings, $(grep -c '^I:' "$lintian_log" || true) notes)"
else
  echo "deb-check: lintian reports errors" >&2
  fail=1
fi
cat "$lintian_log"
echo "deb-check: $([ $fail = 0 ] && echo passed || echo FAILED) after ${SECONDS}s"
exit $fail
