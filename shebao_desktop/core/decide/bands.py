"""Uncertainty, honestly: a low / central / high band over the assumptions a result depends on
most -- credited interest, average-wage growth, own-wage growth and the pension adjustment.

The low and high values, each with its reasoning, are data (``assumptions/bands/<name>``,
estimated). The central case is the profile as it is (its own assumptions, else the data's
defaults). The low case takes, for each of the four, the lower of the band's low and the central
value; the high case the higher of the band's high and the central value. Inflation is not
varied: it only converts to today's money. The cases are three whole estimates (core.estimate).
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
from .walk import view_for

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
    #: pension paid in each year (nominal), low / central / high: the pension chart's fan
    pension_paid: list[BandYear] = field(default_factory=list)


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
    walked = view_for(profile, data, as_of)._cache  # the central walk: its record
    for case in ("low", "high"):
        own = profile.assumptions.model_copy(update=cases[case])
        changed = profile.model_copy(update={"assumptions": own})
        lend(walked, view_for(changed, data, as_of)._cache)  # the years no assumption touches
        results[case] = estimate(changed, data, as_of=as_of)
    low, central, high = (results[c] for c in CASES)
    closing = {c: {y.year: y.pension_account.closing for y in results[c].years} for c in CASES}
    paid = {c: {y.year: y.pension_paid for y in results[c].years} for c in CASES}
    years = sorted(set(closing["low"]) & set(closing["central"]) & set(closing["high"]))
    return Bands(
        low=low, central=central, high=high,
        total=(low.pension.total, central.pension.total, high.pension.total),
        total_today=(low.pension.total_today, central.pension.total_today,
                     high.pension.total_today),
        balances=[BandYear(y, closing["low"][y], closing["central"][y], closing["high"][y])
                  for y in years],
        assumptions=cases, reasoning=reasoning,
        pension_paid=[BandYear(y, paid["low"][y], paid["central"][y], paid["high"][y])
                      for y in years])
