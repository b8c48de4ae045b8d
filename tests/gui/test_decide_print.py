"""打印 / 导出 PDF of the comparison and of the flexible levels (issue 11): the table as shown,
in the language on screen, through the report's printing (A4 PDF, Chinese embedded)."""

import shutil
import subprocess

import pytest

from shebao_desktop.gui.labels import money


def _open(window, qtbot, name):
    """The view of the tab ``name`` (compare_page, flexible_page), shown and with a result. The
    page is asked for again while waiting: a language switch rebuilds the window's content."""
    def ready():
        page = getattr(window.results, name)
        if window.results.tabs.currentWidget() is not page:
            window.results.tabs.setCurrentWidget(page)
        view = page.content
        return view is not None and view.isVisible() and not view.background.busy \
            and view.table.columnCount() > 0
    qtbot.waitUntil(ready, timeout=120_000)
    return getattr(window.results, name).content


def _pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_comparison_prints_its_table_with_the_plan_shaded(window, qtbot, tmp_path):
    view = _open(window, qtbot, "compare_page")
    html = view.print_html()
    assert "退休时间比较" in html and "回本年龄（个人缴费）" in html
    for choice in view.choices:
        assert str(choice.retirement_month) in html and money(choice.total) in html
    assert html.count('bgcolor="#dde9f7"') == len(view.rows()) + 1  # the plan's column
    assert view.note.text()[:20] in html and "声明" in html
    path = view.print_bar.export_pdf(str(tmp_path / "compare.pdf"))
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "退休时间比较" in text and money(view.choices[0].total) in text
    assert "已导出" in view.status.text()


def test_the_flexible_levels_print(window, qtbot, tmp_path):
    view = _open(window, qtbot, "flexible_page")
    html = view.print_html()
    assert "灵活就业缴费档次比较" in html and "60%" in html and "300%" in html
    assert money(view.levels[-1].monthly_cost) in html and 'bgcolor="#dde9f7"' not in html
    text = _pdf_text(view.print_bar.export_pdf(str(tmp_path / "flexible.pdf")))
    assert "医疗保险" in text and money(view.levels[0].total_cost) in text


def test_printed_in_english_after_a_switch(window, qtbot, tmp_path):
    window.set_language("en")
    view = _open(window, qtbot, "compare_page")
    html = view.print_html()
    assert "Retirement" in html and "退休时间比较" not in html
    text = _pdf_text(view.print_bar.export_pdf(str(tmp_path / "compare-en.pdf")))
    assert money(view.choices[0].total) in text


def test_nothing_to_print_before_a_result_is_said(window, qtbot, tmp_path):
    view = _open(window, qtbot, "flexible_page")
    view._clear("")
    assert view.print_bar.export_pdf(str(tmp_path / "none.pdf")) is None
    assert not (tmp_path / "none.pdf").exists() and view.status.text()


def test_a_folder_that_does_not_exist_is_said_not_raised(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    view = _open(window, qtbot, "flexible_page")
    assert view.print_bar.export_pdf(str(tmp_path / "no" / "such" / "x.pdf")) is None
    assert said and "Traceback" not in said[0]
