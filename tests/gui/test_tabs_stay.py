"""Trial item 13 (40.png): the results' tabs moved between profiles, so clicks landed on the
wrong tab. The quick-estimate panel, opened for one profile and closed for another, widened the
middle column when open (its labels did not wrap); it now fits the column, so the tabs stay."""

from PySide6.QtWidgets import QApplication


def _tabs_at(window):
    QApplication.processEvents()
    bar = window.results.tabs.tabBar()
    return [bar.mapTo(window, bar.tabRect(n).topLeft()).x() for n in range(bar.count())], \
        window.splitter.sizes()


def test_opening_the_quick_estimate_moves_no_tab(window):
    window.resize(1100, 760)  # a middle column narrower than the open panel's fields
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], 380, sum(sizes) - sizes[0] - 380])
    simple = window.simple
    simple.toggle.setChecked(False)
    closed = _tabs_at(window)
    simple.toggle.setChecked(True)
    assert _tabs_at(window) == closed
    simple.toggle.setChecked(False)
    assert _tabs_at(window) == closed
    simple.toggle.setChecked(True)
    assert simple.minimumSizeHint().width() <= simple.width()  # the open panel fits the column
