#!/usr/bin/env python3
"""Scale benchmark of the matching engine (issue: 100k-firm scale). Prints the figures and
whether each target is met. Run from the repository root:

    python3 benches/scale.py             # full run (about 15 minutes: the national part is long)
    python3 benches/scale.py --quick     # 10k firms only, no national part
    python3 benches/scale.py --national  # only the national part (issue 13)

Targets (release build, this 2-core machine):
- match --top 20 --format summary on a generated 100,000-firm project, load included: <= 2 s, <= 1 GB RSS
- the same on an independent 100,000-firm CSV set loaded through `import`
- time per evaluated pair at 100,000 firms <= 1.5x the time per pair at 10,000 firms
- optimise over a fixed instance of >= 50,000 candidate arcs <= 2 s (HiGHS solves the LP)
- generate --firms 100000 <= 10 s
National part (issue 13), on `generate --firms N --seed 7`, each against `match --top 20 --format
summary` on the same file in the same run (machines differ by 2x; the ratios do not):
- optimise --top 20 --format json: the optimum (status optimal) in <= 5x the match time, <= 2 GB
- indicators --format json <= 5x, export --format html <= 8x the match time, each <= 2 GB
- peak memory at 10,000 and 100,000 firms, per candidate arc (growth no worse than linear)
- the optimum of a 5,000-firm project equals SciPy's `linprog(method="highs")` (benches/cross_check.py)
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "symbiosis-explorer")


def run(args, repeat=1):
    """Runs BIN with args; returns (median wall s, max RSS MB of that process, stdout, stderr)."""
    walls, rss, out, err = [], 0, "", ""
    for _ in range(repeat):
        with tempfile.TemporaryFile() as o, tempfile.TemporaryFile() as e:
            start = time.perf_counter()
            p = subprocess.Popen([BIN, *args], stdout=o, stderr=e)
            _, status, usage = os.wait4(p.pid, 0)
            walls.append(time.perf_counter() - start)
            p.returncode = os.waitstatus_to_exitcode(status)
            o.seek(0)
            e.seek(0)
            out, err = o.read().decode(), e.read().decode()
        if p.returncode != 0:
            sys.exit(f"failed: {args}\n{err}")
        rss = max(rss, usage.ru_maxrss / 1024)
    return statistics.median(walls), rss, out, err


def field(text, name):
    m = re.search(rf"^{re.escape(name)}\s*([0-9.]+)", text, re.M)
    return float(m.group(1)) if m else float("nan")


def check(label, ok):
    print(f"  {'PASS' if ok else 'FAIL'}  {label}")
    return ok


def national(tmp, results):
    """Optimise, indicators and the report at 10,000 and 100,000 firms, as ratios to match."""
    import json

    per_arc = {}
    for n in [10_000, 100_000]:
        path = os.path.join(tmp, f"national{n}.gpkg")
        run(["generate", "--firms", str(n), "--seed", "7", "--out", path])
        match_wall, match_rss, _, _ = run(["match", path, "--top", "20", "--format", "summary"])
        print(f"national {n} firms: match --top 20 --format summary {match_wall:.2f} s, {match_rss:.0f} MB")
        wall, rss, out, err = run(["optimise", path, "--top", "20", "--format", "json", "--timings"])
        result = json.loads(out)
        arcs = result["candidate_arcs"]
        per_arc[n] = rss * 1024 * 1024 / max(arcs, 1)
        parts = re.search(r"(\d+) independent parts, the largest of (\d+) arcs", err)
        print(f"  optimise --top 20: {wall:.2f} s = {wall / match_wall:.1f}x match, {rss:.0f} MB, {arcs} arcs "
              f"({per_arc[n]:.0f} bytes of peak memory per arc), status {result['status']}, gap {result['gap']:.4f}"
              + (f", {parts.group(1)} parts, the largest {parts.group(2)} arcs" if parts else ""))
        results.append(check(f"optimise {n}: optimum in <= 5x match, <= 2 GB",
                             result["status"] == "optimal" and wall <= 5 * match_wall and rss <= 2048))
        wall, rss, _, _ = run(["indicators", path, "--format", "json"])
        print(f"  indicators: {wall:.2f} s = {wall / match_wall:.1f}x match, {rss:.0f} MB")
        results.append(check(f"indicators {n}: <= 5x match, <= 2 GB", wall <= 5 * match_wall and rss <= 2048))
        wall, rss, _, _ = run(["export", path, "--format", "html", "--out", os.path.join(tmp, f"html{n}")])
        print(f"  export --format html: {wall:.2f} s = {wall / match_wall:.1f}x match, {rss:.0f} MB")
        results.append(check(f"export html {n}: <= 8x match, <= 2 GB", wall <= 8 * match_wall and rss <= 2048))
    growth = per_arc[100_000] / per_arc[10_000]
    print(f"  peak memory per candidate arc, 100k / 10k: {growth:.2f}")
    results.append(check("memory per arc at 100k <= 1.5x at 10k (linear growth)", growth <= 1.5))
    # The decomposed optimum against SciPy's HiGHS on a 5,000-firm project, as a user would check.
    try:
        import scipy  # noqa: F401
    except ImportError:
        print("  scipy is not installed (pip install scipy): cross-check skipped")
        return
    cross = subprocess.run([sys.executable, os.path.join(ROOT, "benches", "cross_check.py"), "--firms", "5000"],
                           capture_output=True, text=True)
    print("  " + cross.stdout.strip().replace("\n", "\n  "))
    results.append(check("optimum of 5,000 firms equals scipy linprog(method='highs') within 1e-6", cross.returncode == 0))


def main():
    quick = "--quick" in sys.argv
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    tmp = tempfile.mkdtemp(prefix="symbiosis-bench-")
    results = []
    if "--national" in sys.argv:
        national(tmp, results)
        print(f"{sum(results)} of {len(results)} targets met")
        return 0 if all(results) else 1
    sizes = [10_000] if quick else [10_000, 100_000]
    per_pair = {}
    for n in sizes:
        path = os.path.join(tmp, f"gen{n}.gpkg")
        wall, rss, _, _ = run(["generate", "--firms", str(n), "--seed", "1", "--out", path])
        print(f"generate --firms {n}: {wall:.2f} s, {rss:.0f} MB")
        if n == 100_000:
            results.append(check("generate --firms 100000 <= 10 s", wall <= 10))
        wall, rss, out, err = run(["match", path, "--top", "20", "--format", "summary", "--timings"], repeat=3)
        pairs = field(out, "pairs evaluated:")
        match_s = field(err, "timing: match")
        per_pair[n] = match_s / pairs * 1e9
        print(f"match {n} firms: {wall:.2f} s wall (median of 3), {rss:.0f} MB, {pairs:.0f} pairs, "
              f"{field(out, 'candidates kept:'):.0f} kept, load {field(err, 'timing: load'):.2f} s, "
              f"index {field(err, 'timing: index'):.2f} s, match {match_s:.2f} s = {per_pair[n]:.1f} ns/pair")
        if n == 100_000:
            results.append(check("match 100k generated <= 2 s wall", wall <= 2.0))
            results.append(check("match 100k generated <= 1 GB RSS", rss <= 1024))
    if not quick:
        ratio = per_pair[100_000] / per_pair[10_000]
        print(f"time per pair: 100k / 10k = {ratio:.2f}")
        results.append(check("time per pair at 100k <= 1.5x at 10k", ratio <= 1.5))

        csv_dir = os.path.join(tmp, "independent")
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "independent_csv.py"), "100000", csv_dir], check=True)
        ind = os.path.join(tmp, "independent.gpkg")
        wall, rss, _, _ = run(["import", "--firms", os.path.join(csv_dir, "firms.csv"),
                               "--flows", os.path.join(csv_dir, "flows.csv"), "--out", ind])
        print(f"import independent 100k CSV set: {wall:.2f} s, {rss:.0f} MB")
        wall, rss, out, err = run(["match", ind, "--top", "20", "--format", "summary", "--timings"], repeat=3)
        print(f"match independent 100k: {wall:.2f} s wall, {rss:.0f} MB, {field(out, 'pairs evaluated:'):.0f} pairs")
        results.append(check("match 100k independent <= 2 s wall", wall <= 2.0))
        results.append(check("match 100k independent <= 1 GB RSS", rss <= 1024))

    opt = os.path.join(tmp, "optimise3000.gpkg")
    run(["generate", "--firms", "3000", "--seed", "5", "--out", opt])
    wall, rss, _, err = run(["optimise", opt, "--format", "json", "--timings"], repeat=3)
    arcs = re.search(r"\((\d+) candidate arcs\)", err)
    arcs = int(arcs.group(1)) if arcs else 0
    print(f"optimise {arcs} candidate arcs: {wall:.2f} s wall, LP (HiGHS) {field(err, 'timing: lp'):.2f} s, {rss:.0f} MB")
    results.append(check(f"optimise >= 50,000 arcs ({arcs}) <= 2 s", arcs >= 50_000 and wall <= 2.0))
    if not quick:
        national(tmp, results)
    print(f"{sum(results)} of {len(results)} targets met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
