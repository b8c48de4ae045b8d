"""打印 / 导出 PDF of the comparison and of the flexible levels (issue 11): the table as shown,
in the language on screen, through the report's printing (A4 PDF, Chinese embedded)."""



from shebao_desktop.gui.labels import money

from .window_helpers import open_decision, pdf_text


def test_the_comparison_prints_its_table_with_the_plan_shaded(window, qtbot, tmp_path):
    view = open_decision(window, qtbot, "compare_page")
    html = view.print_html()
    assert "退休时间比较" in html and "回本年龄（个人缴费）" in html
    for choice in view.choices:
        assert str(choice.retirement_month) in html and money(choice.total) in html
    assert html.count('bgcolor="#dde9f7"') == len(view.rows()) + 1  # the plan's column
    assert view.note.text()[:20] in html and "声明" in html
    path = view.print_bar.export_pdf(str(tmp_path / "compare.pdf"))
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert "退休时间比较" in text and money(view.choices[0].total) in text
    assert "已导出" in view.status.text()


def test_the_flexible_levels_print(window, qtbot, tmp_path):
    view = open_decision(window, qtbot, "flexible_page")
    html = view.print_html()
    assert "灵活就业缴费档次比较" in html and "60%" in html and "300%" in html
    assert money(view.levels[-1].monthly_cost) in html and 'bgcolor="#dde9f7"' not in html
    text = pdf_text(view.print_bar.export_pdf(str(tmp_path / "flexible.pdf")))
    assert "医疗保险" in text and money(view.levels[0].total_cost) in text


def test_printed_in_english_after_a_switch(window, qtbot, tmp_path):
    window.set_language("en")
    view = open_decision(window, qtbot, "compare_page")
    html = view.print_html()
    assert "Retirement" in html and "退休时间比较" not in html
    text = pdf_text(view.print_bar.export_pdf(str(tmp_path / "compare-en.pdf")))
    assert money(view.choices[0].total) in text


def test_nothing_to_print_before_a_result_is_said(window, qtbot, tmp_path):
    view = open_decision(window, qtbot, "flexible_page")
    view._clear("")
    assert view.print_bar.export_pdf(str(tmp_path / "none.pdf")) is None
    assert not (tmp_path / "none.pdf").exists() and view.status.text()


def test_a_folder_that_does_not_exist_is_said_not_raised(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    view = open_decision(window, qtbot, "flexible_page")
    assert view.print_bar.export_pdf(str(tmp_path / "no" / "such" / "x.pdf")) is None
    assert said and "Traceback" not in said[0]
