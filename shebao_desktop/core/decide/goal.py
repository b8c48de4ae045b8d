"""Goal seek: what reaches a monthly pension of ``target_today`` (today's money).

Three answers, each searched on the estimate itself (core.estimate) and each saying whether the
law allows it:

* ``index_needed``: the contribution index from now on (each month's wage = index x that
  month's regional average wage, the one the band is set from) at the statutory month (or the
  month given): the smallest index, to 4 decimals, whose estimate reaches the target. Impossible
  above the ceiling ratio (``contribution_base/ceiling_ratio``, 300 %, 国办发〔2019〕13号);
  at or below the floor ratio the floor reaches it already.
* ``retirement_month_needed``: the first month from the statutory month to the latest elective
  month (人社部发〔2024〕94号: up to three years later) whose estimate reaches the target,
  contributions going on as the profile says. None beyond the latest month.
* ``wage_needed``: the figure to type as the future monthly wage (``future.monthly_wage``, the
  window's 指定未来月工资), to the yuan (rounded up): each guess is estimated as that field makes
  the estimate (core.plan: from the month after the last record, grown by
  ``assumptions/own_wage_growth`` each year; rows already planned after today stay), with
  contributions going on. Impossible when the ceiling base is not enough.

Searches interpolate inside a bracket (the pension does not fall when the index or the wage
rises) and check the grid neighbour of each guess;
they are answers about estimates and carry their assumptions.

For a flexible worker (灵活就业: the plan's months from now on are paid as flexible employment,
``future.employment`` else the category, as core/plan.py decides) the index is the 缴费档次 they
choose (60 %-300 % of the average wage): ``level_needed`` is the index answer rounded up to a
level they can choose (the region's ``contribution_base/flexible_levels`` when its data lists
them, else to a tenth of a percent), and ``current_level`` the level the plan pays now. The
figures are the same for everyone; only the words differ.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Callable, Optional

from ..contributions import contribution_band
from ..estimate import estimate
from ..money import ZERO, fen
from ..policy.loader import PolicyData, default_policy_data
from ..profile import Profile
from ..sweep import retirement_months
from ..yearmonth import YearMonth
from .branching import SharedPast, pensions_by_month
from .walk import future_rows, kept_rows, view_for

INDEX_STEP = Decimal("0.0001")
BASIS = ("DECIDE_GOAL_RULE",)
BASIS_FLEXIBLE = ("DECIDE_GOAL_LEVEL_RULE",)  # the same rule, told in levels
WAGE_STEP = Decimal("1")
#: a flexible worker's level without the region's list: a tenth of a percent
LEVEL_STEP = Decimal("0.001")
#: the region's choosable levels (shares of the average wage), where its data lists them
LEVELS_PARAMETER = "contribution_base/flexible_levels"


@dataclass(frozen=True)
class Answer:
    value: Optional[object]  # Decimal index, YearMonth, Decimal wage
    possible: bool
    #: ALREADY_REACHED | FOUND | ABOVE_CEILING | NOT_WITHIN_WINDOW | ALREADY_RETIRED |
    #: MINIMUM_NOT_MET
    #: (words: presentation/catalogue.py, GOAL_REASON_CODES)
    why: str
    total_today: Optional[Decimal] = None  # the estimate's pension at the answer


@dataclass(frozen=True)
class Goal:
    target_today: Decimal
    retirement_month: YearMonth
    current_today: Decimal
    index: Answer
    retirement: Answer
    wage: Answer
    basis: tuple[str, ...] = BASIS
    #: the months from now on are paid as a flexible worker's: the answers speak in levels
    flexible: bool = False
    #: the level (base / that month's average wage, to LEVEL_STEP) the plan pays this month or
    #: the first paid month after it; None when nothing is paid from now on
    current_level: Optional[Decimal] = None
    lowest_level: Optional[Decimal] = None  # contribution_base/floor_ratio (60 %)
    highest_level: Optional[Decimal] = None  # contribution_base/ceiling_ratio (300 %)
    levels: Optional[tuple[Decimal, ...]] = None  # the region's choosable levels, if listed

    @property
    def index_needed(self) -> Optional[Decimal]:
        return self.index.value  # type: ignore[return-value]

    @property
    def retirement_month_needed(self) -> Optional[YearMonth]:
        return self.retirement.value  # type: ignore[return-value]

    @property
    def wage_needed(self) -> Optional[Decimal]:
        return self.wage.value  # type: ignore[return-value]

    @property
    def reached_already(self) -> bool:
        """The plan reaches the target as it is, at the month asked: nothing to raise (the
        answers at the floor or at that month are then no asks)."""
        return self.current_today >= self.target_today and self.retirement.why == "ALREADY_REACHED"

    @property
    def level_needed(self) -> Optional[Decimal]:
        """The index answer as a level a flexible worker can choose (None: no index answer, or
        above the highest level the region lists)."""
        index = self.index_needed
        return None if index is None or not self.index.possible else level_for(index, self.levels)


def level_for(index: Decimal, levels: Optional[tuple[Decimal, ...]] = None) -> Optional[Decimal]:
    """The smallest of ``levels`` at or above ``index`` (None: above them all); without a list,
    ``index`` rounded up to LEVEL_STEP (1.9146 -> 1.915, said 191.5 %)."""
    if levels:
        return next((level for level in sorted(levels) if level >= index), None)
    return index.quantize(LEVEL_STEP, rounding=ROUND_CEILING)


def future_employment(profile: Profile) -> str:
    """How the months from now on are paid: core/plan.py's rule (``future.employment``, else
    the category's)."""
    return profile.future.employment or profile.employment_of()


