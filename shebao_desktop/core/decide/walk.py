"""The months after retirement, walked on past the estimate's own horizon, and helpers the
decision tools share (today's money, profiles with generated future months).

The estimate walks ``YEARS_AFTER_RETIREMENT`` years past retirement; ages 80 and 85 and a late
break-even can lie beyond. ``payouts`` repeats the estimate's own rules month by month, for as
long as asked:

* the pension is paid from the retirement month, every month, when the minimum years are met
  (《社会保险法》 art. 16; below the minimum nothing is paid);
* each January after the retirement year it rises by ``pension/annual_adjustment`` (the
  published level, then the assumption ``assumptions/pension_adjustment``), rounded to the fen;
* the pension account pays the account pension every month and is credited each December at
  ``pension/credited_interest_rate`` when ``pension/retired_account_interest`` says so
  (月积数法, 劳办发〔1997〕116号) -- what is left can be inherited (《社会保险法》 art. 14).

Today's money divides by ``(1 + inflation) ^ (year - as_of year)`` as the estimate does.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, Optional, Union

from ..accounts import Account
from ..estimate import make_view
from ..money import ZERO, fen
from ..policy.loader import PolicyData, default_policy_data
from ..policy.view import PolicyView
from ..profile import MAX_HISTORY_ROWS, HistoryRow, Profile
from ..result import Estimate
from ..walk import deflator  # the estimate's rule; compare imports it from here too
from ..yearmonth import YearMonth
from .planned import month_row, planned_before

if TYPE_CHECKING:
    from .branching import Reached

#: how far the walk goes: a break-even later than this age is "never" (not a rule: a horizon)
HORIZON_AGE = 105


class Payout(NamedTuple):
    """One month of the walk (a named tuple: hundreds are made per retirement month)."""
    month: YearMonth
    paid: Decimal  # pension paid in the month (0 below the minimum years)
    account_after: Decimal  # pension account balance at the end of the month
    deflator: Decimal


#: month number -> its YearMonth, shared by every walk (months are frozen values)
_MONTHS: dict[int, YearMonth] = {}


def _month(index: int) -> YearMonth:
    found = _MONTHS.get(index)
    if found is None:
        found = _MONTHS[index] = YearMonth.from_index(index)
    return found


def view_for(profile: Profile, policy: Optional[PolicyData], as_of: YearMonth) -> PolicyView:
    return make_view(profile, policy or default_policy_data(), as_of)


def payouts(profile: Profile, result: Estimate, view: PolicyView,
            until: Optional[YearMonth] = None) -> list[Payout]:
    """Month by month from the retirement month to ``until`` (default: the HORIZON_AGE)."""
    return list(each_payout(profile, result, view, until))


def each_payout(profile: Profile, result: Union[Estimate, "Reached"], view: PolicyView,
                until: Optional[YearMonth] = None) -> Iterator[Payout]:
    """``payouts`` lazily: the caller may stop once it knows what it needs."""
    for first, last, paid, year_deflator, balances in payout_years(profile, result, view, until):
        for index, balance in zip(range(first, last + 1), balances):
            yield Payout(_month(index), paid, balance, year_deflator)


def payout_years(profile: Profile, result: Union[Estimate, "Reached"], view: PolicyView,
                 until: Optional[YearMonth] = None
                 ) -> Iterator[tuple[int, int, Decimal, Decimal, list[Decimal]]]:
    """``payouts`` a year at a time: the month numbers (``YearMonth.index``) of its first and
    last month, the pension paid each month, the year's deflator and the pension account's
    balance at the end of each month (no object per month: the comparison reads hundreds)."""
    retire = result.retirement.chosen_month
    end = until or profile.birth + 12 * HORIZON_AGE
    region = profile.region
    payable = result.retirement.shortfall_months == 0
    account = Account(balance=result.at_retirement.pension_account)
    account.start_segment(retire)
    monthly = result.pension.total
    account_pension = result.pension.account_pension
    balance = account.balance
    for year in range(retire.year, end.year + 1):  # months made per year: no month arithmetic
        year_deflator = deflator(view, result.as_of, year)
        first = retire.month if year == retire.year else 1
        last = end.month if year == end.year else 12
        rises = payable and year > retire.year  # each January after the retirement year
        rise, rate = view.memo(("payout year", region, year, rises, last == 12),
                               lambda y=year, r=rises, d=last == 12: _year_figures(view, region,
                                                                                    y, r, d))
        if rises:
            monthly = fen(monthly * (1 + rise))
        base = year * 12 - 1  # month number of month 0 of the year
        balances = []
        for number in range(first, last + 1):
            if payable:  # Account.withdraw: up to the balance, never below zero
                taken = account_pension if account_pension <= balance else balance
                if taken > 0:
                    balance -= taken
                    account.withdrawals.append((base + number, taken))
            if number == 12:
                account.balance = balance
                account.credit(YearMonth(year, 12), rate)
                balance = account.balance
            balances.append(balance)
        yield base + first, base + last, monthly if payable else ZERO, year_deflator, balances


def balances_after(profile: Profile, result: Estimate, view: PolicyView, after: int,
                   until: Optional[int] = None) -> list[tuple[int, Decimal, Decimal]]:
    """``(year, the pension account at its end, the year's deflator)`` for each year after
    ``after`` (the estimate's last year), walked on by ``payout_years``: to the first year the
    account is empty, and at least to ``until``; an account that pays nothing (below the minimum
    years) never empties and is walked to ``until`` only. The balances chart and the balance
    fan's cases past the estimate (gui/charts.walked_on, decide/bands)."""
    payable = result.retirement.shortfall_months == 0
    out = []
    for first, _last, _paid, factor, balances in payout_years(profile, result, view):
        year = first // 12  # the month number of the year's first month (YearMonth.index)
        if year <= after:
            continue
        out.append((year, balances[-1], factor))
        if year >= (until or 0) and (balances[-1] <= 0 or not payable):
            break
    return out


def _year_figures(view: PolicyView, region: str, year: int, rises: bool,
                  december: bool) -> tuple[Optional[Decimal], Decimal]:
    """A year's pension adjustment (January; when ``rises``) and the retired account's interest
    rate (December, when the walk reaches it: ``pension/credited_interest_rate`` if
    ``pension/retired_account_interest``)."""
    rise = view.value("pension/annual_adjustment", region, YearMonth(year, 1)) if rises else None
    if not december:
        return rise, ZERO
    end = YearMonth(year, 12)
    keeps_interest = view.value("pension/retired_account_interest", region, end)
    rate = view.value("pension/credited_interest_rate", region, end)
    return rise, rate if keeps_interest else ZERO


def future_rows(profile: Profile, from_month: YearMonth, until: YearMonth,
                amount_of: Callable[[YearMonth], Decimal], employment: Optional[str],
                as_of: YearMonth, kept: Optional[list[HistoryRow]] = None) -> Profile:
    """The profile with its records from ``from_month`` on replaced by one month row per month
    up to the month before ``until``, each of ``amount_of(month)`` (a wage: the band clamps it).
    ``kept``: ``kept_rows(profile, from_month, as_of)`` when the caller has them already.
    """
    rows = list(kept_rows(profile, from_month, as_of) if kept is None else kept)
    month = from_month
    while month < until:
        rows.append(month_row(str(month), profile.region, fen(amount_of(month)), employment))
        month = month + 1
    if len(rows) > MAX_HISTORY_ROWS or from_month < profile.birth + 12 * 14:
        return profile.with_history(rows)  # the error a whole validation gives
    # valid by construction: the kept rows were the profile's (or its months, written out),
    # and each month from ``from_month`` on is stated once, by its new row
    return profile.model_copy(update={"history": rows})


def kept_rows(profile: Profile, from_month: YearMonth, as_of: YearMonth,
              policy: Optional[PolicyData] = None) -> list[HistoryRow]:
    """The records before ``from_month``: part-year rows are first written out as the month
    rows they were placed in (so adding later rows does not move them); whole-year and month
    rows before ``from_month`` are kept; then the months the plan assumes paid before
    ``from_month``, as it pays them (decide/planned.py)."""
    placement = profile.placed_months(as_of)
    by_row: dict[int, list[YearMonth]] = {}
    for month, number in placement.months.items():
        by_row.setdefault(number, []).append(month)
    rows: list[HistoryRow] = []
    for number, row in enumerate(profile.history):
        months = sorted(by_row.get(number, []))
        kept = [m for m in months if m < from_month]
        exact = row.is_month or row.paid_months == 12
        if exact and len(kept) == len(months) and months:
            rows.append(row)
            continue
        for month in kept:
            rows.append(HistoryRow(period=str(month), region=row.region, amount=row.amount,
                                   amount_kind=row.amount_kind, employment=row.employment))
    return rows + planned_before(profile, from_month, as_of,
                                 view_for(profile, policy, as_of))
