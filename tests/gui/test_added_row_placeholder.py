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
    session = Session(blank_profile(AS_OF, "shanghai").model_copy(
        update={"birth": YearMonth(1985, 3), "work_start": YearMonth(2006, 7)}), as_of=AS_OF)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    model = panel.model
    panel.add_button.click()
    row = session.profile.history[0]
    assert (row.period, row.amount, row.generated) == ("2006", Decimal("8000"), True)
    assert model.headerData(0, Qt.Orientation.Vertical) == "1 *"
    assert "自动生成" in model.data(model.index(0, AMOUNT), Qt.ItemDataRole.ToolTipRole)
    panel.add_button.click()  # the next one copies it: still a placeholder
    assert session.profile.history[1].generated
    assert model.setData(model.index(0, AMOUNT), "6500")
    assert not session.profile.history[0].generated and session.profile.history[1].generated
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
