#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds a release and runs TrancheDesk in paper mode on bundled data:
# no keys, no network. Until the desktop window exists, this is the command-line engine playing
# the user guide's "Real-World Example" and printing what happened.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/src/cli/tranchedesk-cli simulate resources/examples/real-world-example.jsonl --pretty
