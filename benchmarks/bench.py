"""Every row of issue 10's table, each against its baseline in the same run, interleaved.

    python benchmarks/bench.py [--runs 7] [--save RUN.json] [--before OLD.json] [--readme]

Each round measures every row once (subject and baseline back to back, their order swapped
every other round, so drift on this shared machine hits both alike); the figures are the
min / median / max over the rounds, ratios taken per round. ``--readme`` rewrites
``benchmarks/README.md`` from this run (``--before`` adds an earlier run's medians beside it).
Public tools only: child processes timed with ``time.perf_counter`` / ``time.monotonic``,
CPU with ``time.process_time`` in the child, peak memory with ``getrusage(RUSAGE_CHILDREN)``.
No test asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from memory import peak_rss_kib  # noqa: E402
from startup import one_run  # noqa: E402

PY = sys.executable
CLI = ["-m", "shebao_desktop", "pension", "--region", "beijing", "--gender", "male",
       "--birth", "1964-03", "--retire", "2024-03", "--years", "35", "--average-index", "1.2",
       "--account", "120000", "--format", "text"]


def wall(cmd: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({done.returncode}): {done.stderr[-1500:]}")
    return took


def probe(env: dict) -> dict:
    done = subprocess.run([PY, str(HERE / "_probes.py"), "gui"], env=env, capture_output=True,
                          text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


KEPT_FILE = "kept-estimate.bin"  # gui/kept_estimate.py, in the cache folder


def pairs(env: dict, tmp: Path) -> dict:
    """(subject, baseline) measurements of one round, one closure each. ``env`` has its own
    cache folder (``SHEBAO_CACHE_DIR``): ``first_result`` is a returning user's start (the
    estimate kept at the last close is shown, then checked), ``first_result_cold`` a start with
    nothing kept (a first start, or inputs, month, data or version changed since the close)."""
    bare = [PY, str(HERE / "_startup_child.py"), "bare"]
    start = [PY, "-m", "shebao_desktop", "--exit-after-first-result"]

    def cold() -> float:
        (Path(env["SHEBAO_CACHE_DIR"]) / KEPT_FILE).unlink(missing_ok=True)
        return wall(start, env)
    return {
        "first_paint": (lambda: one_run("app", env)["total"], lambda: one_run("bare", env)["total"]),
        "first_result": (lambda: wall(start, env), lambda: wall(bare, env)),
        "first_result_cold": (cold, lambda: wall(bare, env)),
        "cli": (lambda: wall([PY, *CLI], env), lambda: wall([PY, "-c", "pass"], env)),
        "memory": (lambda: peak_rss_kib([PY, str(HERE / "pdf_export.py"), "--once",
                                         str(tmp / "once.pdf")], env),
                   lambda: peak_rss_kib(bare, env)),
    }


def measure(runs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHEBAO_DATA_DIR=str(tmp / "data"), SHEBAO_CONFIG_DIR=str(tmp / "config"),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"), PYTHONPATH=str(HERE.parent),
               SHEBAO_CACHE_DIR=str(tmp / "cache"))  # the policy bundle and the kept estimate
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-code cached as installed, outside the repo
    rounds: list[dict] = []
    try:
        todo = pairs(env, tmp)
        for subject, baseline in todo.values():  # warm-up (file cache, first-start profile)
            subject(), baseline()
        for n in range(runs):
            row: dict = {}
            for key, (subject, baseline) in todo.items():
                if n % 2:
                    b, s = baseline(), subject()
                else:
                    s, b = subject(), baseline()
                row[key] = {"subject": s, "baseline": b}
            row["gui"] = probe(env)
            rounds.append(row)
            print(f"round {n + 1}/{runs} done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"machine": machine(), "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "runs": runs, "rounds": rounds}


def profiled() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-profile-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHEBAO_DATA_DIR=str(tmp / "data"), SHEBAO_CONFIG_DIR=str(tmp / "config"),
               PYTHONPATH=str(HERE.parent))
    try:
        done = subprocess.run([PY, str(HERE / "_probes.py"), "profile"], env=env,
                              capture_output=True, text=True, timeout=600, check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    import PySide6
    return (f"{os.cpu_count()} cores, {platform.system()} {platform.release()}, Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")


def spread(values: list[float], fmt: str) -> str:
    return (f"{fmt.format(min(values))} / **{fmt.format(statistics.median(values))}** / "
            f"{fmt.format(max(values))}")


def rows(run: dict) -> list[tuple[str, str, str, float, str, str]]:
    """(key, what, min/median/max text, median, target, format) for every row of the table."""
    r = run["rounds"]

    def ratio(key):
        return [x[key]["subject"] / x[key]["baseline"] for x in r]

    def g(path):
        out = []
        for x in r:
            v = x["gui"]
            for p in path:
                v = v[p]
            out.append(v)
        return out

    def slope(kind):
        return [(x["gui"][kind]["45"] - x["gui"][kind]["15"]) / 30 for x in r]

    seven = [x["gui"]["ages"]["seven_ms"] / x["gui"]["ages"]["one_ms"] for x in r]

    def decide(key):  # issue 11's tools against one estimate of the same round (older runs: none)
        return [x["gui"]["decide"][key] / x["gui"]["decide"]["one"] for x in r
                if "decide" in x["gui"]]
    table = [
        ("first_paint", "start → first paint, app / bare PySide6 window", ratio("first_paint"), "{:.2f}×", "≤ 1.5×"),
        ("first_result", "start → first estimate shown (`--exit-after-first-result`), returning user (estimate kept at the last close) / bare window", ratio("first_result"), "{:.2f}×", "≤ 2.5×"),
        ("first_result_cold", "— the same with nothing kept (first start; inputs, month or data changed since) / bare window", ratio("first_result_cold") if all("first_result_cold" in x for x in r) else [], "{:.2f}×", "≤ 2.5×"),
        ("edit", "edit one wage → repainted, 45 years of monthly rows (CPU)", g(["edit_ms", "45"]), "{:.0f} ms", "≤ 30 ms"),
        ("core", "— core `estimate()` alone, same profile (CPU)", g(["core_ms", "45"]), "{:.1f} ms", "≤ 10 ms"),
        ("growth", "cost growth with history: edit → repainted, per year (15 → 45 y)", slope("edit_ms"), "{:.2f} ms/y", "flat"),
        ("growth_core", "— core `estimate()`, per year (15 → 45 y)", slope("core_ms"), "{:.2f} ms/y", "flat"),
        ("ages", "7 retirement ages (statutory −3..+3 y), 45 y / one estimate (CPU)", seven, "{:.1f}×", "≤ 2×, off the GUI thread"),
        ("compare", "comparison (5 months, payouts to 85) / one estimate, 45 y (CPU)", decide("compare"), "{:.1f}×", "≤ 2× (like the 7 ages)"),
        ("bands", "bands (3 cases) / one estimate, 45 y (CPU)", decide("bands"), "{:.1f}×", "≤ 3× (three independent futures)"),
        ("flexible", "flexible levels (6) / one estimate, 45 y (CPU)", decide("flexible"), "{:.1f}×", "≤ 3×"),
        ("goal", "goal seek (index, month, wage) / one estimate, 45 y (CPU)", decide("goal"), "{:.1f}×", "as low as it gets"),
        ("pdf", "PDF export, `examples/profile-beijing.json` (CPU)", g(["pdf_ms"]), "{:.0f} ms", "≤ 300 ms"),
        ("cli", "`shebao-desktop pension …` / `python -c pass`", ratio("cli"), "{:.2f}×", "≤ 4×"),
        ("memory", "peak memory, start + one PDF / bare window", ratio("memory"), "{:.2f}×", "≤ 1.6×"),
    ]
    return [(k, what, spread(v, fmt), statistics.median(v), target, fmt)
            for k, what, v, fmt, target in table if v]


def report(run: dict, before: dict | None) -> str:
    old = {k: fmt.format(med) for k, _w, _t, med, _g, fmt in rows(before)} if before else {}
    old = {k: old.get(k, "—") for k, *_ in rows(run)}
    r = run["rounds"]
    head = "| what | min / **median** / max | target |" + (" median before |" if before else "")
    lines = [head, "|---|---|---|" + ("---|" if before else "")]
    for key, what, text, _med, target, _fmt in rows(run):
        extra = f" {old[key]} |" if before else ""
        lines.append(f"| {what} | {text} | {target} |{extra}")
    med = statistics.median
    absolute = [
        f"- first paint: app {med(x['first_paint']['subject'] for x in r) * 1000:.0f} ms, bare "
        f"{med(x['first_paint']['baseline'] for x in r) * 1000:.0f} ms (wall, medians)",
        f"- first estimate shown: app {med(x['first_result']['subject'] for x in r) * 1000:.0f} ms"
        f" to exit, bare window {med(x['first_result']['baseline'] for x in r) * 1000:.0f} ms"
        + (f"; nothing kept {med(x['first_result_cold']['subject'] for x in r) * 1000:.0f} ms"
           if all("first_result_cold" in x for x in r) else ""),
        f"- CLI `pension`: {med(x['cli']['subject'] for x in r) * 1000:.0f} ms, `python -c pass` "
        f"{med(x['cli']['baseline'] for x in r) * 1000:.0f} ms",
        f"- peak RSS: app + PDF {med(x['memory']['subject'] for x in r) / 1024:.0f} MiB, bare "
        f"{med(x['memory']['baseline'] for x in r) / 1024:.0f} MiB",
        "- edit → repainted (CPU ms, medians) by history length: " + ", ".join(
            f"{y} y {med(x['gui']['edit_ms'][y] for x in r):.0f}" for y in ("15", "30", "45"))
        + "; core: " + ", ".join(f"{y} y {med(x['gui']['core_ms'][y] for x in r):.1f}"
                                 for y in ("15", "30", "45")),
        f"- 7 ages: {med(x['gui']['ages']['seven_ms'] for x in r):.0f} ms, one estimate "
        f"{med(x['gui']['ages']['one_ms'] for x in r):.0f} ms (the chart's pensions, warm, in one process)",
        f"- PDF: {r[-1]['gui']['pdf_pages']} pages",
    ]
    if all("decide" in x["gui"] for x in r):
        absolute.append("- decision tools (CPU ms, medians): " + ", ".join(
            f"{k} {med(x['gui']['decide'][k] for x in r):.0f}"
            for k in ("one", "compare", "bands", "flexible", "goal")))
    return "\n".join([*lines, "", *absolute])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--save", type=Path, help="write the raw run as JSON")
    parser.add_argument("--before", type=Path, help="an earlier --save, shown beside")
    parser.add_argument("--from-json", type=Path, help="report a saved run, measure nothing")
    parser.add_argument("--readme", action="store_true", help="rewrite benchmarks/README.md")
    parser.add_argument("--profile", action="store_true",
                        help="also profile five edits and one PDF export (cProfile)")
    args = parser.parse_args(argv)
    run = json.loads(args.from_json.read_text()) if args.from_json else measure(args.runs)
    if args.profile:
        run["profile"] = profiled()
    if args.save:
        args.save.write_text(json.dumps(run, indent=1) + "\n")
    before = json.loads(args.before.read_text()) if args.before else None
    text = report(run, before)
    print(f"{run['machine']}; {run['date']}; {run['runs']} interleaved rounds\n\n{text}")
    if args.readme:
        from readme import write_readme
        command = " ".join(["python benchmarks/bench.py", *(sys.argv[1:] if argv is None else argv)])
        write_readme(HERE / "README.md", run, text, before, command)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
