"""The months a plan assumes paid before a decision's first month, written out as rows.

A decision tool replaces a profile's months from ``from_month`` on (a flexible level from next
month, a goal-seek guess from this month). The months between the last record and
``from_month`` are not recorded: the plan pays them as projected months (core.plan: the last
record's wage grown by ``assumptions/own_wage_growth``, or the future-wage field, or the
statement's index), anchored on the last row. Once the tool has added its own rows, the last
row is its last month -- decades ahead -- and those months would be paid at that wage (issue 11
trial: a flexible worker on 4,632.60 a month had 2026-12 paid at 7,656.98 in every level, so the
60 % level gave 5,800.59 where her plan gave 5,795.41). ``planned_before`` writes them out as
the current plan pays them, so every variant keeps the plan's months before ``from_month``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..plan import build_plan
from ..policy.view import PolicyView
from ..profile import HistoryRow, Profile
from ..yearmonth import YearMonth


def planned_before(profile: Profile, from_month: YearMonth, as_of: YearMonth,
                   view: PolicyView) -> list[HistoryRow]:
    """One month row per projected month of ``profile``'s plan before ``from_month``, at the
    amount and employment the plan pays it (none when contributions do not go on)."""
    plan = build_plan(profile, as_of, from_month, view.branch())
    return [month_row(str(month), work.region, work.amount, work.employment)
            for month, work in sorted(plan.months.items(), key=lambda item: item[0])
            if work.projected]


def month_row(period: str, region: str, amount: Decimal, employment: Optional[str]) -> HistoryRow:
    """``HistoryRow(period=..., region=..., amount=..., employment=...)``, validated once: the
    tools make the same future rows edit after edit (a row is frozen; the plan's Work of a row
    is kept with it, core/plan.py)."""
    key = (period, region, str(amount), employment)
    found = _ROWS.get(key)
    if found is None:
        if len(_ROWS) > 5_000:
            _ROWS.clear()
        found = _ROWS[key] = HistoryRow(period=period, region=region, amount=amount,
                                        employment=employment)
    return found


#: (period, region, amount as written, employment) -> its month row
_ROWS: dict[tuple, HistoryRow] = {}
