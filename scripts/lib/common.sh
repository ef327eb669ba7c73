# Shared helpers for scripts/run.sh and scripts/test.sh. Sourced, not executed.

STRATUM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Packages needed to build and launch Stratum (Debian 12 names).
STRATUM_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqscintilla2-qt6-dev qtkeychain-qt6-dev
  qt6-qpa-plugins libgl-dev libpq-dev libsqlite3-dev
  dpkg-dev file qt6-translations-l10n libxcb1-dev
)

# Extra packages the test suite needs: the real PostgreSQL and Alembic, Xvfb for
# GUI checks, clang for libFuzzer, clang-format for the format gate, and the
# Debian tools that check the package (lintian, desktop-file-validate,
# appstreamcli; python3-yaml reads the Flatpak manifest).
STRATUM_TEST_PACKAGES=(
  postgresql postgresql-contrib alembic python3-sqlalchemy python3-psycopg2 python3-dotenv
  xvfb xauth openssl clang clang-format libclang-rt-14-dev libqt6sql6-psql
  lintian desktop-file-utils appstream python3-yaml
)

log() { printf '\033[1m[stratum]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[stratum] error:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root (or sudo) to run: $*"; fi
}

# Installs whichever of the given Debian packages are missing.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "apt-get could not install: ${missing[*]}"
}

jobs_count() { nproc 2>/dev/null || echo 2; }
