"""The note that says a file was exported: at the right of the status bar, highlighted, with
links to open the file and its folder; it stays a minute (trial s53: the 6-second status
message had gone before the user looked for it), never a dialog to click away."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QStatusBar

from ..presentation.formats import escape  # not html.escape: its module loads 2,231 entities

# how long the note stays (ms); a new export shows its own and starts again
SHOWN_MS = 60_000


class ExportNote(QLabel):
    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.path: Optional[Path] = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setStyleSheet("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                           " border-radius: 3px; padding: 1px 8px; }")
        self.linkActivated.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        bar.addPermanentWidget(self)
        self.hide()

    def show_file(self, path: Path) -> None:
        """Say that ``path`` was written, for SHOWN_MS or until dismissed."""
        self.path = Path(path)
        self._word()
        self.show()
        self.timer.start()

    def _word(self) -> None:
        if self.path is None:
            return
        said = self.tr("✓ 已导出 {0}：{1} · {2} · {3}")
        open_file, open_folder = self.tr("打开"), self.tr("打开所在文件夹")
        link = '<a href="{0}" style="color: palette(highlighted-text);">{1}</a>'
        self.setText(said.format(f"<b>{escape(self.path.name)}</b>", link.format("file", open_file),
                                 link.format("folder", open_folder),
                                 link.format("close", "×")))
        self.setToolTip(str(self.path))

    def dismiss(self) -> None:
        """Gone: closed (×), or another profile opened (trial 3: the note of one person's PDF
        stayed while others were browsed, as if it were theirs)."""
        self.timer.stop()
        self.hide()

    def _open(self, what: str) -> None:
        if what == "close" or self.path is None:
            self.dismiss()
            return
        target = self.path if what == "file" else self.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._word()
        super().changeEvent(event)
