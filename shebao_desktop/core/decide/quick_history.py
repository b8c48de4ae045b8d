"""Quick history entry: past rows generated from one sentence.

* growth: "6,000 from 2013-07, +6 % a year to now" -- the amount of year y is
  ``amount x (1 + growth) ^ (y - start year)``, rounded to the fen;
* index: "the same index each year" -- the amount of each row is ``index x`` the regional
  average wage the contribution band is set from (``average_wage``), averaged over the row's
  months (a region whose band year starts in July has two averages in a calendar year; the
  row's mean index is then the index given, to within the difference of the two).

Whole calendar years become year rows; the first and the last (partial) year become month rows,
so that each row sits exactly in the months it says. Rows run from ``start`` to the month
before ``until`` (default: ``as_of``, today). Each row is marked ``generated``
(``HistoryRow.generated``: the table shows the mark until the amount is edited); they are
assumptions the user stated, not records.

For the 快速估算 panel (gui/simple_mode.py) on a profile that has rows: ``figures_so_far``, the
statement figures its full estimate has at the end of last year (so the quick estimate starts
from the profile's own figures), ``quick_statement``, the statement the quick estimate stands
on (keeping what its four figures do not replace), ``unpaid_rows``, the months of this year it
must leave unpaid as the full estimate does, ``rows_before``, the rows a statement
written by "用作完整记录" would stand in for (named before it is written), and ``current_base``,
the panel's 当前月缴费基数 as the profile has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..contributions import contribution_band
from ..errors import ProfileError
from ..money import ZERO, fen, half_up, power
from ..policy.loader import PolicyData, default_policy_data
from ..policy.view import PolicyView
from ..profile import HistoryRow, Profile
from ..result import Estimate
from ..yearmonth import YearMonth


@dataclass(frozen=True)
class GeneratedRow:
    """A history row made by ``generated_rows``; ``row`` is the profile's HistoryRow."""

    row: HistoryRow
    generated: bool = True

    @property
    def period(self) -> str:
        return self.row.period

    @property
    def amount(self) -> Decimal:
        return self.row.amount


def generated_rows(start: YearMonth, amount: Optional[Decimal], until: Optional[YearMonth],
                   region: str, growth: Optional[Decimal] = None,
                   index: Optional[Decimal] = None, policy: Optional[PolicyData] = None, *,
                   as_of: YearMonth) -> list[GeneratedRow]:
    """Rows from ``start`` to the month before ``until`` (None: ``as_of``): by ``amount`` and
    ``growth`` (None: 0), or by ``index`` (then ``amount`` is not used)."""
    end = until or as_of
    if index is None and amount is None:
        raise ProfileError("amount", "QUICK_HISTORY_NEEDS_AMOUNT", "give an amount or an index")
    if end <= start:
        raise ProfileError("start", "QUICK_HISTORY_EMPTY", f"{start} is not before {end}",
                           **{"from": str(start), "to": str(end)})
    data = policy or default_policy_data()
    if region not in data.regions:
        raise ProfileError("region", "UNKNOWN_REGION", f"unknown region '{region}'",
                           region=region)
    view = PolicyView(data, {"average_wage_growth": PolicyView(data, {}).value(
        "assumptions/average_wage_growth", "national", as_of)})
    rise = growth or Decimal(0)

    def amount_at(month: YearMonth, months: int = 1) -> Decimal:
        if index is not None:
            averages = [contribution_band(view, region, month + i).average_wage
                        for i in range(months)]
            return fen(index * sum(averages) / len(averages))
        return fen(amount * power(1 + rise, month.year - start.year))

    rows: list[GeneratedRow] = []
    month = start
    while month < end:
        year_end = YearMonth(month.year, 12)
        if month.month == 1 and year_end < end:  # a whole year
            rows.append(GeneratedRow(HistoryRow(period=str(month.year), region=region,
                                                amount=amount_at(month, 12), generated=True)))
            month = year_end + 1
            continue
        rows.append(GeneratedRow(HistoryRow(period=str(month), region=region,
                                            amount=amount_at(month), generated=True)))
        month = month + 1
    return rows


@dataclass(frozen=True)
class FiguresSoFar:
    """A 个人权益记录单 as an estimate has it at the end of ``as_of`` (the last December before
    the estimate's own month: the year lines close there): the actual paid years (deemed years
    not included), their mean contribution index and the pension account's balance."""

    as_of: YearMonth
    contribution_years: Decimal
    average_index: Decimal
    pension_balance: Decimal
    #: the months among them no record has, counted as paid by continuing contributions
    #: (PAST_MONTHS_ASSUMED_PAID): (first, last), else None -- trial 7: the panel called them
    #: 实际缴费年限 with nothing saying some were assumed
    assumed: Optional[tuple[YearMonth, YearMonth]] = None
    #: whether the index or the balance rests on an estimated value (a year line marked so)
    estimated: bool = False


