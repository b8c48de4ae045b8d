"""Issue 10: the result cards keep their size when their figures change (no re-layout of the
window per edit), and a big figure still takes the largest font that fits its card."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.cards import FitLabel


def _cards(window):
    r = window.results
    return (r.pension_card, r.rate_card, r.years_card, r.account_card, r.medical_card,
            r.housing_card)


def test_cards_keep_their_size_when_figures_change(window):
    QApplication.processEvents()
    before = [(c.geometry().getRect(), c.value.text()) for c in _cards(window)]
    window.session.set_today_money(True)  # the money figures change
    QApplication.processEvents()
    after = [(c.geometry().getRect(), c.value.text()) for c in _cards(window)]
    assert [text for _, text in after] != [text for _, text in before]
    assert [rect for rect, _ in after] == [rect for rect, _ in before]


def _largest_fitting(label: FitLabel, text: str) -> int:
    """What the font search must find: the largest size whose text fits, else the smallest."""
    font = label.font()
    for size in range(FitLabel.LARGEST, FitLabel.SMALLEST - 1, -1):
        font.setPixelSize(size)
        if QFontMetrics(font).horizontalAdvance(text) <= max(label.width() - 4, 40):
            return size
    return FitLabel.SMALLEST


def test_a_figure_takes_the_largest_font_that_fits(qtbot):
    label = FitLabel("—")
    qtbot.addWidget(label)
    for width in (60, 97, 140, 260):
        label.resize(width, 40)
        for text in ("—", "45.3%", "3,456.78 元 ※", "1,234,567.89 元", "不能按月领取",
                     "12,345,678,901.23 元 ※"):
            label.setText(text)
            assert label.font().pixelSize() == _largest_fitting(label, text), (width, text)
