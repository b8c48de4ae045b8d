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
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..contributions import contribution_band
from ..errors import ProfileError
from ..money import fen, power
from ..policy.loader import PolicyData, default_policy_data
from ..policy.view import PolicyView
from ..profile import HistoryRow
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
