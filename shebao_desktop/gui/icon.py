"""The window icon, from the PNG set rendered from ``resources/icons/shebao-desktop.svg``
(``packaging/icons/make_icons.py``, committed beside it).

PNG is read by QtGui itself; an SVG icon loads QtSvg and the svg icon-engine plugin (~0.8 MiB
resident, issue 10) only to draw the title bar's icon. The SVG stays the source of the set and
of the packaged icons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ..resource_files import resource

#: the sizes given to the window system (512 is left to the packaged icons: a window manager
#: that takes every size is handed 256 px at most)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon() -> QIcon:
    """The icon with every PNG size found (an empty icon if the set is missing)."""
    folder = resource("icons")
    icon = QIcon()
    for size in SIZES:
        png = folder.joinpath(f"shebao-desktop-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return icon
