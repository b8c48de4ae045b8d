"""What the main window keeps of its view across a rebuild (a language switch): the page each
tab widget shows (by position), where the charts and the year table are scrolled, and the
quick estimate (open or closed, the figures typed and not yet applied, its answer)."""

from __future__ import annotations

from typing import Any


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

