"""New-user trial: with 快速估算 open above the inputs, the 缴费记录 table showed 2–6 rows at
1440×900 (fewer at 1366×768): it got what the quick estimate and the statement box left. The
table keeps at least eight rows now; when the column is lower its page scrolls, the table on
top (seen without scrolling), the statement box under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.history_panel import MIN_ROWS


def _settle():
    for _ in range(20):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1440, 900), (1366, 768)])
def test_the_history_table_keeps_eight_rows_under_the_open_quick_estimate(window, size,
                                                                         language):
    if language != "zh_CN":
        window.set_language(language)
    window.resize(*size)
    window.simple.toggle.setChecked(True)
    window.inputs.setCurrentIndex(1)  # 缴费记录
    _settle()
    assert window.simple.body.isVisible() and window.size().toTuple() == size
    table = window.history.table
    assert table.model().rowCount() > MIN_ROWS  # the sample: more rows than that to show
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows >= MIN_ROWS, rows
    # on the page as first shown (not scrolled): the header and those rows in sight
    page = window.inputs.currentWidget()
    assert page.verticalScrollBar().value() == 0
    top = table.viewport().mapTo(page.viewport(), QPoint(0, 0)).y()
    assert top >= 0
    assert top + MIN_ROWS * table.verticalHeader().defaultSectionSize() \
        <= page.viewport().height()
