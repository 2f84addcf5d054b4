#!/usr/bin/env python3
"""Cross-checks the optimum of `optimise` with SciPy's HiGHS (`linprog(method="highs")`), as a
user would: the app writes its LP (`optimise --write-lp`), SciPy solves it independently, and the
two objectives must agree within 1e-6 relative. Needs numpy and scipy (`pip install scipy`).
Run from the repository root after `cargo build --release`:

    python3 benches/cross_check.py                # generate --firms 5000 --seed 7
    python3 benches/cross_check.py --firms 20000  # larger
    python3 benches/cross_check.py PROJECT.gpkg   # any project
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "symbiosis-explorer")


def scipy_optimum(lp):
    """Maximise sum(v x) with sum(x / ratio) <= supply, sum(x) <= demand, x >= 0, by SciPy."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import csr_matrix

    supplies = {s["flow_id"]: i for i, s in enumerate(lp["supplies"])}
    demands = {d["flow_id"]: len(supplies) + i for i, d in enumerate(lp["demands"])}
    arcs = lp["arcs"]
    n = len(arcs)
    rows, cols, vals = [], [], []
    for j, a in enumerate(arcs):
        rows += [supplies[a["supply_flow_id"]], demands[a["demand_flow_id"]]]
        cols += [j, j]
        vals += [1.0 / a["ratio"], 1.0]
    a_ub = csr_matrix((vals, (rows, cols)), shape=(len(supplies) + len(demands), n))
    b_ub = np.array([s["capacity"] for s in lp["supplies"]] + [d["capacity"] for d in lp["demands"]])
    c = -np.array([a["value_per_unit"] for a in arcs])
    result = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    if result.status != 0:
        sys.exit(f"scipy: {result.message}")
    return -result.fun


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project", nargs="?")
    parser.add_argument("--firms", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--objective", default="benefit")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = args.project
        if project is None:
            project = os.path.join(tmp, "cross.gpkg")
            subprocess.run([BIN, "generate", "--firms", str(args.firms), "--seed", str(args.seed), "--out", project],
                           check=True, capture_output=True)
        lp_path = os.path.join(tmp, "lp.json")
        start = time.perf_counter()
        run = subprocess.run([BIN, "optimise", project, "--objective", args.objective, "--format", "json",
                              "--write-lp", lp_path, "--timings"], check=True, capture_output=True, text=True)
        ours_s = time.perf_counter() - start
        ours = json.loads(run.stdout)
        with open(lp_path) as f:
            lp = json.load(f)
        start = time.perf_counter()
        theirs = scipy_optimum(lp)
        scipy_s = time.perf_counter() - start
    rel = abs(ours["objective"] - theirs) / max(abs(theirs), 1.0)
    timing = [line for line in run.stderr.splitlines() if line.startswith("timing: lp")]
    print(f"{len(lp['arcs'])} arcs; optimise: {ours['objective']:.6f} ({ours['status']}, {ours_s:.2f} s in all); "
          f"scipy linprog(method='highs'): {theirs:.6f} ({scipy_s:.2f} s); relative difference {rel:.2e}")
    if timing:
        print(timing[0])
    ok = ours["status"] == "optimal" and rel <= 1e-6
    print("PASS" if ok else "FAIL", "the optimum equals SciPy's within 1e-6 relative")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
