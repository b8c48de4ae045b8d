"""Drive the real window made by create_app: enter a profile through the widgets, watch the
pension change, paste rows, undo, switch language, save and reopen, export a PDF."""

import shutil
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from shebao_desktop.app import create_app


def pension_text(window) -> str:
    return window.results.pension_card.value.text()


def follows_the_profile(window, qtbot) -> Decimal:
    """Wait until the shown estimate is the current profile's own; its pension total."""
    expected = window.session.estimate_for(window.session.profile)
    assert expected is not None
    qtbot.waitUntil(lambda: window.session.estimate is not None
                    and window.session.estimate.pension.total == expected.pension.total)
    return expected.pension.total


def test_first_start_shows_the_example_and_a_figure(window):
    assert window.profiles.current_id is not None
    assert window.profiles_panel.list.count() == 1
    assert window.session.estimate.pension.total > 0
    assert "元" in pension_text(window)


def test_editing_the_form_changes_the_pension(window, qtbot):
    before = window.session.estimate.pension.total
    window.person.birth.setDate(QDate(1975, 6, 1))  # older: earlier retirement, fewer years
    qtbot.waitUntil(lambda: window.session.estimate.pension.total != before)
    assert window.session.profile.birth.year == 1975
    assert pension_text(window).replace(",", "").startswith(str(window.session.estimate.pension.total))
    # the statutory age appears at once: a man born 1975-06 retires 2038-02 (62y8m)
    assert "2038-02" in window.person.statutory.text()
    region = window.person.region
    region.setCurrentIndex(region.findData("shanghai"))
    region.activated.emit(region.currentIndex())
    qtbot.waitUntil(lambda: window.session.estimate.pension.region == "shanghai")
    assert window.session.profile.region == "shanghai"


def test_history_edit_validation_paste_and_undo(window, qtbot):
    model = window.history.model
    rows = model.rowCount()
    amount_column = 2
    index = model.index(0, amount_column)
    assert not model.setData(index, "12a4")  # a letter in a salary
    assert model.data(index) == "12a4"       # what was typed stays in the cell
    assert "数字" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "第1行" in window.history.message.text()
    assert model.setData(index, "15000")
    qtbot.waitUntil(lambda: window.session.profile.history[0].amount == Decimal("15000"))
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) != "金额应为数字，例如 8500 或 8500.50"
    born = window.session.profile.birth.year
    QGuiApplication.clipboard().setText(
        f"期间\t工资\n{born + 16}\t3000\tbeijing\n{born + 17}\t3200\n{born + 18}-13\t3300\n")
    window.history.table.clearSelection()
    window.history.paste()
    assert model.rowCount() == rows + 3
    assert any(key[1] == 0 for key in model.overlay)  # 2001-13 is marked, not lost
    with_paste = follows_the_profile(window, qtbot)
    window.session.undo_stack.undo()  # the paste is one step
    assert model.rowCount() == rows
    window.session.undo_stack.undo()  # the amount edit
    assert window.session.profile.history[0].amount != Decimal("15000")
    without_edit = follows_the_profile(window, qtbot)
    window.session.undo_stack.redo()
    assert window.session.profile.history[0].amount == Decimal("15000")
    # each undo/redo step recomputes: the figure is the redone profile's, not a stale one
    redone = follows_the_profile(window, qtbot)
    assert redone != without_edit  # 15000 instead of the old amount raises the pension
    assert redone != with_paste  # the two pasted early years are gone from it


def test_fill_future_years_with_growth(window):
    model = window.history.model
    last = max(int(r.period[:4]) for r in window.session.profile.history)
    added = model.fill_future(Decimal("0.05"), last + 3)
    assert added == 3
    rows = {r.period: r.amount for r in window.session.profile.history}
    base = [r for r in window.session.profile.history if r.period == str(last)][0].amount
    assert rows[str(last + 1)] == (base * Decimal("1.05")).quantize(Decimal("0.01"))


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_language_switch_to_english_and_back(window, qtbot):
    assert window.inputs.tabText(0) == "个人信息" and "元" in pension_text(window)
    window.set_language("en")
    assert window.language == "en"
    qtbot.waitUntil(lambda: window.session.estimate is not None and bool(pension_text(window)))
    assert window.inputs.tabText(0) == "Personal details"
    assert "yuan" in pension_text(window) and not has_chinese(pension_text(window))
    tabs = [window.inputs.tabText(n) for n in range(window.inputs.count())]
    assert not any(has_chinese(text) for text in tabs), tabs
    window.set_language("zh_CN")
    assert window.inputs.tabText(0) == "个人信息"
    qtbot.waitUntil(lambda: "元" in pension_text(window))
    assert "yuan" not in pension_text(window)


def test_save_and_reopen(qtbot, tmp_path):
    app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.person.name.setText("测试档案")
    window.person.name.editingFinished.emit()
    window.person.birth.setDate(QDate(1980, 3, 1))
    window.session.save_now()
    profile_id = window.profiles.current_id
    window.close()
    app2, again = create_app(["shebao-desktop"])
    qtbot.addWidget(again)
    assert again.profiles.current_id == profile_id
    assert again.session.profile.name == "测试档案"
    assert str(again.session.profile.birth) == "1980-03"
    again.close()


def test_new_duplicate_rename_delete(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    first = window.profiles.current_id
    window.new_profile()
    assert window.profiles.current_id != first
    assert window.profiles_panel.list.count() == 2
    window.profiles.duplicate(window.profiles.current_id)
    assert window.profiles_panel.list.count() == 3
    window.profiles.rename(window.profiles.current_id, "副本")
    assert window.session.profile.name == "副本"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.profiles_panel.delete_current()
    assert window.profiles_panel.list.count() == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (installed by .ci/run)")
def test_export_pdf_contains_the_figures(window, tmp_path):
    path = window.export_pdf(str(tmp_path / "summary.pdf"))
    assert path is not None and path.stat().st_size > 1000
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    total = window.session.estimate.pension.total
    assert f"{total:,.2f}" in text
    assert "基础养老金" in text


def test_qt_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.history.model)
    qtmodeltester.check(window.results.year_model)
    qtmodeltester.check(window.results.breakdown_model)


def test_invalid_retirement_shows_a_message_not_a_traceback(window, qtbot):
    profile = window.session.profile
    ok = window.session.update("test", None, retirement="2100-01")
    assert ok
    qtbot.waitUntil(lambda: window.session.estimate is None)
    assert window.isVisible()
    qtbot.waitUntil(window.results.error.isVisible)  # the message is on screen
    assert "退休" in window.results.error.text()
    assert "Traceback" not in window.results.error.text()
    window.session.undo_stack.undo()
    assert window.session.profile == profile
    # undoing the bad input brings the figure back and takes the message away
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    qtbot.waitUntil(lambda: not window.results.error.isVisible())
    assert pension_text(window).replace(",", "").startswith(str(window.session.estimate.pension.total))
