"""A restart opens the results' and the inputs' tabs last used (QSettings), put back after the
first figure is painted: a decision tab (built on its first show) is not built before it. A
stored page out of range (fewer tabs in a newer version) or unreadable is ignored."""

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from shebao_desktop.app import create_app, settings_path


def _started(qtbot):
    """A start as the program makes it: the frame painted, then the figure, then the rest."""
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    seen = {}

    def at_first_figure():
        results = window.__dict__.get("results")
        seen["compare built"] = results is not None and results.compare_page.content is not None
        seen["results tab"] = results.tabs.currentIndex() if results is not None else None
    window.first_result_hooks.append(at_first_figure)
    window.show()
    qtbot.waitUntil(lambda: "inputs" in window.__dict__ and window.__dict__.get("_rest") is None
                    and window.__dict__.get("_loader") is None)
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    assert seen, "the first figure was painted"
    return window, seen


def _page(tabs, text):
    return next(n for n in range(tabs.count()) if tabs.tabText(n) == text)


def test_a_restart_opens_the_tabs_last_used(qtbot):
    window, _seen = _started(qtbot)
    compare = _page(window.results.tabs, "比较退休时间")
    history = _page(window.inputs, "缴费记录")
    window.results.tabs.setCurrentIndex(compare)
    window.inputs.setCurrentIndex(history)
    window.close()
    kept = Path(os.environ["SHEBAO_CACHE_DIR"]) / "kept-estimate.bin"
    kept.unlink(missing_ok=True)
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
