"""PDF export: ``window.export_pdf(path)`` for the example profile, repeated.

    python benchmarks/pdf_export.py [--runs 10] [--profile examples/profile-beijing.json] [--json]
    python benchmarks/pdf_export.py --once OUT.pdf   # start, show, export once, exit (memory.py)

The window comes from ``create_app`` and is shown (offscreen unless QT_QPA_PLATFORM says
otherwise); the profile is imported and opened in the session, then ``export_pdf`` (chart grab,
summary HTML, QTextDocument layout, QPdfWriter at 300 dpi) is timed end to end. The first
export is reported apart (it loads the PDF and font machinery); the median is of the others.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "profile-beijing.json"


def open_window(profile_path: Path):
    from PySide6.QtWidgets import QApplication

    from shebao_desktop.app import create_app

    app, window = create_app(["shebao-desktop"])
    # imported after create_app, as the app imports the storage (after its first paint): a
    # module imported before it is read by PySide6's feature scan, whose source lines stay in
    # linecache (~8 MiB here, not in the app; gui.startup.skip_feature_source_scan)
    from shebao_desktop.storage.exchange import import_profile
    window.show()
    QApplication.processEvents()
    window.session.load(import_profile(profile_path), None)
    window.session.recompute()
    QApplication.processEvents()
    assert window.session.estimate is not None, window.session.calc_error
    return app, window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PDF export benchmark")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--profile", type=Path, default=EXAMPLE)
    parser.add_argument("--once", metavar="OUT_PDF", help="export once and exit (for memory.py)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-pdf-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SHEBAO_DATA_DIR", str(tmp / "data"))
    os.environ.setdefault("SHEBAO_CONFIG_DIR", str(tmp / "config"))

    app, window = open_window(args.profile)
    if args.once:
        ok = window.export_pdf(args.once) is not None
        sys.stdout.flush()
        shutil.rmtree(tmp, ignore_errors=True)
        os._exit(0 if ok else 1)

    times = []
    size = 0
    for n in range(args.runs + 1):
        out = tmp / f"summary-{n}.pdf"
        t0 = time.perf_counter()
        written = window.export_pdf(str(out))
        times.append(time.perf_counter() - t0)
        assert written is not None and out.stat().st_size > 0
        size = out.stat().st_size
    first, rest = times[0], times[1:]
    result = {"profile": args.profile.name, "first_ms": first * 1000,
              "median_ms": statistics.median(rest) * 1000, "min_ms": min(rest) * 1000,
              "max_ms": max(rest) * 1000, "runs": len(rest), "pdf_bytes": size}
    print(f"export_pdf ({args.profile.name}): first {result['first_ms']:.0f} ms, "
          f"median of {len(rest)} {result['median_ms']:.0f} ms "
          f"(min {result['min_ms']:.0f}, max {result['max_ms']:.0f}), PDF {size // 1024} KiB")
    verdict = "MET" if result["median_ms"] < 1000 else "MISSED"
    print(f"target PDF < 1 s: {verdict}")
    if args.json:
        print("JSON " + json.dumps(result))
    sys.stdout.flush()
    shutil.rmtree(tmp, ignore_errors=True)
    os._exit(0)  # skip PySide6 teardown (see recompute.py)


if __name__ == "__main__":
    raise SystemExit(main())
