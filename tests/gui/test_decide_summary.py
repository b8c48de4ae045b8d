"""The one-page summary (issue 11): PNG and PDF, A4 and phone-sized, with the core's figures."""

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from shebao_desktop.core.decide.compare import compare
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.summary_page import fits, one_page_data, one_page_html


def _page(window, qtbot):
    qtbot.waitUntil(lambda: window.results.bands.bands is not None, timeout=60_000)
    return one_page_data(window.session, window.results.bands.bands)


def test_the_page_holds_the_three_months_the_range_and_the_three_balances(window, qtbot):
    page = _page(window, qtbot)
    session = window.session
    months = retirement_months(session.profile, as_of=session.as_of)
    expected = compare(session.profile, sorted({months.statutory_month, months.earliest_month,
                                                months.latest_month}), as_of=session.as_of)
    html = one_page_html(page, printed_on="2026-01-01")
    for choice in expected:
        assert str(choice.retirement_month) in html
        assert money(choice.total) in html and money(choice.total_today) in html
    at = session.estimate.at_retirement
    for value in (at.pension_account, at.medical_account, at.housing_fund):
        assert f"{money(value)} 元" in html
    low, _central, high = page.bands.total
    assert f"{money(low, 0)} – {money(high, 0)}" in html
    assert "逐年明细" not in html and "计发基数" not in html  # no parameter tables
    assert fits(html, "phone") and fits(html, "a4")


def test_png_and_pdf_in_both_sizes(window, qtbot, tmp_path):
    _page(window, qtbot)
    for size, (width, height) in (("a4", (1240, 1754)), ("phone", (1080, 1920))):
        png = window.export_one_page(str(tmp_path / f"{size}.png"), size)
        image = QImage(str(png))
        assert (image.width(), image.height()) == (width, height)
        # text was drawn: the page is not blank white
        assert any(image.pixelColor(x, y).lightness() < 128
                   for x in range(0, width, 7) for y in range(0, height // 3, 7))
        pdf = window.export_one_page(str(tmp_path / f"{size}.pdf"), size)
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and b"/Type /Page" in data


def test_a_folder_that_does_not_exist_is_said(window, qtbot, tmp_path, monkeypatch):
    _page(window, qtbot)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    assert window.export_one_page(str(tmp_path / "missing" / "page.png"), "a4") is None
    assert said and "Traceback" not in said[0]


def test_the_file_menu_has_the_one_page_summary(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "导出一页摘要…" in texts


def test_a_typed_file_type_is_kept_whatever_the_filter(window, qtbot, tmp_path, monkeypatch):
    """Trial 14: "page.pdf" typed while the PNG filter was chosen was written as page.pdf.png."""
    from PySide6.QtWidgets import QFileDialog
    _page(window, qtbot)
    answers = iter([(str(tmp_path / "page.pdf"), "PNG 图片，A4 (*.png)"),
                    (str(tmp_path / "plain"), "PDF，手机尺寸 (*.pdf)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: next(answers))
    written = window.export_one_page()
    assert written is not None and written.name == "page.pdf"
    assert written.read_bytes().startswith(b"%PDF") and not (tmp_path / "page.pdf.png").exists()
    assert window.export_one_page().name == "plain.pdf"  # no type typed: the filter's
