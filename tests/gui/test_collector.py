"""Python's cycle collector runs on the GUI thread only (gui/collector.py): collected in a
worker thread, a cycle holding a Qt object destroyed it there, and the QObject's destructor
(holding Qt's signal-slot lock, waiting for the GIL) deadlocked with the GUI thread connecting a
signal (tests/gui/test_profile_switch_reset.py hung)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.collector import GuiThreadCollector, collect_on_gui_thread


def test_a_worker_thread_never_collects_a_qt_object(window, qtbot):
    """A cycle holding a QObject, dropped by the GUI thread, then an allocation in a worker
    thread past the collector's threshold: the worker collects nothing; the GUI thread's timer
    collects it, on the GUI thread."""
    app = QApplication.instance()
    collector = app.findChild(GuiThreadCollector)  # made by create_app (the window's)
    assert collector is not None and collect_on_gui_thread(app) is collector  # one
    assert not gc.isenabled()
    destroyed_in: list[str] = []

    class Held(QObject):
        pass

    holder: dict = {}
    holder["self"] = holder  # a cycle
    held = Held()
    held.destroyed.connect(lambda: destroyed_in.append(threading.current_thread().name))
    holder["qt"] = held
    del held, holder

    kept: list = []

    def allocate() -> None:
        # past gen 0's threshold, and kept: freed, the objects would take the count back
        # under it (a freed object counts off), and whether the GUI thread's timer then found a
        # collection due would rest on what else the window allocated meanwhile
        kept.append([[] for _ in range(gc.get_threshold()[0] * 3)])
    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert destroyed_in == []  # not collected by the worker
    assert gc.get_count()[0] > gc.get_threshold()[0]  # a collection is due
    qtbot.waitUntil(lambda: destroyed_in != [], timeout=5000)
    assert destroyed_in == [threading.main_thread().name]
    kept.clear()
