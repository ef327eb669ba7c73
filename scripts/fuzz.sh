#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time
# (first argument, seconds; default 30). Fails on any crash or sanitizer report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
seconds="${1:-30}"
fuzz="$STRATUM_ROOT/build/fuzz"
log "building libFuzzer targets with clang in $fuzz"
CC=clang CXX=clang++ cmake -S "$STRATUM_ROOT" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" \
  -DSTRATUM_BUILD_FUZZERS=ON -DSTRATUM_BUILD_TESTS=OFF -DSTRATUM_BUILD_BENCH=OFF \
  -DSTRATUM_BUILD_GUI=OFF >/dev/null
cmake --build "$fuzz" -j "$(jobs_count)" --target fuzzers
status=0
shopt -s nullglob
for bin in "$fuzz"/tests/fuzz/fuzz_*; do
  [ -f "$bin" ] && [ -x "$bin" ] || continue
  name=$(basename "$bin")
  corpus_src="$STRATUM_ROOT/tests/fuzz/corpus/${name#fuzz_}"
  work=$(mktemp -d)
  [ -d "$corpus_src" ] && cp -r "$corpus_src"/. "$work"/
  log "fuzzing $name for ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$fuzz/$name-" "$work" >"$fuzz/$name.log" 2>&1; then
    tail -n 60 "$fuzz/$name.log" >&2
    log "$name FAILED: the crashing input is saved next to $fuzz/$name.log"
    status=1
  else
    grep -E '^(stat::number_of_executed_units|Done)' "$fuzz/$name.log" | tail -n 2 >&2 || true
  fi
  rm -rf "$work"
done
exit "$status"
