"""Small input widgets that speak the core's types (YearMonth, Decimal, region slugs)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QDoubleSpinBox, QLineEdit, QToolTip,
                               QWidget)

from ..core.policy.loader import default_policy_data
from ..core.yearmonth import YearMonth
from .labels import region_name


# a typed month: 1990-05, 1990/5, 1990.05, 1990年5月, 1990 05 or 199005 (digits may be full-width)
_MONTH_TEXT = re.compile(r"^\s*(\d{4})\s*(?:[-/.年\s]\s*(\d{1,2})\s*月?|(\d{2}))\s*$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def parse_month_text(text: str) -> Optional[YearMonth]:
    """The month a person typed, or None when the text names no month."""
    match = _MONTH_TEXT.match(text.translate(_FULL_WIDTH))
    if not match:
        return None
    try:
        return YearMonth(int(match.group(1)), int(match.group(2) or match.group(3)))
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


class DecimalSpin(QDoubleSpinBox):
    """A spin box whose value is read and written as Decimal (the float inside Qt never
    reaches a calculation: the text shown is parsed). A figure of 1000 or more shows its
    thousands separators (185,000.00 元, as the cards and 快速估算 do: every such field is an
    amount of money); typed or pasted with or without them (185000, 185,000) it reads the same."""

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
