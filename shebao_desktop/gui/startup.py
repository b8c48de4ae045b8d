"""What the window shows before its first paint: the frame (menu titles; three empty panes and
"正在载入…" painted on the window, no child widgets). Qt only: the core, the storage and the
other window parts are imported after that paint, when ``MainWindow.complete`` builds the
content (issue 10: paint first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMenuBar, QWidget

#: the menus of the finished window, by title (``MainWindow._build_menus`` fills them)
MENU_TITLES = ("文件(&F)", "编辑(&E)", "视图(&V)", "语言(&L) / Language", "数据(&D)", "帮助(&H)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def frame_menus(bar: QMenuBar) -> None:
    """The menu titles, empty until the window is complete (the same words, so nothing moves)."""
    bar.clear()
    for title in MENU_TITLES:
        bar.addMenu(_tr(title))


def paint_loading(window: QWidget) -> None:
    """The window's three columns (profiles, inputs, results) as empty panes, "正在载入…" in the
    middle one, painted on the window itself. A child widget there starts Qt's private animation
    timer; an application-wide event filter written in Python (the start-up benchmark's) then
    has PySide6 load every enum of QtCore and QtWidgets to name that object: ~80 ms CPU."""
    from PySide6.QtGui import QPainter, QPalette

    painter = QPainter(window)
    area = window.rect().adjusted(4, 4, -4, -4)
    top = window.menuBar().height() + 4 if window.menuBar().isVisible() else 4
    area.setTop(top)
    painter.setPen(window.palette().color(QPalette.ColorRole.Mid))
    left, middle = 160, max(200, (area.width() - 160) * 2 // 5)
    panes = [(area.left(), left), (area.left() + left + 4, middle),
             (area.left() + left + middle + 8, area.width() - left - middle - 8)]
    for x, width in panes:
        painter.drawRect(x, area.top(), width - 1, area.height() - 1)
    painter.setPen(window.palette().color(QPalette.ColorRole.WindowText))
    x, width = panes[1]
    painter.drawText(x, area.top(), width, area.height(), Qt.AlignmentFlag.AlignCenter,
                     loading_text())
    painter.end()


def loading_text() -> str:
    return QCoreApplication.translate("MainWindow", "正在载入…")


def skip_feature_source_scan() -> None:
    """PySide6 reads the source of every module imported after it (``shibokensupport.feature.
    _mod_uses_pyside``: ``inspect.getsource``, kept in ``linecache``) to learn whether it may
    say ``from __feature__ import``. This program never does, and the core, the storage and the
    panels are imported after the first paint: some 200 modules, ~60–110 ms and ~9 MiB of
    cached source lines. Every module is taken as a Qt user instead (feature set 0, the
    default), which is what the scan concludes for the window's own modules anyway. A PySide6
    without that function is left alone."""
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


def _uses_pyside(_module) -> bool:
    return True


class BuiltAfterFirstPaint:
    """For the main window (before ``QMainWindow`` among its bases): until ``complete`` runs its
    loader it is the frame; the loader runs once, right after the first paint, or at once when
    a part of the content (``window.session``, ``window.results``…) is asked for before that.
    The window sets ``_loader``, ``_shown_once`` and ``_awaiting_paint`` in its ``__init__``."""

    def complete(self) -> None:
        """Build the content now if the loader has not run yet (it runs once)."""
        loader, self._loader = self._loader, None
        if loader is not None:
            loader(self)

    def __getattr__(self, name: str):
        if name.startswith("__") or self.__dict__.get("_loader") is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.complete()
        return getattr(self, name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._shown_once:  # paint first, build (if not built yet) and compute right after
            self._shown_once = True
            if self._loader is None:
                self.session.hold()
            self._awaiting_paint = True
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.centralWidget() is None:  # the frame, until the content is built
            paint_loading(self)
        if self._awaiting_paint:
            self._awaiting_paint = False
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._loader is None:
            self.session.release()
            return
        self.complete()
        self.session.recompute()  # now: the content's first paint shows the figures
