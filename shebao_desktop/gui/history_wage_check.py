"""Amounts in the history table far above anything plausible: a warning next to the cell, not
an error. The row still counts and no figure changes (the core pays on the ceiling whatever is
above it); the warning only asks the user to check a typing slip (new-user trial: a wage of
9,999,999 in 2026 passed without a word, replacement rate 0.1 %, housing fund 1,931,698.25).

The bound: more than ``TIMES_CEILING`` times the region's contribution-base ceiling (缴费基数上
限) in force for the row's months. The ceiling is about three times the local average wage, so
the bound is some 30 average wages a month: a real top salary can be above the ceiling, but a
figure ten times over it is much more likely an extra digit or two. A bound tied to the year's
ceiling holds for 1995 as for 2035, where one fixed sum would not. The ceiling is the one the
core's ``contribution_band`` gives the estimate (the default average-wage growth for future
years); where the data has no ceiling for the row, nothing is said."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication

from ..core.profile import HistoryRow
from .labels import money

translate = QCoreApplication.translate

#: an amount more than this many times the year's contribution-base ceiling is flagged
TIMES_CEILING = Decimal(10)

#: (region, first month, last month) -> the highest ceiling of those months, or None
_CEILINGS: dict[tuple, Optional[Decimal]] = {}
_views: list = []  # the one PolicyView these look-ups share (made at the first look-up)


def _view():
    if not _views:
        from ..core.policy.loader import default_policy_data
        from ..core.policy.view import PolicyView
        from ..core.yearmonth import YearMonth
        data = default_policy_data()
        growth = PolicyView(data, {}).value("assumptions/average_wage_growth", "national",
                                            YearMonth(2025, 1))
        _views.append(PolicyView(data, {"average_wage_growth": growth}))
    return _views[0]


def ceiling_of(row: HistoryRow) -> Optional[Decimal]:
    """The highest contribution-base ceiling of the months ``row`` pays for in its region;
    None when the policy data has none for them (before the region's first dated value)."""
    months = row.months_covered() or (_first_month(row),)
    key = (row.region, months[0], months[-1])
    if key not in _CEILINGS:
        from ..core.contributions import contribution_band
        try:
            _CEILINGS[key] = max(contribution_band(_view(), row.region, month).ceiling
                                 for month in {months[0], months[-1]})
        except Exception:  # noqa: BLE001 - no data for the months: a warning is not worth an error
            _CEILINGS[key] = None
    return _CEILINGS[key]


def _first_month(row: HistoryRow):
    from ..core.yearmonth import YearMonth
    period = row.period
    return YearMonth(int(period[:4]), int(period[5:7]) if len(period) == 7 else 1)


def too_high(row: HistoryRow) -> Optional[str]:
    """Why the amount of ``row`` is worth a second look (in the user's language), or None."""
    if row.amount <= 0:
        return None
    ceiling = ceiling_of(row)
    if ceiling is None or row.amount <= ceiling * TIMES_CEILING:
        return None
    if row.amount_kind == "base":
        return translate("history", "缴费基数异常高，请核对（上限为 {0} 元，按上限缴费）").format(money(ceiling))
    return translate("history", "工资异常高，请核对（上限为 {0} 元，按上限缴费）").format(money(ceiling))


def high_amounts(rows: Sequence[object], before: Sequence[object] = (),
                 warned: Optional[dict[int, str]] = None) -> dict[int, str]:
    """{row number: the warning} for the valid rows of a table whose amount is implausible. A
    row that is the very row of ``before`` (the table before an edit) at its place keeps its
    warning of ``warned`` (an edit of one wage checks one row, not 540)."""
    out: dict[int, str] = {}
    kept = warned if warned is not None else {}
    for n, row in enumerate(rows):
        if type(row) is HistoryRow:
            reason = kept.get(n) if warned is not None and n < len(before) and before[n] is row \
                else too_high(row)
            if reason:
                out[n] = reason
    return out


def warning_lines(warnings: dict[int, str], rows: Sequence[int], title: str) -> list[str]:
    """The warnings of table ``rows`` as lines of a message: "第3行“月工资/基数（元）”：…"."""
    return [translate("history", "第{0}行“{1}”：{2}").format(n + 1, title, warnings[n])
            for n in sorted(set(rows)) if n in warnings][:6]
