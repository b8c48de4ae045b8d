"""Trial 16 (left, 8b): in English the flexible-levels table scrolled sideways at 1440x900, its
300 % column out of sight, the row titles ("Medical, paid apart, a month") one long line each.
The English row titles are set on two or three lines, so every level is in sight without
scrolling in a window of that screen, as the Chinese titles are."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_decide_compare import _open


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_level_is_in_sight_at_1440_by_900(window, qtbot, language):
    window.resize(1440, 900)
    window.set_language(language)
    view = _open(window, qtbot, window.results.flexible_page)
    for _ in range(10):
        QApplication.processEvents()
    table = view.table
    assert table.columnCount() == 6
    assert table.horizontalScrollBar().maximum() == 0
    assert table.viewport().width() >= table.horizontalHeader().length()
    titles = [table.verticalHeaderItem(row).text() for row in range(table.rowCount())]
    assert (language == "en") == any("\n" in title for title in titles)
