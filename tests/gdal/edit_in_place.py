#!/usr/bin/python3
"""Edits a Symbiosis Explorer project in place the way QGIS does: through GDAL's own GeoPackage
driver (Debian's python3-gdal), with the spatial index GDAL creates for each layer.

Usage: edit_in_place.py PROJECT.gpkg ACTION [ACTION ...]
  index                       create GDAL's R-tree spatial index (and its triggers) on both layers
  move:ID:LON:LAT             move firm ID (SetFeature with a new point)
  rename:ID:NAME              change firm ID's name attribute
  add:ID:NAME:NACE:LON:LAT    add a firm to the firms layer (CreateFeature)
  delete:ID                   delete firm ID (DeleteFeature), leaving its flows and exchanges behind
  sql:STATEMENT               run an SQL statement as `ogrinfo -sql` does (GDAL's SQLite dialect,
                              with SpatiaLite functions where GDAL has them)
Exits non-zero with a message if GDAL refuses an edit.
"""
import sys

from osgeo import gdal, ogr

gdal.UseExceptions()


def feature_of(layer, firm_id):
    layer.SetAttributeFilter(f"id = '{firm_id}'")
    feature = layer.GetNextFeature()
    layer.SetAttributeFilter(None)
    if feature is None:
        sys.exit(f"no firm {firm_id!r} in the firms layer")
    return feature


def point(lon, lat):
    geom = ogr.Geometry(ogr.wkbPoint)
    geom.AddPoint_2D(float(lon), float(lat))
    return geom


def main(path, actions):
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    firms = ds.GetLayerByName("firms")
    for action in actions:
        verb, *args = action.split(":")
        if verb == "sql":
            ds.ExecuteSQL(action.partition(":")[2])
        elif verb == "index":
            for layer in ("firms", "exchanges"):
                ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{layer}', 'geom')")
        elif verb == "move":
            feature = feature_of(firms, args[0])
            feature.SetGeometry(point(args[1], args[2]))
            firms.SetFeature(feature)
        elif verb == "rename":
            feature = feature_of(firms, args[0])
            feature.SetField("name", args[1])
            firms.SetFeature(feature)
        elif verb == "add":
            feature = ogr.Feature(firms.GetLayerDefn())
            feature.SetField("id", args[0])
            feature.SetField("name", args[1])
            feature.SetField("nace", args[2])
            feature.SetGeometry(point(args[3], args[4]))
            firms.CreateFeature(feature)
        elif verb == "delete":
            firms.DeleteFeature(feature_of(firms, args[0]).GetFID())
        else:
            sys.exit(f"unknown action {action!r}")
    ds = None  # closes the file, as QGIS does when editing ends


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
