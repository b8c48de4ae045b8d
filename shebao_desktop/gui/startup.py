"""What the window shows before its first paint: the frame (menu titles, three empty panes and
"正在载入…"). Qt only: the core, the storage and the other window parts are imported after that
paint, when ``MainWindow.complete`` builds the real content (issue 10: paint first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenuBar, QWidget

#: the menus of the finished window, by title (``MainWindow._build_menus`` fills them)
MENU_TITLES = ("文件(&F)", "编辑(&E)", "视图(&V)", "语言(&L) / Language", "数据(&D)", "帮助(&H)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def frame_menus(bar: QMenuBar) -> None:
    """The menu titles, empty until the window is complete (the same words, so nothing moves)."""
    bar.clear()
    for title in MENU_TITLES:
        bar.addMenu(_tr(title))


def loading_frame(parent: QWidget) -> QWidget:
    """The window's three columns (profiles, inputs, results) as empty panes, "正在载入…" in the
    middle one."""
    frame = QWidget(parent)
    frame.setObjectName("loadingFrame")
    row = QHBoxLayout(frame)
    row.setContentsMargins(4, 4, 4, 4)
    for stretch in (0, 2, 3):
        pane = QFrame(frame)
        pane.setFrameShape(QFrame.Shape.StyledPanel)
        if stretch == 0:
            pane.setFixedWidth(160)
        row.addWidget(pane, stretch)
        if stretch == 2:
            text = QLabel(_tr("正在载入…"), pane)
            text.setObjectName("loadingText")
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QHBoxLayout(pane)
            column.addWidget(text)
    return frame


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
