"""A language switch rebuilds the content: the 图表 tab's scroll area and the year table stay
scrolled where they were (the tabs already kept their page: test_language_keeps_view.py)."""

import pytest
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui import results_panel
from shebao_desktop.gui.charts import BalancesChart


class TallChart(BalancesChart):
    """The balances chart, tall: the charts page scrolls at any window height (offscreen, the
    window may grow to its content's minimum on a rebuild)."""

    def __init__(self, *args):
        super().__init__(*args)
        self.setMinimumHeight(1600)


@pytest.fixture(autouse=True)
def tall_charts(monkeypatch):
    monkeypatch.setattr(results_panel, "BalancesChart", TallChart)


def _charts(window):
    tabs = window.results.tabs
    return next(n for n in range(tabs.count()) if tabs.tabText(n) == "图表")


def test_a_language_switch_keeps_the_charts_scrolled(window, qtbot):
    window.results.tabs.setCurrentIndex(_charts(window))
    QApplication.processEvents()
    bar = window.results.charts_scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    wanted = 450  # within the range at either window height
    bar.setValue(wanted)
    window.set_language("en")
    QApplication.processEvents()
    new_bar = window.results.charts_scroller.verticalScrollBar()
    assert new_bar is not bar  # built again
    qtbot.waitUntil(lambda: new_bar.maximum() >= wanted and new_bar.value() == wanted)
    QApplication.processEvents()
    assert window.results.tabs.tabText(window.results.tabs.currentIndex()) == "Charts"
    assert new_bar.value() == wanted


def test_a_language_switch_keeps_the_year_table_scrolled(window, qtbot):
    window.resize(1100, 620)  # low: the table scrolls
    window.results.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    bar = window.results.year_table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 20)
    wanted = 17
    bar.setValue(wanted)
    window.set_language("en")
    QApplication.processEvents()
    new_bar = window.results.year_table.verticalScrollBar()
    assert new_bar is not bar
    qtbot.waitUntil(lambda: new_bar.maximum() >= wanted and new_bar.value() == wanted)
    QApplication.processEvents()
    assert new_bar.value() == wanted
