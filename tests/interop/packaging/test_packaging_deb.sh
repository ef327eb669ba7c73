#!/usr/bin/env bash
# test_packaging_deb.sh <build dir> <version>
#
# Builds stratum_<version>_<arch>.deb with CPack, runs lintian on it, installs
# it with apt-get, runs the installed programs (the GUI offscreen on its demo
# workspace for at least 5 s), validates the desktop entry and the AppStream
# metainfo, purges the package and checks that no file is left in /usr.
# Needs root, as CI has; a package left installed by an earlier run is purged
# first.
set -euo pipefail

build=$1
version=$2
app_id=io.github.stratum.Stratum
arch=$(dpkg --print-architecture)
deb_name="stratum_${version}_${arch}.deb"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || fail "this test installs a package into the system and needs root"
for tool in cpack dpkg apt-get lintian desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "missing tool: $tool (see packaging/README.md)"
done

work=$(mktemp -d /tmp/stratum-packaging.XXXXXX)
gui_pid=
# Packages this test installed (stratum and any dependency apt pulled in); the
# exit trap purges them so that a failed run leaves the system as it found it.
installed_here=()
cleanup() {
  if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
  fi
  if [ ${#installed_here[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${installed_here[@]}" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

apt_quiet() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q "$@"
}

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if dpkg-query -W -f='${Status}' stratum 2>/dev/null | grep -qv "not-installed"; then
  step "purging a stratum package left by an earlier run"
  apt_quiet purge stratum
fi

if [ -n "${STRATUM_PACKAGING_DEB:-}" ]; then
  # For debugging this script: reuse a package built earlier.
  step "using $STRATUM_PACKAGING_DEB instead of running cpack"
  mkdir -p "$work/out"
  cp "$STRATUM_PACKAGING_DEB" "$work/out/$deb_name"
else
  step "building the package with cpack"
  (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
fi
deb="$work/out/$deb_name"
[ -f "$deb" ] || { ls -l "$work/out"; fail "cpack did not write $deb_name"; }
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb" >"$work/contents.txt"

step "checking the package's contents"
for path in ./usr/bin/stratum ./usr/bin/stratum-cli \
  "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
  "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "./usr/share/icons/hicolor/16x16/apps/$app_id.png" "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
  ./usr/share/man/man1/stratum-cli.1.gz ./usr/share/man/man1/stratum.1.gz \
  ./usr/share/doc/stratum/copyright ./usr/share/doc/stratum/changelog.gz \
  ./usr/share/stratum/translations/stratum_de.qm ./usr/share/stratum/translations/stratum_es.qm; do
  grep -q " $path\$" "$work/contents.txt" || fail "the package lacks $path"
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps computed these from the binaries' NEEDED entries.
for lib in libc6 libqt6core6 libqt6widgets6 libpq5; do
  echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib: dpkg-shlibdeps did not run?"
done

step "lintian"
lintian --fail-on error --display-info "$deb" | tee "$work/lintian.txt" ||
  fail "lintian reported errors"

step "apt-get install ./$deb_name"
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-before.txt"
find /usr -xdev | sort >"$work/usr-before.txt"
# --no-install-recommends: recommended packages would outlive the purge below
# and be mistaken for leftovers.
(cd "$work/out" && apt_quiet install --no-install-recommends "./$deb_name")
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-after.txt"
mapfile -t installed_here < <(comm -13 "$work/packages-before.txt" "$work/packages-after.txt")
is_installed stratum || fail "stratum is not installed after apt-get install"
echo "installed: ${installed_here[*]}"

step "stratum --version and stratum-cli --help from /usr/bin"
/usr/bin/stratum --version | tee "$work/version.txt"
grep -q "$version" "$work/version.txt" || fail "stratum --version does not print $version"
/usr/bin/stratum-cli --help | tee "$work/cli-help.txt"
grep -q "^Usage: stratum-cli" "$work/cli-help.txt" || fail "stratum-cli --help printed no usage"
/usr/bin/stratum-cli --version | grep -q "$version" || fail "stratum-cli --version does not print $version"
man -l --warnings=w /usr/share/man/man1/stratum-cli.1.gz >/dev/null 2>"$work/man.txt" || true
[ ! -s "$work/man.txt" ] || { cat "$work/man.txt"; fail "groff warns about stratum-cli.1"; }

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "/usr/share/applications/$app_id.desktop" | tee "$work/desktop.txt"
[ ! -s "$work/desktop.txt" ] || fail "desktop-file-validate reported problems"
appstreamcli validate --no-net --explain "/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate failed"

step "the installed GUI on its demo workspace, offscreen, for at least 5 s"
home="$work/home"
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
(
  cd "$home"
  exec env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" \
    XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 /usr/bin/stratum --demo
) >"$work/gui.log" 2>&1 &
gui_pid=$!
demo_db=
for second in $(seq 1 120); do
  sleep 1
  if ! kill -0 "$gui_pid" 2>/dev/null; then
    wait "$gui_pid" && status=0 || status=$?
    gui_pid=
    cat "$work/gui.log"
    fail "the installed stratum exited after ${second} s (status $status)"
  fi
  # DemoLoader builds the demo in a staging folder and renames it into place
  # (AppDataLocation/demo; organisation and application are both "Stratum").
  if [ "$second" -ge 5 ] && [ -f "$home/data/Stratum/Stratum/demo/demo.db" ]; then
    demo_db="$home/data/Stratum/Stratum/demo/demo.db"
    break
  fi
done
[ -n "$demo_db" ] || { cat "$work/gui.log"; fail "no demo workspace (demo.db) under XDG_DATA_HOME after 120 s"; }
echo "stratum ran for ${second} s and created $demo_db"
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=
if grep -E "Could not (load|find) the Qt platform plugin|QSqlDatabase: .* driver not loaded" "$work/gui.log"; then
  fail "the installed stratum lacks a Qt plugin"
fi

step "apt-get purge"
apt_quiet purge "${installed_here[@]}"
installed_here=()
! is_installed stratum || fail "stratum is still installed after purge"
find /usr -xdev | sort >"$work/usr-after.txt"
# Caches that dpkg triggers of other packages rebuild when any package adds
# icons or desktop files; they are not the package's files.
comm -13 "$work/usr-before.txt" "$work/usr-after.txt" |
  grep -vxE '/usr/share/icons/hicolor/icon-theme.cache|/usr/share/applications/mimeinfo.cache' \
    >"$work/left.txt" || true
[ ! -s "$work/left.txt" ] || { cat "$work/left.txt"; fail "files left in /usr after purge"; }

echo "PASS: $deb_name built, lintian-clean, installed, ran, validated and purged without leftovers"
