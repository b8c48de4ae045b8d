"""Small input widgets that speak the core's types (YearMonth, Decimal, region slugs)."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QComboBox, QCompleter, QDoubleSpinBox, QLineEdit, QMainWindow,
                               QToolTip, QWidget)

from ..core.policy.loader import default_policy_data
from ..core.yearmonth import YearMonth
from .labels import WRONG_INK, WRONG_PAPER, region_name
from .years_text import is_years_field, read_years

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel


# a typed month: 1990-05, 1990/5, 1990.05, 1990年5月, 1990 05 or 199005 (digits may be full-width)
_MONTH_TEXT = re.compile(r"^\s*(\d{4})\s*(?:[-/.年\s]\s*(\d{1,2})\s*月?|(\d{2}))\s*$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def month_parts(text: str) -> Optional[tuple[int, int]]:
    """The year and month number a person typed (the number not checked: 13 stays 13), or None
    when the text is not written as a month at all."""
    match = _MONTH_TEXT.match(text.translate(_FULL_WIDTH))
    if not match:
        return None
    return int(match.group(1)), int(match.group(2) or match.group(3))


def parse_month_text(text: str) -> Optional[YearMonth]:
    """The month a person typed, or None when the text names no month."""
    parts = month_parts(text)
    if parts is None:
        return None
    try:
        return YearMonth(*parts)
    except ValueError:
        return None


class MonthEdit(QLineEdit):
    """A month field (yyyy-MM) whose value is a YearMonth. Typed text is read whole when the
    field is left or Enter is pressed (1990-05, 199005, 1990年5月 ...); text that names no month
    in range goes back to the month in use and says why. Up/Down step a month, PageUp/PageDown
    a year. ``setDate``/``date`` keep the QDateEdit calls working."""

    month_changed = Signal(object)

    def __init__(self, parent: Optional[QWidget] = None, low: int = 1930, high: int = 2100):
        super().__init__(parent)
        self._low, self._high = YearMonth(low, 1), YearMonth(high, 12)
        self._month = max(self._low, min(self._high, YearMonth(2000, 1)))
        self.setText(str(self._month))
        self.setPlaceholderText("YYYY-MM")
        self.setToolTip(QCoreApplication.translate("widgets", "年月，例如 1990-05 或 199005"))
        self.editingFinished.connect(self._typed)

    def _typed(self) -> None:
        typed = self.text()
        month = parse_month_text(typed)
        if month is None or not self._low <= month <= self._high:
            self.setText(str(self._month))
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), QCoreApplication.translate(
                "widgets", "“{0}”不是 {1} 至 {2} 之间的年月，已恢复为 {3}").format(
                    typed.strip(), self._low, self._high, self._month), self)
            return
        self._set(month)

    def _set(self, month: YearMonth) -> None:
        month = max(self._low, min(self._high, month))
        self.setText(str(month))
        if month != self._month:
            self._month = month
            self.month_changed.emit(month)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 12,
                 Qt.Key.Key_PageDown: -12}
        if event.key() in steps:
            self._set((parse_month_text(self.text()) or self._month) + steps[event.key()])
            return
        super().keyPressEvent(event)

    def month(self) -> YearMonth:
        return self._month

    def set_month(self, month: YearMonth) -> None:
        """Show ``month`` (from the profile): no signal."""
        self._month = month
        if self.text() != str(month):
            self.setText(str(month))

    def setDate(self, date: QDate) -> None:  # noqa: N802 - as QDateEdit, emits on a change
        self._set(YearMonth(date.year(), date.month()))

    def date(self) -> QDate:
        return QDate(self._month.year, self._month.month, 1)


#: a figure as the field shows it (185,000.00, 12.50, -3): read here, without the reader below
_PLAIN_FIGURE = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")


def _decimal_of(text: str) -> Optional[Decimal]:
    """The program's one reader of typed amounts (``storage.tables.decimal_of``, as the history
    table uses), imported when a figure other than a plain one is first typed or pasted, not
    with the window (issue 10: its module brings the CSV and XLSX readers)."""
    if _PLAIN_FIGURE.fullmatch(text):
        return Decimal(text.replace(",", ""))
    from ..storage.tables import decimal_of
    return decimal_of(text)


# a spin box whose maximum is this or more holds an amount of money (years, indexes, rates: less)
MONEY_FIELD = 10_000


class DecimalSpin(QDoubleSpinBox):
    """A spin box whose value is read and written as Decimal (the float inside Qt never
    reaches a calculation: the text shown is parsed). A figure of 1000 or more shows its
    thousands separators (185,000.00 元, as the cards and 快速估算 do: every such field is an
    amount of money). Typed or pasted text is read as the history table reads amounts:
    185000, 185,000, 190，000, １９００００, 190,000元, ¥190,000.00, 19万. Text that cannot be
    read (or is out of range) goes back to the value in use, and the field says so: marked
    as the history table marks a wrong cell, its tooltip and the window's status bar name the text refused (``refused``)."""

    refused = Signal(str)

    def __init__(self, low: str, high: str, places: int = 2, step: str = "1",
                 suffix: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setDecimals(places)
        self.setRange(float(low), float(high))
        self.setSingleStep(float(step))
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(True)
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._edited: Optional[str] = None  # text the person typed or pasted, not yet read
        self._tip = ""
        self.lineEdit().textEdited.connect(self._text_edited)
        self.editingFinished.connect(self._finished)

    # -- reading typed text ------------------------------------------------------------------
    def _core(self, text: str) -> str:
        """The typed figure without the field's unit (twice: a pasted "12年" reads "12年 年")."""
        core, unit = text.strip(), self.suffix().strip()
        if unit:
            core = core.removesuffix(unit).strip().removesuffix(unit).strip()
        return core

    def read_text(self, text: str) -> Optional[Decimal]:
        """The value ``text`` (as shown, with the unit) stands for; None when it cannot be
        read, has more decimal places than the field, or is out of its range."""
        core = self._core(text)
        years = is_years_field(self.suffix())  # 19年4个月, 19.3333: years (gui/years_text)
        value = read_years(core, self.decimals(), _decimal_of) if years else \
            _decimal_of(core) if core else None
        if value is None or value != value.quantize(Decimal(1).scaleb(-self.decimals())):
            return None
        if not self._lowest() <= value <= Decimal(str(self.maximum())):
            return None
        return value

    def _lowest(self) -> Decimal:
        """The lowest figure a person may enter: with an "empty" text at the minimum (an
        optional field, its minimum -1 stands for empty) that is 0."""
        low = Decimal(str(self.minimum()))
        return max(low, Decimal(0)) if self.specialValueText() else low

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt's name
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        # anything may stand in the field while typed; what cannot be read is refused (and
        # said) when the field is left, rather than a paste being dropped without a word
        state = QValidator.State.Acceptable if self.read_text(text) is not None \
            else QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        value = self.read_text(text)
        return self.value() if value is None else float(value)

    def fixup(self, text: str) -> str:
        """Unchanged: Qt's own fixup drops every comma, reading "19,00,0" as 19000; a text
        the reader refuses is refused and said."""
        return text

    def _text_edited(self, text: str) -> None:
        self._edited = text

    def _finished(self) -> None:
        typed, self._edited = self._edited, None
        if typed is None:
            return
        if (self.specialValueText() and typed == self.specialValueText()) or \
                self.read_text(typed) is not None:
            self._mark(None)
            return
        self._mark(self._core(typed) or typed.strip())

    def _mark(self, refused: Optional[str]) -> None:
        """A mark and a reason for a refused text; cleared by the next readable one."""
        self.setProperty("refused", refused is not None)
        edit = self.lineEdit()
        if refused is None:
            if edit.styleSheet():
                edit.setStyleSheet("")
                self.setToolTip(self._tip)
            return
        if not edit.styleSheet():
            self._tip = self.toolTip()
        low, high = (self.textFromValue(v) for v in (float(self._lowest()), self.maximum()))
        # the forms of an amount of money only where the field holds one (trial 17: a years
        # field refusing "-3" offered 185000 or 19万 as examples)
        message = (QCoreApplication.translate(
            "widgets", "无法读取“{0}”：应为 {1} 至 {2} 之间的数字（如 185000、185,000.50、"
            "¥190,000 或 19万），已恢复为 {3}") if self.maximum() >= MONEY_FIELD else
            QCoreApplication.translate("widgets", "无法读取“{0}”：应为 {1} 至 {2} 之间的年数（如 19.33 或 19年4个月），"
                                       "已恢复为 {3}") if is_years_field(self.suffix()) else
            QCoreApplication.translate("widgets", "无法读取“{0}”：应为 {1} 至 {2} 之间的数字，已恢复为 {3}")
        ).format(refused, low, high, self.cleanText())
        # as the history table marks a wrong cell: a pink ground, the text dark red
        edit.setStyleSheet(f"QLineEdit {{ background: {WRONG_PAPER}; color: {WRONG_INK}; }}")
        self.setToolTip(message)
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
        self.refused.emit(message)

    def decimal(self) -> Decimal:
        try:
            return Decimal(self.cleanText().replace(",", ""))
        except InvalidOperation:
            return Decimal(str(round(self.value(), self.decimals())))

    def set_decimal(self, value: Decimal) -> None:
        self.blockSignals(True)
        self.setValue(float(value))
        self.blockSignals(False)


class PercentSpin(DecimalSpin):
    """Shows 3.0 % for the rate 0.03."""

    def __init__(self, low: str, high: str, parent: Optional[QWidget] = None):
        super().__init__(str(Decimal(low) * 100), str(Decimal(high) * 100), 2, "0.1", " %", parent)

    def rate(self) -> Decimal:
        return self.decimal() / 100

    def set_rate(self, rate: Decimal) -> None:
        self.set_decimal(rate * 100)


class RegionCombo(QComboBox):
    """Searchable list of the regions the policy data covers; the value is the slug."""

    region_changed = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.fill()
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.activated.connect(self._emit)
        self.lineEdit().editingFinished.connect(self._typed)

    def fill(self) -> None:
        current = self.slug()
        self.blockSignals(True)
        self.clear()
        data = default_policy_data()
        for slug, index in sorted(data.regions.items(), key=lambda kv: kv[1].code):
            label = region_name(slug)
            parent = f" · {region_name(index.parent)}" if index.parent else ""
            self.addItem(f"{label}{parent}  ({slug})", slug)
        if current:
            self.set_slug(current)
        self.blockSignals(False)

    def _emit(self, _index: int) -> None:
        slug = self.slug()
        if slug:
            self.region_changed.emit(slug)

    def _typed(self) -> None:
        """A typed name ("上海", "shenzhen", "广东") chooses the region it names; text that names
        no region, or several, goes back to the region in use, so the field never shows a
        region that is not the one computed."""
        found = self.match(self.currentText())
        if found is not None and found != self.slug():
            self.set_slug(found)
            self.region_changed.emit(found)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))

    def match(self, text: str) -> Optional[str]:
        """The one region a typed text names: an item starting with it (a province before its
        cities), else the only item containing it; None when none or several."""
        typed = text.strip().casefold()
        if not typed:
            return None
        items = [(self.itemText(n).casefold(), self.itemData(n)) for n in range(self.count())]
        for candidates in ([s for t, s in items if t.startswith(typed) and " · " not in t],
                           [s for t, s in items if t.startswith(typed)],
                           [s for t, s in items if typed in t]):
            if len(candidates) == 1:
                return candidates[0]
            if candidates:
                return None
        return None

    def slug(self) -> str:
        return self.currentData() or ""

    def set_slug(self, slug: str) -> None:
        position = self.findData(slug)
        if position >= 0 and position != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(position)
            self.blockSignals(False)


