"""One measured start, run as its own process by ``startup.py`` (not meant to be run by hand).

``python _startup_child.py app|bare`` starts either shebao-desktop (through ``create_app`` and
``show()``, as ``shebao-desktop`` with no arguments does) or a bare ``QMainWindow`` of the same
size, and prints one JSON line of ``time.monotonic()`` stamps (CLOCK_MONOTONIC, the same clock in
every process, so the parent can subtract its own stamp taken just before it spawned us).

The end point, identical for both: an event filter on the application catches the first
``QEvent.Paint`` delivered to the top-level window; a zero-timer started there fires once the
event loop is back, i.e. after that whole paint pass (the window and all its children) has been
painted and flushed to the backing store. That moment is ``painted``.
"""

from __future__ import annotations

import time

T_MAIN = time.monotonic()  # the interpreter is up and runs this script

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def main() -> None:
    mode = sys.argv[1]
    stamps = {"main": T_MAIN}
    if mode == "app":
        from shebao_desktop.app import create_app
        from PySide6.QtCore import QEvent, QObject, QTimer
        stamps["imported"] = time.monotonic()
        app, window = create_app([sys.argv[0]])
        stamps["created"] = time.monotonic()
    else:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow
        stamps["imported"] = time.monotonic()
        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        window.resize(1360, 860)  # the app's default size
        stamps["created"] = time.monotonic()

    def finish() -> None:
        stamps["painted"] = time.monotonic()
        stamps["platform"] = app.platformName()
        print(json.dumps(stamps), flush=True)
        os._exit(0)  # teardown is not part of the measurement

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and obj is window and "first_paint" not in stamps:
                stamps["first_paint"] = time.monotonic()
                QTimer.singleShot(0, finish)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    stamps["shown"] = time.monotonic()
    QTimer.singleShot(30000, lambda: (print("{}"), os._exit(3)))  # never painted: give up
    app.exec()


if __name__ == "__main__":
    main()
