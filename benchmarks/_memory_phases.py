"""Where the memory of ``pdf_export.py --once`` goes, run as its own process by ``memory.py
--phases`` (not meant to be run by hand): the same steps, and after each one a row of
(step, VmRSS, RssAnon, VmHWM, heap in use) in KiB: the first three from ``/proc/self/status``,
the peak reset before each step (``/proc/self/clear_refs``), so it is that step's own; the last
is what glibc's malloc holds in use (``mallinfo2``: what the step keeps, against what it only
passed through at its peak; -1 where there is no glibc). The export is taken apart into the
printing module's own steps: the summary's HTML and chart, the document built from the HTML,
its layout for the pages, then its pages kept together and drawn. Linux only. One JSON line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "profile-beijing.json"
rows: list[tuple[str, int, int, int, int]] = []


def status() -> dict[str, int]:
    with open("/proc/self/status") as f:
        return {line.split(":")[0]: int(line.split()[1]) for line in f
                if line.startswith(("VmRSS", "VmHWM", "RssAnon"))}


def heap_in_use() -> int:
    """KiB glibc's malloc has handed out and not had back (-1 without glibc's mallinfo2)."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
            "fordblks", "keepcost")]
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return -1
    mallinfo2.restype = MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024


def step(name: str) -> None:
    now = status()
    rows.append((name, now["VmRSS"], now["RssAnon"], now["VmHWM"], heap_in_use()))
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # the peak from here on is the next step's
    except OSError:
        pass


def main() -> None:
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="shebao-bench-phases-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step("interpreter")
    from PySide6.QtWidgets import QApplication

    from shebao_desktop.app import create_app
    step("imports (app, Qt)")
    app, window = create_app(["shebao-desktop"])
    window.show()
    QApplication.processEvents()
    step("create_app + show (frame)")
    from shebao_desktop.storage.exchange import import_profile
    window.session.load(import_profile(EXAMPLE), None)
    step("content built + profile open")
    window.session.recompute()
    QApplication.processEvents()
    step("estimate shown")
    try:  # the chart as the PDF takes it: vectors (a picture), an image in older trees
        from shebao_desktop.gui.charts import balances_chart_picture as chart_for_print
    except ImportError:
        from shebao_desktop.gui.charts import balances_chart_image as chart_for_print
    chart = chart_for_print(window.session)
    step("chart for print")
    del chart
    window.results.bands.current()
    step("bands (low/high) for print")
    from shebao_desktop.gui import printing  # window.export_pdf's steps, one by one
    html, images = window.summary()
    step("summary HTML + chart")
    writer = printing.QPdfWriter(str(tmp / "once.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    doc = printing.build_document(html, images, writer)
    step("document built from HTML")
    doc.pageCount()
    step("laid out for its pages")
    printing.render(doc, writer)
    del doc, writer
    step("pages kept together, drawn")
    print(json.dumps(rows), flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
