"""New-user trial 2, finding 2: a wage of 9,999,999 pasted for 2026 was taken without a word
(replacement rate 0.1 %, housing fund 1,931,698.25). An amount more than ten times the
year's contribution-base ceiling is now flagged next to its cell (amber, tooltip) and in the
message under the table, in both languages; the row still counts and its figures are the same."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.history_wage_check import ceiling_of
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)
AMOUNT = COLUMN_OF["amount"]


@pytest.fixture
def panel(qtbot):
    profile = blank_profile(AS_OF, "shenzhen").model_copy(update={"birth": YearMonth(1988, 5)})
    widget = HistoryPanel(Session(profile, as_of=AS_OF))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    install_language("zh_CN")


def _paste(panel, text: str) -> int:
    QGuiApplication.clipboard().setText(text)
    panel.table.clearSelection()
    panel.paste()
    model = panel.model
    return next(n for n, r in enumerate(model._rows) if isinstance(r, HistoryRow) and r.period == "2026")


def test_an_absurd_wage_is_flagged_and_still_counts(panel):
    row = _paste(panel, "2026\t9,999,999")
    model = panel.model
    kept = model._rows[row]
    assert kept.amount == Decimal("9999999")  # counted, as typed
    assert panel.session.left_out_rows == []
    ceiling = ceiling_of(kept)
    assert ceiling is not None and ceiling < Decimal("100000")
    tip = model.data(model.index(row, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    assert f"工资异常高，请核对（上限为 {money(ceiling)} 元，按上限缴费）" in tip
    assert model.data(model.index(row, AMOUNT), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, COLUMN_OF["region"]), Qt.ItemDataRole.BackgroundRole) is None
    assert "工资异常高" in panel.message.text()


def test_a_plausible_wage_above_the_ceiling_says_nothing(panel):
    row = _paste(panel, "2026\t60000")
    model = panel.model
    assert model.warnings == {}
    assert "异常" not in model.data(model.index(row, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, AMOUNT), Qt.ItemDataRole.BackgroundRole) is None


def test_an_absurd_base_is_flagged_as_a_base(panel):
    row = _paste(panel, "2026\t深圳市\t9999999\t基数\t12")
    tip = panel.model.data(panel.model.index(row, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    assert "缴费基数异常高，请核对" in tip


def test_an_edited_wage_is_flagged_and_the_flag_goes_when_corrected(panel):
    row = _paste(panel, "2026\t8000")
    model = panel.model
    assert model.warnings == {}
    assert model.setData(model.index(row, AMOUNT), "8000000")
    assert "工资异常高" in panel.model.warnings[row]
    assert "工资异常高" in panel.message.text()
    assert model.setData(model.index(row, AMOUNT), "8000")
    assert model.warnings == {}


def test_the_flag_in_english(panel):
    install_language("en")
    row = _paste(panel, "2026\t9999999")
    tip = panel.model.data(panel.model.index(row, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    assert "Wage unusually high" in tip and "工资" not in tip


def test_an_edit_checks_the_rows_it_changed_and_keeps_the_other_warnings(panel, monkeypatch):
    """Issue 10 (an edit of one wage): the rows an edit leaves as they were keep their warning
    and are not checked again (counted, not timed); a row fixed loses its warning."""
    from shebao_desktop.gui import history_wage_check
    _paste(panel, "2024\t9,999,999\n2025\t10000\n2026\t12000")
    model = panel.model
    flagged = next(n for n, r in enumerate(model._rows) if isinstance(r, HistoryRow) and r.period == "2024")
    assert set(model.warnings) == {flagged}
    checked, check = [], history_wage_check.too_high

    def counted(row):
        checked.append(row.period)
        return check(row)
    monkeypatch.setattr(history_wage_check, "too_high", counted)  # high_amounts calls it so
    later = next(n for n, r in enumerate(model._rows) if isinstance(r, HistoryRow) and r.period == "2026")
    assert model.setData(model.index(later, AMOUNT), "13000", Qt.ItemDataRole.EditRole)
    assert checked == ["2026"] and set(model.warnings) == {flagged}
    assert model.setData(model.index(flagged, AMOUNT), "9000", Qt.ItemDataRole.EditRole)
    assert checked == ["2026", "2024"] and model.warnings == {}