def rows_height(table, rows: int, header_lines: int = 0) -> int:
    """The height of ``table`` (a QTableView) showing ``rows`` rows under its header, room for a
    horizontal scroll bar included, in the current font and style (English, a larger font):
    the history table and the decision tables keep their rows in sight on a low window.
    ``header_lines``: a header of that many text lines, for a table whose columns come later
    (its header's own size says nothing yet); 0: the header as it is."""
    line = table.fontMetrics().lineSpacing()
    header = header_lines * line + 12 if header_lines else \
        table.horizontalHeader().sizeHint().height()
    row = max(table.verticalHeader().defaultSectionSize(), line + 8)
    return header + rows * row + table.horizontalScrollBar().sizeHint().height() \
        + 2 * table.frameWidth()


def whole_lines(label: "QLabel", width: int, limit: int) -> int:
    """The height of the lines of a word-wrapped plain-text ``label`` ``width`` wide that fit
    in ``limit`` (at least its first line): laid out as the label draws them (QPainter's word
    wrap: each line as high as its own fonts -- a line with a CJK or ※ glyph, from a fallback
    font, is taller than the label's font's line spacing), plus the label's margins."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextLayout, QTextOption
    margins = label.contentsMargins()
    extra = margins.top() + margins.bottom() + 2 * label.margin()
    inner = width - margins.left() - margins.right() - 2 * label.margin()
    layout = QTextLayout(label.text().replace("\n", "\u2028"), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    leading = label.fontMetrics().leading()
    fitting, y = 0, 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(inner)
        y = math.ceil(y + leading)  # as QPainter: each line on a whole pixel
        line.setPosition(QPointF(0, y))
        y += line.height()
        if math.ceil(y) + extra > limit and fitting:
            break
        fitting = math.ceil(y) + extra
    layout.endLayout()
    return fitting


def hold_height(widget: QWidget) -> None:
    """Before ``widget``'s texts change: it keeps at least the height it has now, the tallest
    since its minimum height was last set to 0, so wrapped lines that come and go do not move
    what is below it (it may still grow)."""
    if widget.isVisible() and widget.height() > widget.minimumHeight():
        widget.setMinimumHeight(widget.height())
