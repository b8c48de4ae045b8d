"""New-user trial 2, finding 1: one line pasted in the history table's own column order (期间,
地区, 月工资/基数, 金额类型, 缴费月数) with a mistyped amount was read in the short order
(period, amount, region, months, kind): 地区 = abc, 月工资 = 深圳市, four cells wrong. Its cells
now stay in their columns and only the amount is flagged; a header in English says which
column is which ("Months paid" named the period before)."""

from PySide6.QtGui import QGuiApplication

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF, pasted_cells
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.drafts import DraftRow

AS_OF = YearMonth(2026, 11)
TRIAL_LINE = "2027\t深圳市\tabc\t工资\t12"


def _panel(qtbot) -> HistoryPanel:
    profile = blank_profile(AS_OF, "shenzhen").model_copy(update={"birth": YearMonth(1988, 5)})
    panel = HistoryPanel(Session(profile, as_of=AS_OF))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _paste(panel, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    panel.table.clearSelection()
    panel.paste()


def test_the_trial_line_keeps_its_cells_and_only_the_amount_is_wrong(qtbot):
    panel = _panel(qtbot)
    _paste(panel, TRIAL_LINE)
    model = panel.model
    row = next(n for n, r in enumerate(model._rows) if isinstance(r, DraftRow))
    shown = {key: model.data(model.index(row, column)) for key, column in COLUMN_OF.items()}
    assert shown["period"] == "2027"
    assert shown["region"] == "深圳市"
    assert shown["amount"] == "abc"
    assert shown["amount_kind"] == "工资"
    assert shown["months"] == "12"
    assert {c for (r, c) in model.overlay if r == row} == {COLUMN_OF["amount"]}
    said = panel.message.text()
    assert "“abc”不是数字" in said
    assert "未知地区" not in said and "深圳市”不是数字" not in said
    _paste(panel, "2028\t深圳市\t8000\t工资\t12")  # a correct line in this order counts
    rows = [r for r in panel.model._rows if isinstance(r, HistoryRow) and r.period == "2028"]
    assert len(rows) == 1 and str(rows[0].amount) == "8000" and rows[0].region == "shenzhen"

    # the short order with a mistyped amount followed by the region is still read so
    assert pasted_cells("2020\t8a00\t深圳") == [{"period": "2020", "amount": "8a00", "region": "深圳"}]


def test_an_english_header_names_its_columns():
    text = "Period\tRegion\tWage/base (yuan)\tAmount type\tMonths paid\n2027\tShenzhen\tabc\twage\t12"
    assert pasted_cells(text) == [{"period": "2027", "region": "Shenzhen", "amount": "abc",
                                   "amount_kind": "wage", "months": "12"}]


def test_a_chinese_header_in_another_order_is_followed():
    text = "缴费月数\t期间\t地区\t月工资/基数（元）\n12\t2027\t深圳市\tabc"
    assert pasted_cells(text) == [{"months": "12", "period": "2027", "region": "深圳市", "amount": "abc"}]
