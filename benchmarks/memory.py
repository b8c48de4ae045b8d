"""Peak memory: maximum resident set size of the app process after startup + one PDF export.

    python benchmarks/memory.py [--runs 3] [--json] [--phases] [--floor]

Each run is a fresh process: ``pdf_export.py --once`` (create_app, show offscreen, open the
example profile, export one PDF, exit). Its peak RSS is read by the parent with
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` (KiB on Linux) after waiting for it, the same
number ``/usr/bin/time -v`` prints as "Maximum resident set size". For scale, the same is measured
for a bare QMainWindow shown offscreen (``_startup_child.py bare``).

``--phases`` adds, from one more child (``_memory_phases.py``), where the memory goes: the
resident set (and its anonymous part: heaps; the rest is mapped files, mostly libraries and
fonts) after each step of that run, the peak of each step, and the heap malloc holds in use
after it (what a step keeps, against what it only passed through); the PDF export is taken
apart into the summary's HTML, the document built, its layout, and its pages drawn.

``--floor`` measures, each as its own process (``_memory_floor.py``, medians of ``--runs``), the
peak of the same run stopped earlier: the first estimate shown, then the bands, then the chart
and HTML of the summary (no document yet), then a PDF of one line, then the summary without its
two long tables, then the whole summary -- the part of the ratio each step costs, and what is
left for the printed document once the window is there. Last, a bare window printing the same
summary with Qt alone (``_memory_floor.py bare-pdf``): what the document costs without the app.
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

from _memory_floor import STEPS as FLOOR_STEPS

HERE = Path(__file__).resolve().parent
#: the floor's last line: a bare window printing the app's summary with Qt alone (no app code)
BARE_PDF = "bare window + same PDF (Qt)"


def peak_rss_kib(cmd: list[str], env: dict[str, str]) -> int:
    """Peak RSS of one child. RUSAGE_CHILDREN keeps the maximum over all waited-for children,
    so each measurement runs in its own helper process that has no other children."""
    probe = ("import resource, subprocess, sys;"
             "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL,"
             " stderr=subprocess.DEVNULL);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, capture_output=True,
                         text=True, check=True)
    return int(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="peak memory of the app (startup + one PDF)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phases", action="store_true", help="also the RSS after each step")
    parser.add_argument("--floor", action="store_true",
                        help="also the peak of the run stopped at each step (_memory_floor.py)")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-mem-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHEBAO_DATA_DIR=str(tmp / "data"), SHEBAO_CONFIG_DIR=str(tmp / "config"),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte-code cached (outside the repo)
    app_runs = [peak_rss_kib([sys.executable, str(HERE / "pdf_export.py"), "--once",
                              str(tmp / f"once-{n}.pdf")], env) for n in range(args.runs)]
    bare_runs = [peak_rss_kib([sys.executable, str(HERE / "_startup_child.py"), "bare"], env)
                 for _ in range(args.runs)]
    phases = None
    if args.phases:
        out = subprocess.run([sys.executable, str(HERE / "_memory_phases.py")], env=env,
                             capture_output=True, text=True, check=True)
        phases = json.loads(out.stdout.strip().splitlines()[-1])
    floor = {step: statistics.median(
        peak_rss_kib([sys.executable, str(HERE / "_memory_floor.py"), step], env)
        for _ in range(args.runs)) for step in FLOOR_STEPS} if args.floor else None
    if floor:  # the same document printed by a bare window, with Qt alone
        subprocess.run([sys.executable, str(HERE / "_memory_floor.py"), "dump", str(tmp)], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        floor[BARE_PDF] = statistics.median(
            peak_rss_kib([sys.executable, str(HERE / "_memory_floor.py"), "bare-pdf", str(tmp)], env)
            for _ in range(args.runs))
    shutil.rmtree(tmp, ignore_errors=True)
    result = {"app_mib": statistics.median(app_runs) / 1024,
              "bare_mib": statistics.median(bare_runs) / 1024,
              "app_runs_kib": app_runs, "bare_runs_kib": bare_runs}
    print(f"peak RSS, app after startup + one PDF export: {result['app_mib']:.0f} MiB "
          f"(median of {args.runs}); bare QMainWindow: {result['bare_mib']:.0f} MiB")
    if phases:
        print("step (one run)                  RSS MiB  anon MiB  step peak MiB  heap in use MiB")
        for step, rss, anon, peak, heap in phases:
            print(f"  {step:<30}{rss / 1024:7.1f}{anon / 1024:10.1f}{peak / 1024:15.1f}"
                  f"{heap / 1024 if heap >= 0 else float('nan'):17.1f}")
        result["phases_kib"] = phases
    if floor:
        bare = statistics.median(bare_runs)
        print(f"run stopped after (median of {args.runs})  peak MiB  / bare  (target <= 1.6x: "
              f"{1.6 * bare / 1024:.1f} MiB)")
        for step, kib in floor.items():
            print(f"  {step:<30}{kib / 1024:9.1f}{kib / bare:7.2f}x")
        result["floor_kib"] = floor
    if args.json:
        print("JSON " + json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
