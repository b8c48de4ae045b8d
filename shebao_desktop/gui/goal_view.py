"""Under the comparison table (issue 11): 补缴 when the plan's month is short of the minimum years
(core.decide.shortfall.make_up), and goal seek -- "I want X a month in today's money at my
planned retirement" (the statutory month unless another is chosen; core.decide.goal.goal_seek):
the index, the later month or the wage it takes, each saying when the law does not allow it.
Computed off the GUI thread."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Optional
from weakref import WeakKeyDictionary

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from ..presentation import formats
from ..presentation.decide_words import goal_why, level_answer, level_reached
from .decide_common import Background
from .i18n import current_language
from .labels import english, money, month_count
from .session import Session


def make_up_work(profile: Profile, as_of: YearMonth):
    from ..core.decide.shortfall import make_up
    return make_up(profile, as_of=as_of)


def goal_work(profile: Profile, target: Decimal, as_of: YearMonth):
    """The goal at the plan's retirement month (the statutory one unless another is chosen):
    trial 18, a plan retiring 2051-07 read "目前计划：约 9,104.36 元" -- the statutory month's
    figure -- and "已经达到" a goal of 9,000 its own 8,395.98 does not reach."""
    from ..core.decide.goal import goal_seek
    return goal_seek(profile, target, as_of=as_of, retirement=profile.retirement)


#: per session: the goal, the estimate the line under it speaks of and what the line said (a
#: kind and its subject, said again in the new language): kept when the window is rebuilt for
#: another language, so a switch is not taken for an edit (trial: "输入已改" after a switch);
#: dropped when another profile is opened
_KEPT: "WeakKeyDictionary[Session, dict]" = WeakKeyDictionary()
#: the window's QSettings: the last goal typed and the profile (its id) it was typed for, so a
#: restart on the same profile keeps it (trial: 9000 went back to 8000)
TARGET_KEY, PROFILE_KEY, LAST_PROFILE_KEY = "decide/goal_target", "decide/goal_profile", "profiles/last"


def _colon() -> str:
    """The colon after a line's title: full width in Chinese, ": " in English."""
    return "：" if current_language().startswith("zh") else ": "


def _capital(text: str) -> str:
    """The catalogue's words opening a line: capitalised in English (Chinese unchanged)."""
    return text[:1].upper() + text[1:]


