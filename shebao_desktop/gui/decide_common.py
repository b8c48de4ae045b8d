"""Shared by the decision views (issue 11): a page built when first shown, and a computation
run off the GUI thread whose stale results are dropped.

``LazyPage(factory)`` is a tab page that calls ``factory(parent)`` the first time it is shown, so
the window paints before any decision view is built. ``Background`` runs ``work()`` in its own
one-thread executor; each ``run`` supersedes the previous one, and only the newest result reaches
``done`` (an older one, queued or still running, is dropped).

A superseded run, and every run when the program quits (``stop_all``, on ``aboutToQuit``), is
told to stop: its estimates raise ``core.cancel.Stopped`` at the next one, so the worker thread
ends at once instead of finishing work nobody will see (the interpreter waits for it to exit).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics

from ..core.cancel import Stopped, stoppable
from PySide6.QtWidgets import (QHeaderView, QLabel, QSizePolicy, QTableWidget, QVBoxLayout,
                               QWidget)

from .widgets import rows_height

if TYPE_CHECKING:  # concurrent.futures is imported by the first run (not at start)
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)
#: the stop flags of the runs not finished yet, of every Background
_running: set[threading.Event] = set()
_lock = threading.Lock()
_hooked: list[QCoreApplication] = []


def status_and_table(owner: QWidget, layout) -> tuple[QLabel, QTableWidget]:
    """A wrapped status line and a read-only figures table under it, added to ``layout``: each
    column as wide as its figures (never cut off); the table scrolls when they do not fit."""
    status = QLabel(owner)
    status.setWordWrap(True)
    layout.addWidget(status)
    table = QTableWidget(owner)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setHorizontalHeader(PlainHeader(Qt.Orientation.Horizontal, table))
    table.setVerticalHeader(PlainHeader(Qt.Orientation.Vertical, table))
    for header in (table.horizontalHeader(), table.verticalHeader()):
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # wider than the page: scrolled by the pixel, the row titles staying, so every column can
    # be brought wholly into sight (by the column, the first one vanished for a 1 px overflow)
    table.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
    table.setMinimumHeight(rows_height(table, TABLE_ROWS, header_lines=2))  # two-line titles
    layout.addWidget(table, 1)
    return status, table


#: the rows a decision table keeps in sight however low the window (its page scrolls then)
TABLE_ROWS = 8


def fit_to_rows(table: QTableWidget, layout) -> None:
    """``table`` (of ``status_and_table``) exactly as tall as its header, rows and, when shown,
    its horizontal scroll bar: no empty room under the last row, and the lines under it keep
    their height (the page scrolls instead)."""
    table.setMinimumHeight(0)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
    policy = table.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
    table.setSizePolicy(policy)
    layout.setStretchFactor(table, 0)
    # the horizontal bar shown or hidden (another width): its room is counted again
    table.horizontalScrollBar().rangeChanged.connect(lambda *_r: table.updateGeometry())


class PlainHeader(QHeaderView):
    """A header as wide as its titles in the font they are drawn in. Qt sizes every section for
    bold titles (a selected row's); nothing is selected in a decision table, and that room made
    the row titles ~30 px and each column ~10 px wider than their words, cutting the last column
    off (trial 3, 1440x900: "9,430." in English)."""

    def __init__(self, orientation: Qt.Orientation, parent: Optional[QWidget] = None):
        super().__init__(orientation, parent)
        self.setHighlightSections(False)  # drawn plain: the size below is all the title needs
        self.setSectionsClickable(False)

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt's name
        size = super().sectionSizeFromContents(logical)
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        if not isinstance(text, str) or not text:
            return size
        bold = QFont(self.font())
        bold.setBold(True)
        lines = text.split("\n")
        plain_width = max(QFontMetrics(self.font()).horizontalAdvance(line) for line in lines)
        bold_width = max(QFontMetrics(bold).horizontalAdvance(line) for line in lines)
        return QSize(size.width() - max(0, bold_width - plain_width), size.height())


def stop_all() -> None:
    """Ask every unfinished run to stop at its next estimate (the program is quitting)."""
    with _lock:
        for flag in _running:
            flag.set()


def _stoppable(work: Callable[[], Any], flag: threading.Event) -> Callable[[], Any]:
    def run() -> Any:
        try:
            with stoppable(flag):
                return work()
        finally:
            with _lock:
                _running.discard(flag)
    return run


class LazyPage(QWidget):
    """A tab page whose content is made on its first show."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._factory = factory
        self.content: Optional[QWidget] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.content is None:
            from PySide6.QtWidgets import QFrame, QScrollArea
            # in a scroll area: on a low window (1366x768, English) the page scrolls as a
            # whole and its table keeps its rows (TABLE_ROWS) instead of shrinking to one
            scroller = QScrollArea(self)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            self.content = self._factory(scroller)
            scroller.setWidget(self.content)
            self.layout().addWidget(scroller)
            from .glossary import attach_tooltips
            attach_tooltips(self.content)
            from .wheel_guard import guard_wheel  # its months and goal too (trial 9)
            guard_wheel(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.build()
        super().showEvent(event)


class Background(QObject):
    """Runs one computation at a time off the GUI thread; ``done(result, error)`` gets only the
    newest run's outcome. ``runs`` counts the computations started (tests check that a hidden
    view computes nothing).

    The work runs in a plain Python thread and touches no Qt object; the GUI thread polls for
    its end with a timer (no Python object crosses threads through a queued signal)."""

    done = Signal(object, object)

    def __init__(self, parent: Optional[QObject] = None, poll_ms: int = 30):
        super().__init__(parent)
        self._executor: Optional[ThreadPoolExecutor] = None  # made by the first run
        self._future: Optional[Future] = None
        self._flag: Optional[threading.Event] = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)
        self.runs = 0
        app = QCoreApplication.instance()
        if app is not None and app not in _hooked:  # once per application
            _hooked.append(app)
            app.aboutToQuit.connect(stop_all)

    @property
    def busy(self) -> bool:
        return self._future is not None

    def run(self, work: Callable[[], Any]) -> None:
        if self._future is not None and self._flag is not None:
            if self._future.cancel():  # not started yet: never runs
                with _lock:
                    _running.discard(self._flag)
            self._flag.set()  # running: it stops at its next estimate, its result dropped
        self.runs += 1
        self._flag = flag = threading.Event()
        with _lock:
            _running.add(flag)
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="decide")
        self._future = self._executor.submit(_stoppable(work, flag))
        self._timer.start()

    def _poll(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._future = self._flag = None
        self._timer.stop()
        error = future.exception()
        if isinstance(error, Stopped):
            return  # asked to stop: nobody waits for it
        if error is not None:
            log.warning("decision view computation failed: %s", error,
                        exc_info=(type(error), error, error.__traceback__))
        self.done.emit(None if error is not None else future.result(), error)

    def wait(self, timeout: Optional[float] = None) -> None:
        """Block until the newest run has finished and been delivered (tests)."""
        if self._future is not None:
            from concurrent.futures import CancelledError
            try:
                self._future.exception(timeout)
            except CancelledError:
                pass
            self._poll()

    def shutdown(self) -> None:
        """Drop the runs: a queued one never starts, a running one stops at its next estimate."""
        self._timer.stop()
        if self._flag is not None:
            self._flag.set()
        self._future = self._flag = None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
