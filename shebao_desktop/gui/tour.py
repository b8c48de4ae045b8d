"""A first-run tour of three steps, shown as a bar at the top of the window (it takes no focus
and blocks nothing). Shown once: the settings remember it; 帮助 → 入门导览 brings it back.
The step shown is kept in the settings too: a bar built again (a language switch rebuilds the
window) or the next start goes on from it, not from step 1."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .startup import NO_FOCUS, PLAIN_TEXT

SEEN_KEY = "tour/seen"
STEP_KEY = "tour/step"


def tour_seen(settings: QSettings) -> bool:
    return str(settings.value(SEEN_KEY, "false")).lower() in ("true", "1")


def tour_step(settings: QSettings) -> int:
    """The step shown last (0 for the first), 0 when none was stored or it does not read."""
    try:
        return int(settings.value(STEP_KEY, 0))
    except (TypeError, ValueError):
        return 0


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
        self.go(tour_step(settings))  # where the last bar was (a rebuild, the last run)

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
        if tour_step(self.settings) != self.step:
            self.settings.setValue(STEP_KEY, self.step)

    def finish(self) -> None:
        """Close the tour and remember that it was seen."""
        self.settings.setValue(SEEN_KEY, True)
        self.settings.remove(STEP_KEY)  # brought back (帮助 → 入门导览), it starts at step 1
        self.hide()
        self.closed.emit()
