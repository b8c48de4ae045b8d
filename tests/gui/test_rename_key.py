"""F2 renames the profile only where the profiles are; in the history table it is the table's
key to edit a cell (trial 2026-12-02: F2 on a wage cell renamed the profile to the number typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _rename_action(window):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == "重命名档案…")


def test_f2_renames_in_the_profiles_list_and_edits_in_the_table(window, qtbot):
    rename = _rename_action(window)
    rename.triggered.disconnect()  # no dialog: count the triggers instead
    fired = []
    rename.triggered.connect(lambda *_: fired.append(1))
    window.inputs.setCurrentIndex(1)
    table = window.history.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert fired == []
    window.profiles_panel.list.setFocus()
    qtbot.waitUntil(window.profiles_panel.list.hasFocus)
    QTest.keyClick(window.profiles_panel.list, Qt.Key.Key_F2)
    assert fired == [1]
