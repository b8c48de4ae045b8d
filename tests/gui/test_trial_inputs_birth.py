"""New-user trial: a birth month typed wrong ("1990-13", "abc") was put back without a word.
The field now says why under it, in the window's language; Enter keeps the typed text to be
corrected (the estimate still on the month in use), leaving the field puts that month back and
says so. The profile, the undo history and the estimate are untouched until a month reads."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shebao_desktop.core.yearmonth import YearMonth


def _focused(window, qtbot, field):
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def _type(field, text: str, key=Qt.Key.Key_Return) -> None:
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, key)
    QApplication.processEvents()


def test_enter_on_month_13_keeps_the_text_and_says_why(window, qtbot):
    field, session = window.person.birth, window.session
    before, estimate, undo = session.profile.birth, session.estimate, session.undo_stack.count()
    _focused(window, qtbot, field)
    _type(field, "1990-13")
    assert field.text() == "1990-13"  # kept, to be corrected
    assert field.note.isVisible()
    assert field.note.text().startswith("出生年月应写成 1990-05 这样的年-月；13 不是月份")
    assert f"计算仍用 {before}" in field.note.text()
    assert field.refused_text == "1990-13" and field.styleSheet()  # marked as a refused field
    assert window.statusBar().currentMessage() == field.note.text()
    # nothing else changed
    assert session.profile.birth == before and field.month() == before
    assert session.undo_stack.count() == undo and session.estimate is estimate


def test_leaving_the_field_puts_the_month_back_and_says_so(window, qtbot):
    field, session = window.person.birth, window.session
    before, undo = session.profile.birth, session.undo_stack.count()
    _focused(window, qtbot, field)
    _type(field, "1990-13")
    window.person.name.setFocus()
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert field.text() == str(before)
    assert field.note.isVisible() and field.note.text().endswith(f"已恢复为 {before}")
    assert not field.styleSheet() and field.refused_text is None
    assert session.profile.birth == before and session.undo_stack.count() == undo


@pytest.mark.parametrize("typed, says", [
    ("abc", "“abc”读不出年月"),
    ("1890-05", "出生年月应在 1930-01 至 2015-12 之间；“1890-05”不在其中"),
    ("", "此栏是空的")])
def test_other_wrong_texts_say_what_is_wrong(window, qtbot, typed, says):
    field, before = window.person.birth, window.session.profile.birth
    _focused(window, qtbot, field)
    if typed:
        _type(field, typed, Qt.Key.Key_Tab)  # typed and left at once
    else:
        field.clear()
        QTest.keyClick(field, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert says in field.note.text() and field.note.text().endswith(f"已恢复为 {before}")
    assert field.text() == str(before) and window.session.profile.birth == before


def test_a_month_that_reads_clears_the_note_and_is_taken(window, qtbot):
    field = window.person.birth
    _focused(window, qtbot, field)
    _type(field, "1990-13")
    assert field.note.isVisible()
    _type(field, "1990-03")
    assert not field.note.isVisible() and not field.styleSheet()
    qtbot.waitUntil(lambda: window.session.profile.birth == YearMonth(1990, 3))


def test_another_input_changed_leaves_the_refused_text_shown(window, qtbot):
    field, session = window.person.birth, window.session
    _focused(window, qtbot, field)
    _type(field, "1990-13")
    session.update("修改姓名", "name", name="另一个名字")  # profile_changed: the form refreshed
    QApplication.processEvents()
    assert field.text() == "1990-13" and field.note.isVisible()


def test_the_message_is_in_english_after_a_switch(window, qtbot):
    window.set_language("en")
    QApplication.processEvents()
    field, before = window.person.birth, window.session.profile.birth
    _focused(window, qtbot, field)
    _type(field, "1990-13")
    assert field.text() == "1990-13"
    note = field.note.text()
    assert note.startswith("Date of birth must be written as a year-month like 1990-05; "
                           "13 is not a month"), note
    assert f"still uses {before}" in note
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in note), note
    window.person.name.setFocus()
    qtbot.waitUntil(lambda: field.text() == str(before))
    assert field.note.text().endswith(f"Put back to {before}"), field.note.text()


def test_the_work_start_field_says_why_too(window, qtbot):
    form = window.person
    form.has_work_start.setChecked(True)
    before = form.work_start.month()
    _focused(window, qtbot, form.work_start)
    _type(form.work_start, "2001-00")
    assert form.work_start.text() == "2001-00"
    assert form.work_start.note.text().startswith("参加工作时间应写成 1990-05 这样的年-月；0 不是月份")
    assert window.session.profile.work_start == before
    form.has_work_start.setChecked(False)  # greyed out: the month in use, no note
    assert form.work_start.text() == str(before) and not form.work_start.note.isVisible()


def test_the_statement_month_says_why_too(window, qtbot):
    """Every month field reads and refuses alike (month_field.CheckedMonth): the statement's
    截至 put a wrong month back with a passing tooltip only."""
    history = window.history
    window.inputs.setCurrentIndex(window.inputs.indexOf(history.parentWidget().parentWidget()))
    history.use_statement.setChecked(True)
    field = history.st_as_of
    before = field.month()
    _focused(window, qtbot, field)
    _type(field, "2025-13")
    assert field.text() == "2025-13" and field.note.isVisible()
    assert field.note.text().startswith("截至月份应写成 1990-05 这样的年-月；13 不是月份")
    assert field.month() == before


def test_the_quick_fill_start_says_why(qtbot, window):
    from shebao_desktop.gui.quick_history import QuickHistoryDialog
    dialog = QuickHistoryDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.start
    before = field.month()
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    _type(field, "abc", key=Qt.Key.Key_Tab)  # left (Enter would press the dialog's button)
    assert field.note.isVisible() and "“abc”读不出年月" in field.note.text()
    assert f"已恢复为 {before}" in field.note.text()
    assert field.month() == before and field.text() == str(before)


def test_enter_on_a_wrong_start_month_does_not_fill(qtbot, window):
    """Enter in the quick fill's start field presses the dialog's OK: with a refused text it
    must not generate rows from the month still in use."""
    from shebao_desktop.gui.quick_history import QuickHistoryDialog
    dialog = QuickHistoryDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    history = list(window.session.profile.history)
    dialog.activateWindow()
    dialog.start.setFocus()
    qtbot.waitUntil(dialog.start.hasFocus)
    _type(dialog.start, "2010-13")
    assert dialog.start.refused_text == "2010-13" and dialog.isVisible()
    assert window.session.profile.history == history


def test_a_birth_the_rows_refuse_is_put_back_and_said_under_the_field(window, qtbot):
    """Trial 5: 2012-03 typed on a profile with rows from 2011 on (rows before the 14th
    birthday): the profile kept its birth, but the field went on showing 2012-03 and the reason
    was in the status bar for a few seconds only."""
    field, session = window.person.birth, window.session
    before, undo = session.profile.birth, session.undo_stack.count()
    first = min(row.first_month for row in session.profile.history)
    typed = first + -12 * 13  # 13 years before the first row: that row is before the 14th birthday
    _focused(window, qtbot, field)
    _type(field, str(typed))
    assert session.profile.birth == before and session.undo_stack.count() == undo
    assert field.text() == str(before) and field.month() == before
    assert field.note.isVisible() and "早于14周岁" in field.note.text()
    _type(field, str(before + 1))  # a month the rows allow: taken, the note gone
    assert session.profile.birth == before + 1 and not field.note.isVisible()
