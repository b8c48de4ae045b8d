"""Shared by the decision views (issue 11): a page built when first shown, and a computation
run off the GUI thread whose stale results are dropped.

``LazyPage(factory)`` is a tab page that calls ``factory(parent)`` the first time it is shown, so
the window paints before any decision view is built. ``Background`` runs ``work()`` in its own
one-thread pool; each ``run`` supersedes the previous one, and only the newest result reaches
``done`` (an older one that finishes later is dropped).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)


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
            self.content = self._factory(self)
            self.layout().addWidget(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.build()
        super().showEvent(event)


class _Carrier(QObject):
    finished = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], carrier: _Carrier):
        super().__init__()
        self.generation, self.work, self.carrier = generation, work, carrier

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which words it
            log.warning("decision view computation failed: %s", exc, exc_info=True)
            result, error = None, exc
        self.carrier.finished.emit(self.generation, result, error)


class Background(QObject):
    """Runs one computation at a time off the GUI thread; ``done(result, error)`` gets only the
    newest run's outcome. ``runs`` counts the computations started (tests check that a hidden
    view computes nothing)."""

    done = Signal(object, object)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.finished.connect(self._finished)
        self.generation = 0
        self.runs = 0
        self.busy = False

    def run(self, work: Callable[[], Any]) -> None:
        self.generation += 1
        self.runs += 1
        self.busy = True
        self._pool.clear()  # a queued run not yet started is superseded
        self._pool.start(_Job(self.generation, work, self._carrier))

    def _finished(self, generation: int, result: Any, error: Any) -> None:
        if generation != self.generation:  # stale: the inputs changed since it started
            return
        self.busy = False
        self.done.emit(result, error)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
