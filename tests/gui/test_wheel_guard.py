"""New-user trial 8, finding 5: scrolling the 假设与公积金 page with the mouse wheel turned
医保个人账户每月支出 from 0 to 500 as the pointer passed over it (the 医保 card fell from
254,632.51 to 94,317.75 unnoticed). A wheel over a field without the focus scrolls the page; a
field being edited (it has the focus) still takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_not_the_field(window):
    window.resize(1024, 420)  # the assumptions page scrolls
    window.inputs.setCurrentIndex(2)
    for _ in range(10):
        QApplication.processEvents()
    spending = window.assumptions.spending
    page = window.inputs.currentWidget()
    assert isinstance(page, QScrollArea)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    window.setFocus()
    assert not spending.hasFocus() and spending.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before, undo = spending.decimal(), window.session.undo_stack.count()
    _wheel(spending)
    assert spending.decimal() == before and window.session.undo_stack.count() == undo
    assert bar.value() > 0  # the page moved instead
    region = window.person.region  # a drop-down list too
    index = region.currentIndex()
    _wheel(region)
    assert region.currentIndex() == index
    # clicked into (the focus): the wheel changes it, as in any field
    window.activateWindow()
    spending.setFocus()
    for _ in range(5):
        QApplication.processEvents()
    assert spending.hasFocus()
    _wheel(spending, steps=1)
    assert spending.decimal() > before


def test_the_decision_pages_fields_too(window, qtbot):
    """Trial 9, finding 4: on 比较退休时间 the wheel over 自选月份 added a column and over the goal
    turned 9,000 into 10,000 (the page is built after the input pages were guarded)."""
    from .window_helpers import open_decision
    view = open_decision(window, qtbot)
    window.setFocus()
    box, target = view.customs[0], view.goal.target
    columns, goal = view.table.columnCount(), target.value()
    _wheel(box, steps=-1)
    _wheel(target, steps=1)
    assert box.currentIndex() == 0 and view.table.columnCount() == columns
    assert target.value() == goal
