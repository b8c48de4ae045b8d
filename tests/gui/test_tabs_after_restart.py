"""A restart opens the results' and the inputs' tabs last used (QSettings), put back after the
first figure is painted: a decision tab (built on its first show) is not built before it. A
results page made with the panel (图表, 计算过程...) is shown from the panel's first paint: no
逐年明细 first, then a jump (new-user trial). A stored page out of range (fewer tabs in a newer
version) or unreadable is ignored."""

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QTabBar

from shebao_desktop.app import create_app, settings_path


class _PagesPainted(QObject):
    """The page of the results' and the inputs' tab widgets each time their tab bar is painted
    (``painted[name]``, in order)."""

    def __init__(self, window):
        super().__init__()
        self.window, self.painted = window, {"results": [], "inputs": []}
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QTabBar):
            for name, tabs in self.window._tab_widgets():
                if watched.parent() is tabs:
                    self.painted[name].append(tabs.currentIndex())
        return False


def _started(qtbot):
    """A start as the program makes it: the frame painted, then the figure, then the rest."""
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    seen = {"painted": _PagesPainted(window)}

    def at_first_figure():
        results = window.__dict__.get("results")
        seen["compare built"] = results is not None and results.compare_page.content is not None
        seen["results tab"] = results.tabs.currentIndex() if results is not None else None
    window.first_result_hooks.append(at_first_figure)
    window.show()
    qtbot.waitUntil(lambda: "inputs" in window.__dict__ and window.__dict__.get("_rest") is None
                    and window.__dict__.get("_loader") is None)
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    assert "results tab" in seen, "the first figure was painted"
    qtbot.waitUntil(lambda: all(seen["painted"].painted.values()))
    QApplication.instance().removeEventFilter(seen["painted"])
    return window, seen


def _page(tabs, text):
    return next(n for n in range(tabs.count()) if tabs.tabText(n) == text)


def _closed_on(qtbot, results_text: str, inputs_text: str):
    """A window closed on these tabs, the kept estimate removed: the next start keeps nothing,
    the one after it is a returning user's. (results page, inputs page, the kept file)"""
    window, _seen = _started(qtbot)
    results, inputs = _page(window.results.tabs, results_text), _page(window.inputs, inputs_text)
    window.results.tabs.setCurrentIndex(results)
    window.inputs.setCurrentIndex(inputs)
    window.close()
    kept = Path(os.environ["SHEBAO_CACHE_DIR"]) / "kept-estimate.bin"
    kept.unlink(missing_ok=True)
    return results, inputs, kept


def test_a_restart_opens_the_tabs_last_used(qtbot):
    compare, history, kept = _closed_on(qtbot, "比较退休时间", "缴费记录")
    for start in ("nothing kept", "returning"):  # both kinds of start (gui/startup.py)
        assert kept.exists() == (start == "returning")
        window, seen = _started(qtbot)
        assert window.results.tabs.currentIndex() == compare
        assert window.inputs.currentIndex() == history
        assert window.results.compare_page.content is not None  # shown: built now
        # not before the first figure was painted (issue 10)
        assert seen["compare built"] is False and seen["results tab"] in (None, 0)
        window.close()


def test_a_stored_page_out_of_range_is_ignored(qtbot):
    window, _seen = _started(qtbot)
    window.close()
    for stored in (99, "x"):  # a page a newer version had; a value that is no number
        settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        settings.setValue("window/tabs/results", stored)
        settings.setValue("window/tabs/inputs", 2)
        settings.sync()
        del settings
        window, _seen = _started(qtbot)
        assert window.results.tabs.currentIndex() == 0 and window.inputs.currentIndex() == 2
        window.close()


def test_a_results_page_made_with_the_panel_is_shown_from_its_first_paint(qtbot):
    for text in ("图表", "计算过程"):
        page, _inputs, kept = _closed_on(qtbot, text, "假设与公积金")
        for start in ("nothing kept", "returning"):  # both kinds of start (gui/startup.py)
            assert kept.exists() == (start == "returning")
            window, seen = _started(qtbot)
            # painted on that page from the first: never 逐年明细 first
            assert set(seen["painted"].painted["results"]) == {page}, (text, start)
            assert set(seen["painted"].painted["inputs"]) == {2}, (text, start)
            assert window.results.tabs.currentIndex() == page
            if text == "计算过程":  # its text made for it, as when clicked
                qtbot.waitUntil(lambda: window.results.explain.toPlainText() != "")
            # the decision pages stay unmade (made when shown)
            assert window.results.compare_page.content is None
            assert window.results.flexible_page.content is None
            window.close()
