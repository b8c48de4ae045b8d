"""Wall time of the packaged program against running from source.

    python packaging/startup_time.py --bundle dist/shebao-desktop/shebao-desktop [--runs 5]

For each of ``--self-test`` and ``regions --format json`` it runs the bundle and
``python -m shebao_desktop`` (this interpreter) once to warm the page cache, then ``--runs``
times, and prints the median and the fastest run. Qt runs offscreen; nothing is written outside
a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = (("--self-test",), ("regions", "--format", "json"))


def wall_times(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for n in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: "
                             f"{done.stderr.decode(errors='replace')[-2000:]}")
        if n:  # the first run warms the cache
            times.append(elapsed)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, help="the packaged executable")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="shebao-timing-") as home:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=os.path.join(home, "data"),
                   SHEBAO_CONFIG_DIR=os.path.join(home, "config"))
        print(f"startup wall time, median (fastest) of {args.runs} runs after one warm-up:")
        for command in COMMANDS:
            row = []
            for label, prefix in (("bundle", [args.bundle]),
                                  ("source", [sys.executable, "-m", "shebao_desktop"])):
                times = wall_times(prefix + list(command), args.runs, env)
                row.append(f"{label} {statistics.median(times):.2f} s ({min(times):.2f})")
            print(f"  {' '.join(command):<22} " + "   ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
