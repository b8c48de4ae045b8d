"""A language switch builds the panels again in the window's size: found by a helper session,
the window grew from 700 to 1,382 px high (taller than a laptop's screen) because the new result
cards, before their column was laid out, asked for their whole height (summary_cards.CardsArea:
a panel built again starts with the cards' last cap)."""

from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.summary_cards import CardsArea


def _settle():
    for _ in range(20):
        QApplication.processEvents()


def test_switching_the_language_keeps_the_window_size(window):
    window.resize(1200, 700)
    _settle()
    assert (window.width(), window.height()) == (1200, 700)
    for language in ("en", "zh_CN", "en"):
        window.set_language(language)
        _settle()
        assert (window.width(), window.height()) == (1200, 700), language
        # the minimum is the finished panels' again, not held at 0 nor at the cards' height
        assert 300 < window.minimumHeight() < 700, window.minimumHeight()
    assert window.results.cards.area.maximumHeight() == CardsArea.last_cap
