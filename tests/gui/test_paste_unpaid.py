"""Trial item 7 (26.png, 48.png): a pasted spreadsheet line with a period and a blank wage (a
leave month, 备注 请假) is a month not paid -- a gap, as a provincial export leaves the month
out -- said under the table, not a red "有误" draft row; and a paste that went well is not said
in the error colour (item 13, 07.png)."""

from decimal import Decimal

import pytest
from PySide6.QtGui import QGuiApplication

from shebao_desktop.gui.history_cells import unpaid_lines
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.labels import error_color

SHEET = ("所属期\t参保地\t缴费工资（元）\t备注\n"
         "2027-01\t杭州\t7,800\t\n"
         "2027-02\t杭州\t\t请假\n"
         "2027-03\t杭州\t7,800\t\n")


@pytest.fixture
def panel(sample_widget):
    return sample_widget(HistoryPanel)


def _paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.paste()


def test_a_blank_wage_is_an_unpaid_month_not_an_error(panel):
    rows_before = panel.model.rowCount()
    _paste(panel, SHEET)
    history = {r.period: r for r in panel.session.profile.history}
    assert history["2027-01"].amount == Decimal("7800") and history["2027-03"].region == "hangzhou"
    assert "2027-02" not in history  # no row: a gap
    assert panel.model.rowCount() == rows_before + 2
    assert panel.model.overlay == {} and panel.session.left_out_rows == []  # nothing marked wrong
    said = panel.message.text()
    assert "已粘贴 2 行" in said and "2027-02 的工资为空" in said and "未缴费" in said
    assert error_color() not in panel.message.styleSheet()


def test_a_successful_paste_is_not_in_the_error_colour_and_a_wrong_cell_is(panel):
    _paste(panel, "2030\t6,500\n2031\t7,000\n")
    assert panel.message.text().startswith("已粘贴 2 行")
    assert error_color() not in panel.message.styleSheet()
    _paste(panel, "2032\t6,5x0\n")
    assert error_color() in panel.message.styleSheet()


def test_only_lines_with_other_cells_and_a_blank_wage_are_unpaid():
    kept, unpaid = unpaid_lines(SHEET)
    assert unpaid == ["2027-02"] and "请假" not in kept and "2027-03" in kept
    # a lone period (no other cell) stays a row to complete; a full sheet is left as it is
    assert unpaid_lines("2027\n") == ("2027\n", [])
    assert unpaid_lines("2030\t6,500\n") == ("2030\t6,500\n", [])
