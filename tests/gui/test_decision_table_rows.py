"""Trial 2 (new user, 1366x768, English): the 比较退休时间 table showed one row, and none once
the goal's answer was in. A decision page scrolls as a whole and its table keeps 8 rows in sight (a shorter table, the
flexible levels', all of its rows: trial 3 found an empty area under it)."""

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
        if table.rowCount() >= TABLE_ROWS:  # the comparison: 8 of its rows in sight
            assert table.height() >= rows_height(table, TABLE_ROWS, header_lines=2) > 8 * 18, \
                (name, table.height())
        else:  # the flexible levels (7 rows): as tall as its rows, every one in sight
            assert table.verticalScrollBar().maximum() == 0, name
            last = table.rowCount() - 1
            assert table.rowViewportPosition(last) + table.rowHeight(last) <= \
                table.viewport().height(), name
        assert isinstance(view.parentWidget().parentWidget(), QScrollArea)  # the page scrolls
