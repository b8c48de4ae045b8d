"""Flexible-employment (灵活就业) contribution levels side by side.

"Pay as a flexible worker at ``level`` x the regional average wage from ``from_month`` to
retirement": each month's wage is ``level`` x that month's regional average wage (the one the
contribution band is set from, ``average_wage``), clamped to the band (floor and ceiling:
``contribution_base/floor``/``ceiling``, else ``floor_ratio``/``ceiling_ratio`` x the average,
60 %-300 %, 国办发〔2019〕13号). A flexible worker pays the whole ``pension/flexible_rate`` (20 %,
8 % of it to the personal account: ``pension/flexible_account_rate``; 国发〔2005〕38号) and
the medical insurance separately at ``medical/flexible_rate`` (estimated where not recorded).

* ``monthly_cost``: the pension contribution of the first month (``from_month``).
* ``total_cost``: pension contributions from ``from_month`` to the month before retirement,
  nominal.
* ``gain_over_lowest``: the monthly pension at retirement minus that of the lowest level.
* ``years_to_recover``: (total cost - the lowest level's) / (gain x 12), one decimal -- a simple
  payback in nominal money that leaves out the yearly pension adjustment and interest
  (assumption, stated with the figure); None where the level gains nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Optional, Sequence

from ..contributions import HousingRates, contribution_band, month_contributions
from ..money import ZERO, fen
from ..policy.loader import PolicyData, default_policy_data
from ..profile import Profile
from ..result import Estimate
from ..sweep import retirement_months
from ..yearmonth import YearMonth
from .branching import SharedPast
from .walk import future_rows, kept_rows, view_for

DEFAULT_LEVELS = (Decimal("0.6"), Decimal("0.8"), Decimal("1"), Decimal("1.5"), Decimal("2"),
                  Decimal("3"))
BASIS = ("DECIDE_FLEXIBLE_LEVEL_RULE", "DECIDE_PAYBACK_SIMPLE")
NO_HOUSING = HousingRates(None, None, False)  # flexible workers pay no housing fund here


@dataclass(frozen=True)
class Level:
    level: Decimal
    monthly_cost: Decimal
    total_cost: Decimal
    total: Decimal
    total_today: Decimal
    gain_over_lowest: Decimal
    years_to_recover: Optional[Decimal]
    medical_monthly: Decimal
    from_month: YearMonth
    retirement_month: YearMonth
    #: makes the level's whole estimate (the figures need only its walk to the end of the
    #: retirement year): ``estimate``, made when first asked for
    make: Callable[[], Estimate] = field(repr=False, compare=False)
    basis: tuple[str, ...] = BASIS
    #: False: below the minimum years at retirement, ``total`` is what the pension would be
    #: and nothing is paid until the missing months are paid (see shortfall.make_up)
    minimum_met: bool = True

    @cached_property
    def estimate(self) -> Estimate:
        """The whole estimate of this level's profile (equal to ``estimate()`` of it)."""
        return self.make()

    @property
    def months_to_pay(self) -> int:
        """The months paid at the level: ``from_month`` to the month before retirement. 0 when
        the retirement month is not after ``from_month``: nothing is paid from then on, every
        level gives the same pension and there is no level to choose."""
        return max(0, self.retirement_month - self.from_month)

    @property
    def retirement_passed(self) -> bool:
        """The retirement month is before ``from_month`` (with the default start, the month
        after ``as_of``: the retirement month is ``as_of`` or earlier)."""
        return self.retirement_month < self.from_month


def flexible_levels(profile: Profile, levels: Sequence = DEFAULT_LEVELS,
                    policy: Optional[PolicyData] = None, *, as_of: YearMonth,
                    from_month: Optional[YearMonth] = None) -> list[Level]:
    """One Level per level (as given, e.g. 0.6 for 60 %), compared with the lowest one."""
    data = policy or default_policy_data()
    start = from_month or as_of + 1
    window = retirement_months(profile, data, as_of=as_of)
    retire = profile.retirement or window.statutory_month
    view = view_for(profile, data, as_of)
    firsts = []
    # the months the plan pays before ``start`` stay as it pays them (decide/planned.py)
    kept = kept_rows(profile, start, as_of, data)
    shared = SharedPast(data, as_of, start)  # the same past, walked once
    months = [start + i for i in range(max(0, retire - start))]
    averages = {m: contribution_band(view, profile.region, m).average_wage for m in months}
    for level in (Decimal(str(x)) for x in levels):
        def wage(month: YearMonth, level: Decimal = level) -> Decimal:
            return fen(level * (averages.get(month) or
                                contribution_band(view, profile.region, month).average_wage))
        changed = future_rows(profile, start, retire, wage, "flexible", as_of, kept)
        result, make = shared.reached(changed)  # walked to the end of its retirement year
        paid = [_paid(view, profile.region, m, wage(m)) for m in months]
        cost = sum((m.lines["pension"].employee for m in paid), ZERO)
        firsts.append((level, result, cost, paid[0] if paid else None, make))
    lowest = min(firsts, key=lambda f: f[0])
    out = []
    for level, result, cost, first, make in firsts:
        gain = result.pension.total - lowest[1].pension.total
        out.append(Level(
            level=level, monthly_cost=first.lines["pension"].employee if first else ZERO,
            total_cost=cost, total=result.pension.total, total_today=result.pension.total_today,
            gain_over_lowest=gain, years_to_recover=years_to_recover(cost - lowest[2], gain),
            medical_monthly=first.lines["medical"].employee if first else ZERO,
            from_month=start, retirement_month=retire, make=make,
            minimum_met=result.retirement.shortfall_months == 0))
    return out


def _paid(view, region: str, month: YearMonth, wage: Decimal):
    """A flexible worker's contributions of ``month`` (memoised in the view's cache, as the
    walk's own months are)."""
    return view.memo(("month", region, month, "flexible", wage, NO_HOUSING),
                     lambda: month_contributions(view, region, month, "flexible", wage,
                                                 NO_HOUSING))


def years_to_recover(extra_cost: Decimal, monthly_gain: Decimal) -> Optional[Decimal]:
    """extra cost / (monthly gain x 12), one decimal, half up; None without a gain."""
    if monthly_gain <= 0:
        return None
    return (extra_cost / (monthly_gain * 12)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
