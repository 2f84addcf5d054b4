#!/bin/sh
# Seeds of the fuzz targets (tests/fuzz.rs): the samples' CSV files, a few hand-made hostile
# rows, geometry blobs of the Kalundborg sample, and a small MBTiles file. Findings are added
# beside them by the fuzz run itself (crash-*/hang-*). Run from the repository root.
set -eu
out=tests/fuzz_corpus
for s in kalundborg handelo sotenas mo_i_rana leningrad; do
  for f in sample_projects/$s/*.csv; do
    cp "$f" "$out/csv/${s}_$(basename "$f")"
  done
done
printf 'id,name,lat,lon,notes\na,"=HYPERLINK(""x"")",55.6,11.1,"two\nlines"\nb,"Q""uote, comma",55.7,11.2,\n' > $out/csv/hostile_firms.csv
printf 'firm_id;direction;material;quantity;unit;price_per_unit\na;supply;natural_gas;1,5e308;t;-0\nb;demand;steam;1e-320;MWh;1e20\n' > $out/csv/hostile_flows.csv
python3 - <<'PY'
import sqlite3
c = sqlite3.connect("sample_projects/kalundborg.gpkg")
for i, (g,) in enumerate(c.execute("SELECT geom FROM firms LIMIT 3")):
    open(f"tests/fuzz_corpus/geometry/firm_{i}.bin", "wb").write(g)
for i, (g,) in enumerate(c.execute("SELECT geom FROM exchanges LIMIT 2")):
    open(f"tests/fuzz_corpus/geometry/exchange_{i}.bin", "wb").write(g)
import os, zlib, struct
def png(w, h):
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
path = "tests/fuzz_corpus/mbtiles/seed.mbtiles"
if os.path.exists(path): os.remove(path)
m = sqlite3.connect(path)
m.executescript("CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);")
m.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "Seed"), ("minzoom", "0"), ("maxzoom", "1"), ("attribution", "test")])
m.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (png(8, 8),))
m.execute("INSERT INTO tiles VALUES (1, 0, 1, ?)", (png(4, 4),))
m.commit()
m.execute("VACUUM")
PY
