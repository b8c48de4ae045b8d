"""Uncertainty, honestly: a low / central / high band over the assumptions a result depends on
most -- credited interest, average-wage growth, own-wage growth and the pension adjustment.

The low and high values, each with its reasoning, are data (``assumptions/bands/<name>``,
estimated). The central case is the profile as it is (its own assumptions, else the data's
defaults). The low case takes, for each of the four, the lower of the band's low and the central
value; the high case the higher of the band's high and the central value. Inflation is not
varied: it only converts to today's money. The cases are three whole estimates (core.estimate).

The balance band runs on past the estimates' last year (retirement + ``YEARS_AFTER_RETIREMENT``)
while a case's account is still being paid out (decide/walk.payout_years: the estimate's own rules,
month by month), up to the year all three are empty (at most ``HORIZON_AGE``): the high case's
account, with more interest, lasts longer than the central one's, and its fan is not cut off.
An account that pays nothing (below the minimum years) is not walked on: it never empties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from ..estimate import estimate
from ..policy.loader import NATIONAL, PolicyData, default_policy_data
from ..profile import Profile
from ..result import Estimate
from ..yearmonth import YearMonth
from .shared_years import lend
from ..money import ZERO
from .walk import balances_after, deflator, view_for

VARIED = ("credited_interest_rate", "average_wage_growth", "own_wage_growth",
          "pension_adjustment")
CASES = ("low", "central", "high")


@dataclass(frozen=True)
class BandYear:
    year: int
    low: Decimal
    central: Decimal
    high: Decimal


@dataclass(frozen=True)
class Bands:
    low: Estimate = field(repr=False)
    central: Estimate = field(repr=False)
    high: Estimate = field(repr=False)
    #: the monthly pension at retirement (nominal) and in today's money
    total: tuple[Decimal, Decimal, Decimal]
    total_today: tuple[Decimal, Decimal, Decimal]
    #: pension-account balance at each year's end, low / central / high
    balances: list[BandYear]
    #: case -> assumption name -> value used
    assumptions: dict[str, dict[str, Decimal]]
    #: assumption name -> the reasoning of its band (the data's method)
    reasoning: dict[str, str]
    #: pension paid in each year (nominal), low / central / high, the estimates' years
    pension_paid: list[BandYear] = field(default_factory=list)
    #: year -> the deflator to today's money of each year of ``balances`` (inflation not varied)
    deflators: dict[int, Decimal] = field(default_factory=dict)


def band_values(profile: Profile, policy: Optional[PolicyData] = None, *,
                as_of: YearMonth) -> tuple[dict[str, dict[str, Decimal]], dict[str, str]]:
    """The assumptions of each case and the reasoning of each band."""
    data = policy or default_policy_data()
    view = view_for(profile, data, as_of)
    cases: dict[str, dict[str, Decimal]] = {case: {} for case in CASES}
    reasoning = {}
    for name in VARIED:
        central = view.assumptions[name]
        found = view.get(f"assumptions/bands/{name}", NATIONAL, as_of)
        cases["low"][name] = min(found.value["low"], central)
        cases["central"][name] = central
        cases["high"][name] = max(found.value["high"], central)
        reasoning[name] = found.method or ""
    return cases, reasoning


def bands(profile: Profile, policy: Optional[PolicyData] = None, *, as_of: YearMonth) -> Bands:
    data = policy or default_policy_data()
    cases, reasoning = band_values(profile, data, as_of=as_of)
    results = {"central": estimate(profile, data, as_of=as_of)}
    central_view = view_for(profile, data, as_of)
    views, profiles = {"central": central_view}, {"central": profile}
    walked = central_view._cache  # the central walk: its record
    for case in ("low", "high"):
        own = profile.assumptions.model_copy(update=cases[case])
        changed = profiles[case] = profile.model_copy(update={"assumptions": own})
        views[case] = view_for(changed, data, as_of)
        lend(walked, views[case]._cache)  # the years no assumption touches
        results[case] = estimate(changed, data, as_of=as_of)
    low, central, high = (results[c] for c in CASES)
    closing = {c: {y.year: y.pension_account.closing for y in results[c].years} for c in CASES}
    paid = {c: {y.year: y.pension_paid for y in results[c].years} for c in CASES}
    years = sorted(set(closing["low"]) & set(closing["central"]) & set(closing["high"]))
    deflators = {y.year: y.deflator for y in central.years}
    later = _walked_on(profiles, results, views, years[-1] if years else None)
    for year, balances, factor in later:
        for case in CASES:
            closing[case][year] = balances[case]
        deflators[year] = factor
    return Bands(
        low=low, central=central, high=high,
        total=(low.pension.total, central.pension.total, high.pension.total),
        total_today=(low.pension.total_today, central.pension.total_today,
                     high.pension.total_today),
        balances=[BandYear(y, closing["low"][y], closing["central"][y], closing["high"][y])
                  for y in years + [year for year, _b, _d in later]],
        assumptions=cases, reasoning=reasoning,
        pension_paid=[BandYear(y, paid["low"][y], paid["central"][y], paid["high"][y])
                      for y in years],
        deflators=deflators)


def _walked_on(profiles: dict[str, Profile], results: dict[str, Estimate],
               views: dict, last: Optional[int]) -> list[tuple[int, dict[str, Decimal], Decimal]]:
    """``(year, {case: the pension account at the year's end}, the year's deflator)`` for each
    year after ``last`` (the estimates' last year) while a case's account is still being paid
    out, up to the first year every account is empty (at most ``HORIZON_AGE``)."""
    if last is None:
        return []
    paying = [c for c in CASES if results[c].retirement.shortfall_months == 0]
    if not paying or all(results[c].years[-1].pension_account.closing <= 0 for c in paying):
        return []
    # each account with money walked on to its first empty year; those that pay nothing to the
    # last of those years; an account paid out and empty stays so (0)
    walks = {c: balances_after(profiles[c], results[c], views[c], last) for c in paying
             if results[c].years[-1].pension_account.closing > 0}
    if not any(walks.values()):  # the estimates reach the horizon (HORIZON_AGE) already
        return []
    end = max(rows[-1][0] for rows in walks.values() if rows)
    walks.update((c, balances_after(profiles[c], results[c], views[c], last, until=end))
                 for c in CASES if c not in paying)
    by_year = {c: {year: balance for year, balance, _d in rows} for c, rows in walks.items()}
    central = results["central"]
    return [(year, {c: by_year.get(c, {}).get(year, ZERO) for c in CASES},
             deflator(views["central"], central.as_of, year)) for year in range(last + 1, end + 1)]
