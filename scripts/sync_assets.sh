#!/usr/bin/env bash
# Copies the reference data the app ships from ../shared/data into assets/.
# Run it when shared/data changes; the copies are committed, so builds and tests never need ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DATA:-../shared/data}
[ -d "$shared" ] || { echo "error: $shared not found (set SHARED_DATA)" >&2; exit 1; }
cp "$shared/ewc_codes.csv" "$shared/nace_rev2.csv" assets/
echo "copied ewc_codes.csv ($(($(wc -l < assets/ewc_codes.csv) - 1)) codes) and nace_rev2.csv ($(($(wc -l < assets/nace_rev2.csv) - 1)) codes) into assets/"

# GeoNames towns (> 5,000 inhabitants) for the synthetic project generator, as compact CSV.
python3 - "$shared/basemap/places_geonames5000.geojson" assets/towns.csv <<'PY'
import csv, json, sys
features = json.load(open(sys.argv[1], encoding="utf-8"))["features"]
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["geonameid", "name", "country", "lat", "lon", "population"])
    for f in sorted(features, key=lambda f: -f["properties"]["population"]):
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        w.writerow([p["geonameid"], p["name"], p["country"], lat, lon, p["population"]])
print(f"wrote {len(features)} towns to {sys.argv[2]}")
PY

# Natural Earth 1:10m ports (name, position) for ship transport between firms near a port.
python3 - "$shared/basemap/ports_ne10m.geojson" assets/ports.csv <<'PY'
import csv, json, sys
features = json.load(open(sys.argv[1], encoding="utf-8"))["features"]
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "lat", "lon"])
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        w.writerow([f["properties"]["name"], lat, lon])
print(f"wrote {len(features)} ports to {sys.argv[2]}")
PY

# The offline basemap (Natural Earth 1:10m, GSHHG full resolution) in the app's compact format.
python3 "$(dirname "$0")/build_basemap.py" "$shared/basemap" assets/basemap.bin
# Country polygons (ISO alpha-2) that give each firm its country.
python3 "$(dirname "$0")/build_countries.py" "$shared/basemap" assets/countries.json
cp "$shared/basemap/README.md" assets/BASEMAP_SOURCES.md
# GSHHG is LGPL-3.0-or-later: its licence text ships with the data (LGPL-3.0 extends GPL-3.0).
cp /usr/share/common-licenses/LGPL-3 assets/LICENSE-GSHHG-LGPL-3.0.txt
cp /usr/share/common-licenses/GPL-3 assets/LICENSE-GPL-3.0.txt
