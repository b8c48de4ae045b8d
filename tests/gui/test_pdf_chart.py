"""The balances chart in the PDF is drawn as vectors (charts.balances_chart_picture, played into
the PDF's painter by printing._Pictures): no image in the file, its title, legend and axis labels
are text, and it takes the place an image of its size took, so the pages break as before."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from shebao_desktop.gui import printing
from shebao_desktop.gui.charts import PRINT_SIZE, balances_chart_picture

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or
                                   shutil.which("pdfimages") is None,
                                   reason="needs poppler-utils (installed by .ci/run)")
HTML = ("<h3>账户余额走势</h3>" + "".join(f"<p>第 {n} 段说明文字。</p>" for n in range(30))
        + '<p align="center"><img src="chart.png" width="560"/></p><h3>逐年明细</h3>'
        + "".join(f"<p>第 {n} 段。</p>" for n in range(40)))


def _writer(path):
    writer = printing.QPdfWriter(str(path))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    return writer


def _drawn(image: QImage) -> int:
    """How many distinct colours a grid of its pixels shows (lines, labels, legend: many)."""
    return len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)})


def test_the_picture_is_the_whole_chart_at_print_size(window):
    picture = balances_chart_picture(window.session)
    assert (picture.boundingRect().width(), picture.boundingRect().height()) == PRINT_SIZE
    assert 0 < picture.size() < 200_000  # painter commands, not pixels (an image: 2.5 MB)
    image = QImage(*PRINT_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    picture.play(painter)
    painter.end()
    assert _drawn(image) > 20


def test_a_picture_takes_the_place_of_an_image_of_its_size(qapp, tmp_path):
    """The block after the chart starts at the same place (device units) with the picture as
    with an image of the picture's size: the breaks decided for one hold for the other."""
    picture = QPicture()
    painter = QPainter(picture)
    painter.drawLine(0, 0, 1120, 560)
    painter.end()
    picture.setBoundingRect(QImage(*PRINT_SIZE, QImage.Format.Format_RGB32).rect())
    image = QImage(*PRINT_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    tops = []
    for chart in (image, picture):
        device = _writer(tmp_path / "probe.pdf")
        doc = printing.build_document(HTML, {"chart.png": chart}, device)
        after = doc.find("逐年明细").block()
        tops.append((doc.documentLayout().blockBoundingRect(after).top(), doc.pageCount()))
    assert tops[0] == tops[1]
    assert tops[0][0] > 0


@needs_poppler
def test_the_exported_pdf_has_the_chart_as_vectors(window, tmp_path):
    path = window.export_pdf(str(tmp_path / "summary.pdf"))
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert images == []  # the chart was a 1120 x 560 image
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    page = next(page for page in text.split("\f") if "账户余额走势" in page)
    # its title and legend are text on the page of its heading (in an image they were pixels)
    for words in ("个人账户余额（年末，万元）", "养老保险个人账户", "医保个人账户"):
        assert words in page, words
    if shutil.which("pdffonts"):  # its texts in the document's font: one font embedded
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert len(fonts) == 1, fonts


def test_the_printed_chart_is_drawn_again_only_for_another_estimate(window, qtbot):
    first = balances_chart_picture(window.session)
    assert balances_chart_picture(window.session) is first  # printed again: the same drawing
    before = window.session.estimate
    window.session.update("history", history=[{"period": str(y), "region": "beijing",
                                                "amount": "9000"} for y in range(2015, 2026)])
    qtbot.waitUntil(lambda: window.session.estimate is not None
                    and window.session.estimate is not before)
    assert balances_chart_picture(window.session) is not first
