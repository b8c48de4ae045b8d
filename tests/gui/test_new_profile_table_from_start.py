"""New-user trial 8, finding 11: a new profile opened with the year table scrolled sideways (and
down) where the previous profile's was left. Another profile's table starts at its first year
and first column."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.sample import blank_profile


def test_another_profile_starts_at_the_tables_corner(window):
    window.resize(1024, 700)
    table = window.results.year_table
    window.results.tabs.setCurrentWidget(table)
    for _ in range(10):
        QApplication.processEvents()
    across, down = table.horizontalScrollBar(), table.verticalScrollBar()
    assert across.maximum() > 0 and down.maximum() > 0
    across.setValue(across.maximum())
    down.setValue(down.maximum())
    window.session.load(blank_profile(window.session.as_of), None)
    for _ in range(10):
        QApplication.processEvents()
    assert across.value() == 0 and down.value() == 0


def test_after_a_language_switch_opening_a_profile_raises_nothing(window, monkeypatch):
    """Trial 9, finding 1: after 语言 → English every profile opened raised "RuntimeError:
    Internal C++ object (QTableView) already deleted" (the replaced panel's handler; the window
    showed "Something went wrong"). An error in a slot reaches sys.excepthook, caught here."""
    import sys

    from PySide6.QtCore import QEvent
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: raised.append(info[1]))
    window.set_language("en")
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old panel gone
        window.session.load(blank_profile(window.session.as_of), None)
        for _ in range(5):
            QApplication.processEvents()
        assert raised == []
        assert window.results.year_table.horizontalScrollBar().value() == 0
    finally:
        window.set_language("zh")
