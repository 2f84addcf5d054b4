#!/usr/bin/env python3
"""Writes an independent synthetic CSV set (firms.csv, flows.csv) for the scale benchmark.

Independent of `symbiosis-explorer generate`: firms are spread uniformly over land boxes around
the Baltic (no towns), sectors and flows are drawn from this file's own simple tables, and the
files use `;` with decimal commas, as a Nordic spreadsheet export would.

Usage: independent_csv.py N_FIRMS OUT_DIR [SEED]
"""
import os
import random
import sys

BOXES = [  # (lat_min, lat_max, lon_min, lon_max): land areas around the Baltic
    (54.6, 57.6, 8.2, 12.5),    # Denmark
    (55.4, 60.5, 11.5, 18.8),   # southern Sweden
    (60.0, 64.5, 21.5, 29.5),   # southern Finland
    (53.5, 54.8, 14.5, 23.0),   # northern Poland
    (53.6, 54.6, 9.5, 14.0),    # northern Germany
    (55.7, 59.5, 21.0, 28.0),   # Baltic states
]
SECTORS = [  # (nace, weight, [(direction, material, unit, min, max)])
    ("35.11", 1, [("supply", "steam", "MWh", 1e4, 3e5), ("supply", "fly_ash", "t", 1e3, 1e5), ("supply", "waste_heat", "MWh", 1e4, 2e5), ("demand", "wood_chips", "t", 1e4, 3e5)]),
    ("10.51", 6, [("supply", "biomass", "t", 100, 2e4), ("supply", "wastewater", "m3", 1e4, 2e5), ("demand", "process_water", "m3", 1e4, 3e5), ("demand", "process_heat", "MWh", 1e3, 3e4)]),
    ("01.11", 12, [("demand", "fertiliser", "t", 10, 1e3), ("demand", "animal_feed", "t", 50, 3e3), ("supply", "biomass", "t", 100, 5e3)]),
    ("23.51", 0.3, [("demand", "cement_raw_material", "t", 1e5, 8e5), ("demand", "plastic_waste", "t", 1e3, 3e4)]),
    ("37.00", 2, [("demand", "wastewater", "m3", 1e5, 5e6), ("supply", "sewage_sludge", "t", 1e3, 3e4), ("supply", "treated_effluent", "m3", 1e5, 5e6)]),
    ("35.21", 1.5, [("demand", "biomass", "t", 5e3, 8e4), ("supply", "biogas", "MWh", 5e3, 8e4), ("supply", "fertiliser", "t", 100, 5e3)]),
    ("38.32", 1.5, [("demand", "plastic_waste", "t", 1e3, 3e4), ("supply", "recycled_plastic", "t", 500, 2e4)]),
    ("16.10", 3, [("supply", "wood_chips", "t", 1e3, 5e4), ("demand", "electricity", "MWh", 1e3, 2e4)]),
    ("25.11", 20, [("demand", "electricity", "MWh", 100, 1e4), ("supply", "waste_heat", "MWh", 100, 5e3), ("supply", "plastic_waste", "t", 5, 200)]),
    ("35.30", 3, [("demand", "district_heat", "MWh", 1e4, 3e5), ("demand", "wood_chips", "t", 1e3, 1e5)]),
]
EXTRA = [("demand", "electricity", "MWh", 100, 1e4), ("demand", "process_water", "m3", 500, 3e4),
         ("supply", "wastewater", "m3", 500, 2e4), ("supply", "waste_heat", "MWh", 100, 3e3),
         ("demand", "natural_gas", "MWh", 100, 5e3), ("supply", "co2", "t", 10, 500)]


def number(x):
    return f"{x:.1f}".replace(".", ",")


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
    os.makedirs(out, exist_ok=True)
    weights = [s[1] for s in SECTORS]
    with open(os.path.join(out, "firms.csv"), "w", encoding="utf-8") as firms, \
         open(os.path.join(out, "flows.csv"), "w", encoding="utf-8") as flows:
        firms.write("\ufeffid;name;lat;lon;nace;employees\n")
        flows.write("firm_id;direction;material;quantity;unit;source\n")
        for i in range(n):
            box = rng.choice(BOXES)
            lat = rng.uniform(box[0], box[1])
            lon = rng.uniform(box[2], box[3])
            nace, _, typical = rng.choices(SECTORS, weights)[0]
            fid = f"X{i:06d}"
            firms.write(f"{fid};Independent firm {i};{lat:.6f};{lon:.6f};{nace};{rng.randint(1, 500)}\n".replace(f"{lat:.6f}", f"{lat:.6f}".replace(".", ",")).replace(f"{lon:.6f}", f"{lon:.6f}".replace(".", ",")))
            wanted = rng.randint(2, 10)
            chosen = [t for t in typical if rng.random() < 0.8]
            for t in EXTRA:
                if len(chosen) >= wanted:
                    break
                if all(c[1] != t[1] or c[0] != t[0] for c in chosen):
                    chosen.append(t)
            for direction, material, unit, lo, hi in chosen[:wanted]:
                flows.write(f"{fid};{direction};{material};{number(rng.uniform(lo, hi))};{unit};independent benchmark set\n")


if __name__ == "__main__":
    main()
