#!/usr/bin/env python3
"""Converts the basemap's country polygons (Natural Earth 1:10m admin-0, in
../shared/data/basemap/countries_ne10m.geojson) into assets/countries.json, the compact table the
app uses to give each firm its country: a list of {"code", "name", "polygons"}, where code is ISO
3166 alpha-2 and polygons a list of polygons, each a list of rings of [lon, lat] (outer ring
first). Aland is part of Finland and is given FI, since Finland's parameters apply there.

Usage: scripts/build_countries.py [BASEMAP_DIR] [OUT]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "basemap")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "assets", "countries.json")

# ISO 3166 numeric -> alpha-2 for every country in the layer.
ALPHA2 = {
    "040": "AT", "056": "BE", "112": "BY", "203": "CZ", "208": "DK", "233": "EE", "246": "FI",
    "248": "FI", "250": "FR", "276": "DE", "428": "LV", "440": "LT", "442": "LU", "528": "NL",
    "578": "NO", "616": "PL", "643": "RU", "703": "SK", "752": "SE", "804": "UA",
}


def main():
    with open(os.path.join(SRC, "countries_ne10m.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    out = []
    for feature in features:
        props, geometry = feature["properties"], feature["geometry"]
        code = ALPHA2[props["iso_n3"]]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        polygons = [[[[round(x, 4), round(y, 4)] for x, y, *_ in ring] for ring in poly] for poly in polygons]
        out.append({"code": code, "name": props["name"], "polygons": polygons})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))
    print(f"wrote {OUT}: {len(out)} countries, {os.path.getsize(OUT) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