def figures_so_far(estimate: Estimate) -> Optional[FiguresSoFar]:
    """What ``estimate`` (a full calculation) says was paid up to the end of last year: the
    months paid in its year lines before this year, in years (to 0.01), the mean of those
    years' indices weighted by their months (to 0.0001) and the account balance closing that
    December. None when no month was paid before this year. Someone already retired: the
    figures at retirement (the month before it, and the balance the account pension divides),
    not a balance after months of payouts (trial 2: 214,094.38 at 2025-12 for 245,811.82)."""
    retire = estimate.retirement.chosen_month
    retired = estimate.retired_by_as_of
    last = retire.year if retired else estimate.as_of.year - 1
    lines = [y for y in estimate.years if y.year <= last]
    paid = [y for y in lines if y.months_contributed > 0 and y.average_index is not None]
    if not paid:
        return None
    months = sum(y.months_contributed for y in paid)
    index = sum((y.average_index * y.months_contributed for y in paid), Decimal(0)) / months
    as_of = retire + -1 if retired else YearMonth(last, 12)
    return FiguresSoFar(as_of=as_of,
                        contribution_years=half_up(Decimal(months) / 12, 2),
                        average_index=half_up(index, 4),
                        pension_balance=estimate.at_retirement.pension_account if retired
                        else lines[-1].pension_account.closing,
                        assumed=_assumed_until(estimate, as_of),
                        estimated=any(y.estimated for y in lines))


def _assumed_until(estimate: Estimate, end: YearMonth) -> Optional[tuple[YearMonth, YearMonth]]:
    """The months up to ``end`` the estimate counted as paid with no record (its notice)."""
    for notice in estimate.notices:
        if notice.code == "PAST_MONTHS_ASSUMED_PAID":
            first = YearMonth.parse(notice.params["from"])
            last = min(YearMonth.parse(notice.params["to"]), end)
            return (first, last) if first <= last else None
    return None


def current_base(profile: Profile, today: YearMonth,
                 full: Optional[Estimate] = None) -> Decimal:
    """当前月缴费基数 as the profile has it: 0 when it does not go on contributing (继续缴费
    unticked), else its wage from now on (未来月工资), else the amount
    of the latest row that starts at or before ``today`` (the latest row when all are later),
    else 0. A latest row of an earlier year is grown to this year by the full estimate
    ``full``: then this month's base there (张伟's 2025 row, 21,000, is 21,630 in 2026-11)."""
    return grown_base(profile, today, full)[0]


def grown_base(profile: Profile, today: YearMonth,
               full: Optional[Estimate] = None) -> tuple[Decimal, Optional[HistoryRow]]:
    """(``current_base``, the row of an earlier year it was grown from, else None): a base
    that rests on the wage-growth assumption says so (trial 6: the 2026 base sat beside
    figures "算到 2025-12" with nothing saying it was projected)."""
    if not profile.future.continue_contributing:  # paying nothing now (trial 11: the 2015 row's
        return ZERO, None                            # 6,500 shown as this month's base)
    if profile.future.monthly_wage is not None:
        return profile.future.monthly_wage, None
    rows = sorted(profile.history, key=lambda row: row.first_month)
    started = [row for row in rows if row.first_month <= today]
    now = full.monthly_contributions if full is not None else None
    if started and started[-1].first_month.year < today.year and now is not None \
            and now.month == today:
        return now.base, started[-1]
    return ((started or rows)[-1].amount if rows else Decimal(0)), None


def unpaid_rows(full: Optional[Estimate], end: YearMonth, region: str) -> list[dict]:
    """The rows a statement of the figures ``figures_so_far`` has at ``end`` needs beside it so
    that an estimate from it leaves unpaid the months of this year ``full`` left unpaid (its
    PAST_MONTHS_NOT_ASSUMED: records that stop long ago): a row of this year of 0 months. A
    statement at the end of last year is otherwise taken to go on to today (new-user trial 9:
    the quick estimate 12,545 元/月 beside the full 12,172, counting 2026-01..11 as paid)."""
    if full is None:
        return []
    for notice in full.notices:
        if notice.code == "PAST_MONTHS_NOT_ASSUMED":
            first, last = (YearMonth.parse(notice.params[key]) for key in ("from", "to"))
            if first <= end + 1 <= last and last.year == full.as_of.year > end.year:
                return [{"period": str(last.year), "region": region, "amount": "0", "months": 0}]
    return []


def rows_before(profile: Profile, end: YearMonth) -> list[HistoryRow]:
    """The history rows a statement dated ``end`` stands in for: those starting at or before
    ``end`` (their months up to ``end`` are then the statement's, no longer counted by row)."""
    return [row for row in profile.history if row.first_month <= end]


def quick_statement(profile: Profile, full: Optional[Estimate], as_of: YearMonth,
                    years: Decimal, index: Decimal, balance: Decimal) -> dict:
    """The statement (``Statement`` fields) the quick estimate stands on: its four figures at
    ``as_of``, and what they do not replace. From the profile's statement: its pre-account
    years, transitional index and notional account, and its medical and housing balances when
    of the same date. Else, from rows before the personal account: the pre-account years the
    full estimate ``full`` counted in them (the transitional pension stays the profile's)."""
    out = {"as_of": str(as_of), "pension_balance": str(balance),
           "contribution_years": str(years), "average_index": str(index)}
    old = profile.statement
    if old is not None:
        kept = ["pre_account_years", "transitional_index", "notional_account"]
        if old.as_of == as_of:
            kept += ["medical_balance", "housing_fund_balance"]
        out.update({name: str(getattr(old, name)) for name in kept
                    if getattr(old, name) is not None})
    elif full is not None and full.pension.pre_account_source in ("history", "history_credited"):
        out["pre_account_years"] = str(full.pension.pre_account_years)
    return out
