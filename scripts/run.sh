#!/usr/bin/env bash
# Installs what is missing, builds Stratum (Release) and launches it on its
# embedded SQLite demo workspace. Extra arguments go to stratum.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ensure_packages "${STRATUM_BUILD_PACKAGES[@]}"

build="$STRATUM_ROOT/build/release"
log "configuring and building (Release) in $build"
cmake -S "$STRATUM_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSTRATUM_BUILD_TESTS=OFF -DSTRATUM_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(jobs_count)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<MSG
[stratum] Built $build/app/stratum, but there is no display to show it on
          (neither DISPLAY nor WAYLAND_DISPLAY is set).
          On a machine without a screen, run it inside a virtual X server:
            apt-get install -y xvfb xauth && xvfb-run -a $build/app/stratum
          or render it offscreen: QT_QPA_PLATFORM=offscreen $build/app/stratum
MSG
  exit 1
fi
log "launching stratum"
exec "$build/app/stratum" --demo "$@"
