"""快速填写过去的记录 (issue 11): "从 2013-07 起 6,000，每年 +6 % 到现在" or "每年同一指数" fills
the past rows in one step (core.decide.quick_history), instead of typing them one by one.

The rows replace the rows of the months they cover (the others stay), are ordinary rows
afterwards (editable in the table) and come in as one undo step.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QRadioButton, QVBoxLayout, QWidget)

from ..core.errors import ProfileError
from .glossary import term_tip
from .labels import money, region_name
from .notices import error_text
from .session import Session
from .widgets import DecimalSpin, MonthEdit


def _spin(parent: QWidget, high: str, places: int, value: str, suffix: str = "") -> DecimalSpin:
    box = DecimalSpin("0", high, places, suffix=suffix, parent=parent)
    box.set_decimal(Decimal(value))
    box.setGroupSeparatorShown(True)
    return box


def default_start(session: Session):
    """Where the person's past begins: the work start entered, else the month after the last
    row, else the 16th birthday (the youngest working age); never after last month."""
    profile = session.profile
    if profile.work_start is not None:
        start = profile.work_start
    elif profile.history:
        start = max(m for row in profile.history for m in row.months_covered()) + 1
    else:
        start = profile.birth + 12 * 16
    return min(start, session.as_of + -1)


class QuickHistoryDialog(QDialog):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self.setWindowTitle(self.tr("快速填写过去的记录"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("按一句话生成过去各年的记录（地区：{0}），到本月以前为止。生成的行可以在表格中逐行修改，"
                               "也可以撤销。").format(region_name(session.profile.region)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = MonthEdit(self, low=1950, high=session.as_of.year)
        self.start.set_month(default_start(session))
        form.addRow(self.tr("起始年月"), self.start)
        self.by_amount = QRadioButton(self.tr("按金额，每年增长"), self)
        self.by_index = QRadioButton(self.tr("每年同一缴费指数"), self)
        self.by_index.setToolTip(term_tip("contribution_index"))
        group = QButtonGroup(self)
        group.addButton(self.by_amount)
        group.addButton(self.by_index)
        self.by_amount.setChecked(True)
        self.amount = _spin(self, "1000000", 2, "6000", self.tr(" 元/月"))
        self.growth = _spin(self, "50", 1, "6", " %")
        self.index = _spin(self, "3", 2, "1")
        form.addRow(self.by_amount)
        form.addRow(self.tr("起始月工资"), self.amount)
        form.addRow(self.tr("每年增长"), self.growth)
        form.addRow(self.by_index)
        form.addRow(self.tr("缴费指数"), self.index)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in (self.amount, self.growth, self.index):
            box.valueChanged.connect(self.refresh)
        self.start.month_changed.connect(self.refresh)
        self.by_amount.toggled.connect(self.refresh)
        self.refresh()

    def generate(self) -> list:
        from ..core.decide.quick_history import generated_rows
        profile, as_of = self.session.profile, self.session.as_of
        if self.by_index.isChecked():
            return generated_rows(self.start.month(), None, None, profile.region,
                                  index=self.index.decimal(), as_of=as_of)
        return generated_rows(self.start.month(), self.amount.decimal(), None, profile.region,
                              growth=self.growth.decimal() / 100, as_of=as_of)

    def refresh(self, *_args) -> None:
        self.amount.setEnabled(self.by_amount.isChecked())
        self.growth.setEnabled(self.by_amount.isChecked())
        self.index.setEnabled(self.by_index.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.rows = [g.row for g in self.generate()]
        except ProfileError as exc:
            self.rows = []
            self.preview.setText(error_text(exc))
            ok.setEnabled(False)
            return
        first, last = self.rows[0], self.rows[-1]
        self.preview.setText(self.tr("将生成 {0} 行：{1} 起 {2} 元 … {3} {4} 元；这些月份原有的行被替换。").format(
            len(self.rows), first.period, money(first.amount), last.period, money(last.amount)))
        ok.setEnabled(bool(self.rows))

    def apply(self) -> None:
        """The rows in place of those of the months they cover, as one undo step."""
        if not self.rows:
            return
        covered = {m for row in self.rows for m in row.months_covered()}
        kept = [row for row in self.session.profile.history
                if not covered.intersection(row.months_covered())]
        rows = sorted(kept + self.rows, key=lambda row: row.first_month)
        if self.session.update(self.tr("快速填写过去的记录"), None,
                               history=[row.model_dump(mode="json") for row in rows]):
            self.accept()


def quick_history(session: Session, parent: Optional[QWidget] = None) -> QuickHistoryDialog:
    dialog = QuickHistoryDialog(session, parent)
    dialog.open()
    return dialog


