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

Apart from these, ``bare-pdf DIR`` is no step of the app: a bare QMainWindow of the app's size,
shown and painted, that prints the app's own summary (its HTML and chart, written to DIR by
``dump DIR`` in an earlier, unmeasured process) with Qt alone (``QTextDocument.print_`` to a
``QPdfWriter`` at the app's 300 dpi, the same CJK font): what the printed document costs a
window that holds nothing else, against the bare window's own peak.

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


def dump(folder: Path) -> None:
    """The example's summary HTML and its chart (a PNG at the picture's own size) in ``folder``."""
    from pdf_export import EXAMPLE, open_window
    from PySide6.QtGui import QColor, QImage, QPainter
    _app, window = open_window(EXAMPLE)
    window.results.bands.current()
    html, images = window.summary()
    (folder / "summary.html").write_text(html, encoding="utf-8")
    picture = images.get("chart.png")
    if picture is not None:
        rect = picture.boundingRect()
        image = QImage(rect.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(-rect.topLeft())
        picture.play(painter)
        painter.end()
        image.save(str(folder / "chart.png"))


def bare_pdf(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QImage, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1360, 860)  # as _startup_child.py bare
    window.show()
    app.processEvents()
    writer = QPdfWriter(str(folder / "bare.pdf"))
    writer.setResolution(300)
    doc = QTextDocument()
    font = QFont("WenQuanYi Micro Hei")
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"])
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    chart = folder / "chart.png"
    if chart.exists():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"),
                        QImage(str(chart)))
    doc.setHtml((folder / "summary.html").read_text(encoding="utf-8"))
    doc.print_(writer)


def main() -> None:
    step = sys.argv[1]
    if step in ("dump", "bare-pdf"):
        (dump if step == "dump" else bare_pdf)(Path(sys.argv[2]))
        sys.stdout.flush()
        os._exit(0)
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
