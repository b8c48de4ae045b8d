"""Trial 2 (2026-12-02): in English at 1024×700 the six figures were ~9 px (smaller than the
12 px text under them), the layout elided the ※ of some, titles and detail lines were cut, and
the tabs under the cards had ~120–230 px. Now the cards take fewer columns when three do not
fit their figures at a readable size, and scroll when the column is too low for them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from shebao_desktop.gui.cards import FitLabel
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.summary_cards import CardsArea


def _settle():
    for _ in range(20):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_cards_readable_whole_and_the_tabs_keep_their_room(window, language, size):
    try:
        if language != "zh_CN":
            window.set_language(language)
        window.resize(*size)
        window.results.tabs.setCurrentIndex(1)  # the charts
        _settle()
        results = window.results
        for card in results.cards.all():
            value = card.value
            around = max(QFontInfo(card.title.font()).pixelSize(),
                         QFontInfo(card.detail.font()).pixelSize())
            assert value.font().pixelSize() > around, (size, value.text())
            assert value.font().pixelSize() >= FitLabel.SMALLEST
            assert QFontMetrics(value.font()).horizontalAdvance(value.text()) \
                <= value.contentsRect().width(), (size, value.text())  # whole: ※ kept
            inside = card.contentsRect()
            for label in card.findChildren(QLabel):  # no line cut by the card's frame
                if label.isVisible() and label.text():
                    assert inside.contains(label.geometry()), (size, label.text())
                    assert label.height() >= label.heightForWidth(label.width()), label.text()
        area = results.findChild(CardsArea)
        assert area.height() <= CardsArea.SHARE * results.height() + 1
        assert results.tabs.height() >= 250, (size, results.tabs.height())
        if area.height() < area.cards.height():  # lower than the cards: they scroll
            assert area.verticalScrollBar().maximum() > 0
    finally:
        install_language("zh_CN")


def test_three_columns_when_they_fit_else_fewer(window):
    cards = window.results.cards
    window.resize(1440, 900)
    _settle()
    assert cards.columns == 3
    assert cards.columns_for(cards.width() // 3) < 3
    assert cards.columns_for(60) == 1
