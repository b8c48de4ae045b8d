"""Qt's own file dialog (used where the platform has no native one, e.g. a bare X server) cut
its size column to "612…tes": its width is Qt's default, too narrow for "612 bytes" or
"2.83 KiB". When such a dialog takes the focus, its size column is widened to fit.

Hooked on the application's focus changes (a signal sent when the focus moves, not an event
filter that every event of the window would go through); native dialogs are not Qt widgets and
are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QLocale

if TYPE_CHECKING:  # imported where used: QFileDialog's import builds ~20 enums (~20 ms) at start
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

#: sizes whose text is as wide as the column must show
_SAMPLES = (1023, 1023 * 1024 - 1, 999 * 1024 ** 2, 999 * 1024 ** 3)
_SIZE_COLUMN = 1
_FITTED = "shebao_size_column_fitted"


def fit_size_column(dialog: QFileDialog) -> bool:
    """Widen ``dialog``'s size column to its widest size text; ``False`` when the dialog has
    no detail view (a native dialog)."""
    from PySide6.QtWidgets import QTreeView
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return False
    metrics = view.fontMetrics()
    locale = QLocale.system()  # what QFileSystemModel formats the sizes with
    width = max(metrics.horizontalAdvance(locale.formattedDataSize(n)) for n in _SAMPLES)
    header = view.header()
    wanted = width + 3 * metrics.averageCharWidth()  # the cell's margins and the sort arrow
    if header.sectionSize(_SIZE_COLUMN) < wanted:
        header.resizeSection(_SIZE_COLUMN, wanted)
    dialog.setProperty(_FITTED, True)
    return True


def _focus_changed(_old: Optional[QWidget], new: Optional[QWidget]) -> None:
    from PySide6.QtWidgets import QFileDialog
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QFileDialog) and not dialog.property(_FITTED):
        fit_size_column(dialog)


def fit_file_dialogs(app: QApplication) -> None:
    """Fit the size column of every Qt file dialog ``app`` shows (once per application)."""
    if not app.property(_FITTED):
        app.focusChanged.connect(_focus_changed)
        app.setProperty(_FITTED, True)
