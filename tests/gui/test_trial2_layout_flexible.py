"""New-user trial 2, findings 2 and 4 (灵活就业缴费档次): the table kept 8 rows' room for its 7
rows (an empty area) while the note under it was cut off; the row said 多交部分几年领回 and the
note 几年回本. Now the table is as tall as its rows, the note is whole in the page (scrolled if
need be), and the note names the row by its title, in both languages."""

import re

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from .window_helpers import open_decision

SIZES = [(1366, 738), (1360, 860), (1440, 870)]


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_the_table_is_as_tall_as_its_rows_and_the_note_whole(window, qtbot, language, size):
    window.set_language(language)
    window.resize(*size)
    _settle()
    view = open_decision(window, qtbot, "flexible_page")
    _settle()
    table = view.table
    rows = table.verticalHeader().length()
    bar = table.horizontalScrollBar()
    content = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + \
        (bar.height() if bar.isVisible() else 0)
    assert abs(table.height() - content) <= 2, (table.height(), content)  # no empty area
    assert table.verticalScrollBar().maximum() == 0  # every row in sight
    note = view.note
    assert note.height() >= note.heightForWidth(note.width())  # no line cut off
    scroller = view.parentWidget().parentWidget()
    assert isinstance(scroller, QScrollArea)
    bottom = note.mapTo(view, QPoint(0, note.height())).y()
    assert bottom <= view.height()  # inside the page, which scrolls to it
    assert view.height() <= scroller.viewport().height() + scroller.verticalScrollBar().maximum()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_note_names_the_years_row_as_the_table_does(window, qtbot, language):
    window.set_language(language)
    view = open_decision(window, qtbot, "flexible_page")
    titles = [title.replace("\n", " ") for title, _ in view.rows()]  # a title set on two lines
    quoted = re.findall(r"[“\"]([^”\"]+)[”\"]", view.note.text())
    assert quoted and all(term in titles for term in quoted), (quoted, titles)
