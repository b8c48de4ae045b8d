"""Trial 2 (new user, 1366x768, English): the 比较退休时间 table showed one row, and none once
the goal's answer was in. A decision page scrolls as a whole and its table keeps 8 rows."""

from PySide6.QtWidgets import QApplication, QScrollArea

from shebao_desktop.gui.decide_common import TABLE_ROWS
from shebao_desktop.gui.widgets import rows_height

from .window_helpers import open_decision


def test_a_low_english_window_keeps_the_comparison_rows(window, qtbot):
    window.resize(1366, 700)
    window.set_language("en")
    for _ in range(10):
        QApplication.processEvents()
    for name in ("compare_page", "flexible_page"):
        view = open_decision(window, qtbot, name)
        for _ in range(5):
            QApplication.processEvents()
        table = view.table
        assert table.height() >= rows_height(table, TABLE_ROWS, header_lines=2) > 8 * 18, (name, table.height())
        assert isinstance(view.parentWidget().parentWidget(), QScrollArea)  # the page scrolls
