#!/usr/bin/env bash
# Renders the screenshot tour: builds stratum if needed (Release, in the same
# build folder as scripts/run.sh), then writes a PNG of each main view and
# dialog to OUTDIR (default ./screenshots, git-ignored). Needs no display.
#   scripts/screenshots.sh [OUTDIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

out="${1:-$STRATUM_ROOT/screenshots}"
build="${STRATUM_BUILD_DIR:-$STRATUM_ROOT/build/release}"

if [ ! -f "$build/CMakeCache.txt" ]; then
  ensure_packages "${STRATUM_BUILD_PACKAGES[@]}"
  log "configuring (Release) in $build"
  cmake -S "$STRATUM_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSTRATUM_BUILD_TESTS=OFF -DSTRATUM_BUILD_BENCH=OFF >/dev/null
fi
log "building stratum"
cmake --build "$build" -j "$(jobs_count)" --target stratum

# Only old tour images are removed, never anything else in the folder.
mkdir -p "$out" && find "$out" -maxdepth 1 -name '*.png' -delete
log "rendering the screenshot tour into $out"
# The tour opens the demo workspace. It is built in a throw-away data folder,
# so the user's own demo, settings and caches stay untouched.
scratch="$(mktemp -d)"
pg_dir=""
cleanup() {
  [ -n "$pg_dir" ] && "$STRATUM_ROOT/scripts/dev-cluster.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT
# The pool monitor's server view needs PostgreSQL: a private throw-away cluster
# when PostgreSQL's binaries are installed (else the pool shots use SQLite).
if [ -z "${STRATUM_TOUR_PG_URL:-}" ] && [ -x "${PG_BINDIR:-/usr/lib/postgresql/15/bin}/initdb" ]; then
  log "starting a private PostgreSQL cluster for the pool monitor shots"
  if cluster_env="$("$STRATUM_ROOT/scripts/dev-cluster.sh" start)"; then
    eval "$cluster_env"
    pg_dir="$STRATUM_TEST_PG_DIR"
    export STRATUM_TOUR_PG_URL="$STRATUM_TEST_PG_URL"
  else
    log "could not start PostgreSQL; the pool shots use SQLite"
  fi
fi
XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config" \
  QT_QPA_PLATFORM=offscreen "$build/app/stratum" --screenshot-tour "$out"
log "done: $(find "$out" -name '*.png' | wc -l) images in $out"
