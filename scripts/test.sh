#!/usr/bin/env bash
# Installs what is missing, builds with -Werror, starts a private PostgreSQL
# cluster, runs the whole test suite (ctest), the unit tests again under
# ASan+UBSan, and each fuzzer for a bounded time, then stops the cluster.
# Returns non-zero if anything failed.
#
# Environment knobs: STRATUM_FUZZ_SECONDS (default 30), STRATUM_SKIP_ASAN=1,
# STRATUM_SKIP_FUZZ=1 (for quick local runs; CI runs everything).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/pgcluster.sh"

ensure_packages "${STRATUM_BUILD_PACKAGES[@]}" "${STRATUM_TEST_PACKAGES[@]}"

"$STRATUM_ROOT/scripts/check-format.sh"

jobs=$(jobs_count)
build="$STRATUM_ROOT/build/ci"
log "configuring and building with -Werror in $build"
cmake -S "$STRATUM_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRATUM_WERROR=ON >/dev/null
cmake --build "$build" -j "$jobs"

status=0

trap pg_cluster_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
pg_cluster_start

log "running ctest"
(cd "$build" && ctest -j2 --output-on-failure --timeout 900) || status=$?
pg_cluster_stop

if [ "${STRATUM_SKIP_ASAN:-0}" != 1 ]; then
  asan="$STRATUM_ROOT/build/asan"
  log "building and running the unit tests under ASan+UBSan in $asan"
  cmake -S "$STRATUM_ROOT" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTRATUM_SANITIZE=ON \
    -DSTRATUM_BUILD_GUI=OFF -DSTRATUM_BUILD_BENCH=OFF -DSTRATUM_WERROR=ON >/dev/null
  cmake --build "$asan" -j "$jobs" --target unit_tests
  (cd "$asan" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest -j2 -L unit --output-on-failure) || status=1
fi

if [ "${STRATUM_SKIP_FUZZ:-0}" != 1 ]; then
  "$STRATUM_ROOT/scripts/fuzz.sh" "${STRATUM_FUZZ_SECONDS:-30}" || status=1
fi

if [ "$status" -eq 0 ]; then log "all tests passed"; else log "some tests FAILED (status $status)"; fi
exit "$status"