class _Line(QLabel):
    """A wrapped line that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    allowed = True  # False: kept hidden whatever it says (GoalBox.show_goal)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text) and self.allowed)


class GoalBox(QWidget):
    """``goal`` / ``shortfall``: the core's last answers (tests)."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.goal = self.shortfall = None
        self._generation = self._asked = 0  # profiles opened; the one a goal run was asked in
        self._answered = None  # the estimate the line under the goal speaks of
        self._scrolled_at_ask: Optional[int] = None  # the page's scroll position when asked
        self._following: Optional[tuple] = None  # the answer kept in sight: (bar, slots)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.shortfall_text = _Line(self)
        column.addWidget(self.shortfall_text)
        row = QHBoxLayout()
        title = self.goal_title = QLabel(self.tr("目标：计划退休时每月（今日购买力）"), self)
        title.setWordWrap(True)  # two lines rather than a page wider than its column (English)
        row.addWidget(title, 1)  # the room left is the title's: one line when it fits
        self.target = QDoubleSpinBox(self)
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(0)
        self.target.setSingleStep(500)
        self.target.setGroupSeparatorShown(True)
        self.target.setSuffix(self.tr(" 元"))
        kept = _KEPT.setdefault(session, {})
        self.target.setValue(kept.get("target", 0.0))
        self.target.valueChanged.connect(self._target_typed)
        row.addWidget(self.target)
        self.seek = QPushButton(self.tr("要怎样才能达到？"), self)
        self.seek.clicked.connect(self.compute_goal)
        row.addWidget(self.seek)
        column.addLayout(row)
        self.goal_text = _Line(self)
        column.addWidget(self.goal_text)
        self.goal_runner = Background(self)
        self.goal_runner.done.connect(self._goal_done)
        self.shortfall_runner = Background(self)
        self.shortfall_runner.done.connect(self._shortfall_done)
        session.profile_loaded.connect(self._forget)
        self._answered = kept.get("answered")
        if self._answered is not None and self._answered is session.estimate:  # a language switch
            self._say(*kept["said"])
            if kept["said"][0] == "asking":  # the run asked for went with the old window
                self.compute_goal()

    # -- the goal kept ---------------------------------------------------------------------
    def _settings(self):
        return getattr(self.window(), "settings", None)

    def _stored_target(self) -> float:
        """The goal typed last for the profile open (0: none, another profile's, or unreadable)."""
        settings = self._settings()
        if settings is None or not str(settings.value(PROFILE_KEY, "")) or \
                str(settings.value(PROFILE_KEY, "")) != str(settings.value(LAST_PROFILE_KEY, "")):
            return 0.0
        try:
            target = int(Decimal(str(settings.value(TARGET_KEY, "0"))))
        except (InvalidOperation, ValueError, TypeError):
            return 0.0
        return float(target) if 0 < target <= self.target.maximum() else 0.0

    def _target_typed(self, value: float) -> None:
        _KEPT.setdefault(self.session, {}).update(target=value, default=False)
        settings = self._settings()
        if settings is not None:
            settings.setValue(TARGET_KEY, str(int(value)))
            settings.setValue(PROFILE_KEY, str(settings.value(LAST_PROFILE_KEY, "")))

    def _say(self, kind: str, subject: Any = None) -> None:
        """The line under the goal: ``kind`` of ``subject`` (an estimate, or a goal's answer),
        kept to be said again in another language."""
        e = subject
        if kind in ("first", "restored", "changed") and e.retirement.shortfall_months:
            kind = "short"  # not "目前计划约 2,870.57 元/月" of a pension not paid (trial 12)
        if kind == "short":
            text = self.tr("目前计划不能按月领取：缴费年限差 {0}（按现有年限算约 {1} 元/月，今日购买力）；"
                           "可填目标后按“要怎样才能达到？”。").format(
                month_count(e.retirement.shortfall_months), money(e.pension.total_today))
        elif kind == "first":
            text = self.tr("目前计划约 {0} 元/月（今日购买力）；目标先填为其向上取整到千元，可改后按"
                           "“要怎样才能达到？”。").format(money(e.pension.total_today))
        elif kind == "restored":  # the goal kept from the last run, not computed yet
            text = self.tr("目前计划约 {0} 元/月（今日购买力）；目标为上次所填，按“要怎样才能达到？”计算。"
                           ).format(money(e.pension.total_today))
        elif kind == "changed":
            text = self.tr("目前计划约 {0} 元/月（今日购买力）；输入已改，按“要怎样才能达到？”重新计算。"
                           ).format(money(e.pension.total_today))
        elif kind == "goal":
            text = self._goal_lines(subject)
        elif kind == "asking":
            text = self.tr("正在计算…")
        elif kind == "failed":
            text = self.tr("无法计算目标：请检查输入。")
        elif kind == "empty":
            text = self.tr("请填写想要的每月养老金（今日购买力）。")
        else:
            text = ""
        self.goal = subject if kind == "goal" else None
        self.goal_text.setText(text)
        _KEPT.setdefault(self.session, {}).update(answered=self._answered, said=(kind, subject))

    def _forget(self) -> None:
        """Another profile opened: no goal or answer of the previous person's stays."""
        _KEPT.pop(self.session, None)
        self._generation += 1  # a goal still being computed for the previous person is dropped
        self.target.blockSignals(True)
        self.target.setValue(0)
        self.target.blockSignals(False)
        self.goal = self.shortfall = self._answered = None
        self.goal_text.setText("")
        self.shortfall_text.setText("")

    # -- 补缴 ------------------------------------------------------------------------------
    def show_goal(self, shown: bool) -> None:
        """The goal row and its answer (not the 补缴 line): left out once retired (trial 7:
        "要怎样才能达到？" beside a pension already being paid)."""
        for widget in (self.goal_title, self.target, self.seek):
            widget.setVisible(shown)
        self.goal_text.allowed = shown  # its words, set later, stay hidden too (trial 9)
        self.goal_text.setVisible(shown and bool(self.goal_text.text()))

    def compute_shortfall(self) -> None:
        """Asked by the comparison view with its own computation (only while it is shown)."""
        e = self.session.estimate
        kept = _KEPT.setdefault(self.session, {})
        # a goal not typed follows the plan (trial 14: 1,000 of the first row typed stayed
        # beside a plan of 3,991.04 once the record was complete)
        if e is not None and (not self.target.value() or kept.get("default") and self._answered is not e):
            # the goal typed last for this profile (a restart), else the next thousand up
            stored = self._stored_target()
            first = stored or float((e.pension.total_today // 1000 + 1) * 1000)
            self.target.blockSignals(True)  # not typed: not stored for a restart
            self.target.setValue(first)
            self.target.blockSignals(False)
            kept.update(target=first, default=not stored)
            self._answered = e  # say where the figure comes from
            self._say("restored" if stored else "first", e)
        elif e is not None and self._answered is not e:
            self._inputs_changed(e)
        if e is None or not e.retirement.shortfall_months:
            self.shortfall = None
            self.shortfall_text.setText("")
            return
        profile, as_of = self.session.profile, self.session.as_of
        self.shortfall_runner.run(lambda: make_up_work(profile, as_of))

    def _shortfall_done(self, result: Any, error: Any) -> None:
        self.shortfall = None if error is not None else result
        m = self.shortfall
        if m is None:
            self.shortfall_text.setText("")
            return
        said = [self.tr("缴费年限不足：{0} 退休时差 {1}才满最低 {2} 年，不能按月领取。").format(
            m.retirement_month, month_count(m.months_missing), formats.number(m.minimum_years)),
                # the base of the retirement month: money of then (trial 15: read as today's)
                self.tr("按规定补缴这些月份约需 {0} – {1} 元（按 {3} 的最低、最高缴费基数，当时的名义金额，"
                        "灵活就业费率；※ 估算，各地办法和利息不计），补缴后约 {2} 元/月。").format(
            money(m.cost_low), money(m.cost_high), money(m.pension_with), m.retirement_month)]
        # whose contributions: those after the planned month (trial 12: "若继续缴费，到 2032-09"
        # read as from now, for a man whose resumed payments from now would reach it in 2027)
        said.append(self.tr("若推迟退休、从 {0} 起继续缴费，到 {1} 满最低年限。").format(
            m.retirement_month, m.month_reaching_minimum) if m.month_reaching_minimum is not None else
                 self.tr("若推迟退休、从 {0} 起继续缴费，到最晚弹性退休月份也缴不满最低年限。").format(
                     m.retirement_month))  # those months, not from now (trial 14: read as both)
        if m.earlier_payable is not None:  # the minimum of an earlier year is lower (trial 13)
            e = m.earlier_payable
            said.append(self.tr("若提前到 {0} 退休（该年最低 {1} 年），现有年限已够，可按月领取约 {2} 元。").format(
                e.month, formats.number(e.minimum_years), money(e.pension)))
        now = self.session.as_of
        if not self.session.profile.future.continue_contributing and \
                now + m.months_missing <= m.retirement_month:  # paid up before the planned month
            said.append(self.tr("若从本月起恢复缴费，{0} 缴满，可按计划于 {1} 退休。").format(
                now + (m.months_missing - 1), m.retirement_month))
        # sentences: a space between them in English (trial 13: "…in 2032-09.Resuming…")
        self.shortfall_text.setText((" " if english() else "").join(said))

    def _inputs_changed(self, e) -> None:
        """The plan's figure now; an answer for the previous inputs is dropped (trial: the line
        kept the figure of before an edit)."""
        self._answered = e
        self._say("changed", e)

    def print_text(self) -> str:
        """What the box says for paper: the make-up cost and a goal's answer, never a line
        that tells what to press ("可改后按“要怎样才能达到？”" means nothing printed)."""
        lines = [self.shortfall_text.text()]
        if self.goal is not None:  # an answer shown (dropped when the inputs changed)
            lines.append(self.goal_text.text())
        return "\n".join(line for line in lines if line)

    # -- goal seek -------------------------------------------------------------------------
    def compute_goal(self) -> None:
        try:
            target = Decimal(str(int(self.target.value())))
        except (InvalidOperation, ValueError):
            return
        if target <= 0 or self.session.estimate is None:
            self._say("empty")
            return
        profile, as_of = self.session.profile, self.session.as_of
        self._asked, self._answered = self._generation, self.session.estimate
        self._stop_following()
        area = self._page_scroller()
        self._scrolled_at_ask = area.verticalScrollBar().value() if area is not None else 0
        self._say("asking")
        self.goal_runner.run(lambda: goal_work(profile, target, as_of))

    def _why(self, code: str) -> str:
        """The reason's words: the catalogue's, as the command line says them."""
        return goal_why(code, current_language())

    def _goal_done(self, result: Any, error: Any) -> None:
        if self._asked != self._generation:  # asked for a profile closed since
            return
        if self._answered is not self.session.estimate:  # asked for inputs changed since
            if self.session.estimate is not None:
                self._inputs_changed(self.session.estimate)
            return
        self._say("failed" if error is not None else "goal", result)
        self._bring_answer_into_view()

    def _page_scroller(self) -> Optional[QScrollArea]:
        """The scroll area of the decision page the box is on (none while it is not in one)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _bring_answer_into_view(self) -> None:
        """The answer scrolled into sight (trial: it came below the fold and nothing moved),
        unless the page was scrolled elsewhere since the button was pressed (no jump then).
        The page grows to the answer's lines in steps (its layouts are redone later): each new
        range of its scroll bar brings the answer into sight again, until the user scrolls."""
        area, asked_at = self._page_scroller(), self._scrolled_at_ask
        self._scrolled_at_ask = None
        if area is None:
            return
        bar, answer = area.verticalScrollBar(), self.goal_text
        if asked_at is not None and bar.value() != asked_at:
            return
        placed: list[Optional[int]] = [bar.value()]

        def bring() -> None:
            if self._following is None or self._following[1] is not later:
                return  # stopped meanwhile
            try:
                if answer.isVisible():
                    placed[0] = None  # moved here, not by the user
                    area.ensureWidgetVisible(answer, 0, 8)
                placed[0] = bar.value()
            except RuntimeError:  # the page went (a language switch rebuilt the window)
                self._following = None

        def moved(value: int) -> None:
            if placed[0] is not None and value != min(placed[0], bar.maximum()):
                self._stop_following()  # the user scrolled: the page stays where they put it

        def later(*_range) -> None:  # the range is set before the page lays the answer out
            QTimer.singleShot(0, bring)
        self._stop_following()
        bar.rangeChanged.connect(later)
        bar.valueChanged.connect(moved)
        self._following = (bar, later, moved)
        later()

    def _stop_following(self) -> None:
        if self._following is not None:
            bar, later, moved = self._following
            self._following = None
            try:
                bar.rangeChanged.disconnect(later)
                bar.valueChanged.disconnect(moved)
            except RuntimeError:  # the page went with its scroll bar
                pass

    def _goal_lines(self, g: Any) -> str:
        e = self.session.estimate
        if e is not None and e.retirement.shortfall_months:  # not a plan's figure (trial 15)
            lines = [self.tr("目前计划不能按月领取（缴费年限差 {0}），目标 {1} 元。").format(
                month_count(e.retirement.shortfall_months), money(g.target_today))]
        else:
            lines = [self.tr("目前计划：约 {0} 元/月（今日购买力），目标 {1} 元。").format(
                money(g.current_today), money(g.target_today))]
        if not self.session.profile.future.continue_contributing:  # the answers pay on
            lines.append(self.tr("工资和缴费指数的答案按今后恢复缴费计算（目前的假设是不再缴费）。"))
        flexible = getattr(g, "flexible", False)  # a flexible worker chooses a level, not a wage
        if g.reached_already:  # nothing to raise: the answers at the floor are no asks
            lines.append(_capital(level_reached(g, current_language(),
                                                self.tr("：不必提高档次或推迟退休"))) +
                         self.tr("。") if flexible else
                         self._why("ALREADY_REACHED") + self.tr("：不必提高缴费或推迟退休。"))
        elif flexible:
            lines += self._level_lines(g)
        else:
            lines += self._answer_lines(g)
        lines.append(self.tr("※ 估算，假设见“假设与公积金”；缴费档次在 60%–300% 之间（国办发〔2019〕13号），"
                             "弹性退休最多推迟 3 年（人社部发〔2024〕94号）。") if flexible else
                     self.tr("※ 估算，假设见“假设与公积金”；缴费指数在 60%–300% 之间（国办发〔2019〕13号），"
                             "弹性退休最多推迟 3 年（人社部发〔2024〕94号）。"))
        return "\n".join(lines)

    def _level_lines(self, g: Any) -> list[str]:
        """A flexible worker's answers: the level from now on (no wage: they choose a level)
        and the later month."""
        month = g.retirement
        later = f"{month.value}" if month.possible and month.value is not None \
            else self._why(month.why)
        return [f"• {_capital(level_answer(g, current_language()))}",
                "• " + self.tr("或推迟到") + _colon() + later]

    def _answer_lines(self, g: Any) -> list[str]:
        lines = []
        for title, answer, show, banded in (
                (self.tr("今后平均缴费指数"), g.index, lambda v: f"{v}", True),
                (self.tr("或推迟到"), g.retirement, lambda v: f"{v}", False),
                (self.tr("或今后月工资"), g.wage, lambda v: self.tr("{0} 元").format(money(v, 0)),
                 True)):
            if banded and answer.why == "ALREADY_REACHED":
                # the floor of the band reaches it: a figure below the floor is no answer
                lines.append(f"• {title}{_colon()}{self._why('FLOOR_REACHES')}")
            elif answer.possible and answer.value is not None:
                lines.append(f"• {title}{_colon()}{show(answer.value)}")
            else:
                lines.append(f"• {title}{_colon()}{self._why(answer.why)}")
        return lines
