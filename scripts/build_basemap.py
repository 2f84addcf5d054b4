#!/usr/bin/env python3
"""Converts the Baltic basemap layers (GeoJSON in ../shared/data/basemap) into assets/basemap.bin,
the compact offline basemap the app compiles in.

Format (little-endian): b"SEBASEMAP1", u32 layer count; per layer: u8 name length, name,
u8 kind (0 polygon, 1 line), u32 feature count; per feature: i32 bbox (min lon, min lat,
max lon, max lat in microdegrees), u32 part count; per part: u32 point count, then the points as
zigzag varint deltas of (lon, lat) in microdegrees (about 0.1 m).

Usage: scripts/build_basemap.py [BASEMAP_DIR] [OUT]
"""
import gzip
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "basemap")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "assets", "basemap.bin")

LAYERS = [  # (name in the asset, source file, kind)
    ("land_ne10m", "land_ne10m.geojson", 0),
    ("lakes_ne10m", "lakes_ne10m.geojson", 0),
    ("land_gshhg_f", "land_gshhg_f.geojson.gz", 0),
    ("lakes_gshhg_f", "lakes_gshhg_f.geojson.gz", 0),
    ("borders_ne10m", "borders_ne10m.geojson", 1),
    ("rivers_ne10m", "rivers_ne10m.geojson", 1),
]


def varint(n, out):
    n = (n << 1) ^ (n >> 63)  # zigzag
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def parts(geometry):
    t, c = geometry["type"], geometry["coordinates"]
    if t == "Polygon":
        return c
    if t == "MultiPolygon":
        return [ring for poly in c for ring in poly]
    if t == "LineString":
        return [c]
    if t == "MultiLineString":
        return c
    return []


def main():
    out = bytearray(b"SEBASEMAP1")
    out += struct.pack("<I", len(LAYERS))
    total = 0
    for name, file, kind in LAYERS:
        path = os.path.join(SRC, file)
        opener = gzip.open if file.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            features = json.load(f)["features"]
        out += struct.pack("<B", len(name)) + name.encode() + struct.pack("<BI", kind, len(features))
        for feature in features:
            rings = [[(round(x * 1e6), round(y * 1e6)) for x, y, *_ in ring] for ring in parts(feature["geometry"])]
            rings = [r for r in rings if len(r) >= 2]
            xs = [p[0] for r in rings for p in r] or [0]
            ys = [p[1] for r in rings for p in r] or [0]
            out += struct.pack("<iiiiI", min(xs), min(ys), max(xs), max(ys), len(rings))
            for ring in rings:
                out += struct.pack("<I", len(ring))
                px = py = 0
                buf = bytearray()
                for x, y in ring:
                    varint(x - px, buf)
                    varint(y - py, buf)
                    px, py = x, y
                    total += 1
                out += buf
    with open(OUT, "wb") as f:
        f.write(out)
    print(f"wrote {OUT}: {len(out) / 1e6:.1f} MB, {total} points in {len(LAYERS)} layers")


if __name__ == "__main__":
    main()
