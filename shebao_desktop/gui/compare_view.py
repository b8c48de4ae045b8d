"""比较退休时间: the statutory, earliest and latest elective months and up to two months of the
user's own side by side (core.decide.compare), computed off the GUI thread while the tab is
visible; "选这个" under a column makes it the plan's retirement month (one undo step)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Optional, Sequence
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.errors import ProfileError
from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from ..presentation.formats import ESTIMATE_MARK, number
from .decide_common import Background, status_and_table
from .goal_view import GoalBox
from .labels import age_text, money, month_count, paid_until, percent
from .notices import error_text
from .session import Session

MAX_CUSTOM = 2
#: the own months of the user, per session: kept when the window is rebuilt for another language,
#: dropped when another profile is opened
_KEPT_MONTHS: "WeakKeyDictionary[Session, list[str]]" = WeakKeyDictionary()


def _window(profile: Profile, as_of: YearMonth):
    from ..core.sweep import retirement_months
    return retirement_months(profile, as_of=as_of)


def compare_work(profile: Profile, as_of: YearMonth, custom: Sequence[YearMonth]):
    """(window, choices) for the window's months, the plan's month and ``custom`` (off-thread).
    The months offered are those one can still choose (core.sweep.open_months)."""
    from ..core.decide.compare import compare
    from ..core.sweep import open_months
    window = _window(profile, as_of)
    first, last = open_months(profile, window, as_of)
    months = [window.statutory_month, first, last]
    if profile.retirement is not None:
        months.append(profile.retirement)
    months += [m for m in custom if first <= m <= last]
    months = sorted(dict.fromkeys(months))
    return window, compare(profile, months, as_of=as_of)


def _mark(estimate) -> str:
    """The mark after a title, when the plan's pension rests on estimates (the pension card's
    rule); else nothing."""
    from .summary_cards import pension_estimated
    return f" {ESTIMATE_MARK}" if estimate is not None and pension_estimated(estimate) else ""


def years_text(value: Optional[Decimal]) -> str:
    return "—" if value is None else f"{value.quantize(Decimal('0.1'))}"


class CompareView(QWidget):
    """``columns`` (after a result): the retirement month of each column, left to right."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None,
                 work: Callable[..., Any] = compare_work):
        super().__init__(parent)
        self.session, self._work = session, work
        self.columns: list[YearMonth] = []
        self.choices: list[Any] = []
        self.unpaid_text = ""
        self.stale = True
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.customs: list[QComboBox] = []
        for n in range(MAX_CUSTOM):
            top.addWidget(QLabel(self.tr("自选月份 {0}").format(n + 1), self))
            box = QComboBox(self)
            box.setToolTip(self.tr("在弹性退休范围内另选一个月份加入比较"))
            box.activated.connect(self._custom_changed)
            self.customs.append(box)
            kept = _KEPT_MONTHS.get(session, [])
            if n < len(kept) and kept[n]:  # the language changed: the months stay chosen
                box.addItem("—", "")
                box.addItem(kept[n], kept[n])
                box.setCurrentIndex(1)
            top.addWidget(box)
        top.addStretch(1)
        from .decide_print import PrintBar
        self.print_bar = PrintBar(self, "shebao-compare", self)  # 打印 / 导出 PDF of the table
        top.addWidget(self.print_bar)
        layout.addLayout(top)
        self.status, self.table = status_and_table(self, layout)
        self.goal = GoalBox(session, self)  # 补缴 when short of the minimum; goal seek
        layout.addWidget(self.goal)
        self.note = QLabel(self.tr(
            "金额单位：元。回本年龄：领取的养老金累计超过个人缴纳的养老保险费的年龄（另一行含单位缴费）；"
            "可继承余额：个人账户扣除已按月计发部分后的余额。金额为名义值，“今日”行按今日购买力折算："
            "过去的金额（缴费，以及退休月已过去时的养老金）按通胀折到今天（所以可能高于名义金额），今后的折回今天。"
            "最低缴费年限：提前退休按所选退休年份的标准，推迟退休按法定退休年份的标准（人社部发〔2024〕94号）。"
            "以上均为估算，假设见“假设与公积金”。"), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 12px;")
        layout.addWidget(self.note)
        self.background = Background(self)
        self.background.done.connect(self._show)
        session.estimate_changed.connect(self._inputs_changed)
        session.profile_loaded.connect(self._forget_customs)

    def _forget_customs(self) -> None:
        """Another profile opened: its comparison starts without the last person's months."""
        _KEPT_MONTHS.pop(self.session, None)
        for box in self.customs:
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.stale = True

    # -- when to compute -------------------------------------------------------------------
    def _inputs_changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.compute()

    def showEvent(self, event) -> None:  # noqa: N802 - the Qt name
        super().showEvent(event)
        if self.stale:
            self.compute()

    def _custom_changed(self, _index: int) -> None:
        _KEPT_MONTHS[self.session] = [box.currentData() or "" for box in self.customs]
        self.stale = True
        self.compute()

    def custom_months(self) -> list[YearMonth]:
        return [YearMonth.parse(box.currentData()) for box in self.customs if box.currentData()]

    def compute(self) -> None:
        if self.session.missing or self.session.estimate is None:
            self.stale = False
            self._clear(self.tr("还不能比较：请先补全输入，使主结果能够计算。"))
            return
        self.stale = False
        from ..core.retirement import retirement_settled
        self.goal.show_goal(not self.session.estimate.retired_by_as_of)
        settled = retirement_settled(self.session.profile, self.session.estimate)
        for box in self.customs:
            box.setEnabled(not settled)
        if settled:
            self._clear(self.tr("已于 {0} 退休：退休时间已经确定，这里不再比较各个退休月份。").format(
                self.session.estimate.retirement.chosen_month))
            self.goal.compute_shortfall()  # 补缴 still applies when short of the minimum
            return
        profile, as_of, custom = self.session.profile, self.session.as_of, self.custom_months()
        self.status.setText(self.tr("正在计算…"))
        self.background.run(lambda: self._work(profile, as_of, custom))
        self.goal.compute_shortfall()

    # -- showing ---------------------------------------------------------------------------
    def _clear(self, message: str) -> None:
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.columns, self.choices = [], []
        self.status.setText(message)

    def _show(self, result: Any, error: Any) -> None:
        if error is not None:
            self._clear(self.tr("无法比较：{0}").format(
                error_text(error) if isinstance(error, ProfileError) else self.tr("计算失败")))
            return
        window, choices = result
        self._fill_customs(window)
        self.choices = list(choices)
        self.columns = [c.retirement_month for c in self.choices]
        #: said over the table (and printed under it) when a month is short of the minimum years
        self.unpaid_text = "" if all(c.minimum_met for c in self.choices) else self.tr(
            "“不可领取”：在该月退休时缴费不满最低年限（差几个月见“满足最低年限”一行），"
            "补足之前不发养老金。")
        # the statutory month past, none paid since: no later month (core.sweep.open_months)
        passed = self.tr("法定退休时间 {0} 已过，之后没有缴费记录：弹性延迟退休须在达到法定退休年龄前"
                         "与单位书面约定（人社部发〔2024〕94号），所以不列更晚的月份。已过去的月份，"
                         "只在你确实已于那个月退休时选择。").format(
            window.statutory_month) if self.columns[-1:] == [window.statutory_month] \
            and window.statutory_month <= self.session.as_of else ""
        self.status.setText("\n".join(text for text in (passed, self.unpaid_text) if text))
        self._fill_table(window)

    def _fill_customs(self, window) -> None:
        from ..core.sweep import open_months  # loaded with the first result of the tab
        first, last = open_months(self.session.profile, window, self.session.as_of)  # none past
        for box in self.customs:
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem("—", "")
            month = first
            while month <= last:
                box.addItem(str(month), str(month))
                month = month + 1
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.blockSignals(False)

    def plan_month(self) -> Optional[YearMonth]:
        return self.session.profile.retirement

    def _column_title(self, window, month: YearMonth, age, kinds: Sequence[str] = ()) -> str:
        names = []
        if month == window.statutory_month:
            names.append(self.tr("法定"))
        if "earliest_ahead" in kinds:  # the earliest month of the window is past: from next month
            names.append(self.tr("最早（今后）"))
        elif month == window.earliest_month:
            names.append(self.tr("最早"))
        if month == window.latest_month:
            names.append(self.tr("最晚"))
        if not names:
            names.append(self.tr("自选"))
        if month < self.session.as_of:  # open because nothing was paid since (trial 8)
            names.append(self.tr("已过去"))
        return self.tr("{0}\n{1}（{2}）").format("/".join(names), month, age_text(str(age)))

    def rows(self) -> list[tuple[str, Callable[[Any], str]]]:
        """(title, text of a column): the titles of the figures resting on estimates marked ※ by
        the pension card's rule, on screen and in print (the years paid are none of them)."""
        yes = self.tr("是")
        yuan = money  # amounts in yuan, said once in the note under the table
        mark = _mark(self.session.estimate)
        unpaid = self.tr("不可领取")

        def paid(text: Callable[[Any], str]) -> Callable[[Any], str]:
            """A figure of the pension, said not payable in a month short of the minimum years
            (the core's ``minimum_met``: nothing is paid; the months short are in their row)."""
            return lambda c: text(c) if c.minimum_met else unpaid

        rows = [
            (self.tr("月养老金（退休时）"), paid(lambda c: yuan(c.total))),
            (self.tr("月养老金（今日购买力）"), paid(lambda c: yuan(c.total_today))),
            (self.tr("　基础养老金"), paid(lambda c: money(c.basic))),
            (self.tr("　个人账户养老金"), paid(lambda c: money(c.account))),
            (self.tr("　过渡性养老金"), paid(lambda c: money(c.transitional))),
            (self.tr("　地方加发"), paid(lambda c: money(c.extra))),
            (self.tr("替代率"), paid(lambda c: percent(c.replacement_rate))),
            (self.tr("缴费年限"), lambda c: self.tr("{0} 年").format(c.contribution_years)),
            (self.tr("最低缴费年限"), lambda c: self.tr("{0} 年").format(number(c.minimum_years))),
            (self.tr("满足最低年限"), lambda c: (yes if c.minimum_paid else paid_until(c) if c.minimum_reached_month is None
                                  else self.tr("缴到 {0} 满足").format(c.minimum_reached_month))
             if c.minimum_met else self.tr("否，差 {0}").format(month_count(c.shortfall_months))),
            (self.tr("个人缴纳养老保险费合计"), lambda c: yuan(c.contributions_personal)),
            (self.tr("　今日购买力"), lambda c: yuan(c.contributions_personal_today)),
            (self.tr("领取至80岁合计"), lambda c: yuan(c.received_to_80)),
            (self.tr("　今日购买力"), lambda c: yuan(c.received_to_80_today)),
            (self.tr("领取至85岁合计"), lambda c: yuan(c.received_to_85)),
            (self.tr("　今日购买力"), lambda c: yuan(c.received_to_85_today)),
            (self.tr("回本年龄（个人缴费）"), paid(lambda c: self._age(c.break_even_age))),
            (self.tr("回本年龄（个人＋单位缴费）"), paid(lambda c: self._age(c.break_even_age_total))),
            (self.tr("75岁时可继承余额"), lambda c: yuan(c.inheritable_at_75)),
            (self.tr("80岁时可继承余额"), lambda c: yuan(c.inheritable_at_80)),
        ]
        plain = (self.tr("缴费年限"), self.tr("最低缴费年限"), self.tr("满足最低年限"))
        return [(title if title in plain else title + mark, text) for title, text in rows]

    def print_html(self) -> Optional[str]:
        """The table as shown, for printing (None without a result)."""
        if not self.choices or self.table.columnCount() != len(self.choices):
            return None
        from .decide_print import subtitle
        from .report import decision_html
        rows = self.rows()
        heads = [self.table.horizontalHeaderItem(n).text() for n in range(len(self.choices))]
        plan = self.plan_month()
        chosen = next((n for n, c in enumerate(self.choices) if c.retirement_month == plan
                       or plan is None and "statutory" in c.kinds), None)  # as on screen
        # the line on "not payable" over the table, then the goal's answers (not the
        # instructions for the screen)
        extra = "\n".join(part for part in (self.unpaid_text, self.goal.print_text()) if part)
        return decision_html(self.tr("退休时间比较"), heads,
                             [(title, [text(c) for c in self.choices]) for title, text in rows],
                             note=self.note.text(), subtitle=subtitle(self.session), chosen=chosen,
                             extra=extra)

    def _age(self, value: Optional[Decimal]) -> str:
        return self.tr("不回本") if value is None else self.tr("{0} 岁").format(years_text(value))

    def _fill_table(self, window) -> None:
        rows = self.rows()
        table = self.table
        table.clear()
        table.setColumnCount(len(self.choices))
        table.setRowCount(len(rows) + 1)
        table.setHorizontalHeaderLabels([self._column_title(window, c.retirement_month, c.age,
                                                            c.kinds) for c in self.choices])
        table.setVerticalHeaderLabels([""] + [title for title, _ in rows])
        plan = self.plan_month() or window.statutory_month
        highlight = QBrush(QGuiApplication.palette().color(QPalette.ColorRole.Highlight).lighter(170)
                           if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
                           else QColor("#2f4f6f"))
        self.buttons: list[QPushButton] = []
        for column, choice in enumerate(self.choices):
            chosen = choice.retirement_month == plan
            button = QPushButton(self.tr("当前计划") if chosen else self.tr("选这个"), table)
            button.setEnabled(not chosen)
            button.setToolTip(self.tr("把计划退休时间设为 {0}（可撤销）").format(choice.retirement_month))
            button.clicked.connect(lambda _c=False, m=choice.retirement_month, w=window: self.choose(m, w))
            self.buttons.append(button)
            table.setCellWidget(0, column, button)
            for row, (_title, text) in enumerate(rows, start=1):
                item = QTableWidgetItem(text(choice))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if chosen:
                    item.setBackground(highlight)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)

    def text_at(self, row_title: str, column: int) -> str:
        """The text shown in a row (by its title) and column (tests)."""
        titles = [title.removesuffix(_mark(self.session.estimate)) for title, _ in self.rows()]
        return self.table.item(titles.index(row_title) + 1, column).text()

    def choose(self, month: YearMonth, window=None) -> None:
        """Make ``month`` the plan's retirement month (the statutory month is stored as none)."""
        statutory = window.statutory_month if window is not None else None
        value = None if month == statutory else str(month)
        self.session.update(self.tr("选择退休时间 {0}").format(month), None, retirement=value)
