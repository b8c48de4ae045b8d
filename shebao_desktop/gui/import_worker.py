"""Run a slow read (a history import) off the GUI thread, with a progress dialog and Cancel.

``run_in_background(parent, work, label)`` calls ``work(progress)`` in a ``QThread`` while the
window goes on handling events in a local event loop. ``progress(rows)`` updates the dialog;
once Cancel is pressed, the next call raises ``Cancelled`` inside the work, which ends it.
Returns an ``Outcome``: the result, the exception the work raised, or cancelled.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


@dataclass(frozen=True)
class Outcome:
    result: Any = None
    error: Optional[BaseException] = None
    cancelled: bool = False


class _Task(QObject):
    progressed = Signal(int)
    finished = Signal()

    def __init__(self, work: Callable[[Callable[[int], None]], Any]):
        super().__init__()
        self.work = work
        self.outcome = Outcome()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, rows: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(rows)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
            self.outcome = Outcome(cancelled=True) if self._cancel.is_set() else Outcome(result)
        except Cancelled:
            self.outcome = Outcome(cancelled=True)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            self.outcome = Outcome(error=exc)
        self.finished.emit()


class BackgroundRun(QObject):
    """One run; ``dialog`` is the progress dialog while it lasts (tests press its Cancel)."""

    started = Signal()

    def __init__(self, parent: Optional[QWidget], work, label: str):
        super().__init__(parent)
        self.task = _Task(work)
        self.dialog = QProgressDialog(label, translate("import_worker", "取消"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("import_worker", "正在读取"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        # direct: the task's own thread is busy running it, so a queued call would wait
        self.dialog.canceled.connect(self.task.cancel, Qt.ConnectionType.DirectConnection)
        self.task.progressed.connect(self._progressed)

    def _progressed(self, rows: int) -> None:
        self.dialog.setLabelText(translate("import_worker", "已读取 {0} 行…").format(rows))

    def exec(self) -> Outcome:
        thread = QThread()
        self.task.moveToThread(thread)
        loop = QEventLoop()
        self.task.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        thread.started.connect(self.task.run)
        self.dialog.show()
        thread.start()
        self.started.emit()
        loop.exec()
        thread.quit()
        thread.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        return self.task.outcome


def run_in_background(parent: Optional[QWidget], work: Callable[[Callable[[int], None]], Any],
                      label: str, on_start: Optional[Callable[["BackgroundRun"], None]] = None) -> Outcome:
    run = BackgroundRun(parent, work, label)
    if on_start is not None:
        on_start(run)
    try:
        return run.exec()
    finally:
        run.deleteLater()
