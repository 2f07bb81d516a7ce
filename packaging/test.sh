#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds everything (libraries, tools, tests, benchmarks) and runs the
# whole test suite. `--preset asan` runs it under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=dev
if [ "${1:-}" = "--preset" ] && [ -n "${2:-}" ]; then
  preset=$2
fi
bash packaging/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
