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
