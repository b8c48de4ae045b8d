"""快速估算 (issue 11): a 12333-style first answer from the four numbers on a 个人权益记录单 --
the current contribution base, the years paid so far, the average index and the pension-account
balance -- above the full inputs. The person (birth, gender, region) is the profile's. "用作完整
记录" writes the four numbers into the profile's statement fields (one undo step). The first
answer: contributions at the current base to the planned retirement (none if retired).

The five fields show the profile's own figures and follow it as it changes (a pasted history,
a wage edited in the table, another profile opened): 当前月缴费基数 is the profile's wage from
now on (未来月工资) or, without one, the latest row at or before this month; the other four are
the statement's and the profile's 视同缴费年限. A field the person typed into keeps what was
typed (a trial of other figures) until 用作完整记录 writes it into the profile or another
profile is opened.

Rows and no statement (new-user trial, 张伟: years 0, index 1, balance 0): the statement fields
show the profile's estimate at the end of last year (core figures_so_far), dated so. An answer
not the full calculation's says so, naming the full figure; 用作完整记录 on a profile with rows or
a statement first asks, naming what would be replaced (then undoable).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from ..core.decide.quick_history import (FiguresSoFar, current_base, figures_so_far,
                                         quick_statement, unpaid_rows)
from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from ..presentation.formats import number
from .glossary import term_tip
from .labels import gender_labels, region_name
from .session import Session
from .simple_record import UseAsRecord
from .simple_words import answer_html, retired_text, source_line
from .month_field import CheckedMonth
from .widgets import DecimalSpin, hold_height


def _spin(parent: QWidget, high: str, places: int, step: str, suffix: str = "") -> DecimalSpin:
    box = DecimalSpin("0", high, places, step, suffix, parent)
    box.setGroupSeparatorShown(True)
    return box


class SimpleMode(QFrame, UseAsRecord):
    """The four numbers and the first answer; ``answer`` holds the estimate shown (tests)."""

    def __init__(self, session: Session, inputs: Optional[QTabWidget] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session, self.inputs = session, inputs
        self.answer = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 6)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("快速估算：只用权益记录单上的四个数字"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: 600; }")
        self.toggle.toggled.connect(self._expand)
        column.addWidget(self.toggle)
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        yuan = self.tr(" 元")
        self.base = _spin(self.body, "200000", 2, "100", yuan)
        self.years = _spin(self.body, "60", 2, "1", self.tr(" 年"))
        self.index = _spin(self.body, "5", 4, "0.1")
        self.balance = _spin(self.body, "100000000", 2, "1000", yuan)
        self.deemed = _spin(self.body, "50", 2, "1", self.tr(" 年"))
        self._typed: set[DecimalSpin] = set()  # fields the person typed into: kept on an edit
        self._figures: tuple = ()  # (profile, estimate, month, their figures): profile_figures
        self._refusal = ""  # a field's text refused since the last 估算 (said in the answer's place)
        for box in (self.base, self.years, self.index, self.balance, self.deemed):
            box.valueChanged.connect(lambda _value, box=box: self._typed_into(box))
            box.refused.connect(self._refused)
        # the statement's years are the years actually paid; deemed years (视同缴费年限, before
        # the personal account) are the profile's own field: each counted once
        self.deemed.setToolTip(self.tr("视同缴费年限：个人账户建立前按规定视同缴费的工龄（不在“实际缴费年限”内）；"
                                       "没有就填 0"))
        fields = ((self.tr("当前月缴费基数"), self.base, "contribution_base"),
                  (self.tr("实际缴费年限（不含视同）"), self.years, None),
                  (self.tr("平均缴费指数"), self.index, "contribution_index"),
                  (self.tr("养老保险个人账户余额"), self.balance, None),
                  (self.tr("视同缴费年限"), self.deemed, None))
        self.titles = {}  # key -> (its label, its title): a ※ is put after (field_marks)
        for n, (title, box, term) in enumerate(fields):
            label = QLabel(title, self.body)
            self.titles[next(k for k, b in self._boxes().items() if b is box)] = (label, title)
            # above its field, the two fields of a row side by side: a label has half the
            # panel's width, not what its field leaves (at 1024×700 当前月缴费基数 was one
            # character a line, trial 2). Wrapped only when even that is too narrow (a long
            # English label): the open panel needs no more width than the column has, so
            # opening it moves no column and no result tab (40.png)
            label.setWordWrap(True)
            label.setBuddy(box)
            if term:
                tip = term_tip(term)
                if box is self.index:  # not the Ī of 计算过程, which is at retirement (trial 13)
                    tip = self.tr("截至“记录单截至年月”的平均缴费指数；“计算过程”中的 Ī 是到退休时的，"
                                  "含今后预计缴费的月份。") + "\n" + tip
                label.setToolTip(tip)
                box.setToolTip(tip)
            grid.addWidget(label, n // 2 * 2, n % 2)
            grid.addWidget(box, n // 2 * 2 + 1, n % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # the month the statement figures stand at, beside 视同缴费年限: shown and typed over
        # like the figures (trial 3: a 2025-12 statement typed in was dated last month, 11
        # months of contributions short, and nothing said so or let it be changed)
        self.as_of = CheckedMonth(self.body, 1990, session.as_of.year, self.tr("记录单截至年月"))
        self.as_of.setToolTip(self.tr("权益记录单上的截至年月：缴费年限、指数和余额是哪个月底的数字"))
        self._date_typed = False  # typed by the person: kept as the figures typed are
        self.as_of.month_changed.connect(self._typed_date)
        date_label = self.date_label = QLabel(self.tr("记录单截至年月"), self.body)
        date_label.setWordWrap(True)
        date_label.setBuddy(self.as_of)
        grid.addWidget(date_label, 4, 1)
        grid.addWidget(self.as_of, 5, 1)
        grid.addWidget(self.as_of.note, 6, 0, 1, 2)  # why a typed month is refused
        self.person = QLabel(self.body)
        self.person.setWordWrap(True)
        self.person.setStyleSheet("font-size: 12px;")
        grid.addWidget(self.person, 8, 0, 1, 2)
        self.source = QLabel(self.body)  # where the statement figures come from, and their date
        self.source.setWordWrap(True)
        self.source.setStyleSheet("font-size: 12px;")
        grid.addWidget(self.source, 9, 0, 1, 2)
        buttons = QHBoxLayout()
        self.estimate_button = QPushButton(self.tr("估算"), self.body)
        self.estimate_button.clicked.connect(self.estimate)
        self.full_button = QPushButton(self.tr("用作完整记录 →"), self.body)
        self.full_button.setToolTip(self.tr("把这四个数字填入“缴费记录”页的对账单数据，继续补充逐年记录；"
                                            "档案已有缴费记录或对账单时，先说明会替换什么并请你确认"))
        self.full_button.clicked.connect(self.ask_use_as_record)
        self.undo_button = QPushButton(self.tr("撤销写入"), self.body)
        self.undo_button.setToolTip(self.tr("恢复写入前的档案"))
        self.undo_button.clicked.connect(self.undo_record)
        self.undo_button.hide()
        self.question, self._written_at = None, None  # asked before replacing; undo index after
        self._written_said: Optional[str] = None  # the line saying so, as shown (kept on a rebuild)
        self._said_retired = False  # the answer's place says the person has retired
        buttons.addWidget(self.estimate_button)
        buttons.addWidget(self.full_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        # under the fields, the lines about the figures after it: it stays put as one types (trial 9)
        grid.addLayout(buttons, 7, 0, 1, 2)
        self.result = QLabel(self.body)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.result, 10, 0, 1, 2)
        for label in (self.source, self.result):  # two lines each from the start (trials 19, 20)
            label.ensurePolished()
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())
        grid.setRowStretch(11, 1)  # room to spare goes below, not between the rows above
        column.addWidget(self.body)
        self._fill_from_profile()
        session.profile_changed.connect(self._fill_from_profile)
        session.profile_loaded.connect(self.reset)  # nothing typed for one person stays for another
        # the figures from the profile's estimate, and the full figure an answer is set against
        session.estimate_changed.connect(self._estimate_changed)
        session.undo_stack.indexChanged.connect(self._undo_moved)
        self._open_for_profile()

    def _open_for_profile(self) -> None:
        """Open while the profile has nothing to estimate from (no statement, at most one row),
        closed otherwise: decided anew for each profile opened, not kept from the last one."""
        profile = self.session.profile
        self.toggle.setChecked(profile.statement is None and len(profile.history) <= 1)
        self._expand(self.toggle.isChecked())

    def _expand(self, on: bool) -> None:
        self.body.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def reset(self) -> None:
        """The four numbers from the newly opened profile; the last person's answer gone."""
        self.answer = None
        self.result.setText("")
        self.body.setMinimumHeight(0)  # another person's lines: the height held is theirs
        self._typed.clear()
        self._date_typed = False
        self._fill_from_profile()
        self._open_for_profile()

    def profile_figures(self) -> dict:
        """The five figures as the profile has them (what the fields show until typed over):
        the statement's, else those its estimate has at the end of last year (rows, no
        statement), else none paid yet."""
        p, full, today = self.session.profile, self.session.estimate, self.session.as_of
        kept = self._figures  # asked ~6 times an edit: worked out once (identity: not compared)
        if kept and kept[0] is p and kept[1] is full and kept[2] == today:
            return kept[3]
        st, so_far = p.statement, self.so_far()
        figures = {"base": current_base(p, today, full), "deemed": p.deemed_years}
        if st is not None:
            figures.update(years=st.contribution_years, index=st.average_index,
                           balance=st.pension_balance)
        elif so_far is not None:
            figures.update(years=so_far.contribution_years, index=so_far.average_index,
                           balance=so_far.pension_balance)
        else:
            figures.update(years=Decimal(0), index=Decimal(1), balance=Decimal(0))
        self._figures = (p, full, today, figures)
        return figures

    def so_far(self) -> Optional[FiguresSoFar]:
        """Rows and no statement: what the estimate has paid up to the end of last year."""
        p, full = self.session.profile, self.session.estimate
        if p.statement is not None or not p.history or full is None:
            return None
        return figures_so_far(full)

    def _own_figures(self) -> bool:  # the three statement fields show the profile's figures
        return self.boxes_show(**{k: self.profile_figures()[k] for k in ("years", "index", "balance")})

    def boxes_show(self, **figures: Decimal) -> bool:
        """Whether the fields named show these figures (as a field shows them: rounded)."""
        boxes = self._boxes()
        return all(boxes[key].decimal() == boxes[key].read_text(boxes[key].textFromValue(
            float(value))) for key, value in figures.items())

    def figures_date(self) -> YearMonth:
        """The month the statement figures stand at (shown in 记录单截至年月): the month typed
        there; else last month when the fields hold other figures than the profile's (typed: up
        to now); else the statement's date, or the end of last year (figures from the rows), or
        last month (none yet)."""
        if self._date_typed:
            return self.as_of.month()
        if not self._own_figures():
            return self.session.as_of + -1
        st, so_far = self.session.profile.statement, self.so_far()
        if st is not None:
            return st.as_of
        return so_far.as_of if so_far is not None else self.session.as_of + -1

    def _source_line(self) -> None:
        # a line coming and going as rows are typed moved the table below (trial 10)
        hold_height(self.body)
        source_line(self)  # where the figures come from, and the ※ they carry

    def _boxes(self) -> dict[str, DecimalSpin]:
        return {"base": self.base, "years": self.years, "index": self.index,
                "balance": self.balance, "deemed": self.deemed}

    def _fill_from_profile(self) -> None:
        """The profile's figures in the fields the person has not typed into."""
        boxes = self._boxes()
        for key, value in self.profile_figures().items():
            if boxes[key] not in self._typed:
                boxes[key].set_decimal(value)
        self._person_line()
        self._source_line()
        self._retired_state()

    def _retired_state(self) -> None:
        """Already retired (the estimate's retirement month at or before its month): the quick
        estimate is not offered, said in its answer's place, its fields and 估算 off.
        用作完整记录 stays: it records figures (asking first, undoable), it estimates nothing."""
        full = self.session.estimate
        retired = full is not None and full.retired_by_as_of
        for widget in (*self._boxes().values(), self.as_of, self.estimate_button):
            widget.setEnabled(not retired)
        if retired:
            self.answer = None
            self.result.setText(retired_text(full))
        elif self._said_retired:
            self.result.setText("")
        self._said_retired = retired

    def _typed_into(self, box: DecimalSpin) -> None:
        self._typed.add(box)
        self._source_line()

    def _typed_date(self, _month: YearMonth) -> None:
        self._date_typed = True
        self._source_line()

    def _estimate_changed(self) -> None:
        """The figures from the new estimate, and the answer set against its full figure."""
        self._fill_from_profile()
        if self.answer is not None:
            self._show_answer()

    def _person_line(self) -> None:
        p = self.session.profile
        self.person.setText(self.tr("按“个人信息”页：{0}，{1}，{2} 出生（在那里修改）").format(
            region_name(p.region), gender_labels().get(p.gender, p.gender), p.birth))

    def four_numbers(self) -> dict:
        return {"base": self.base.decimal(), "years": self.years.decimal(),
                "index": self.index.decimal(), "balance": self.balance.decimal(),
                "deemed": self.deemed.decimal()}

    def _statement(self) -> dict:
        n = self.four_numbers()
        return quick_statement(self.session.profile, self.session.estimate, self.figures_date(),
                               n["years"], n["index"], n["balance"])

    def unpaid_rows(self) -> list[dict]:
        """With the profile's own figures: the months of this year its estimate leaves unpaid,
        as rows (core ``unpaid_rows``); typed figures stand at last month: none."""
        if self._date_typed or not self._own_figures():
            return []
        return unpaid_rows(self.session.estimate, self.figures_date(), self.session.profile.region)

    def simple_profile(self) -> Profile:
        """The profile's person with only the four numbers (no rows): the first answer's input."""
        data = self.session.profile.model_dump()
        data.update(history=self.unpaid_rows(), statement=self._statement(), deemed_years=str(self.four_numbers()["deemed"]),
                    future={**data["future"], "monthly_wage": str(self.four_numbers()["base"]),
                            "continue_contributing": self.four_numbers()["base"] > 0})  # 0: none
        return Profile.model_validate(data)

    def _refused(self, message: str) -> None:
        """A field refused its text and went back to its value: said where the answer goes, and
        the next 估算 stops at it (trial 12: "abc" in the base went back to 11,068.86, red, and
        估算 answered for 11,068.86 without a word)."""
        self._refusal = message
        self.answer = None
        self.result.setText(message)

    def estimate(self) -> None:
        if self._said_retired:
            return
        if self._refusal:  # said once more, then the figures shown are taken as meant
            self.result.setText(self._refusal + self.tr("。请核对后再按“估算”。"))
            self._refusal = ""
            return
        if self.figures_date() >= self.session.as_of:
            self.answer = None
            self.result.setText(self.tr("记录单截至年月应早于本月（{0}）：权益记录单只记到已过去的月份。")
                                .format(self.session.as_of))
            return
        if self.four_numbers()["base"] <= 0 and self.session.profile.future.continue_contributing \
                and not self._retired_by_figures():  # retired by then: no base to pay on
            self.answer = None
            self.result.setText(self.tr("请填写当前月缴费基数（权益记录单或工资条上的缴费工资）。"))
            return
        if self.years_refused():
            return
        try:
            profile = self.simple_profile()
        except ValueError:
            self.answer = None
            self.result.setText(self.tr("这些数字无法组成有效的输入，请检查。"))
            return
        self.answer = self.session.estimate_for(profile)
        self.as_of.settle_note()
        if self.answer is None:
            self.result.setText(self.tr("无法估算：请检查个人信息和这四个数字。"))
            return
        self._show_answer()

    def _retired_by_figures(self) -> bool:
        """Retired (chosen, else statutory month) by 记录单截至年月: no base asked for (trial 19)."""
        from ..core.sweep import retirement_months
        try:
            window = retirement_months(self.session.profile, as_of=self.session.as_of)
        except ValueError:
            return False
        return (self.session.profile.retirement or window.statutory_month) <= self.figures_date()

    def years_refused(self) -> bool:
        """Whether the years typed cannot be (more than from the 14th birthday, the youngest age
        the rows accept, to 记录单截至年月: trial 5, 40 typed for 14): then no answer, the
        reason in its place."""
        n = self.four_numbers()
        start = self.session.profile.birth + 12 * 14
        span = Decimal(max(0, self.figures_date() - start)) / 12
        if n["years"] + n["deemed"] <= span:
            return False
        self.answer = None
        self.result.setText(self.tr("实际缴费年限 {0} 年加视同缴费年限 {1} 年，多于从 14 周岁（{2}）到记录单截至年月"
                       "（{3}）的 {4} 年：请核对权益记录单上的缴费年限。").format(
            number(n["years"], 2), number(n["deemed"], 2), start, self.figures_date(),
            number(span, 2)))
        return True

    def _show_answer(self) -> None:
        self.result.setText(answer_html(self.answer, self.session.estimate))


def with_simple_mode(session: Session, inputs: QTabWidget, parent: QWidget) -> QWidget:
    """``inputs`` with the quick estimate above it (the main window's middle column)."""
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    holder.simple = SimpleMode(session, inputs, holder)
    column.addWidget(holder.simple)
    column.addWidget(inputs, 1)
    return holder