def goal_seek(profile: Profile, target_today: Decimal, policy: Optional[PolicyData] = None, *,
              as_of: YearMonth, retirement: Optional[YearMonth] = None) -> Goal:
    """Answers for ``target_today`` a month in today's money at ``retirement`` (None: the
    statutory month, as the question is asked: "at my statutory age")."""
    data = policy or default_policy_data()
    view = view_for(profile, data, as_of)
    window = retirement_months(profile, data, as_of=as_of)
    retire = retirement or window.statutory_month
    profile = profile.model_copy(update={"retirement": retire})
    target = Decimal(target_today)
    now = estimate(profile, data, as_of=as_of)
    words = _level_words(profile, now, view, as_of)
    if retire <= as_of:  # retired already: nothing left to choose
        done = Answer(None, False, "ALREADY_RETIRED", now.pension.total_today)
        return Goal(target, retire, now.pension.total_today, done, done, done, **words)

    # the months the plan pays before today stay as it pays them (decide/planned.py)
    kept = kept_rows(profile, as_of, as_of, data)
    shared = SharedPast(data, as_of, as_of)  # every guess has the same past: walked once
    months = [as_of + i for i in range(max(0, retire - as_of))]
    averages = {m: contribution_band(view, profile.region, m).average_wage for m in months}

    def reached(result) -> Decimal:
        # below the minimum years nothing is paid: such a plan reaches no target
        return ZERO if result.retirement.shortfall_months else result.pension.total_today

    def by_index(index: Decimal) -> Decimal:
        return reached(shared.reached(future_rows(  # walked to its retirement year's end
            profile, as_of, retire, lambda m: fen(index * averages[m]), None, as_of, kept))[0])

    def by_wage(wage: Decimal) -> Decimal:
        # the path the future-wage field takes: its answer is what the user types there
        return reached(shared.reached(with_future_wage(profile, wage))[0])
    low_ratio = view.value("contribution_base/floor_ratio", profile.region, as_of)
    high_ratio = view.value("contribution_base/ceiling_ratio", profile.region, as_of)
    index = _seek(by_index, target, low_ratio, high_ratio, INDEX_STEP)
    band = contribution_band(view, profile.region, as_of)
    wage = _seek(by_wage, target, band.floor, band.ceiling, WAGE_STEP)
    # nothing payable even at the ceiling: the minimum years, not the amount, stand in the way
    index, wage = (replace(a, why="MINIMUM_NOT_MET") if not a.possible and not a.total_today
                   else a for a in (index, wage))
    return Goal(target_today=target, retirement_month=retire,
                current_today=now.pension.total_today, index=index,
                retirement=_month_needed(profile, target, data, as_of, window), wage=wage,
                **words)


