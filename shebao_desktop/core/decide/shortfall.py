"""补缴 and shortfall: a person short of the minimum contribution years at the chosen month.

Rules relied on:

* No monthly pension below the minimum years (《社会保险法》 art. 16); the minimum by month of
  retirement is data (``pension/min_contribution_years``: 15 years, from 2030 rising by half a
  year a year to 20, 《国务院关于渐进式延迟法定退休年龄的办法》 annex 4). Early (elective)
  retirement needs the minimum of the chosen year; late retirement that of the statutory year
  (人社部发〔2024〕94号).
* Someone short at retirement may go on paying until the minimum is reached (延长缴费), and
  people insured before 2011-07 may pay the rest at once (一次性缴费) after five more years
  (《实施〈中华人民共和国社会保险法〉若干规定》, 人力资源和社会保障部令第13号, art. 2); the
  2024 《国务院关于渐进式延迟法定退休年龄的办法》 (art. 5, with the minimum rising from 2030)
  keeps both: 延长缴费或者一次性缴费 按照国家规定 (cited, the text not checked here: O-m).

Estimates (stated, marked ``estimated``):

* ``cost_low`` / ``cost_high``: the missing months paid at the lowest / highest allowed base of
  the chosen month (the contribution band, 60 %-300 %, 国办发〔2019〕13号) at the flexible rate
  ``pension/flexible_rate`` (20 %, the whole contribution paid by the person). Regions set the
  base and any interest on arrears for 补缴 themselves: not included.
* ``pension_with``: the estimate's pension plus what the missing months add when paid at the
  lowest base (the pension figures with and without them, core.pension_query), paid from the
  chosen month; ``pension_without`` is 0 (nothing is payable short of the minimum);
  ``pension_if_payable`` is the pension the estimate computes on the years actually paid.
* ``month_reaching_minimum``: the first month from the chosen one at which continuing to
  contribute every month reaches the minimum; None when not within the latest elective month.
* ``earlier_payable``: the first month before the chosen one (from the earliest one can still
  choose, retirement.earliest_ahead) at which the years paid by then meet that month's minimum,
  with that minimum and the pension then (core.sweep.pensions_at_ages: each that month's
  estimate's). The minimum rises by retirement year from 2030, so someone who has stopped paying
  can be short at the statutory month and not short at an earlier elective one (new-user trial
  13: 16 years, short of 16.5 at 2032-03, payable from 2030-09 on 15.5:
  tests/gui/test_trial13_earlier_payable.py); None when no earlier month is payable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from ..contributions import contribution_band
from ..estimate import estimate
from ..money import ZERO, fen
from ..pension_query import FigureError, PensionFigures, pension_from_figures
from ..policy.loader import PolicyData, default_policy_data
from ..profile import Profile
from ..result import Estimate
from ..retirement import earliest_ahead, minimum_years
from ..sweep import pensions_at_ages, retirement_months
from ..yearmonth import YearMonth
from .walk import view_for

BASIS = ("DECIDE_MAKE_UP_RULE", "DECIDE_MAKE_UP_COST_ESTIMATED")


@dataclass(frozen=True)
class EarlierPayable:
    """An earlier retirement month at which the years paid meet the minimum of that month."""
    month: YearMonth
    minimum_years: Decimal
    pension: Decimal  # the monthly pension at that month (nominal)


@dataclass(frozen=True)
class MakeUp:
    retirement_month: YearMonth
    minimum_years: Decimal
    months_missing: int
    base_low: Decimal
    base_high: Decimal
    rate: Decimal
    cost_low: Decimal
    cost_high: Decimal
    pension_without: Decimal
    pension_if_payable: Decimal
    pension_with: Decimal
    month_reaching_minimum: Optional[YearMonth]
    estimate: Estimate = field(repr=False, compare=False)
    earlier_payable: Optional[EarlierPayable] = None
    estimated: bool = True
    basis: tuple[str, ...] = BASIS


def make_up(profile: Profile, policy: Optional[PolicyData] = None, *,
            as_of: YearMonth) -> Optional[MakeUp]:
    """What reaching the minimum years would take at the profile's retirement month; None when
    the minimum is met there."""
    data = policy or default_policy_data()
    result = estimate(profile, data, as_of=as_of)
    missing = result.retirement.shortfall_months
    if missing == 0:
        return None
    view = view_for(profile, data, as_of)
    retire = result.retirement.chosen_month
    band = contribution_band(view, profile.region, retire)
    rate = view.value("pension/flexible_rate", profile.region, retire)
    return MakeUp(
        retirement_month=retire, minimum_years=result.retirement.minimum_years,
        months_missing=missing, base_low=band.floor, base_high=band.ceiling, rate=rate,
        cost_low=missing * fen(band.floor * rate), cost_high=missing * fen(band.ceiling * rate),
        pension_without=ZERO, pension_if_payable=result.pension.total,
        pension_with=_pension_with(profile, result, data, view, missing, band.floor / band.average_wage,
                                   band.floor),
        month_reaching_minimum=month_reaching_minimum(profile, result, data, as_of),
        estimate=result, earlier_payable=earlier_payable(profile, result, data, as_of))


def earlier_payable(profile: Profile, result: Estimate, data: PolicyData,
                    as_of: YearMonth) -> Optional[EarlierPayable]:
    """The first month before the chosen one, from the earliest one can still choose, whose
    own estimate is short of nothing (its minimum, its years paid by then)."""
    window = retirement_months(profile, data, as_of=as_of)
    chosen = result.retirement.chosen_month
    months, month = [], earliest_ahead(window, as_of)
    while month < chosen:
        months.append(month)
        month = month + 1
    if not months:
        return None
    view = view_for(profile, data, as_of)
    for month, found in pensions_at_ages(profile, months, data, as_of=as_of).items():
        if found.shortfall_months == 0:
            return EarlierPayable(month, minimum_years(window, month, profile.region, view),
                                  found.pension.total)
    return None


def month_reaching_minimum(profile: Profile, result: Estimate, data: PolicyData,
                           as_of: YearMonth) -> Optional[YearMonth]:
    """First month from the chosen one (up to the latest elective month) at which the years
    paid so far plus one month for each further month reach that month's minimum."""
    view = view_for(profile, data, as_of)
    window = retirement_months(profile, data, as_of=as_of)
    chosen = result.retirement.chosen_month
    have = result.retirement.minimum_years * 12 - result.retirement.shortfall_months
    month = chosen
    while month <= window.latest_month:
        need = minimum_years(window, month, profile.region, view) * 12
        if have + (month - chosen) >= need:
            return month
        month = month + 1
    return None


