"""Ctrl+Z and Ctrl+Y in a text field that has nothing of its own to undo go to the window's undo
(new-user trial 4: after an import, a new profile's cursor sat in 姓名/档案名, where Ctrl+Z did
nothing, while 编辑 showed "撤销 导入缴费记录 Ctrl+Z").

A text field takes these keys for its own undo (Qt's ShortcutOverride) even when it has nothing
to undo; then they are left to the window's shortcut. A field with typing to undo keeps the keys
(its own text first, then the profile's steps). The filter goes on a field when it first gets the
focus (``QApplication.focusChanged``), not on every event of the application.

The window's own keys that a text field also claims go to the window always: Ctrl+E (导出PDF) is
"end of line" in a Linux text field, and did nothing while a field had the focus (trial 13)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget

_KEYS = ((QKeySequence.StandardKey.Undo, QLineEdit.isUndoAvailable),
         (QKeySequence.StandardKey.Redo, QLineEdit.isRedoAvailable))
#: the shortcut of 导出PDF (window_menus), the window's whatever field has the focus
EXPORT_PDF = "Ctrl+E"


class UndoFallback(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._watched: "weakref.WeakSet[QWidget]" = weakref.WeakSet()
        app.focusChanged.connect(self._focused)

    def _focused(self, _old, new) -> None:
        if isinstance(new, (QLineEdit, QAbstractSpinBox)) and new not in self._watched:
            new.installEventFilter(self)
            self._watched.add(new)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        edit = obj.lineEdit() if isinstance(obj, QAbstractSpinBox) else obj
        if not isinstance(edit, QLineEdit):
            return False
        if QKeySequence(event.keyCombination()) == QKeySequence(EXPORT_PDF):
            return True  # the window's
        # not passed to the field: not accepted, so the window's shortcut takes the key
        return any(event.matches(key) and not available(edit) for key, available in _KEYS)


def install(app: QApplication) -> UndoFallback:
    """Once per application (kept by it: its child; not looked up with ``findChild``, whose
    default argument makes PySide build Qt's enum classes: ~13 ms of a start, issue 10)."""
    found = getattr(app, "shebao_undo_fallback", None)
    if found is None:
        found = app.shebao_undo_fallback = UndoFallback(app)
    return found