def _level_words(profile: Profile, now, view, as_of: YearMonth) -> dict:
    """What the answers need to speak in levels (Goal.flexible ... levels); no figure."""
    region = profile.region
    paid = now.monthly_contributions  # this month's, else the first paid after (else the last)
    current = None
    if paid is not None and paid.month >= as_of:
        average = contribution_band(view, paid.region, paid.month).average_wage
        current = (paid.base / average).quantize(LEVEL_STEP, rounding=ROUND_HALF_UP)
    listed = view.value(LEVELS_PARAMETER, region, as_of) if view.has(LEVELS_PARAMETER, region) \
        else None
    flexible = future_employment(profile) == "flexible"
    return dict(flexible=flexible, basis=BASIS_FLEXIBLE if flexible else BASIS,
                current_level=current,
                lowest_level=view.value("contribution_base/floor_ratio", region, as_of),
                highest_level=view.value("contribution_base/ceiling_ratio", region, as_of),
                levels=tuple(Decimal(str(v)) for v in listed) if listed else None)


def _seek(reach: Callable[[Decimal], Decimal], target: Decimal, low: Decimal, high: Decimal,
          step: Decimal) -> Answer:
    """The smallest value on the ``step`` grid in [low, high] with reach(value) >= target."""
    low = low.quantize(step, rounding=ROUND_CEILING)
    at_low = reach(low)
    if at_low >= target:
        return Answer(low, True, "ALREADY_REACHED", at_low)
    at_high = reach(high)
    if at_high < target:
        return Answer(None, False, "ABOVE_CEILING", at_high)
    lo, hi = low, high.quantize(step)  # reach(lo) < target <= reach(hi)
    f_lo, best = at_low, at_high
    while hi - lo > step:
        # the pension is close to linear in the index and the wage: interpolate, then halve
        # when an interpolated guess does not cut the bracket well
        guess = lo + (target - f_lo) * (hi - lo) / (best - f_lo) if best > f_lo else (lo + hi) / 2
        mid = min(max(guess.quantize(step), lo + step), hi - step)
        value = reach(mid)
        if value >= target:
            hi, best = mid, value
            if hi - lo > step:  # check the grid point just below: often the answer
                below = reach(hi - step)
                if below < target:
                    return Answer(hi, True, "FOUND", best)
                hi, best = hi - step, below
        else:
            lo, f_lo = mid, value
            if hi - lo > step:
                above = reach(lo + step)
                if above >= target:
                    return Answer(lo + step, True, "FOUND", above)
                lo, f_lo = lo + step, above
    return Answer(hi, True, "FOUND", best)


def _month_needed(profile: Profile, target: Decimal, data: PolicyData, as_of: YearMonth,
                  window) -> Answer:
    start = profile.retirement
    months = [start + i for i in range(max(0, window.latest_month - start) + 1)]
    total_today = None
    # in month order, each pension as its estimate gives it, up to the first that reaches it
    for month, total_today, short in pensions_by_month(profile, months, data, as_of=as_of):
        if short == 0 and total_today >= target:
            why = "ALREADY_REACHED" if month == start else "FOUND"
            return Answer(month, True, why, total_today)
    return Answer(None, False, "NOT_WITHIN_WINDOW", total_today)


def with_future_wage(profile: Profile, wage: Decimal) -> Profile:
    """``profile`` with ``wage`` in its future-wage field and contributions going on: what the
    window makes of the goal's wage answer typed into 指定未来月工资."""
    future = profile.future.model_copy(update={"monthly_wage": Decimal(wage),
                                               "continue_contributing": True})
    return profile.model_copy(update={"future": future})
