"""Trial 2 (2026-12-02): the cards shown first at start (before the rest of the window is
built, ``startup.show_cards``) had their second lines cut through by the frame, and they jumped
to another place and size when the results panel adopted them. They are built in the same
scrolled area as in the panel, which adopts that area: frames, titles, lines and place stay."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from shebao_desktop.app import create_app
from shebao_desktop.gui.i18n import install_language


def _laid_out():
    """The layouts done, as before a paint (no paint, no timer: the start's next stage waits)."""
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def _look(window, cards) -> dict:
    image = cards.grab().toImage()
    look = {}
    for n, card in enumerate(cards.all()):
        box = card.geometry()
        inside = card.palette().color(card.backgroundRole())
        middle = box.top() + box.height() // 2
        border = QColor(image.pixel(box.left(), middle))
        assert border != inside, f"card {n}: no frame drawn"  # the frame's left edge
        title = card.title.geometry().translated(box.topLeft())
        inked = {image.pixel(x, y) for x in range(title.left(), title.right(), 2)
                 for y in range(title.top(), title.bottom())}
        assert len(inked) > 2, f"card {n}: title not drawn"  # text, not a plain fill
        assert card.title.isVisible() and card.title.text()
        contents = card.contentsRect()
        for label in card.findChildren(QLabel):  # no line cut by the frame
            if label.isVisible() and label.text():
                assert contents.contains(label.geometry()), label.text()
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        look[n] = (card.mapTo(window, card.rect().topLeft()).x(), box.width(),
                   card.title.text())
    return look


def test_the_early_cards_look_as_in_the_results_panel(qtbot):
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    try:
        window.resize(1440, 900)
        window.show()
        window._shown_once = True
        window._after_first_paint()  # no kept estimate: the cards alone, with the figures
        cards = window.early_cards
        assert cards is not None and "results" not in window.__dict__
        _laid_out()
        early = _look(window, cards)
        window._build_results()  # the panel adopts them (the inputs' columns not built yet)
        window._rest = window._build_inputs
        _laid_out()
        assert window.results.cards is cards
        assert _look(window, cards) == early  # same frames and titles, same place and width
    finally:
        window.close()
        install_language("zh_CN")
