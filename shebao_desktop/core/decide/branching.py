"""Estimates of profiles that agree up to a month, walked once up to that month's year.

The decision tools ask one question many times over: the same past, a different future from
``split`` (a flexible level, a goal-seek guess, a retirement month). ``SharedPast`` walks the
common years once -- the first profile it is given, up to the start of ``split``'s year -- and
branches every profile from a copy of that walk (``Walk.branch``, as the retirement-age sweep
does), so each one walks only its own years. A profile whose walk would differ in those years
(other settings, other months paid before the split, another statement) is estimated on its own.
Either way the result equals ``estimate(profile)`` (tests/core/test_decide_fast.py compares
``model_dump()``).

``pensions_at_retirement`` gives, for retirement months, the pension and the months short of the
minimum, each equal to the estimate's: it branches at each month and stops after the retirement
year (the years after it change neither); ``pensions_by_month`` (a scan for a month) keeps of it
the pension in today's money.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Callable, Iterator, Optional, Sequence, Union

from ..estimate import (check_regions, estimate, finish, make_view, resolve_retirement,
                        minimum_reached_month, years_at_retirement, years_recorded)
from ..retirement import minimum_years
from ..plan import Plan, build_plan
from ..policy.loader import PolicyData
from ..policy.view import PolicyView
from ..profile import Profile
from ..result import Estimate, PensionBreakdown, RetirementInfo
from ..paid_year import by_year
from ..walk import YEARS_AFTER_RETIREMENT, Walk
from ..yearmonth import YearMonth

#: what besides the history every branched profile must share with the first one
_SETTINGS = tuple(name for name in Profile.model_fields if name != "history")


def _same_settings(a: Profile, b: Profile) -> bool:
    """Settings alike but perhaps the future wage: it only sets projected months' amounts,
    which ``Walk.branch`` compares year by year like every month it has walked."""
    if a is b:
        return True
    return all(getattr(a, name) == getattr(b, name) for name in _SETTINGS if name != "future") \
        and a.future.model_copy(update={"monthly_wage": b.future.monthly_wage}) == b.future


def _periods(profile: Profile) -> tuple:
    return tuple((row.period, row.months) for row in profile.history)


class SharedPast:
    """``estimate(profile)`` for profiles that agree before ``split``, the years before it
    walked once (the first profile's walk, up to January of ``split``'s year)."""

    def __init__(self, data: PolicyData, as_of: YearMonth, split: YearMonth):
        self.data, self.as_of, self.split = data, as_of, split
        self._first: Optional[Profile] = None
        self._common: Optional[Walk] = None
        self._view: Optional[PolicyView] = None
        self._lines: list = []
        self._periods: tuple = ()
        self._placement = None

    def _start(self, profile: Profile) -> None:
        check_regions(profile, self.data)
        view = make_view(profile, self.data, self.as_of)
        window, retire = resolve_retirement(profile, view)
        self._periods = _periods(profile)
        self._placement = profile.placed_months(self.as_of)
        plan = build_plan(profile, self.as_of, retire, view, self._placement)
        common = Walk(profile, view, self.as_of, window, retire, plan)
        common.begin()
        # months assumed paid before the split are projected from the last record, which
        # may lie after it: those years are each profile's own
        year = min([self.split.year, retire.year,
                    *(m.year for m, w in plan.months.items() if w.projected and m < self.split)])
        self._lines = common.advance(max(common.next_year, year))
        self._first, self._common, self._view = profile, common, view

    def _branched(self, profile: Profile) -> Optional[Walk]:
        """``profile``'s walk branched from the common years (None: estimate it alone)."""
        if self._common is None:
            self._start(profile)
        assert self._first is not None and self._common is not None and self._view is not None
        if not _same_settings(profile, self._first):
            return None
        check_regions(profile, self.data)
        own = self._view.branch()
        window, retire = resolve_retirement(profile, own)
        # rows of the same periods are placed alike (amounts place nothing): placed once
        placement = self._placement if _periods(profile) == self._periods else None
        walk = self._common.branch(profile, own, retire,
                                   build_plan(profile, self.as_of, retire, own, placement))
        if walk is not None:
            walk.window = window
        return walk

    def estimate(self, profile: Profile) -> Estimate:
        walk = self._branched(profile)
        if walk is None:
            return estimate(profile, self.data, as_of=self.as_of)
        years = self._lines + walk.advance(walk.retire.year + YEARS_AFTER_RETIREMENT + 1)
        return finish(profile, self.data, walk, years)

    def reached(self, profile: Profile
                ) -> tuple[Union["Reached", Estimate], Callable[[], Estimate]]:
        """What ``estimate(profile)`` says at the end of the retirement year (a Reached; the
        estimate itself when walked alone) and what makes that whole estimate, walking on from
        there when first called (the same estimate each call)."""
        walk = self._branched(profile)
        if walk is None:
            whole = estimate(profile, self.data, as_of=self.as_of)
            return whole, lambda: whole
        lines = self._lines + walk.advance(walk.retire.year + 1)
        made: list[Estimate] = []

        def make() -> Estimate:
            if not made:
                after = walk.advance(walk.retire.year + YEARS_AFTER_RETIREMENT + 1)
                made.append(finish(profile, self.data, walk, lines + after))
            return made[0]
        return _reached(profile, walk, lines), make


