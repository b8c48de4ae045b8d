"""The PDF lays its document out once, for the printed page: not first for the screen and then
again at 300 dpi (that first layout was a third of the export's time and was never printed)."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QTextDocument

from shebao_desktop.gui import printing

HTML = "<h3>社保养老金估算摘要</h3>" + "".join(
    f"<p>第 {n} 段：基础养老金、个人账户养老金与过渡性养老金的估算说明。</p>" for n in range(400))


def test_the_pdf_document_is_laid_out_only_for_its_pages(qapp, tmp_path, monkeypatch):
    widths: list[float] = []

    class Recording(QTextDocument):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            self.documentLayout().documentSizeChanged.connect(
                lambda size: widths.append(round(size.width())))

    monkeypatch.setattr(printing, "QTextDocument", Recording)
    path = tmp_path / "out.pdf"
    printing.export_pdf(HTML, path)
    writer = printing.QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    page_width = round(writer.pageLayout().paintRectPixels(writer.resolution()).width())
    assert widths and set(widths) == {page_width}
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "第 0 段" in text and "第 399 段" in text  # everything is still printed
