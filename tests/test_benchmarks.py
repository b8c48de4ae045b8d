"""benchmarks/bench.py turns a run into the table of issue 10 (no test measures a time: the
figures here are made up, the point is the arithmetic and that every row is reported)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench  # noqa: E402
from readme import write_readme  # noqa: E402


def _round(k: int) -> dict:
    pair = {"subject": 3.0 + k, "baseline": 1.0}
    return {"first_paint": pair, "first_result": pair, "cli": pair, "memory": pair,
            "gui": {"edit_ms": {"15": 10.0, "30": 20.0, "45": 40.0 + k},
                    "core_ms": {"15": 1.0, "30": 2.0, "45": 4.0},
                    "ages": {"one_ms": 10.0, "seven_ms": 70.0 + k, "ages": 7},
                    "pdf_ms": 500.0 + k, "pdf_pages": 9}}


RUN = {"machine": "2 cores, test", "date": "2026-12-01 00:00 UTC", "runs": 7,
       "rounds": [_round(k) for k in range(7)]}


def test_every_row_has_min_median_max_and_its_target():
    rows = bench.rows(RUN)
    assert len(rows) == 10
    by_key = {key: (text, median, target) for key, _what, text, median, target, _f in rows}
    assert by_key["first_paint"] == ("3.00× / **6.00×** / 9.00×", 6.0, "≤ 1.5×")
    assert by_key["growth"][1] == (43.0 - 10.0) / 30  # (45 y - 15 y) / 30, median round
    assert by_key["ages"][0] == "7.0× / **7.3×** / 7.6×"
    assert by_key["pdf"][2] == "≤ 300 ms"


def test_the_readme_names_the_machine_the_date_and_the_earlier_run(tmp_path):
    out = tmp_path / "README.md"
    write_readme(out, RUN, bench.report(RUN, RUN), RUN)
    text = out.read_text(encoding="utf-8")
    assert "2 cores, test" in text and "2026-12-01 00:00 UTC" in text
    assert "median before" in text and "≤ 2.5×" in text


def test_the_memory_floor_prints_the_apps_own_summary_from_a_bare_window(tmp_path):
    """``memory.py --floor``'s last line: a bare window printing the app's summary with Qt
    alone. Its PDF holds the summary's own words and figures, from the HTML the app made."""
    import os
    import re
    import shutil
    import subprocess

    import pytest
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    floor = Path(__file__).resolve().parents[1] / "benchmarks" / "_memory_floor.py"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    for step in ("dump", "bare-pdf"):
        subprocess.run([sys.executable, str(floor), step, str(tmp_path)], env=env, check=True,
                       capture_output=True)
    html = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert (tmp_path / "chart.png").stat().st_size > 0
    text = subprocess.run(["pdftotext", str(tmp_path / "bare.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    figures = re.findall(r"\d{1,3}(?:,\d{3})+\.\d{2}", html)
    assert len(figures) > 50
    assert "养老金" in text and all(figure in text for figure in figures[:20])
