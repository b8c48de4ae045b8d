"""Trial r2: arrow keys in the history table left the 期间 cell open for editing (Right moved
inside its text, a typed wage became "2022-088500"). Arrow keys move between cells; typing on a
selected cell replaces its text, as in a spreadsheet; F2 edits it in place."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from shebao_desktop.gui.history_cells import COLUMN_OF

PERIOD, AMOUNT = COLUMN_OF["period"], COLUMN_OF["amount"]


def _table(window, qtbot):
    window.inputs.setCurrentIndex(1)
    table = window.history.table
    qtbot.waitExposed(table)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, PERIOD))
    return table


def test_arrow_keys_move_between_cells_without_opening_one(window, qtbot):
    table = _table(window, qtbot)
    period = table.model().data(table.model().index(1, PERIOD))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == PERIOD
    assert table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(table, Qt.Key.Key_Right)  # to the next cell, not inside the text
    assert table.currentIndex().column() == PERIOD + 1
    assert table.model().data(table.model().index(1, PERIOD)) == period


def test_typing_on_a_selected_cell_replaces_it(window, qtbot):
    table = _table(window, qtbot)
    model = table.model()
    period = model.data(model.index(1, PERIOD))
    table.setCurrentIndex(model.index(1, AMOUNT))
    qtbot.keyClick(table, "8")  # the first key opens the cell with that key as its text
    assert table.state() == QAbstractItemView.State.EditingState
    editor = table.focusWidget()
    qtbot.keyClicks(editor, "500")
    assert editor.text() == "8500"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on its next event-loop turn
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert model.data(model.index(1, AMOUNT), Qt.ItemDataRole.EditRole) == "8500"
    assert Decimal("8500") in [row.amount for row in window.session.profile.history]
    assert model.data(model.index(1, PERIOD)) == period  # the period cell untouched
