"""What the main window keeps of its view. Across a rebuild (a language switch): the page each
tab widget shows (by position), where the charts and the year table are scrolled, and the
quick estimate (open or closed, the figures typed and not yet applied, its answer). Across a
restart (QSettings ``window/tabs/<name>``): the page each tab widget showed at the last close,
put back once the inputs are built -- after the first figure is painted, so a decision tab's
content is not made before it (issue 10). A stored page out of range (fewer tabs) is ignored."""

from __future__ import annotations

from typing import Any

KEY = "window/tabs/{0}"


def kept_view(window: Any) -> dict:
    """The view of the content built (none before the first build)."""
    results, simple = window.__dict__.get("results"), window.__dict__.get("simple")
    return {"tabs": {name: tabs.currentIndex() for name, tabs in window._tab_widgets()},
            "scrolled": results.scroll_positions() if results is not None else {},
            "quick": simple.kept() if simple is not None else None}


def restore_view(window: Any, kept: dict) -> None:
    """``kept`` (``kept_view`` of the content replaced) on the content built again."""
    _show_pages(window, kept["tabs"])
    if kept["scrolled"] and "results" in window.__dict__:
        window.results.restore_scroll(kept["scrolled"])
    if kept["quick"] is not None and "simple" in window.__dict__:
        window.simple.restore(kept["quick"])


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


def restore_tabs(window: Any) -> None:
    """The pages shown at the last close, once per window (a rebuild keeps its own); not
    while closing (a decision tab would build its content for nothing)."""
    if window.__dict__.get("_tabs_restored") or window.__dict__.get("_closing"):
        return
    window._tabs_restored = True
    pages = {}
    for name, _tabs in window._tab_widgets():
        try:
            pages[name] = int(window.settings.value(KEY.format(name), -1))
        except (TypeError, ValueError):
            continue
    _show_pages(window, pages)
