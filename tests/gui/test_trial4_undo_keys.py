"""New-user trial 4: after an import, a new profile's cursor sat in 姓名/档案名; Ctrl+Z there did
nothing although 编辑 showed "撤销 导入缴费记录 Ctrl+Z". A text field with nothing of its own to
undo now leaves Ctrl+Z (and Ctrl+Y) to the window's undo; typing in it is undone first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication


def _focus(window, widget, qtbot) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_ctrl_z_in_a_field_with_nothing_to_undo_undoes_the_profile(window, qtbot):
    session = window.session
    before = session.profile.deemed_years
    assert session.update("测试：视同缴费年限", None, deemed_years="3")
    assert session.profile.deemed_years != before and session.undo_stack.canUndo()
    name = window.person.name
    _focus(window, name, qtbot)
    assert not name.isUndoAvailable()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.profile.deemed_years == before  # the window's undo took the key
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0][0]  # this platform's
    qtbot.keyClick(name, redo.key(), redo.keyboardModifiers())
    assert str(session.profile.deemed_years) in ("3", "3.00")  # and redo


def test_typing_in_the_field_is_undone_first(window, qtbot):
    session = window.session
    assert session.update("测试：视同缴费年限", None, deemed_years="3")
    name = window.person.name
    _focus(window, name, qtbot)
    text = name.text()
    qtbot.keyClicks(name, "x")
    assert name.text() == text + "x" and name.isUndoAvailable()
    steps = session.undo_stack.index()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == text  # the field's own typing
    assert session.undo_stack.index() == steps  # the profile's steps untouched


def test_new_profiles_are_numbered_as_copies_are(window):
    """Trial 4: 新建 twice gave two profiles called 新档案 (复制 numbers its copies "(2)")."""
    window.new_profile()
    window.new_profile()
    names = [entry.name for entry in window.profiles.store.list()]
    assert "新档案" in names and "新档案 (2)" in names
    assert window.session.profile.name == "新档案 (2)"


def test_ctrl_e_in_a_text_field_is_left_to_the_window(window, qtbot):
    """Trial 13: Ctrl+E (导出PDF) did nothing while a text field had the focus: on Linux (xcb,
    the X11 key scheme) a text field claims it as "end of line" (its ShortcutOverride). The
    offscreen platform has no such binding, so the filter's answer is checked: the override
    never reaches the field, and the window's shortcut takes the key. Any other key is the
    field's as before. (Under Xvfb: before, Ctrl+E in 姓名 exported nothing; now it does.)"""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from shebao_desktop.gui.undo_keys import install
    name = window.person.name
    _focus(window, name, qtbot)
    fallback = install(QApplication.instance())

    def override(key):
        return QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
    assert fallback.eventFilter(name, override(Qt.Key.Key_E)) is True
    assert fallback.eventFilter(name, override(Qt.Key.Key_A)) is False  # select all: the field's
    export = next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+E"))
    assert export.text() == "导出PDF…"
