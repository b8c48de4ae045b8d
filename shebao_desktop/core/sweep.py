"""Estimates for several retirement months of one profile.

``estimate_ages(profile, months, policy, as_of=...)`` returns ``{month: Estimate}``, each equal
to ``estimate(profile with retirement=month)``. ``retirement_months(profile, policy, as_of=...)``
gives the profile's window (statutory, earliest and latest elective month) without a walk.

The common part of the history is walked once, on the last month's plan, in month order: up to
the year in which a month retires, it walks the same months with the same balances as that
month. Each month branches there from a copy of that walk (accounts, notices, the parameters
used so far) with its own plan and view, and walks on alone from its retirement year. A month whose plan differs in those common years (a history
row at or after an earlier retirement month, a statement after it) is walked on its own
(tests/core/test_sweep.py compares both ways to the fen).

``pensions_at_ages(profile, months, policy, as_of=...)`` is what the retirement-age chart reads:
``{month: AgePension}``, the pension at retirement (``PensionBreakdown``: total, today's money,
payable) and the months short of the minimum, each equal to ``estimate(profile with
retirement=month)``'s. Each branch is walked only to the end of its retirement year
(``decide.branching.pensions_at_retirement``): no years after it, no ``finish``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .estimate import check_regions, estimate, finish, make_view, resolve_retirement
from .plan import build_plan
from .policy.loader import PolicyData, default_policy_data
from .profile import Profile
from .result import Estimate, PensionBreakdown
from .retirement import RetirementWindow, retirement_window
from .retirement import earliest_ahead, open_months  # noqa: F401 - the module's readers import them here
from .walk import YEARS_AFTER_RETIREMENT, Walk
from .yearmonth import YearMonth


def retirement_months(profile: Profile, policy: Optional[PolicyData] = None, *,
                      as_of: YearMonth) -> RetirementWindow:
    """The profile's retirement window: statutory month, earliest and latest elective month."""
    data = policy or default_policy_data()
    check_regions(profile, data)
    view = make_view(profile, data, as_of)
    return retirement_window(profile.birth, profile.retirement_group, profile.region, view)


def estimate_ages(profile: Profile, months: Sequence[YearMonth],
                  policy: Optional[PolicyData] = None, *,
                  as_of: YearMonth) -> dict[YearMonth, Estimate]:
    """One estimate per retirement month (each inside the window, else ProfileError)."""
    data = policy or default_policy_data()
    wanted = list(dict.fromkeys(months))
    if not wanted:
        return {}
    check_regions(profile, data)
    shared = make_view(profile, data, as_of)
    profiles = {m: profile.model_copy(update={"retirement": m}) for m in wanted}
    for month in wanted:  # a month outside the window is refused before anything is walked
        resolve_retirement(profiles[month], shared.branch())
    first, last = min(wanted), max(wanted)
    view = shared
    window, _ = resolve_retirement(profiles[first], view)
    placement = profile.placed_months(as_of)  # the same history for every month
    # the common walk follows the last month's plan (made on a branch of the view: each month
    # uses its own plan's look-ups) up to the year each month retires in, in month order
    common = Walk(profiles[last], view, as_of, window, last,
                  build_plan(profiles[last], as_of, last, view.branch(), placement))
    common.begin()
    lines: list = []
    out: dict[YearMonth, Estimate] = {}
    for month in sorted(wanted):
        if common.next_year < month.year:
            lines = lines + common.advance(month.year)  # the years before it retires
        mine = profiles[month]
        own = view.branch()
        window, retire = resolve_retirement(mine, own)  # the look-ups its estimate makes
        walk = common.branch(mine, own, retire, build_plan(mine, as_of, retire, own, placement))
        if walk is None:
            out[month] = estimate(mine, data, as_of=as_of)
            continue
        walk.window = window
        years = lines + walk.advance(retire.year + YEARS_AFTER_RETIREMENT + 1)
        out[month] = finish(mine, data, walk, years)
    return {month: out[month] for month in wanted}


@dataclass(frozen=True)
class AgePension:
    """The pension of one retirement month, as that month's estimate states it:
    ``pension`` is its ``pension``, ``shortfall_months`` its ``retirement.shortfall_months``."""
    pension: PensionBreakdown
    shortfall_months: int


def pensions_at_ages(profile: Profile, months: Sequence[YearMonth],
                     policy: Optional[PolicyData] = None, *,
                     as_of: YearMonth) -> dict[YearMonth, AgePension]:
    """The pension at retirement per retirement month (each inside the window, else
    ProfileError), in the order given; each equal to the month's estimate's."""
    from .decide.branching import pensions_at_retirement  # decide imports this module
    wanted = list(dict.fromkeys(months))
    return {month: AgePension(pension, shortfall) for month, pension, shortfall
            in pensions_at_retirement(profile, wanted, policy or default_policy_data(), as_of=as_of)}
