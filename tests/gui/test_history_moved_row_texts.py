"""Trial 6, data loss: a row left out (its wage "8,5OO") sat away from its month after an
import; corrected, it moved to its month, and the rows between its old and new place kept
showing their old texts (the table read "2017-11" twice and no "2017-12"). Deleting the
visible "duplicate" deleted the real 2017-12. Every row that moved shows its own period."""

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_model import HistoryModel
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.drafts import DraftRow

AS_OF = YearMonth(2026, 11)
PERIOD, AMOUNT = COLUMN_OF["period"], COLUMN_OF["amount"]
MONTHS = [f"2017-{m:02d}" for m in range(1, 13) if m != 6]  # 2017-06 missing


def shown_periods(model: HistoryModel) -> list[str]:
    return [model.data(model.index(n, PERIOD)) for n in range(model.rowCount())]


def test_rows_a_corrected_row_passes_show_their_own_periods(qtbot):
    session = Session(blank_profile(AS_OF, "shanghai"), as_of=AS_OF)
    model = HistoryModel(session)
    model.paste_text("".join(f"{month}\t8000\n" for month in MONTHS) + "2018-06\t8,5OO\n")
    assert shown_periods(model) == MONTHS + ["2018-06"]  # every text made (and kept)
    assert type(model._rows[11]) is DraftRow
    # its month typed: still left out (the wage), it goes to its month, row 6, and the rows
    # below move down one
    assert not model.setData(model.index(11, PERIOD), "2017-06")
    expected = sorted(MONTHS + ["2017-06"])
    assert type(model._rows[5]) is DraftRow
    assert shown_periods(model) == expected
    assert model.setData(model.index(5, AMOUNT), "8500")  # corrected: counted
    assert [str(row.period) for row in session.profile.history] == expected
    assert shown_periods(model) == expected
    # deleting the row that shows 2017-12 deletes 2017-12, not another month
    model.remove_rows([11])
    assert [str(row.period) for row in session.profile.history] == expected[:-1]
