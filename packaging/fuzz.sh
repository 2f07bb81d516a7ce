#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The libFuzzer targets of tests/fuzz (issue 10, "A standing fault suite"), under ASan + UBSan:
# configures and builds build/fuzz with clang, then runs every target for a fixed number of
# executions (bounded by count, not time) over its seed corpus in tests/fuzz/corpus/<target>.
# New inputs go to build/fuzz/corpus/<target>, crash inputs to build/fuzz/artifacts/; neither
# is part of the checkout. Exits non-zero if any target crashes.
#
#   bash packaging/fuzz.sh [RUNS]      RUNS per target, default 20000
#
# Needs clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20000}
case $runs in '' | *[!0-9]*)
  echo "fuzz: RUNS must be a whole number, got '$runs'" >&2
  exit 2
  ;;
esac
build=build/fuzz
targets=(fuzz_decimal fuzz_stream_parser fuzz_rest_parser fuzz_config_loader fuzz_scenario_reader)

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ is missing (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DTRD_FUZZ=ON -DTRD_BUILD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=Debug >"$build.configure.log" 2>&1 || {
  cat "$build.configure.log" >&2
  exit 1
}
cmake --build "$build" --target fuzz_all -j"${TRD_JOBS:-2}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/artifacts"
failed=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  log="$build/$t.log"
  # -max_len bounds an input (the seeds are below it); one process, executions counted.
  if "$build/tests/fuzz/$t" -runs="$runs" -seed=1 -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    done=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    echo "fuzz: $t ${done:-$runs} executions, 0 crashes"
  else
    failed=1
    echo "fuzz: $t CRASHED (log: $log; input: $(ls -t "$build/artifacts/$t-"* 2>/dev/null | head -n 1))" >&2
    grep -E 'ERROR|invariant broken|runtime error|SUMMARY' "$log" | head -n 5 >&2 || true
  fi
done
exit $failed
