"""打印 / 导出 PDF of a decision view's table (issue 11): the comparison of retirement months and
the flexible levels, as shown (the language on screen), through the report's printing
(report.decision_html, printing.export_pdf / print_document: A4, Chinese fonts embedded).

A view offers ``print_html() -> Optional[str]`` (None while it has no result) and a ``status``
label; ``PrintBar`` is the two buttons above its table."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

translate = QCoreApplication.translate


def subtitle(session: Any) -> str:
    """Who, as of when, printed when, and the unit: the line under the title."""
    from .. import __version__
    name = session.profile.name or translate("decide_print", "未命名")
    return translate("decide_print", "{name}　·　估算基准月 {as_of}　·　打印日期 {date}　·　"
                     "shebao-desktop {version}　·　金额单位：元").format(
        name=name, as_of=session.as_of, date=date.today().isoformat(), version=__version__)


class PrintBar(QWidget):
    """打印… and 导出 PDF… for ``view`` (``stem``: the suggested file name's start)."""

    def __init__(self, view: Any, stem: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.view, self.stem = view, stem
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.print_button = QPushButton(translate("decide_print", "打印…"), self)
        self.pdf_button = QPushButton(translate("decide_print", "导出 PDF…"), self)
        self.print_button.clicked.connect(self.print_table)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)

    def _html(self) -> Optional[str]:
        html = self.view.print_html()
        if html is None:
            self.view.status.setText(translate("decide_print", "还没有可打印的结果：请等计算完成。"))
        return html

    def export_pdf(self, path: Optional[str] = None) -> Optional[Path]:
        html = self._html()
        if html is None:
            return None
        if path is None:
            from ..storage.names import export_path
            name = self.view.session.profile.name
            suggested = str(export_path(Path.home(), f"{name}-{self.stem}" if name else self.stem,
                                        ".pdf", self.stem))
            path, _ = QFileDialog.getSaveFileName(self, translate("decide_print", "导出 PDF"),
                                                  suggested, "PDF (*.pdf)")
            if not path:
                return None
        from ..storage.errors import StorageError, from_os_error
        from .printing import export_pdf
        from .storage_text import storage_message
        try:
            export_pdf(html, path)
        except OSError as exc:  # worded by the catalogue, never the OS's English strerror
            problem = from_os_error(exc, Path(path))
            if problem.code == "NOT_FOUND":  # a missing folder: the file could not be written
                problem = StorageError("WRITE_FAILED", Path(path), problem.detail)
            QMessageBox.critical(self, translate("decide_print", "导出失败"), storage_message(problem))
            return None
        self.view.status.setText(translate("decide_print", "已导出 {0}").format(path))
        return Path(path)

    def print_table(self) -> bool:
        html = self._html()
        if html is None:
            return False
        from .printing import print_document
        return print_document(html, self)
