"""New-user trial: ten lines "year<TAB>monthly wage" pasted from a spreadsheet into the 缴费记录
table, row 3's wage "7,9OO" (letter O), row 5's period "2020-13".

1. The "2020-13" row was put last (row 10) and stayed last, after it was corrected and after
   a restart: it now keeps its place among the rows pasted, and a row left out that is
   corrected goes to its place by period (a profile saved with the row last is mended so).
2. The message said "第3、10行有误" but explained only row 3: each wrong cell is explained.
3. The wrong cells' tooltips say what is wrong with the text in them ("月份 13 不存在")."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.history_settle import place_pasted
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.codec import decode_profile, encode_profile
from shebao_desktop.storage.drafts import DraftRow, with_table

AS_OF = YearMonth(2026, 11)
PERIOD, AMOUNT = COLUMN_OF["period"], COLUMN_OF["amount"]
TIP = Qt.ItemDataRole.ToolTipRole
YEARS = list(range(2016, 2026))


def trial_text() -> str:
    lines = []
    for n, year in enumerate(YEARS):
        period = "2020-13" if n == 4 else str(year)
        wage = "7,9OO" if n == 2 else str(7000 + 300 * n)
        lines.append(f"{period}\t{wage}")
    return "\n".join(lines) + "\n"


def person():
    return blank_profile(AS_OF, "shanghai").model_copy(update={"birth": YearMonth(1988, 5)})


def make_panel(qtbot, profile) -> HistoryPanel:
    session = Session(profile, as_of=AS_OF)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def periods(panel) -> list[str]:
    model = panel.model
    return [model.data(model.index(r, PERIOD)) for r in range(model.rowCount())]


@pytest.fixture
def pasted(qtbot):
    panel = make_panel(qtbot, person())
    QGuiApplication.clipboard().setText(trial_text())
    panel.table.clearSelection()
    panel.paste()
    return panel


def test_the_mistyped_period_keeps_its_place_also_after_a_restart(pasted, qtbot):
    expected = [str(y) for y in YEARS]
    expected[4] = "2020-13"
    assert periods(pasted) == expected
    assert pasted.session.left_out_rows == [2, 4]
    assert pasted._selected_rows() == list(range(10))
    reopened = make_panel(qtbot, decode_profile(encode_profile(pasted.session.profile)))
    assert periods(reopened) == expected
    assert reopened.session.left_out_rows == [2, 4]


def test_a_corrected_row_stays_in_its_place(pasted):
    model = pasted.model
    assert model.setData(model.index(4, PERIOD), "2020")
    assert model.setData(model.index(2, AMOUNT), "7,900")
    assert periods(pasted) == [str(y) for y in YEARS]
    history = pasted.session.profile.history
    assert [row.period for row in history] == [str(y) for y in YEARS]
    assert history[2].amount == Decimal("7900") and history[4].amount == Decimal("8200")
    assert pasted.session.left_out_rows == [] and model.overlay == {}


def test_a_mistyped_period_without_a_year_goes_after_the_row_pasted_before_it():
    def row(period: str) -> HistoryRow:
        return HistoryRow(period=period, region="beijing", amount=Decimal("5000"))
    new = [row("2016"), {"period": "2O17", "amount": "1"}, {"period": "2018-13", "amount": "1"},
           row("2019"), row("2017-06")]
    placed, at = place_pasted([], new, 0)
    shown = [e.period if isinstance(e, HistoryRow) else e["period"] for e in placed]
    assert shown == ["2016", "2O17", "2017-06", "2018-13", "2019"]
    assert at == [0, 1, 2, 3, 4]
    # into a table: by the year it starts with, among the rows there
    placed, at = place_pasted([row("2019"), row("2021")], [{"period": "2020-13", "amount": "1"}], 2)
    assert [getattr(e, "period", "-") for e in placed] == ["2019", "-", "2021"] and at == [1]


def test_a_row_saved_last_goes_to_its_place_when_corrected(qtbot):
    """A profile saved before the fix, its "2020-13" row last: corrected in the cell editor,
    the row moves between 2019 and 2021, the selection with it; one undo step puts it back."""
    rows: list = [HistoryRow(period=str(y), region="shanghai", amount=Decimal("7000"))
                  for y in YEARS if y != 2020]
    rows.append({"period": "2020-13", "amount": "8200"})
    panel = make_panel(qtbot, with_table(person(), rows))
    assert periods(panel)[-1] == "2020-13"
    table = panel.table
    qtbot.waitExposed(table)
    table.setFocus()
    table.setCurrentIndex(panel.model.index(9, PERIOD))
    QTest.keyClick(table, "2")  # typing on the cell opens it with that key as its text
    assert table.state() == QAbstractItemView.State.EditingState
    editor = table.focusWidget()
    QTest.keyClicks(editor, "020")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert periods(panel) == [str(y) for y in YEARS]
    assert [row.period for row in panel.session.profile.history] == [str(y) for y in YEARS]
    assert panel.session.profile.history[4].amount == Decimal("8200")
    assert panel._selected_rows() == [4] and panel.table.currentIndex().row() == 4
    panel.session.undo_stack.undo()
    assert periods(panel)[-1] == "2020-13"
    assert isinstance(panel.model._rows[-1], DraftRow)


def test_a_row_still_wrong_after_its_period_is_corrected_moves_and_is_explained(qtbot):
    rows: list = [HistoryRow(period=str(y), region="shanghai", amount=Decimal("7000"))
                  for y in (2018, 2019, 2021)]
    rows.append({"period": "2020-13", "amount": "8a00"})
    panel = make_panel(qtbot, with_table(person(), rows))
    model = panel.model
    assert not model.setData(model.index(3, PERIOD), "2020")
    assert periods(panel) == ["2018", "2019", "2020", "2021"]
    assert set(model.overlay) == {(2, AMOUNT)}
    assert "第3行“月工资/基数（元）”：“8a00”不是数字" in panel.message.text()


def test_each_wrong_row_is_explained(pasted, qtbot):
    said = pasted.message.text()
    assert said.startswith("已粘贴 10 行（第 1–10 行），其中 2 个单元格有误。")
    assert "第3行“月工资/基数（元）”：“7,9OO”中的 O 是字母，应为数字 0。" in said
    assert "第5行“期间”：月份 13 不存在（应为 1–12）。" in said
    assert "第 3、5 行有误（标红），未计入计算；改正后计入" in said
    assert pasted.message.isVisible()
    # as the panel says it again after a restart, and after one of the two is corrected
    reopened = make_panel(qtbot, decode_profile(encode_profile(pasted.session.profile)))
    assert "第5行“期间”：月份 13 不存在（应为 1–12）。" in reopened.message.text()
    assert "第3行“月工资/基数（元）”" in reopened.message.text()
    model = reopened.model
    assert model.setData(model.index(2, AMOUNT), "7900")
    assert "第5行“期间”：月份 13 不存在" in reopened.message.text()
    assert "第3行" not in reopened.message.text()


def test_many_wrong_cells_are_said_six_then_counted(qtbot):
    panel = make_panel(qtbot, person())
    panel.model.paste_text("".join(f"{year}\t{n}x\n" for n, year in enumerate(range(2010, 2018))))
    said = panel.message.text()
    assert said.count("不是数字") == 6 and "另有 2 个单元格有误" in said


def test_a_wrong_cells_tooltip_says_what_is_wrong_with_its_text(pasted):
    model = pasted.model
    period_tip = model.data(model.index(4, PERIOD), TIP)
    assert period_tip == "月份 13 不存在（应为 1–12）"
    assert "“7,9OO”" in model.data(model.index(2, AMOUNT), TIP)
    assert "整年写 2024" in model.data(model.index(3, PERIOD), TIP)  # a valid cell: the column's
    model.paste_text("2200\t8000\n20x5\t8000\n2021\t8000\t\t13\n")
    tips = {model.data(model.index(r, PERIOD)): model.data(model.index(r, c), TIP)
            for r, c in model.overlay}
    assert tips["2200"] == "年份 2200 超出范围（应在 1950–2100 之间）"
    assert tips["20x5"] == "“20x5”不是期间：整年写 2024，单月写 2024-03"
    assert tips["2021"] == "缴费月数“13”不对：应为 0 到 12 的整数"
