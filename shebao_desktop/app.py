"""The Qt application: ``create_app(argv)`` builds it without entering the event loop."""

from __future__ import annotations

import sys
from typing import Optional, Sequence


def create_app(argv: Optional[Sequence[str]] = None):
    from PySide6.QtWidgets import QApplication

    from .gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("shebao-desktop")
    app.setOrganizationName("shebao-desktop")
    window = MainWindow()
    return app, window


def run_gui(argv: Sequence[str]) -> int:
    try:
        app, window = create_app([sys.argv[0], *argv])
    except ImportError as exc:  # Qt libraries missing on this system
        print(f"shebao-desktop: cannot start the window: {exc}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
