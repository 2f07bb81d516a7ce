#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds a release and launches the TrancheDesk desktop application.
# With no configuration and no network it starts in PAPER mode on the built-in demo market with
# a sample symbol configuration: tranches are created, isolated and closed within a minute. No
# keys, no network. Extra arguments go to the application (e.g. --data-dir DIR, --theme dark).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target tranchedesk
exec ./build/release/src/app/tranchedesk "$@"
