"""Main window. Until the full window exists it shows the pension of the sample profile,
computed by the core, so the program opens on something real."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..core.estimate import estimate
from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from .. import __version__

SAMPLE = Profile(birth=YearMonth(1990, 5), gender="male", category="worker", region="beijing",
                 future={"monthly_wage": "12000"})


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("社保养老金估算") + f" {__version__}")
        result = estimate(SAMPLE, as_of=YearMonth(2026, 1))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.pension_label = QLabel(self.tr("示例：每月养老金约 {0} 元").format(result.pension.total))
        self.pension_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.pension_label)
        self.setCentralWidget(body)
        self.resize(900, 600)
