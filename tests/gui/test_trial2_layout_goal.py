"""New-user trial 2, finding 1: after 要怎样才能达到？ the answer came below the fold of the
comparison page and nothing scrolled to it. Now the page scrolls the answer into sight, unless
the user scrolled the page elsewhere while it was being computed (no jump then)."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from .window_helpers import open_decision


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _page(window, qtbot, language):
    window.set_language(language)
    window.resize(1366, 738)
    _settle()
    view = open_decision(window, qtbot, "compare_page")
    _settle()
    scroller = view.parentWidget().parentWidget()
    assert isinstance(scroller, QScrollArea)
    return view, scroller


def _in_sight(widget, scroller) -> bool:
    top = widget.mapTo(scroller.viewport(), QPoint(0, 0))
    return scroller.viewport().rect().contains(QRect(top, widget.size()))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_goal_answer_is_scrolled_into_sight(window, qtbot, language):
    view, scroller = _page(window, qtbot, language)
    box = view.goal
    scroller.verticalScrollBar().setValue(0)
    _settle()
    box.seek.click()
    box.goal_runner.wait()
    _settle()
    assert box.goal is not None  # the answer is in
    assert scroller.verticalScrollBar().maximum() > 0  # the page is taller than its view
    assert _in_sight(box.goal_text, scroller), (box.goal_text.geometry(),
                                                scroller.verticalScrollBar().value())


def test_no_jump_when_the_page_was_scrolled_meanwhile(window, qtbot):
    view, scroller = _page(window, qtbot, "zh_CN")
    box, bar = view.goal, scroller.verticalScrollBar()
    bar.setValue(0)
    _settle()
    box.seek.click()
    bar.setValue(5)  # the user scrolls while the answer is computed
    box.goal_runner.wait()
    _settle()
    assert box.goal is not None
    assert bar.value() == 5
