"""Issue 10: after an edit, the year table keeps the texts of the rows the core handed over
again (the years before the edited one, the same objects) and makes the others; the texts are
those a fresh table makes, in nominal and in today's money."""

from __future__ import annotations

import pytest

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import tables
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)


@pytest.fixture
def made(monkeypatch) -> list:
    """The rows whose texts were made."""
    rows = []
    real = tables.SpecModel._texts_of

    def spy(self, row):
        rows.append(row)
        return real(self, row)

    monkeypatch.setattr(tables.SpecModel, "_texts_of", spy)
    return rows


def _all(model) -> list:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _edit_last_wage(session: Session) -> None:
    p = session.profile
    rows = list(p.history)
    rows[-1] = rows[-1].model_copy(update={"amount": rows[-1].amount + 500})
    session.apply(p.model_copy(update={"history": rows}), "wage")
    session.recompute()


def test_rows_handed_over_again_keep_their_texts(qtbot, made):
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    session.recompute()
    model = tables.YearTableModel(session)
    _all(model)
    before = list(session.estimate.years)
    _edit_last_wage(session)
    made.clear()
    texts = _all(model)
    kept = [row for row in session.estimate.years if any(row is old for old in before)]
    assert kept, "the core hands the years before the edit over again"
    assert len(made) == model.rowCount() - len(kept)
    assert all(not any(row is old for old in kept) for row in made)
    assert texts == _all(tables.YearTableModel(session))  # what a fresh table shows


def test_todays_money_makes_every_text_again(qtbot, made):
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    session.recompute()
    model = tables.YearTableModel(session)
    nominal = _all(model)
    made.clear()
    session.set_today_money(True)
    today = _all(model)
    assert len(made) == model.rowCount()
    assert today != nominal
    assert today == _all(tables.YearTableModel(session))


def test_an_edit_signals_the_changed_rows_not_a_reset(qtbot):
    """The view repaints the rows that changed (none of the years before the edited one), and
    keeps its scroll position and selection: no model reset for the same rows."""
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    session.recompute()
    model = tables.YearTableModel(session)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changes.append((a.row(), b.row())))
    before = list(model.rows)
    _edit_last_wage(session)
    assert resets == [] and len(changes) == 1
    first, last = changes[0]
    assert first > 0 and last == model.rowCount() - 1
    assert all(model.rows[n] is before[n] for n in range(first))
    assert model.rows[first] is not before[first]
    session.set_today_money(True)  # every text changes: the whole table again
    assert resets == [1]
