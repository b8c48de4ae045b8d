"""Startup: wall time from process start to the first painted main window, shebao-desktop
against a bare PySide6 ``QMainWindow`` shown the same way.

    python benchmarks/startup.py [--runs 10] [--xvfb] [--json]

Each run is a fresh ``python`` process (``_startup_child.py``); runs alternate bare/app so
drift on the machine hits both alike, after one discarded warm-up run of each (file cache,
``__pycache__``, the first-start example profile). Time = the child's ``painted`` stamp minus
the parent's stamp taken just before spawning it (both ``time.monotonic()``, system-wide
CLOCK_MONOTONIC), so interpreter start-up and imports are included. See README.md for the
paint criterion. ``--xvfb`` also measures on the xcb platform under one Xvfb server (started
once by ``xvfb-run``, not per run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = HERE / "_startup_child.py"


def one_run(mode: str, env: dict[str, str]) -> dict:
    import time
    start = time.monotonic()
    out = subprocess.run([sys.executable, str(CHILD), mode], env=env, capture_output=True,
                         text=True, timeout=120)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines or lines[-1] == "{}":
        raise RuntimeError(f"{mode} run failed ({out.returncode}): {out.stderr[-2000:]}")
    stamps = json.loads(lines[-1])
    return {"total": stamps["painted"] - start,
            "interpreter": stamps["main"] - start,
            "imports": stamps["imported"] - stamps["main"],
            "build": stamps["created"] - stamps["imported"],
            "show_to_paint": stamps["painted"] - stamps["created"],
            "platform": stamps["platform"]}


def measure(platform: str, runs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=platform,
               SHEBAO_DATA_DIR=str(tmp / "data"), SHEBAO_CONFIG_DIR=str(tmp / "config"),
               # byte-code cached as on an installed copy, but outside the repository
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        one_run("bare", env)
        one_run("app", env)  # warm-up; also creates the example profile (a returning user)
        results: dict[str, list[dict]] = {"bare": [], "app": []}
        for _ in range(runs):
            for mode in ("bare", "app"):
                results[mode].append(one_run(mode, env))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summary = {"platform": results["app"][0]["platform"], "runs": runs}
    for mode, rows in results.items():
        summary[mode] = {key: statistics.median(r[key] for r in rows)
                         for key in ("total", "interpreter", "imports", "build", "show_to_paint")}
        summary[mode]["all_total"] = [round(r["total"], 4) for r in rows]
    summary["ratio"] = summary["app"]["total"] / summary["bare"]["total"]
    return summary


def report(summary: dict) -> None:
    print(f"platform {summary['platform']}, {summary['runs']} runs each (medians, ms)")
    print(f"{'':6} {'total':>8} {'python':>8} {'imports':>8} {'build':>8} {'show->paint':>12}")
    for mode in ("bare", "app"):
        s = summary[mode]
        print(f"{mode:6} {s['total'] * 1000:8.0f} {s['interpreter'] * 1000:8.0f} "
              f"{s['imports'] * 1000:8.0f} {s['build'] * 1000:8.0f} {s['show_to_paint'] * 1000:12.0f}")
    verdict = "MET" if summary["ratio"] <= 2 else "MISSED"
    print(f"ratio app/bare = {summary['ratio']:.2f} (target <= 2.00: {verdict})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--xvfb", action="store_true", help="also measure xcb under Xvfb")
    parser.add_argument("--platform", default="offscreen", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON too")
    args = parser.parse_args(argv)
    summaries = [measure(args.platform, args.runs)]
    report(summaries[0])
    if args.xvfb:
        print()
        out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable,
                              str(Path(__file__).resolve()), "--platform", "xcb",
                              "--runs", str(args.runs), "--json"],
                             capture_output=True, text=True)
        sys.stdout.write("\n".join(ln for ln in out.stdout.splitlines() if not ln.startswith("JSON ")) + "\n")
        if out.returncode != 0:
            sys.stderr.write(out.stderr)
            return out.returncode
        summaries += [json.loads(ln[5:]) for ln in out.stdout.splitlines() if ln.startswith("JSON ")]
    if args.json:
        for s in summaries:
            print("JSON " + json.dumps(s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
