"""New-user trial 3, the 缴费记录 table (findings A–E; F's text is made in presentation/
catalogue.py, not here).

A. 年份⇥月份⇥月工资 pasted: the month column was dropped, every row became the whole 2024 and
   rows 2–8 clashed with row 1; "2024 ⇥ 13" was said only as an overlap.
B. 年份⇥工资⇥月数 pasted without a header: the month count went to 地区 ("未知地区：6").
C. With a 参加工作时间, 添加行 on an empty table gave 2003 (age 18); a row paying for months
   before the work start counted without a word.
D. After several wrong cells, the message under the table said only the last edit's.
E. Opening another profile kept the 缴费记录 page scrolled down (添加行, 粘贴 out of sight).

The pasted text of A is /tmp/t3/files/messy.tsv of the trial, inline."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.drafts import DraftRow

AS_OF = YearMonth(2026, 11)
PERIOD, AMOUNT = COLUMN_OF["period"], COLUMN_OF["amount"]

#: the trial's messy.tsv: a header, a blank line, a letter O, 1.25万, a month 13, full-width
#: digits, spaces and a ¥
MESSY = ("年份\t月份\t月工资\n2024\t1\t12,500\n2024\t2\t１２，５００\n2024\t3\t12500.00\n\n"
         "2024\t4\t12,5OO\n2024\t5\t1.25万\n2024\t6\t 12500 \n2024\t13\t12500\n2024\t7\t¥12,500\n")


def _panel(qtbot, **fields):
    profile = blank_profile(AS_OF).model_copy(update=fields)
    widget = HistoryPanel(Session(profile, as_of=AS_OF))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def _chinese():
    install_language("zh_CN")
    yield
    install_language("zh_CN")


def _paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.table.clearSelection()
    panel.paste()


def _periods(panel) -> list[str]:
    return [row.period if isinstance(row, HistoryRow) else row.text("period")
            for row in panel.model._rows]


@pytest.mark.parametrize("text", [MESSY, MESSY.split("\n", 1)[1]], ids=["header", "no-header"])
def test_a_year_and_a_month_column_make_the_period(qtbot, text):
    panel = _panel(qtbot)
    _paste(panel, text)
    model = panel.model
    valid = [row for row in model._rows if isinstance(row, HistoryRow)]
    assert [row.period for row in valid] == ["2024-01", "2024-02", "2024-03", "2024-05",
                                             "2024-06", "2024-07"]
    assert all(row.amount == Decimal("12500") and row.paid_months == 1 for row in valid)
    assert panel.session.profile.history == valid  # the estimate counts six months, not 2024
    drafts = {row.text("period"): n for n, row in enumerate(model._rows) if isinstance(row, DraftRow)}
    assert set(drafts) == {"2024-04", "2024-13"}
    said = panel.message.text()
    assert "重叠" not in said
    # the month 13 is said as a bad month, as the single 缴费年月 column says it
    assert model.overlay[(drafts["2024-13"], PERIOD)][1] == "月份 13 不存在（应为 1–12）"
    assert f"第{drafts['2024-13'] + 1}行“期间”：月份 13 不存在（应为 1–12）。" in said
    assert "第1列 年份、第2列 月份" in said and "第3列 月工资/基数（元）" in said
    assert ("按表头读取" in said) == text.startswith("年份")


def test_b_a_month_count_after_the_wage_is_the_months_paid(qtbot):
    panel = _panel(qtbot, gender="female", birth=YearMonth(1975, 3), region="guangzhou")
    _paste(panel, "1993\t1500\t6\n1994\t1635\t12\n1995\t1782\t12\n")
    rows = panel.model._rows
    assert panel.model.overlay == {} and panel.session.left_out_rows == []
    assert [(row.period, row.amount, row.paid_months, row.region) for row in rows] == [
        ("1993", Decimal("1500"), 6, "guangzhou"), ("1994", Decimal("1635"), 12, "guangzhou"),
        ("1995", Decimal("1782"), 12, "guangzhou")]
    said = panel.message.text()
    assert "未知地区" not in said
    # not guessed silently: which column was read as what, and how to say otherwise
    assert "没有表头，按内容读取：第1列 期间、第2列 月工资/基数（元）、第3列 缴费月数" in said


def test_b_a_region_after_the_wage_is_still_a_region(qtbot):
    panel = _panel(qtbot)
    _paste(panel, "2020\t8000\t上海\n2021\t8200\t上海\n")
    assert [row.region for row in panel.model._rows] == ["shanghai", "shanghai"]
    assert "按内容读取" not in panel.message.text()


def test_c_a_new_row_starts_at_the_work_start(qtbot):
    panel = _panel(qtbot, birth=YearMonth(1985, 1), work_start=YearMonth(2012, 7))
    panel.add_button.click()  # its amount is the person's to type (trial 10): then counted
    assert panel.model.is_draft(0)
    assert panel.model.setData(panel.model.index(0, COLUMN_OF["amount"]), "6000")
    row = panel.model._rows[0]
    # the work start's year, paying July–December: the core places a part year of the work
    # start's year from the work start (core/profile.py place_history)
    assert (row.period, row.paid_months) == ("2012", 6)
    placed = panel.session.profile.placed_months()
    assert sorted(placed.months) == [YearMonth(2012, m) for m in range(7, 13)]
    assert panel.model.early == {}
    panel.add_button.click()  # the next one: the next year, whole
    assert [(r.period, r.paid_months) for r in panel.model._rows] == [("2012", 6), ("2013", 12)]


def test_c_without_a_work_start_a_new_row_is_as_before(qtbot):
    panel = _panel(qtbot, birth=YearMonth(1985, 1))
    panel.add_button.click()
    assert panel.model.setData(panel.model.index(0, COLUMN_OF["amount"]), "6000")
    assert (panel.model._rows[0].period, panel.model._rows[0].paid_months) == ("2003", 12)


def test_c_months_before_the_work_start_are_warned_and_still_count(qtbot):
    panel = _panel(qtbot, gender="female", birth=YearMonth(1975, 3), region="guangzhou",
                   work_start=YearMonth(1993, 7))
    _paste(panel, "1993\t1500\n1994\t1635\n")
    model = panel.model
    assert [row.paid_months for row in panel.session.profile.history] == [12, 12]  # counted
    warning = "参加工作时间（1993-07）之前的月份也按缴费计入：1993-01 至 1993-06，共 6 个月，请核对"
    assert model.early == {0: warning}
    tip = model.data(model.index(0, PERIOD), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(warning)
    assert model.data(model.index(0, PERIOD), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, PERIOD), Qt.ItemDataRole.BackgroundRole) is None
    assert f"第1行“期间”：{warning}" in panel.message.text()
    # the work start moved to January (a change in 个人信息): the warning goes at once
    session = panel.session
    session.apply(session.profile.model_copy(update={"work_start": YearMonth(1993, 1)}), "x")
    assert model.early == {} and "参加工作时间" not in panel.message.text()
    assert model.data(model.index(0, PERIOD), Qt.ItemDataRole.BackgroundRole) is None
    # and back: said under the table after any change, as a warning (not red: nothing is wrong)
    session.apply(session.profile.model_copy(update={"work_start": YearMonth(1993, 7)}), "y")
    assert panel.message.text() == f"第1行“期间”：{warning}"
    assert panel.message.styleSheet() == "" and panel.message.isVisible()
    assert model.data(model.index(0, PERIOD), Qt.ItemDataRole.BackgroundRole) is not None


def test_c_a_part_year_in_the_work_start_year_is_not_warned(qtbot):
    panel = _panel(qtbot, birth=YearMonth(1975, 3), work_start=YearMonth(1993, 7))
    _paste(panel, "1992\t1400\t\t3\n1993\t1500\t\t6\n1993-05\t1500\n")
    assert panel.model.early == {
        0: "参加工作时间（1993-07）之前的月份也按缴费计入：1992 年的 3 个月，请核对",
        2: "参加工作时间（1993-07）之前的月份也按缴费计入：1993-05，请核对"}


def test_d_every_wrong_cell_is_said_after_each_edit(qtbot):
    panel = _panel(qtbot)
    _paste(panel, "2024-01\t12500\n2024-02\t12500\n2024-03\t12500\n2024-04\t12500\n")
    model = panel.model
    for row, text in ((0, "99999999"), (1, "12a00"), (3, "12,5OO")):
        model.setData(model.index(row, AMOUNT), text)
    said = panel.message.text()
    assert "第1行“月工资/基数（元）”：金额过大（超过每月一千万元），请检查。" in said
    assert "第2行“月工资/基数（元）”：“12a00”不是数字" in said
    assert "第4行“月工资/基数（元）”：“12,5OO”中的 O 是字母，应为数字 0。" in said
    assert said.splitlines()[0].startswith("第4行")  # the cell just edited first
    assert said.splitlines()[-1] == "第 1、2、4 行有误（标红），未计入计算；改正后计入"


def test_e_another_profile_opens_at_the_top_of_the_page(qtbot):
    session = Session(blank_profile(AS_OF), as_of=AS_OF)
    page = HistoryPanel(session)
    scroller = QScrollArea()  # as the main window puts the page in its tab
    scroller.setWidgetResizable(True)
    scroller.setWidget(page)
    scroller.resize(500, 250)
    qtbot.addWidget(scroller)
    scroller.show()
    _paste(page, "".join(f"{year}\t8000\n" for year in range(1995, 2025)))
    bar = scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    page.table.scrollToBottom()
    assert bar.value() > 0 and page.table.verticalScrollBar().value() > 0
    session.load(blank_profile(AS_OF).model_copy(update={"name": "other"}), None)
    assert bar.value() == 0 and page.table.verticalScrollBar().value() == 0