def estimates_from(profiles: Sequence[Profile], split: YearMonth, data: PolicyData, *,
                   as_of: YearMonth) -> list[Estimate]:
    """``[estimate(p) for p in profiles]``, the years before ``split``'s year walked once."""
    shared = SharedPast(data, as_of, split)
    return [shared.estimate(p) for p in profiles]


class _Cuts:
    """The plans of earlier retirement months cut from one plan (the last month's): its months
    put in order once, each plan cut by bisection, its months by year shared (``by_year``)."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.items = sorted(plan.months.items(), key=lambda item: item[0].index)
        self.indices = [m.index for m, _ in self.items]
        self.years = by_year(plan)
        self.ordered = dict(self.items)  # copied, then the months from the cut on dropped

    def at(self, retire: YearMonth) -> tuple[Plan, dict]:
        """The plan up to ``retire`` (its notices left out) and its months by year."""
        months = self.ordered.copy()  # a copy keeps the hashes: only the dropped months hash
        for month, _ in self.items[bisect_left(self.indices, retire.index):]:
            del months[month]
        plan = Plan(months, self.plan.statement_end, [], self.plan.before_statement)
        years = {y: months for y, months in self.years.items() if y < retire.year}
        last = [mw for mw in self.years.get(retire.year, ()) if mw[0].index < retire.index]
        if last:
            years[retire.year] = last
        return plan, years


def _retiring(profile: Profile, months: Sequence[YearMonth], data: PolicyData, as_of: YearMonth,
              exact: bool) -> Iterator[tuple[YearMonth, Profile, Optional[Walk], list]]:
    """For each retirement month (in the order given): the month, the profile retiring then, and
    its walk branched from the common years and walked to the end of the retirement year (None:
    its years differ, estimate it alone), with the common year lines. ``exact``: each month's
    own plan; else, after today, the last month's plan cut at it -- the same months paid (rows
    and projection do not depend on the month, only end at it), its notices left out (the
    common walk's plan is cut alike)."""
    check_regions(profile, data)
    view = make_view(profile, data, as_of)
    first = profile.model_copy(update={"retirement": min(months)})
    window, retire = resolve_retirement(first, view)
    placement = profile.placed_months(as_of)
    cuts = None
    if not exact and min(months) > as_of:
        # the common walk follows the last month's plan up to the year each month retires in
        first = profile.model_copy(update={"retirement": max(months)})
        retire = resolve_retirement(first, view.branch())[1]
        cuts = _Cuts(build_plan(first, as_of, retire, view.branch(), placement))
    plan, years = cuts.at(retire) if cuts else (
        build_plan(first, as_of, retire, view, placement), None)
    common = Walk(first, view, as_of, window, retire, plan, years)
    common.begin()
    lines: list = []
    done: dict = {}
    ordered = iter(sorted(set(months)))
    for wanted in months:
        while wanted not in done:  # in month order: the common walk goes on between them
            month = next(ordered)
            year = min(month.year, common.retire.year)  # never its own retirement year
            if common.next_year < year:
                lines = lines + common.advance(year)
            done[month] = _branch(profile, month, view, common, cuts, placement, lines)
        yield done[wanted]


def _branch(profile: Profile, month: YearMonth, view: PolicyView, common: Walk,
            cuts: Optional[_Cuts], placement, lines: list
            ) -> tuple[YearMonth, Profile, Optional[Walk], list]:
    mine = profile.model_copy(update={"retirement": month})
    own = view.branch()
    window, retire = resolve_retirement(mine, own)
    plan, years = cuts.at(retire) if cuts else (
        build_plan(mine, common.as_of, retire, own, placement), None)
    walk = common.branch(mine, own, retire, plan, years)
    if walk is None:
        return month, mine, None, lines
    walk.window = window
    return month, mine, walk, lines + walk.advance(retire.year + 1)  # the retirement year


@dataclass(frozen=True)
class _Retirement:
    chosen_month: YearMonth
    years_at_retirement: Decimal
    shortfall_months: int
    years_recorded: Decimal
    minimum_years: Decimal
    minimum_reached_month: Optional[YearMonth]
    minimum_paid = RetirementInfo.minimum_paid  # the estimate's rule, read off the same fields


@dataclass(frozen=True)
class _AtRetirement:
    pension_account: Decimal


@dataclass(frozen=True)
class Reached:
    """What a walk to the end of the retirement year says before ``finish`` makes it an
    Estimate: ``as_of``, ``pension``, ``years`` and of ``retirement`` the chosen month, the
    contribution years and the months short, of ``at_retirement`` the pension account -- each
    equal to that estimate's attribute of the same name (``finish`` reads them off the walk
    alike; tests/core/test_decide_fast.py compares the choices made of either)."""
    as_of: YearMonth
    pension: PensionBreakdown
    years: list
    retirement: _Retirement
    at_retirement: _AtRetirement


def _reached(profile: Profile, walk: Walk, lines: list) -> Reached:
    pension = walk.pension
    assert pension is not None
    required = minimum_years(walk.window, walk.retire, profile.region, walk.view)
    reached = None if walk.shortfall else minimum_reached_month(profile, walk.plan, walk.as_of,
                                                                pension, required)
    return Reached(walk.as_of, pension, lines,
                   _Retirement(walk.retire, years_at_retirement(profile, pension), walk.shortfall,
                               years_recorded(profile, walk.plan, walk.as_of, pension), required,
                               reached),
                   _AtRetirement(pension.account_balance))


def reached_by_month(profile: Profile, months: Sequence[YearMonth], data: PolicyData, *,
                     as_of: YearMonth
                     ) -> dict[YearMonth, tuple[Union[Reached, Estimate], Callable[[], Estimate]]]:
    """For each retirement month, what its walk to the end of the retirement year says (a
    Reached, or the estimate when its years had to be walked alone) and what makes that walk's
    estimate when asked for (``finish``, which costs as much again: run it lazily)."""
    out: dict = {}
    if not months:
        return out
    for month, mine, walk, lines in _retiring(profile, list(dict.fromkeys(months)), data,
                                              as_of, exact=False):
        if walk is None:
            alone = estimate(mine, data, as_of=as_of)
            out[month] = (alone, lambda alone=alone: alone)
        else:
            out[month] = (_reached(mine, walk, lines), partial(finish, mine, data, walk, lines))
    return out


def to_retirement(profile: Profile, months: Sequence[YearMonth], data: PolicyData, *,
                  as_of: YearMonth) -> dict[YearMonth, Estimate]:
    """For each retirement month, its estimate walked only to the end of the retirement year:
    the pension, the retirement, the balances at retirement and every contribution equal the
    whole estimate's; the years after it (and what only they use or say) are left out, and so
    are the plan's notices after today (the plans are cut from the last month's)."""
    return {month: make() for month, (_, make)
            in reached_by_month(profile, months, data, as_of=as_of).items()}


def pensions_by_month(profile: Profile, months: Sequence[YearMonth], data: PolicyData, *,
                      as_of: YearMonth) -> Iterator[tuple[YearMonth, Decimal, int]]:
    """(month, pension in today's money, months short of the minimum) for each retirement month
    in ``months`` (ascending, inside the window), lazily: each equal to that estimate's."""
    for month, pension, shortfall in pensions_at_retirement(profile, months, data, as_of=as_of):
        yield month, pension.total_today, shortfall


def pensions_at_retirement(profile: Profile, months: Sequence[YearMonth], data: PolicyData, *,
                           as_of: YearMonth) -> Iterator[tuple[YearMonth, PensionBreakdown, int]]:
    """(month, pension, months short of the minimum) for each retirement month in ``months``
    (distinct, inside the window), lazily, in the order given: each walk stops after its
    retirement year, the pension and the shortfall equal to that estimate's."""
    if not months:
        return
    for month, mine, walk, _ in _retiring(profile, months, data, as_of, exact=False):
        if walk is None:
            result = estimate(mine, data, as_of=as_of)
            yield month, result.pension, result.retirement.shortfall_months
        else:
            assert walk.pension is not None
            yield month, walk.pension, walk.shortfall
