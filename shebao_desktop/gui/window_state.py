"""What the main window keeps of its view. Across a rebuild (a language switch): the page each
tab widget shows (by position), where the charts and the year table are scrolled, and the
quick estimate (open or closed, the figures typed and not yet applied, its answer), and the tour
bar (shown or not -- brought back by 帮助 → 入门导览 after it was seen -- and its step). Across a
restart (QSettings ``window/tabs/<name>``): the page each tab widget showed at the last close.
A results page made with the panel (逐年明细, 图表, 五险一金月缴费, 计算过程) is put back as the
panel is built, before its first paint: nothing jumps from 逐年明细 to it later. A decision page
(``LazyPage``) and the inputs' page are put back once the inputs are built -- after the first
figure is painted, so a decision tab's content is not made before it (issue 10). A stored page
out of range (fewer tabs) is ignored."""

from __future__ import annotations

from typing import Any, Optional

KEY = "window/tabs/{0}"


def kept_view(window: Any) -> dict:
    """The view of the content built (none before the first build)."""
    results, simple = window.__dict__.get("results"), window.__dict__.get("simple")
    tour = window.__dict__.get("tour")
    return {"tabs": {name: tabs.currentIndex() for name, tabs in window._tab_widgets()},
            "scrolled": results.scroll_positions() if results is not None else {},
            "quick": simple.kept() if simple is not None else None,
            "tour": (not tour.isHidden(), tour.step) if tour is not None else None}


def restore_view(window: Any, kept: dict) -> None:
    """``kept`` (``kept_view`` of the content replaced) on the content built again."""
    _show_pages(window, kept["tabs"])
    if kept["scrolled"] and "results" in window.__dict__:
        window.results.restore_scroll(kept["scrolled"])
    if kept["quick"] is not None and "simple" in window.__dict__:
        window.simple.restore(kept["quick"])
    if kept["tour"] is not None and "tour" in window.__dict__:
        shown, step = kept["tour"]
        window.tour.go(step)
        window.tour.setVisible(shown)


def _show_pages(window: Any, pages: dict[str, int]) -> None:
    for name, tabs in window._tab_widgets():
        index = pages.get(name)
        if index is not None and 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)


def save_tabs(window: Any) -> None:
    """The page each tab widget shows, for the next start; nothing when the pages stored were
    never put back (closed while loading): those stay for the next start."""
    if not window.__dict__.get("_tabs_restored"):
        return
    for name, tabs in window._tab_widgets():
        window.settings.setValue(KEY.format(name), tabs.currentIndex())


def _stored(window: Any, name: str) -> Optional[int]:
    try:
        return int(window.settings.value(KEY.format(name), -1))
    except (TypeError, ValueError):
        return None


def restore_results_page(window: Any) -> None:
    """As the results panel is built (before its first paint): the results page of the last
    close when it is made with the panel. A decision page (``LazyPage``, made when first
    shown) waits for ``restore_tabs``, after the first figure."""
    if window.__dict__.get("_tabs_restored") or window.__dict__.get("_closing"):
        return
    from .decide_common import LazyPage  # loaded already, by the results panel
    tabs, index = window.results.tabs, _stored(window, "results")
    if index is not None and 0 <= index < tabs.count() \
            and not isinstance(tabs.widget(index), LazyPage):
        tabs.setCurrentIndex(index)
        window._results_page_restored = True  # restore_tabs leaves the page (or a click) be


def restore_tabs(window: Any) -> None:
    """The pages shown at the last close, once per window (a rebuild keeps its own); not
    while closing (a decision tab would build its content for nothing). The results' page
    put back with the panel (``restore_results_page``) is not put back again: a page clicked
    since stays."""
    if window.__dict__.get("_tabs_restored") or window.__dict__.get("_closing"):
        return
    window._tabs_restored = True
    pages = {}
    for name, _tabs in window._tab_widgets():
        index = _stored(window, name)
        if index is not None and not (name == "results"
                                      and window.__dict__.get("_results_page_restored")):
            pages[name] = index
    _show_pages(window, pages)
