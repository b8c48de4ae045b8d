"""Trial s12/s13: rows 2012-2014 typed, 2014 still selected, 粘贴 of 2015-2025 put the eleven
rows above 2014 (2014 last, out of order) and said only "已粘贴 11 行". Pasted rows with a
period now go in by period among the rows there; the others below the selected row; the
pasted rows are selected and the message says where they went."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.history_settle import place_pasted
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)
PERIOD, AMOUNT = COLUMN_OF["period"], COLUMN_OF["amount"]
#: the trial's clipboard: eleven lines "year<TAB>wage"
TRIAL_PASTE = "".join(f"{year}\t{wage}\n" for year, wage in zip(range(2015, 2026), (
    7600, 8200, 8900, 9600, 10400, 11300, 12300, 13500, 14800, 16300, 18000)))


@pytest.fixture
def typed(qtbot):
    """The trial's table: three rows typed with 添加行 and edited, the last one selected."""
    session = Session(blank_profile(AS_OF, "shanghai").model_copy(
        update={"birth": YearMonth(1988, 5)}), as_of=AS_OF)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    for n, (year, amount) in enumerate((("2012", "6000"), ("2013", "6500"), ("2014", "7000"))):
        panel.add_button.click()  # the first: its amount asked for (a draft until typed)
        model.setData(model.index(n, AMOUNT), amount)
        assert model.setData(model.index(n, PERIOD), year)
    select_row(panel, 2)
    assert panel._selected_rows() == [2]
    return panel


def select_row(panel, row: int) -> None:
    """As a click on the row does (QTableView.selectRow would add to the selection while the
    application believes Ctrl is held, after another test's Ctrl+V)."""
    flags = QItemSelectionModel.SelectionFlag
    panel.table.selectionModel().setCurrentIndex(
        panel.model.index(row, 0), flags.ClearAndSelect | flags.Rows)


def periods(panel) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, PERIOD)) for r in range(model.rowCount())]


def _paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.paste_button.click()


def test_the_trial_paste_lands_in_order_selected_and_said(typed):
    _paste(typed, TRIAL_PASTE)
    assert periods(typed) == [str(year) for year in range(2012, 2026)]
    assert [row.period for row in typed.session.profile.history] == periods(typed)
    assert typed.session.profile.history[2].amount == Decimal("7000")  # 2014 kept as typed
    assert typed.message.text() == "已粘贴 11 行（第 4–14 行）"
    assert typed._selected_rows() == list(range(3, 14))  # the pasted rows, not 2014
    assert typed.table.currentIndex().row() == 3
    typed.session.undo_stack.undo()  # still one step
    assert periods(typed) == ["2012", "2013", "2014"]


def test_rows_pasted_out_of_order_or_between_go_by_period(typed):
    _paste(typed, "2016\t8200\n2013-07\t6600\n2010\t5000\n2015\t7600\n")
    assert periods(typed) == ["2010", "2012", "2013", "2013-07", "2014", "2015", "2016"]
    assert typed.message.text().startswith("已粘贴 4 行（第 1、4、6–7 行），其中 1 个单元格有误")
    assert typed._selected_rows() == [0, 3, 5, 6]
    # the 2013-07 month overlaps the whole year 2013: kept next to it, marked
    assert (3, PERIOD) in typed.model.overlay and typed.session.left_out_rows == [3]


def test_a_row_without_a_period_goes_below_the_selected_row(typed):
    select_row(typed, 0)
    _paste(typed, "20x5\t7600\n2015\t7600\n")
    assert periods(typed) == ["2012", "20x5", "2013", "2014", "2015"]
    assert typed.session.left_out_rows == [1]
    assert "第 2、5 行" in typed.message.text() and "有误" in typed.message.text()
    typed.table.clearSelection()
    _paste(typed, "abc\t1\n")  # nothing selected: at the end, as before
    assert periods(typed)[-1] == "abc"


def test_place_pasted_by_period():
    def row(period: str) -> HistoryRow:
        return HistoryRow(period=period, region="beijing", amount=Decimal("5000"))
    table = [row("2012"), row("2013"), {"period": "bad", "amount": "1"}, row("2014")]
    placed, at = place_pasted(table, [row("2011"), row("2014-03"), {"amount": "9"},
                                      row("2015"), {"period": "2013", "amount": "x"}], 1)
    shown = [e.period if isinstance(e, HistoryRow) else e.get("period", "-") for e in placed]
    # a whole year and a month of it are neither earlier: the later pasted one goes after
    # (a pasted row before the first later one: after a draft row whose period does not read)
    assert shown == ["2011", "2012", "-", "2013", "bad", "2013", "2014", "2014-03", "2015"]
    assert at == [0, 2, 5, 7, 8]
    # an empty table: rows with a period in time order; the others at the spot given
    placed, at = place_pasted([], [row("2020"), {"amount": "1"}, row("2019")], 0)
    assert [getattr(e, "period", "-") for e in placed] == ["2019", "2020", "-"]
    assert at == [0, 1, 2]