def _pension_with(profile: Profile, result: Estimate, data: PolicyData, view, missing: int,
                  index: Decimal, base: Decimal) -> Decimal:
    """The estimate's pension plus the difference ``missing`` months at ``index`` (adding
    ``base`` x the personal-account rate each to the account) make to the pension figures."""
    p = result.pension
    rate = view.value("pension/flexible_account_rate", profile.region, p.retirement_month)
    paid_years = p.contribution_months / 12
    more_years = paid_years + Decimal(missing) / 12
    more_index = (p.average_index * paid_years + index * Decimal(missing) / 12) / more_years
    more_account = p.account_balance + missing * fen(base * rate)

    def figures(years: Decimal, average: Decimal, account: Decimal) -> Decimal:
        return pension_from_figures(data, view, PensionFigures(
            region=profile.region, gender=profile.gender, category=profile.category,
            birth=profile.birth, retire=p.retirement_month, years=years, average_index=average,
            account=account, deemed_years=profile.deemed_years,
            pre_account_years=p.pre_account_years, transitional_index=p.transitional_index,
            work_start=profile.work_start)).breakdown.total
    try:
        gain = figures(more_years, more_index, more_account) - \
            figures(paid_years, p.average_index, p.account_balance)
    except FigureError:
        gain = ZERO
    return p.total + max(ZERO, gain)
