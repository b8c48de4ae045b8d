"""A mouse wheel over a field that is not being edited scrolls the page the field is on; it does
not change the field (new-user trial 8: scrolling 假设与公积金 with the wheel turned
医保个人账户每月支出 from 0 to 500 as the pointer passed over it, and the 医保 card fell from
254,632.51 to 94,317.75 unnoticed). A field that has the keyboard focus (clicked or tabbed into)
still takes the wheel, as Qt's own fields do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """The event filter of the guarded fields: a wheel over one without the focus goes to the
    vertical scroll bar of the nearest scrolled page around it (nowhere, when there is none)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def guard_wheel(root: QWidget) -> WheelGuard:
    """Guard every spin box and drop-down list under ``root`` (the wheel no longer gives them
    the focus either: Qt.StrongFocus, a click or Tab does)."""
    guard = root.findChild(WheelGuard) or WheelGuard(root)  # built again: the same guard
    for kind in (QAbstractSpinBox, QComboBox):
        for field in root.findChildren(kind):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(guard)
    return guard
