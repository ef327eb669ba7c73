#!/usr/bin/env bash
# test_flatpak_manifest.sh <manifest>
# The Flatpak manifest must parse and use only properties flatpak-builder
# knows. Building it needs network access that CI lacks, so this is a lint:
# flatpak-builder --show-manifest where installed, otherwise a structural check
# of the YAML with python3.
set -euo pipefail
manifest=$1
if command -v flatpak-builder >/dev/null; then
  flatpak-builder --show-manifest "$manifest" >/tmp/stratum-manifest.$$.json 2>/tmp/stratum-manifest.$$.err || {
    cat /tmp/stratum-manifest.$$.err; rm -f /tmp/stratum-manifest.$$.*; echo "FAIL: flatpak-builder rejects $manifest"; exit 1; }
  if grep -E "WARNING|Unknown property" /tmp/stratum-manifest.$$.err; then
    rm -f /tmp/stratum-manifest.$$.*
    echo "FAIL: flatpak-builder warns about $manifest"
    exit 1
  fi
  rm -f /tmp/stratum-manifest.$$.*
fi
/usr/bin/python3 - "$manifest" <<'PY'
import sys
try:
    import yaml
    m = yaml.safe_load(open(sys.argv[1]))
except ImportError:
    # Without python3-yaml: flatpak-builder --show-manifest prints the manifest
    # as JSON; failing that, a coarse line-based reading of the top level.
    import json, subprocess, shutil
    if shutil.which("flatpak-builder"):
        m = json.loads(subprocess.run(["flatpak-builder", "--show-manifest", sys.argv[1]],
                                      capture_output=True, check=True, text=True).stdout)
    else:
        lines = open(sys.argv[1]).read().splitlines()
        m = {l.split(":")[0]: True for l in lines if l and l[0].isalpha() and ":" in l}
        m["id"] = next(l.split(":", 1)[1].strip() for l in lines if l.startswith("id:"))
        m["modules"] = [{"name": l.split(":", 1)[1].strip(), "buildsystem": "simple",
                         "build-commands": ["?"]}
                        for l in lines if l.startswith("  - name:")]
problems = []
for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    if key not in m:
        problems.append(f"missing top-level key {key}")
if m.get("id") != "io.github.stratum.Stratum":
    problems.append("id is not io.github.stratum.Stratum")
names = []
for mod in m.get("modules", []):
    if not isinstance(mod, dict) or "name" not in mod:
        problems.append(f"module without a name: {mod!r}")
        continue
    names.append(mod["name"])
    if mod.get("buildsystem", "autotools") not in ("autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"):
        problems.append(f"{mod['name']}: unknown buildsystem")
    if mod.get("buildsystem") == "simple" and not mod.get("build-commands"):
        problems.append(f"{mod['name']}: simple module without build-commands")
    for src in mod.get("sources", []):
        kind = src.get("type")
        if kind in ("archive", "file") and "url" in src and "sha256" not in src:
            problems.append(f"{mod['name']}: {kind} source without sha256")
        if kind == "git" and "commit" not in src:
            problems.append(f"{mod['name']}: git source not pinned to a commit")
        if kind == "dir" and "path" not in src:
            problems.append(f"{mod['name']}: dir source without path")
for needed in ("libpq", "qtkeychain", "qscintilla", "stratum"):
    if needed not in names:
        problems.append(f"module {needed} is missing")
if names and names[-1] != "stratum":
    problems.append("stratum must be the last module")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print(f"manifest OK: modules {', '.join(names)}")
PY
