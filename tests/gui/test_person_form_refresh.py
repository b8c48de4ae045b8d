"""Issue 10: an edit that cannot move the retirement window (a wage) does not rebuild the
retirement choices (about 70 months, ~2-17 ms per edit); birth, group or region do, and undo
selects the month again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.gui.history_cells import COLUMN_OF


def _wage_edit(window) -> None:
    model = window.history.model
    index = model.index(0, COLUMN_OF["amount"])
    assert model.setData(index, str(Decimal(model.data(index, Qt.ItemDataRole.EditRole)) + 1),
                         Qt.ItemDataRole.EditRole)
    QApplication.processEvents()


def test_a_wage_edit_keeps_the_retirement_choices(window):
    form = window.person
    fills, count = form.retirement_fills, form.retirement.count()
    _wage_edit(window)
    _wage_edit(window)
    assert form.retirement_fills == fills
    assert form.retirement.count() == count


def test_a_birth_change_rebuilds_them(window):
    form, session = window.person, window.session
    fills, statutory = form.retirement_fills, form.statutory.text()
    older = session.profile.birth + (-24)
    session.update("birth", None, birth=str(older), retirement=None)
    assert form.retirement_fills == fills + 1
    w = retirement_months(session.profile, as_of=session.as_of)
    assert form.retirement.itemData(1) == str(w.earliest_month)
    assert form.statutory.text() != statutory


def test_undo_selects_the_month_again_without_a_rebuild(window):
    form, session = window.person, window.session
    later = form.retirement.itemData(form.retirement.count() - 1)
    fills = form.retirement_fills
    session.update("retirement", None, retirement=later)
    assert form.retirement.currentData() == later
    session.undo_stack.undo()
    assert form.retirement.currentIndex() == 0 and form.retirement.currentData() is None
    session.undo_stack.redo()
    assert form.retirement.currentData() == later
    assert form.retirement_fills == fills


def test_hidden_form_explains_when_shown(window):
    """Another input tab in front: an estimate does not reword the form's derived figures; the
    form shows them, for the estimate of the moment, when it is shown again."""
    form, session = window.person, window.session
    window.inputs.setCurrentIndex(1)  # 缴费记录
    QApplication.processEvents()
    assert not form.isVisible()
    refreshes = form.statutory_refreshes
    _wage_edit(window)
    session.recompute()
    QApplication.processEvents()
    assert form.statutory_refreshes == refreshes
    window.inputs.setCurrentIndex(0)
    QApplication.processEvents()
    assert form.isVisible() and form.statutory_refreshes == refreshes + 1
    need = session.estimate.retirement.minimum_years
    assert form.statutory.toolTip().endswith(" 年") and str(int(need)) in form.statutory.toolTip()
