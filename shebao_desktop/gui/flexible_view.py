"""灵活就业缴费档次: paying as a flexible worker from next month at 60 %–300 % of the regional
average base, side by side (core.decide.flexible), computed off the GUI thread while the tab is
visible. The medical insurance is shown apart: it is paid separately and buys no pension."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QLabel, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.errors import ProfileError
from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from .decide_common import Background, fit_to_rows, status_and_table
from .labels import money
from .notices import error_text
from .session import Session

LEVELS = (Decimal("0.6"), Decimal("0.8"), Decimal("1"), Decimal("1.5"), Decimal("2"), Decimal("3"))


def flexible_work(profile: Profile, as_of: YearMonth):
    from ..core.decide.flexible import flexible_levels
    return flexible_levels(profile, LEVELS, as_of=as_of)


def level_title(level: Decimal) -> str:
    return f"{(level * 100).quantize(Decimal(1))}%"


class FlexibleView(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None,
                 work: Callable[..., Any] = flexible_work):
        super().__init__(parent)
        self.session, self._work = session, work
        self.levels: list[Any] = []
        self.nothing = ""  # no level to choose: why (the status line), else empty
        self.stale = True
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "如果从下个月起按灵活就业人员缴费、直到计划退休：各缴费档次（当地平均缴费基数的百分比）"
            "每月要交多少、到退休共交多少、养老金多多少、多交的钱几年领回。"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        from .decide_print import PrintBar
        self.print_bar = PrintBar(self, "shebao-flexible", self)  # 打印 / 导出 PDF of the table
        layout.addWidget(self.print_bar, 0, Qt.AlignmentFlag.AlignRight)
        self.status, self.table = status_and_table(self, layout)
        # as tall as its rows (trial 2: 8 rows' room for 7 left an empty area over the note,
        # and the note was cut off at the bottom): the page scrolls when it does not fit
        fit_to_rows(self.table, layout)
        self.note = QLabel(self.tr(
            "金额单位：元。缴费只含养老保险（灵活就业人员全部自付）；医疗保险另行缴纳，不增加养老金。"
            "“多交部分几年领回”＝比60%档多交的钱 ÷ 每年多领的养老金；各档相同或相近，因为多交的钱和多领的"
            "养老金都与档次高出 60% 的部分成正比。以上均为估算。"), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 12px;")
        layout.addWidget(self.note)
        layout.addStretch(0)  # takes the room only while the table is hidden (no level to choose)
        self.background = Background(self)
        self.background.done.connect(self._show)
        session.estimate_changed.connect(self._inputs_changed)

    def _inputs_changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.compute()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.compute()

    def compute(self) -> None:
        self.stale = False
        if self.session.missing or self.session.estimate is None:
            self._clear(self.tr("还不能比较：请先补全输入，使主结果能够计算。"))
            return
        profile, as_of = self.session.profile, self.session.as_of
        self.status.setText(self.tr("正在计算…"))
        self.background.run(lambda: self._work(profile, as_of))

    def _clear(self, message: str) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.levels, self.nothing = [], ""
        self.status.setText(message)

    def rows(self) -> list[tuple[str, Callable[[Any], str]]]:
        yuan = money  # amounts in yuan, said once in the note under the table
        return [
            (self.tr("每月养老保险费（现在）"), lambda v: yuan(v.monthly_cost)),
            (self.tr("到退休共交"), lambda v: yuan(v.total_cost)),
            (self.tr("月养老金（退休时）"), lambda v: yuan(v.total)),
            (self.tr("月养老金（今日购买力）"), lambda v: yuan(v.total_today)),
            (self.tr("比60%档每月多领"), lambda v: yuan(v.gain_over_lowest)),
            (self.tr("多交部分几年领回"), lambda v: self.tr("—") if v.years_to_recover is None
             else str(v.years_to_recover.quantize(Decimal("0.1")))),
            (self.tr("医疗保险（另交，每月）"), lambda v: yuan(v.medical_monthly)),
        ]

    def _show(self, result: Any, error: Any) -> None:
        if error is not None:
            self._clear(self.tr("无法计算：{0}").format(
                error_text(error) if isinstance(error, ProfileError) else self.tr("计算失败")))
            return
        levels = list(result)
        if levels and not levels[0].months_to_pay:  # the core: no month left to pay a level for
            self._clear(self.nothing_to_choose(levels[0]))
            self.nothing = self.status.text()
            self.note.hide()
            self.table.hide()  # no empty table under the sentence
            self.print_bar.setEnabled(False)  # nothing to print
            return
        self.levels, self.nothing = levels, ""
        self.note.show()
        self.table.show()
        self.print_bar.setEnabled(True)
        self.status.setText("")
        rows = self.rows()
        table = self.table
        table.clear()
        table.setColumnCount(len(self.levels))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([level_title(v.level) for v in self.levels])
        table.setVerticalHeaderLabels([title for title, _ in rows])
        for column, level in enumerate(self.levels):
            for row, (_title, text) in enumerate(rows):
                item = QTableWidgetItem(text(level))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def nothing_to_choose(self, level: Any) -> str:
        """Why there is no table: no contribution month is left before the retirement month."""
        if level.retirement_passed:
            return self.tr("计划退休时间（{0}）已过：今后没有要交的养老保险费，也就没有缴费档次可选。"
                           "如打算推迟退休，请先在“个人信息”里选一个今后的退休时间。").format(
                level.retirement_month)
        return self.tr("计划退休时间（{0}）就在下个月：退休前已没有要交的养老保险费，"
                       "也就没有缴费档次可选。").format(level.retirement_month)

    def print_html(self) -> Optional[str]:
        """The table as shown, for printing (None without a result)."""
        if not self.levels:
            return None
        from .decide_print import subtitle
        from .report import decision_html
        return decision_html(self.tr("灵活就业缴费档次比较"), [level_title(v.level) for v in self.levels],
                             [(title, [text(v) for v in self.levels]) for title, text in self.rows()],
                             note=self.note.text(), subtitle=subtitle(self.session),
                             extra=self.intro.text())

    def text_at(self, row_title: str, column: int) -> str:
        titles = [title for title, _ in self.rows()]
        return self.table.item(titles.index(row_title), column).text()
