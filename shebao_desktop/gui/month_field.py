"""A month field that says why a typed text is refused (``CheckedMonth``): every month a
person types (出生年月, 参加工作时间, the statement's 截至, the quick fill's start) is read the
same way, and a text that names no month of the field's range is said in a line under the
field -- kept as typed while the field is in use, the month in use put back when it is left;
never silently. The profile is untouched until a month reads."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from ..core.yearmonth import YearMonth
from .labels import WRONG_INK, WRONG_PAPER, error_color
from .startup import PLAIN_TEXT
from .widgets import MonthEdit, month_parts, parse_month_text


class CheckedMonth(MonthEdit):
    """A month field that says why a typed text is refused, in a line under it (``note``, a row
    of the form under the field's: ``add_to``), marked as a refused money field is (pink, dark
    red; the reason in its tooltip and the window's status bar; ``refused``). Enter on such a
    text keeps it shown to be corrected, the month in use unchanged; leaving the field puts
    that month back and says so. A readable month clears the note; so does typing after a
    month put back. (MonthEdit in widgets.py puts the month back at once, with a passing
    tooltip only: the trial's "rejected silently".)"""

    refused = Signal(str)

    def __init__(self, parent: QWidget, low: int, high: int, what: str):
        """``what``: the field's name in the messages (出生年月)."""
        super().__init__(parent, low, high)
        self.what = what
        self.refused_text: Optional[str] = None  # a refused text still shown (Enter), or None
        self._away = None  # the reason of a focus-out being handled
        self._tip = self.toolTip()
        self._form: Optional[QFormLayout] = None
        self.note = QLabel(parent)
        self.note.setWordWrap(True)
        self.note.setProperty("textFormat", PLAIN_TEXT)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note.setStyleSheet(f"color: {error_color()};")
        self.note.hide()
        self.textEdited.connect(self._edited)

    def add_to(self, form: QFormLayout, label) -> None:
        """The field as a row of ``form`` (``label``: its text or widget), the note in a row under
        it, shown while there is something to say."""
        form.addRow(label, self)
        form.addRow("", self.note)
        form.setRowVisible(self.note, False)
        self._form = form

    def _show_note(self, shown: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(self.note, shown)
        else:
            self.note.setVisible(shown)

    def _typed(self) -> None:  # MonthEdit's editingFinished: Enter, or the field left
        month = parse_month_text(self.text())
        if month is not None and self._low <= month <= self._high:
            self._set(month)
        else:
            self._refuse(self.text(), kept=not self._left())

    def _left(self) -> bool:
        """Whether the field is left: not when Enter was pressed in it, nor while another window
        or a popup has the focus for a moment (the typed text is kept for the return)."""
        return not self.hasFocus() and self._away not in (
            Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._away = event.reason()
        try:
            super().focusOutEvent(event)  # editingFinished, unless the text is as at Enter
            if self.refused_text is not None and self._left():
                self._refuse(self.text(), kept=False)
        finally:
            self._away = None

    def reason(self, text: str) -> str:
        """Why ``text`` names no month of the field's range."""
        typed = text.strip()
        parts = month_parts(typed)
        if not typed:
            return self.tr("{0}应写成 1990-05 这样的年-月；此栏是空的").format(self.what)
        if parts is None:
            return self.tr("{0}应写成 1990-05 这样的年-月（也可写 199005 或 1990年5月）；"
                           "“{1}”读不出年月").format(self.what, typed)
        number = parts[1]
        if not 1 <= number <= 12:
            return self.tr("{0}应写成 1990-05 这样的年-月；{1} 不是月份").format(self.what, number)
        return self.tr("{0}应在 {1} 至 {2} 之间；“{3}”不在其中").format(
            self.what, self._low, self._high, typed)

    def _refuse(self, text: str, kept: bool) -> None:
        if kept:
            message = self.tr("{0}。计算仍用 {1}；改正后按回车，离开此栏则恢复为 {1}").format(
                self.reason(text), self._month)
            self.refused_text = text
            self.setStyleSheet(f"QLineEdit {{ background: {WRONG_PAPER}; color: {WRONG_INK}; }}")
        else:
            message = self.tr("{0}。已恢复为 {1}").format(self.reason(text), self._month)
            self._unmark()
            self.setText(str(self._month))
        self.note.setText(message)
        self._show_note(True)
        self.setToolTip(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
        self.refused.emit(message)

    def _unmark(self) -> None:
        self.refused_text = None
        if self.styleSheet():
            self.setStyleSheet("")
        self.setToolTip(self._tip)

    def _clear(self) -> None:
        self._unmark()
        if not self.note.isHidden():
            self._show_note(False)
            self.note.clear()

    def refuse_month(self, month: YearMonth, message: str) -> None:
        """A month the field read but the profile refused (a rule across fields: rows before the
        14th birthday): ``month``, the one in use, put back and ``message`` said under the field
        (trial 5: the refused 2012-03 stayed shown, said only in the status bar for a moment)."""
        self._unmark()
        self.set_month(month)
        self.note.setText(message)
        self._show_note(True)
        self.setToolTip(message)

    def settle_note(self) -> None:
        """Hide the note of a text already put back (the field shows the month in use): said
        once, it is not left standing under later answers (trial 5); a refused text still shown
        keeps its note."""
        if self.refused_text is None:
            self._clear()

    def put_back(self) -> None:
        """The month in use shown, without a refused text or a note."""
        self._clear()
        self.setText(str(self._month))

    def _edited(self, _text: str) -> None:
        if self.refused_text is None:  # the note of a month put back: the person types again
            self._clear()

    def _set(self, month: YearMonth) -> None:  # MonthEdit's: a month read, or Up/Down
        self._clear()
        super()._set(month)

    def set_month(self, month: YearMonth) -> None:
        """The profile's month; a refused text still shown stays while the month is the same
        (another input changed), and goes with its note when the month is another one."""
        if self.refused_text is not None and month == self._month:
            return
        if month != self._month:
            self._clear()
        super().set_month(month)
