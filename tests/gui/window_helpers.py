"""What several window tests do: start the real window (as the ``window`` fixture), open a
decision page and wait for its table, read a PDF's text."""

import shutil
import subprocess

import pytest

from shebao_desktop.app import create_app


def start_window(qtbot):
    """The window as create_app makes it, its content built, shown, its first estimate in."""
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()  # the content now (else after the first paint): the wait is for the estimate
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    return window


def open_decision(window, qtbot, name: str = "compare_page", also=lambda view: True):
    """The decision page ``name`` of the results shown and its view computed (``also(view)``
    true too); asked again while waiting: a language switch rebuilds the window's content."""
    def ready():
        page = getattr(window.results, name)
        if window.results.tabs.currentWidget() is not page:
            window.results.tabs.setCurrentWidget(page)
        view = page.content
        return view is not None and view.isVisible() and not view.background.busy \
            and view.table.columnCount() > 0 and also(view)
    qtbot.waitUntil(ready, timeout=120_000)
    return getattr(window.results, name).content


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
