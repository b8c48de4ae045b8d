"""Trial 6: one click on 添加行 in an empty table gave a row "2006, 8,000" that looked like the
user's own record (and stood for 19 of 20 years once projected). A row the program fills is
marked as made by it (pale blue, "*", the tooltip says so) until its amount is typed over."""

from decimal import Decimal

from PySide6.QtCore import Qt

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)
AMOUNT = COLUMN_OF["amount"]


def test_an_added_row_is_the_programs_until_its_amount_is_typed(qtbot):
    """Trial 10: the first row of an empty table had an invented 8,000 that counted at once
    ("已缴 1.00 年"). With no row to copy, its amount is left for the person to type (the
    editor opens on it) and the row counts from then on; a row copied from the one above keeps
    that amount, marked as the program's until typed over."""
    session = Session(blank_profile(AS_OF, "shanghai").model_copy(
        update={"birth": YearMonth(1985, 3), "work_start": YearMonth(2006, 7)}), as_of=AS_OF)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    panel.add_button.click()
    assert session.profile.history == [] and model.is_draft(0)  # nothing counted yet
    assert model.data(model.index(0, COLUMN_OF["period"])) == "2006"  # from the work start
    assert model.data(model.index(0, COLUMN_OF["region"])) == "上海市"  # named, not "shanghai"
    assert panel.table.state() == panel.table.State.EditingState
    assert panel.table.currentIndex().column() == AMOUNT
    assert model.setData(model.index(0, AMOUNT), "6500")
    row = session.profile.history[0]
    assert (row.period, row.amount, row.months, row.generated) == ("2006", Decimal("6500"), 6, False)
    panel.add_button.click()  # the next one copies it: a placeholder until typed over
    copied = session.profile.history[1]
    assert (copied.period, copied.amount, copied.generated) == ("2007", Decimal("6500"), True)
    assert model.headerData(1, Qt.Orientation.Vertical) == "2 *"
    assert "自动生成" in model.data(model.index(1, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(1, AMOUNT), "7000")
    assert not session.profile.history[1].generated
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
