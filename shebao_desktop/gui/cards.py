"""The result cards: a title, a big figure that shrinks to fit, and a detail line."""

from __future__ import annotations

from typing import Optional

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..presentation.formats import ESTIMATE_MARK
from .startup import TEXT_SELECTABLE_BY_MOUSE


class FitLabel(QLabel):
    """A big figure that shrinks its font to fit its width instead of being cut off. In a
    :class:`SharedSize` group (the result cards) all take the size that fits the one needing
    the smallest: a larger amount is never drawn smaller than a lesser one (trial s57)."""

    #: SMALLEST: larger than the 12 px text around a figure; where a figure does not fit at it,
    #: the cards take fewer columns (``SummaryCards.columns_for``)
    LARGEST, SMALLEST = 20, 13
    group: Optional[SharedSize] = None
    _fitted: tuple[tuple, int] = ((), 0)  # what was measured -> the size found

    def fitting_size(self) -> int:
        """The largest size from LARGEST down to SMALLEST at which the text fits: measured at
        the size its width at LARGEST points to and its neighbours (not at every size); kept
        for the same text, width and font family."""
        font, text, room = self.font(), self.text(), max(self.width() - 4, 40)
        key = (text, room, font.family(), font.bold())
        if key == self._fitted[0]:
            return self._fitted[1]

        def fits(size: int) -> bool:
            font.setPixelSize(size)
            return QFontMetrics(font).horizontalAdvance(text) <= room

        font.setPixelSize(self.LARGEST)
        wide = QFontMetrics(font).horizontalAdvance(text)
        size = self.LARGEST if wide <= room else max(self.SMALLEST, self.LARGEST * room // wide)
        while size > self.SMALLEST and not fits(size):
            size -= 1
        while size < self.LARGEST and fits(size + 1):
            size += 1
        self._fitted = (key, size)
        return size

    def apply_size(self, size: int) -> None:
        font = self.font()
        if font.pixelSize() != size:
            font.setPixelSize(size)
            self.setFont(font)

    def _fit(self) -> None:
        if self.group is not None:
            self.group.fit()
        else:
            self.apply_size(self.fitting_size())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class SharedSize:
    """Figures drawn at one size: the largest at which every one of them fits its label,
    found again whenever one's text or width changes (new figures, a resize, a language)."""

    def __init__(self, labels) -> None:
        self.labels: tuple[FitLabel, ...] = tuple(labels)
        self._fitting = False
        for label in self.labels:
            label.group = self
        self.fit()

    def fit(self) -> None:
        if self._fitting:  # a size applied may resize a label: that fit is this one
            return
        self._fitting = True
        try:
            size = min(label.fitting_size() for label in self.labels)
            for label in self.labels:
                label.apply_size(size)
        finally:
            self._fitting = False


class Card(QFrame):
    def __init__(self, title: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        # tight fixed parts: two rows of cards fit their area on a 1366x768 screen in English
        # (trial 2: the cards scrolled and the decision table had ~5 rows in sight)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: palette(mid); font-size: 12px;")
        self.value = FitLabel("—", self)
        bold = self.value.font()
        bold.setBold(True)
        bold.setPixelSize(FitLabel.LARGEST)
        self.value.setFont(bold)
        self.value.setMinimumWidth(60)  # long figures are elided by the layout, not widened
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # the line of the largest size: a figure drawn smaller does not shrink the card
        self.value.setFixedHeight(self.value.sizeHint().height())
        self.title.setWordWrap(True)
        self.value.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 12px;")
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)

    def show_values(self, value: str, detail: str = "", estimated: bool = False,
                    tip: str = "") -> None:
        """Texts set only when they differ: a label given a new text lays out its card again
        (and every layout above it), and the detail is measured for its lines."""
        value += f" {ESTIMATE_MARK}" if estimated else ""
        if value != self.value.text():
            self.value.setText(value)
        if detail != self.detail.text():
            self.detail.setText(detail)
            self._keep_detail_room()
        if tip != self.toolTip():
            self.setToolTip(tip)

    def _keep_detail_room(self) -> None:
        """The detail keeps the most lines it has needed at this width: a figure with fewer
        digits does not shrink the card (and move everything under it) on the next edit."""
        width = self.detail.width()
        if width > 0 and self.detail.isVisible():
            need = self.detail.heightForWidth(width)
            if need > self.detail.minimumHeight():
                self.detail.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():  # another width: room found again
            self.detail.setMinimumHeight(0)
            self._keep_detail_room()
