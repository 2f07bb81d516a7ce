#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Launches the desktop application under Xvfb on the built-in demo market with a fresh data
# folder, lets it trade for a while, and saves PNGs of the main views into the folder given:
#   packaging/screenshots.sh OUT_DIR [SECONDS] [BINARY] [THEME]
# (default 60 s, build/release/src/app/tranchedesk, dark).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: packaging/screenshots.sh OUT_DIR [SECONDS] [BINARY] [THEME]}"
seconds="${2:-60}"
binary="${3:-build/release/src/app/tranchedesk}"
theme="${4:-dark}"
if [[ ! -x "$binary" ]]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target tranchedesk
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$binary" --data-dir "$data" --seed 7 --theme "$theme" \
  --screenshot-dir "$out" --screenshot-after "$seconds"
ls -1 "$out"/*.png
