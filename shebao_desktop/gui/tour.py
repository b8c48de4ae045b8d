"""A first-run tour of three steps, shown as a bar at the top of the window (it takes no focus
and blocks nothing). Shown once: the settings remember it; 帮助 → 入门导览 brings it back."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .startup import NO_FOCUS, PLAIN_TEXT

SEEN_KEY = "tour/seen"


def tour_seen(settings: QSettings) -> bool:
    return str(settings.value(SEEN_KEY, "false")).lower() in ("true", "1")


class TourBar(QFrame):
    closed = Signal()

    def __init__(self, settings: QSettings, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("tour")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tour { background: palette(alternate-base); }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("textFormat", PLAIN_TEXT)
        row.addWidget(self.text, 1)
        self.back = QPushButton(self.tr("上一步"), self)
        self.next = QPushButton(self.tr("下一步"), self)
        self.done = QPushButton(self.tr("知道了"), self)
        for button in (self.back, self.next, self.done):
            button.setProperty("focusPolicy", NO_FOCUS)
            row.addWidget(button)
        self.back.clicked.connect(lambda: self.go(self.step - 1))
        self.next.clicked.connect(lambda: self.go(self.step + 1))
        self.done.clicked.connect(self.finish)
        self.step = 0
        self.go(0)

    def steps(self) -> list[str]:
        return [
            self.tr("第 1 步，共 3 步：在中间填写个人信息和缴费记录（或权益记录单上的数字）；"
                    "左侧可保存多个档案。"),
            self.tr("第 2 步，共 3 步：右侧结果随每次修改即时更新；“比较退休时间”和“灵活就业缴费档次”"
                    "页并排比较不同选择。"),
            self.tr("第 3 步，共 3 步：按 F1 查看术语表（缴费指数、计发月数等及其出处）；"
                    "“文件”菜单可导出 PDF。"),
        ]

    def go(self, step: int) -> None:
        steps = self.steps()
        self.step = max(0, min(len(steps) - 1, step))
        self.text.setText(steps[self.step])
        self.back.setEnabled(self.step > 0)
        self.next.setVisible(self.step < len(steps) - 1)
        self.done.setText(self.tr("知道了") if self.step == len(steps) - 1 else self.tr("跳过"))

    def finish(self) -> None:
        """Close the tour and remember that it was seen."""
        self.settings.setValue(SEEN_KEY, True)
        self.hide()
        self.closed.emit()
