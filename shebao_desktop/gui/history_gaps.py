"""Gaps in the figures that only rows left out for an error make: not called 断缴.

A history table row with a wrong cell is kept as a draft row and left out of the estimate, so
the core (rightly, for the rows it is given) finds no contribution in its months and says
GAP_IN_HISTORY. Those months are not a gap in the person's payments: the results already say
which rows are not counted (ROWS_LEFT_OUT). So the gap notices of an estimate are narrowed to
the months no left-out row stands for, here where the session hands the table's valid rows to
the core; the core's rules and every figure stay as they are (new-user trial: a wage "7,9OO"
in 2018 and a period "2020-13" gave "2018-01 至 2018-12 没有缴费记录（断缴）" and the same for
2020)."""

from __future__ import annotations

from typing import Optional

from ..core.profile import HistoryRow, Profile
from ..core.result import Estimate, Notice
from ..core.yearmonth import YearMonth
from ..storage.drafts import DraftRow, table_rows
from .history_cells import CellError, parse_period, period_year

GAP = "GAP_IN_HISTORY"


def without_left_out_gaps(estimate: Estimate, profile: Profile) -> Estimate:
    """``estimate`` with its gap notices left with only the months no left-out row of the
    profile's table stands for (a notice whose months they all are is dropped); ``estimate``
    itself when nothing changes."""
    if not any(notice.code == GAP for notice in estimate.notices):
        return estimate
    covered = left_out_months(profile)
    if not covered:
        return estimate
    notices: list[Notice] = []
    for notice in estimate.notices:
        if notice.code != GAP:
            notices.append(notice)
            continue
        start, end = YearMonth.parse(notice.params["from"]), YearMonth.parse(notice.params["to"])
        for first, last in _runs(start, end, covered):
            params = {**notice.params, "from": str(first), "to": str(last)}
            notices.append(notice if params == notice.params else Notice(code=GAP, params=params))
    if notices == list(estimate.notices):
        return estimate
    return estimate.model_copy(update={"notices": notices})


def left_out_months(profile: Profile) -> set[YearMonth]:
    """The months the table's left-out rows stand for: their period's months when it reads;
    the year a mistyped period starts with ("2020-13"); else the months between the valid rows
    above and below the row (it sits in their gap)."""
    rows = table_rows(profile)
    months: set[YearMonth] = set()
    for n, row in enumerate(rows):
        if isinstance(row, DraftRow):
            months.update(_stands_for(row, rows[:n], rows[n + 1:]))
    return months


def _stands_for(row: DraftRow, above: list, below: list) -> list[YearMonth]:
    text = row.text("period")
    try:
        period = parse_period(text)
    except CellError:
        year = period_year(text)
        if year is not None:
            return [YearMonth(year, month) for month in range(1, 13)]
        return _between(_nearest_valid(reversed(above)), _nearest_valid(below))
    if len(period) == 7:
        return [YearMonth.parse(period)]
    return [YearMonth(int(period), month) for month in range(1, 13)]


def _nearest_valid(rows) -> Optional[HistoryRow]:
    return next((row for row in rows if isinstance(row, HistoryRow)), None)


def _between(above: Optional[HistoryRow], below: Optional[HistoryRow]) -> list[YearMonth]:
    if above is None or below is None or not above.months_covered() or not below.months_covered():
        return []
    month, last = max(above.months_covered()) + 1, min(below.months_covered()) + -1
    out = []
    while month <= last:
        out.append(month)
        month = month + 1
    return out


def _runs(start: YearMonth, end: YearMonth, covered: set[YearMonth]) -> list[tuple[YearMonth, YearMonth]]:
    """The runs of months from ``start`` to ``end`` not in ``covered``."""
    runs: list[tuple[YearMonth, YearMonth]] = []
    month, first = start, None
    while month <= end:
        if month in covered:
            if first is not None:
                runs.append((first, month + -1))
                first = None
        elif first is None:
            first = month
        month = month + 1
    if first is not None:
        runs.append((first, end))
    return runs
