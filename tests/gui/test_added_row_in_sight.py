"""New-user trial 8, finding 10: 添加行 on a history longer than the table's height put the new
row below the rows shown, out of sight, with nothing selected. The new row (and one inserted by
插入行) is selected and scrolled into view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from shebao_desktop.storage.exchange import import_profile

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def _shown(table, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return rect.isValid() and table.viewport().rect().contains(rect.center())


def test_the_new_row_is_selected_and_in_sight(window):
    window.session.load(import_profile(EXAMPLE), None)
    window.inputs.setCurrentIndex(1)
    panel, table = window.history, window.history.table
    for _ in range(10):
        QApplication.processEvents()
    rows = panel.model.rowCount()
    assert rows == 14 and not _shown(table, rows - 1)  # the last row is below the view
    panel.add_button.click()
    for _ in range(5):
        QApplication.processEvents()
    assert panel.model.rowCount() == rows + 1
    assert panel._selected_rows() == [rows] and _shown(table, rows)
    table.scrollToTop()
    table.selectRow(3)
    panel.insert_button.click()
    assert panel._selected_rows() == [3] and _shown(table, 3)
