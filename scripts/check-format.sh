#!/usr/bin/env bash
# Fails if any tracked C++ source differs from .clang-format's layout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$STRATUM_ROOT"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
  mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h')
fi
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf '[stratum] these files are not clang-formatted:\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  printf '[stratum] fix with: scripts/format.sh   (runs clang-format -i on every source)\n' >&2
  exit 1
fi
log "format check passed (${#files[@]} files)"
