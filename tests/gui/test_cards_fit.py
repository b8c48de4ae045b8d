"""Trial 2026-12-02: after switching to English the cards' lines were cut at their bottom edge
(the cards were held to their size hint, which does not count wrapped lines)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from shebao_desktop.gui.i18n import install_language


def _cut(window) -> list[str]:
    cut = []
    for card in window.results.cards.all():
        inside = card.contentsRect()
        for label in card.findChildren(QLabel):
            if label.isVisible() and label.text() and label.geometry().bottom() > inside.bottom():
                cut.append(label.text())
    return cut


def test_no_card_line_is_cut_after_a_language_switch(window, qtbot):
    try:
        window.set_language("en")
        qtbot.waitUntil(lambda: window.results.pension_card.value.text().endswith(("yuan", "※")))
        for width in (1360, 1200, 1100):  # narrower: more lines wrap
            window.resize(width, 860)
            for _ in range(20):
                QApplication.processEvents()
            assert _cut(window) == [], width
    finally:
        install_language("zh_CN")
