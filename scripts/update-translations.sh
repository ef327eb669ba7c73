#!/usr/bin/env bash
# Refreshes translations/stratum_<lang>.ts from the sources with lupdate, drops
# strings that no longer exist, and lists every entry still to be translated,
# so that the delta after new tr() strings is easy to see and to fill in
# (Qt Linguist: `linguist translations/stratum_de.ts`, or edit the XML).
#
#   scripts/update-translations.sh            update the .ts files in place
#   scripts/update-translations.sh --list     only list what is unfinished
#   scripts/update-translations.sh --into DIR update copies in DIR, keeping
#                                             obsolete entries (used by the
#                                             translations unit test)
#
# The unit test tests/unit/translations fails while anything is listed here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
languages=(de es)
ts_dir="$root/translations"
mode=update
case "${1:-}" in
  --list) mode=list ;;
  --into)
    mode=into
    [ -n "${2:-}" ] || { echo "usage: $0 --into DIR" >&2; exit 2; }
    ;;
  "") ;;
  *) echo "usage: $0 [--list | --into DIR]" >&2; exit 2 ;;
esac

lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update-translations.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }

ts_files=()
for lang in "${languages[@]}"; do
  ts_files+=("stratum_$lang.ts")
done

if [ "$mode" = into ]; then
  out="$2"
  mkdir -p "$out"
  for ts in "${ts_files[@]}"; do cp "$ts_dir/$ts" "$out/$ts"; done
  ts_dir="$out"
fi

if [ "$mode" != list ]; then
  options=(-I "$root" -extensions cpp,h -locations relative -no-ui-lines -silent)
  # In place, entries whose source text is gone are dropped (git keeps them);
  # the test keeps them so that it can report them as obsolete.
  [ "$mode" = update ] && options+=(-no-obsolete)
  targets=()
  for ts in "${ts_files[@]}"; do targets+=("$ts_dir/$ts"); done
  (cd "$root" && "$lupdate" "${options[@]}" ui app core -ts "${targets[@]}")
fi

[ "$mode" = into ] && exit 0

# List what is left: untranslated or changed ("unfinished"), and obsolete.
/usr/bin/python3 - "$ts_dir" "${ts_files[@]}" <<'PY'
import sys
import xml.etree.ElementTree as ET

ts_dir, files = sys.argv[1], sys.argv[2:]
total = 0
for name in files:
    root = ET.parse(f"{ts_dir}/{name}").getroot()
    pending = []
    for context in root.iter("context"):
        ctx = context.findtext("name")
        filename = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                filename = location.get("filename")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("unfinished", "vanished", "obsolete"):
                where = filename.replace("../", "", 1)
                pending.append((kind, ctx, message.findtext("source"), where))
    total += len(pending)
    print(f"{name}: {len(pending)} entries to translate or remove")
    for kind, ctx, source, where in pending:
        print(f"  [{kind}] {ctx}: {source!r}  {where}")
sys.exit(0)
PY
