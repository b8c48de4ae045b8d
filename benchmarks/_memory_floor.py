"""One step of the memory floor, run as its own process by ``memory.py --floor`` (not meant to
be run by hand): ``python _memory_floor.py STEP`` does what ``pdf_export.py --once`` does up to
STEP and exits; its peak RSS is read by the parent. The steps, each including the ones before:

- ``estimate``: create_app, show, open the example profile, its estimate computed and painted;
- ``bands``: the low/high cases the pension card's range and the print show;
- ``summary``: what the export makes before its document: the chart for print and the
  summary's HTML (``window.summary()``), no document, no PDF;
- ``pdf-line``: a PDF of one line of Chinese text through the app's printing path (QPdfWriter,
  the CJK font embedded, the report and printing modules loaded): the PDF machinery alone;
- ``pdf-no-long-tables``: the summary PDF with its two long tables (the year table and the
  parameters with their sources) left out;
- ``pdf``: the whole summary PDF (what ``memory.py`` measures).

What each step adds is what that part of the run costs at its peak; ``pdf-line`` against the
target shows how much is left for the document itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STEPS = ("estimate", "bands", "summary", "pdf-line", "pdf-no-long-tables", "pdf")


def main() -> None:
    step = sys.argv[1]
    if step not in STEPS:
        raise SystemExit(f"unknown step {step!r}; one of {', '.join(STEPS)}")
    out = Path(tempfile.mkdtemp(prefix="shebao-bench-floor-")) / "floor.pdf"
    from pdf_export import EXAMPLE, open_window
    _app, window = open_window(EXAMPLE)
    if step != "estimate":
        window.results.bands.current()
    if step == "summary":
        html, images = window.summary()
    elif step == "pdf-line":
        from shebao_desktop.gui.printing import export_pdf
        export_pdf("<p>养老金估算摘要</p>", str(out))
    elif step == "pdf-no-long-tables":
        from shebao_desktop.gui import report
        report._years_html = lambda *args, **kwargs: ""
        report.parameters_table_html = lambda *args, **kwargs: ""
        window.export_pdf(str(out))
    elif step == "pdf":
        window.export_pdf(str(out))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
