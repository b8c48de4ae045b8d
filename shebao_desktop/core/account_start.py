"""Which months the pension personal account took (pension/account_start, account_backfill).

国发〔1997〕26号 builds the personal account at 11 % of the contribution wage and pays a
transitional pension to people with years before it; each region opened its accounts on its own
date (广东 1998-07, 粤府〔1998〕21号 per the research). Months paid before the local start are
credited to no account, and they are the paid years that count as 建账前缴费年限, so no month is
counted twice: a month paid in another region that credited it to its account (opened earlier
there) is not a 建账前 year where the person retires, though it comes before the local start
(``credited_elsewhere``; the user's 建账前缴费年限 from the form decides where it differs). Where the region's transitional pension counts the deemed years alone
(pension/transitional_years_rule ``deemed_years``), no paid month is a pre-account year, and
every paid month keeps its credit. A region that back-filled its accounts from an earlier month
(补记) says so in ``pension/account_backfill`` ({from, rate}: credited from ``from`` at
``rate``, or at the personal-account rate when the rule names none): those months are credited
and are not pre-account months.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from .errors import ProfileError
from .policy.loader import PolicyDataError
from .policy.view import ParamValue, PolicyLookupError, PolicyView
from .yearmonth import YearMonth

ACCOUNT_START = "pension/account_start"
BACKFILL = "pension/account_backfill"
YEARS_RULE = "pension/transitional_years_rule"


def _in_force(view: PolicyView, name: str, region: str, month: YearMonth) -> ParamValue:
    """The rule as in force at ``month``, or at its first dated entry for earlier months (a
    start month is a fact about the past, not an estimate back-cast to earlier years)."""
    try:
        first = next(iter(view.data.find(name, region)[1].values))
        month = max(month, first)
    except (PolicyDataError, StopIteration):  # only a user override: asked at the month
        pass
    return view.get(name, region, month)


def start_month(view: PolicyView, region: str, month: YearMonth) -> YearMonth:
    """The region's account start; a user's override ("1998-07", text) read as a month, and
    one that is not a month said so in the user's terms."""
    value = _in_force(view, ACCOUNT_START, region, month).value
    return value if isinstance(value, YearMonth) else _month(value, ACCOUNT_START)


def _month(value, name: str) -> YearMonth:
    try:
        return YearMonth.parse(str(value))
    except ValueError:
        raise ProfileError("overrides", "OVERRIDE_OUT_OF_RANGE",
                           f"{name}: '{value}' is not a month (YYYY-MM)") from None


def _backfill(view: PolicyView, region: str, month: YearMonth) -> Optional[dict]:
    if not view.has(BACKFILL, region):
        return None
    try:
        found = _in_force(view, BACKFILL, region, month).value
    except PolicyLookupError:  # not in force
        return None
    return found or None


def first_credited(view: PolicyView, region: str, month: YearMonth) -> YearMonth:
    """The first month the region's pension account was credited: the back-fill's start where
    the region back-filled its accounts, else its account start. Months before it are the
    paid years before the account (建账前)."""
    start = start_month(view, region, month)
    backfill = _backfill(view, region, month)
    if backfill and backfill.get("from"):
        return min(start, _month(backfill["from"], BACKFILL))
    return start


def counts_pre_account_months(view: PolicyView, region: str, month: YearMonth) -> bool:
    """Whether the region's transitional pension counts the years paid before the account
    (pension/transitional_years_rule ``pre_account_years``). Where it counts the deemed years
    alone (天津, 上海, 江西, the national default), no paid month is a pre-account year, so
    every paid month stays credited at the personal-account rate."""
    with view.quiet():
        rule = _in_force(view, YEARS_RULE, region, month).value
    return rule == "pre_account_years"


def account_rate(view: PolicyView, region: str, month: YearMonth, name: str) -> Decimal:
    """The share of the base credited to the pension account in ``month`` (``name``:
    pension/personal_account_rate or pension/flexible_account_rate): nothing before the
    region's account start, where those months count as pre-account years, unless the
    back-fill covers the month."""
    rate = view.value(name, region, month)
    if not rate:
        return rate
    with view.quiet():  # noted below where the start decides the figure
        start = _in_force(view, ACCOUNT_START, region, month)
        opened = start_month(view, region, month)
    if month >= opened or not counts_pre_account_months(view, region, month):
        return rate
    if start.estimated:
        view.estimated_names.add(ACCOUNT_START)
    backfill = _backfill(view, region, month)
    if backfill and backfill.get("from") and month >= _month(backfill["from"], BACKFILL):
        return Decimal(str(backfill["rate"])) if backfill.get("rate") is not None else rate
    return Decimal(0)


def uncredited_elsewhere(view: PolicyView, months: dict, region: str,
                         retire: YearMonth) -> list[tuple[str, YearMonth, YearMonth, int, YearMonth]]:
    """Months paid in another region before that region's first credited month (so credited to
    no account there) but not before the retiring region's (so not counted in its 建账前缴费年限
    either): ``months`` a plan's months -> work (``.region``). Each region's run of such months
    as (region, first, last, count, that region's start). Empty where every paid month is
    counted in one part or the other (the usual case: one region, or regions that opened their
    accounts in the same month)."""
    local = first_credited(view, region, retire)
    by_region: dict[str, list[YearMonth]] = {}
    for month, work in months.items():
        if month >= local and work.region != region:
            by_region.setdefault(work.region, []).append(month)
    found = []
    for other, paid in sorted(by_region.items()):
        first = min(paid)
        start = first_credited(view, other, first)
        if not counts_pre_account_months(view, other, first):
            continue  # that region credited them (its transitional pension counts deemed years)
        before = sorted(m for m in paid if m < start)
        if before:
            found.append((other, before[0], before[-1], len(before), start))
    return found


def credited_elsewhere(view: PolicyView, months: dict, region: str,
                       retire: YearMonth) -> list[tuple[str, list[YearMonth]]]:
    """Months paid in another region before the retiring region's first credited month that
    the other region credited to its account (it opened its accounts earlier, or its
    transitional pension counts the deemed years alone, so it credits every month): the
    account keeps their credit, so they are not 建账前缴费年限 here. ``months`` a plan's months
    -> work (``.region``). Each region's months, in order, as (region, months)."""
    local = first_credited(view, region, retire)
    by_region: dict[str, list[YearMonth]] = {}
    for month, work in months.items():
        if month < local and work.region != region:
            by_region.setdefault(work.region, []).append(month)
    found = []
    for other, paid in sorted(by_region.items()):
        paid.sort()
        if counts_pre_account_months(view, other, paid[0]):
            start = first_credited(view, other, paid[0])
            paid = [m for m in paid if m >= start]
        if paid:
            found.append((other, paid))
    return found
