#!/usr/bin/env bash
# Renders the hicolor PNGs of the application icon into resources/icons/app/<size>/.
# 16-32 px come from the simplified small-size drawing (fewer, thicker strata
# on the pixel grid), 48 px and up from resources/io.github.stratum.Stratum.svg.
# The PNGs are committed, so building the package needs no SVG rasteriser;
# rerun this after changing either SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
id=io.github.stratum.Stratum
small="$root/resources/icons/app/$id-small.svg"
large="$root/resources/$id.svg"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  src="$large"
  [ "$size" -le 32 ] && src="$small"
  mkdir -p "$root/resources/icons/app/$size"
  rsvg-convert -w "$size" -h "$size" "$src" -o "$root/resources/icons/app/$size/$id.png"
done
echo "rendered $(ls "$root"/resources/icons/app/*/$id.png | wc -l) PNGs into resources/icons/app/"
