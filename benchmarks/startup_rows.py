"""Only the three start-up rows of ``bench.py`` (first paint, first estimate shown, peak memory),
interleaved the same way, with min / median / max of the per-round ratios.

    python benchmarks/startup_rows.py [--runs 7] [--rows first_paint,first_result,first_result_cold,memory]

Quicker than the whole ``bench.py`` while working on start-up; the figures are measured by the
same closures (``bench.pairs``), so they compare with its README rows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import PY, pairs  # noqa: E402

ROWS = ("first_paint", "first_result", "first_result_cold", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", default=",".join(ROWS))
    args = parser.parse_args(argv)
    wanted = [row for row in args.rows.split(",") if row]
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHEBAO_DATA_DIR=str(tmp / "data"), SHEBAO_CONFIG_DIR=str(tmp / "config"),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"), PYTHONPATH=str(HERE.parent),
               SHEBAO_CACHE_DIR=str(tmp / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    found: dict[str, list[tuple[float, float]]] = {row: [] for row in wanted}
    try:
        todo = {key: pair for key, pair in pairs(env, tmp).items() if key in wanted}
        for subject, baseline in todo.values():  # warm-up (file cache, first-start profile)
            subject(), baseline()
        for n in range(args.runs):
            for key, (subject, baseline) in todo.items():
                if n % 2:
                    b, s = baseline(), subject()
                else:
                    s, b = subject(), baseline()
                found[key].append((s, b))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for key, values in found.items():
        ratios = sorted(s / b for s, b in values)
        subject = statistics.median(s for s, _ in values)
        base = statistics.median(b for _, b in values)
        unit, scale = ("MiB", 1 / 1024) if key == "memory" else ("ms", 1000)
        print(f"{key:13} ratio {ratios[0]:.2f} / {statistics.median(ratios):.2f} / {ratios[-1]:.2f}"
              f"  (app {subject * scale:.0f} {unit}, bare {base * scale:.0f} {unit}; "
              f"{len(values)} rounds, {PY.rsplit('/', 1)[-1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
