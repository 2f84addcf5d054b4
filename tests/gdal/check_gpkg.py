#!/usr/bin/env python3
"""GDAL reads a Symbiosis Explorer project as QGIS would.

Usage: check_gpkg.py PROJECT.gpkg

Checks that GDAL (through pyogrio) lists the firms and exchanges layers with their attributes,
that every firm geometry equals the firm's position to 1e-9 degrees, that every exchange line runs
from its from-firm to its to-firm, and that GDAL emits no warning while doing so.
Exits non-zero with a message for every failed check.
"""
import sqlite3
import struct
import sys
import warnings
from xml.etree import ElementTree

import pyogrio
from pyogrio import raw as ogr_raw


def point_from_blob(blob):
    """Decodes our own GeoPackageBinary point independently of GDAL: (lon, lat)."""
    flags = blob[3]
    env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    wkb = blob[8 + env:]
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack(order + "dd", wkb[5:21])


def wkb_points(wkb):
    order = "<" if wkb[0] == 1 else ">"
    (kind,) = struct.unpack(order + "I", wkb[1:5])
    if kind == 1:
        return [struct.unpack(order + "dd", wkb[5:21])]
    if kind == 2:
        (n,) = struct.unpack(order + "I", wkb[5:9])
        return [struct.unpack(order + "dd", wkb[9 + 16 * i: 25 + 16 * i]) for i in range(n)]
    raise ValueError(f"unexpected WKB type {kind}")


def main(path):
    failures = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layers = {name: kind for name, kind in pyogrio.list_layers(path)}
        for layer, kind in (("firms", "Point"), ("exchanges", "LineString")):
            if layers.get(layer) != kind:
                failures.append(f"layer {layer}: GDAL sees {layers.get(layer)!r}, expected {kind}")
        firms_meta = pyogrio.read_info(path, layer="firms")
        for field in ("id", "name", "nace", "source"):
            if field not in list(firms_meta["fields"]):
                failures.append(f"firms layer lacks attribute {field}")
        if firms_meta["crs"] != "EPSG:4326":
            failures.append(f"firms CRS is {firms_meta['crs']}")
        _, _, firm_geoms, firm_fields = ogr_raw.read(path, layer="firms", columns=["id"])
        _, _, ex_geoms, ex_fields = ogr_raw.read(path, layer="exchanges", columns=["from_firm_id", "to_firm_id"])
        pyogrio.read_info(path, layer="flows")

    gdal_warnings = [str(w.message) for w in caught]
    for w in gdal_warnings:
        failures.append(f"GDAL warning: {w}")

    # Positions as the app stored them, read with plain SQLite (independent of GDAL).
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    stored = {fid: point_from_blob(blob) for fid, blob in con.execute("SELECT id, geom FROM firms")}
    con.close()

    gdal_firms = {}
    for fid, wkb in zip(firm_fields[0], firm_geoms):
        (lon, lat), = wkb_points(wkb)
        gdal_firms[fid] = (lon, lat)
        s_lon, s_lat = stored[fid]
        if abs(lon - s_lon) > 1e-9 or abs(lat - s_lat) > 1e-9:
            failures.append(f"firm {fid}: GDAL reads {lon},{lat}, stored {s_lon},{s_lat}")
    if len(gdal_firms) != len(stored):
        failures.append(f"GDAL reads {len(gdal_firms)} firms, the file holds {len(stored)}")

    for a, b, wkb in zip(ex_fields[0], ex_fields[1], ex_geoms):
        points = wkb_points(wkb)
        ends = (gdal_firms.get(a), gdal_firms.get(b))
        if len(points) < 2 or None in ends:
            failures.append(f"exchange {a}->{b}: line {points}, firms {ends}")
            continue
        for got, want, which in ((points[0], ends[0], a), (points[-1], ends[1], b)):
            if abs(got[0] - want[0]) > 1e-9 or abs(got[1] - want[1]) > 1e-9:
                failures.append(f"exchange {a}->{b}: line end {got} is not at firm {which} {want}")

    # Default QGIS styles: one well-formed QML document per layer, marked as the default.
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    styles = con.execute(
        "SELECT f_table_name, styleQML, useAsDefault FROM layer_styles WHERE owner = 'symbiosis-explorer'"
    ).fetchall()
    con.close()
    styled = {}
    for table, qml, default in styles:
        try:
            root = ElementTree.fromstring(qml.split("\n", 1)[1])  # after the DOCTYPE line
        except ElementTree.ParseError as e:
            failures.append(f"layer_styles QML for {table} is not well-formed: {e}")
            continue
        if root.tag != "qgis" or root.find("renderer-v2") is None:
            failures.append(f"layer_styles QML for {table} has no renderer")
        styled[table] = default
    if styled != {"firms": 1, "exchanges": 1}:
        failures.append(f"default QGIS styles: {styled}, expected firms and exchanges as defaults")
    if "layer_styles" not in layers:
        failures.append("GDAL does not list layer_styles (QGIS reads styles through it)")

    for f in failures:
        print(f"FAIL {path}: {f}", file=sys.stderr)
    if failures:
        return 1
    print(f"ok {path}: GDAL {pyogrio.__gdal_version_string__} reads {len(gdal_firms)} firms and {len(ex_geoms)} exchange lines, no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(max(main(p) for p in sys.argv[1:]))
