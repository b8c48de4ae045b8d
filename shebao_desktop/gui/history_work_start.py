"""Rows of the history table that pay for months before the 参加工作时间: a warning next to the
period cell, not an error. The row still counts and no figure changes (the core counts what the
table says); the warning only asks the user to check (new-user trial 3: with a work start of
2012-07 a row of 2003 was counted without a word; with 1993-07 a whole year 1993 counted its
twelve months).

Which months a row pays for, as the core places them (``core.profile.place_history``): a month
row or a whole year its own months (``HistoryRow.months_covered``); a part-year row of the work
start's year is placed from the work start, so none of its months is earlier; a part-year row
of an earlier year pays for months of that year, all before the work start."""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication

from ..core.profile import HistoryRow
from ..core.yearmonth import YearMonth

translate = QCoreApplication.translate


def early_months(row: HistoryRow, work_start: Optional[YearMonth]) -> str:
    """The months ``row`` pays for before ``work_start`` in words ("1993-01 至 1993-06，共 6 个月",
    "1992 年的 6 个月"), or "" when there are none."""
    if work_start is None or not row.paid_months or row.first_month >= work_start:
        return ""
    if not row.is_month and row.paid_months != 12:  # a part year: placed inside its year
        if row.first_month.year >= work_start.year:
            return ""  # in the work start's year it is placed from the work start
        return translate("history", "{0} 年的 {1} 个月").format(row.first_month.year, row.paid_months)
    months = [month for month in row.months_covered() if month < work_start]
    if not months:
        return ""
    if len(months) == 1:
        return str(months[0])
    return translate("history", "{0} 至 {1}，共 {2} 个月").format(months[0], months[-1], len(months))


def early_warning(row: HistoryRow, work_start: Optional[YearMonth]) -> Optional[str]:
    """Why the period of ``row`` is worth a second look (in the user's language), or None."""
    months = early_months(row, work_start)
    if not months:
        return None
    return translate("history", "参加工作时间（{0}）之前的月份也按缴费计入：{1}，请核对").format(
        work_start, months)


def early_rows(rows: Sequence[object], work_start: Optional[YearMonth], before: Sequence[object] = (),
               warned: Optional[dict[int, str]] = None) -> dict[int, str]:
    """{row number: the warning} for the valid rows of a table that pay for months before
    ``work_start``. A row that is the very row of ``before`` at its place keeps its warning of
    ``warned`` (pass them only when the work start is the same)."""
    out: dict[int, str] = {}
    if work_start is None:
        return out
    for n, row in enumerate(rows):
        if type(row) is HistoryRow:
            reason = warned.get(n) if warned is not None and n < len(before) and before[n] is row \
                else early_warning(row, work_start)
            if reason:
                out[n] = reason
    return out


def refreshed(rows: Sequence[object], work_start: Optional[YearMonth], before: Sequence[object],
              warned: dict[int, str], same: bool) -> tuple[dict[int, str], list[int]]:
    """(the warnings of ``rows`` after a change of the table from ``before`` (warned:
    ``warned``), the rows of both whose warning came, went or changed). ``same``: the work start
    is the one ``warned`` was made for (else every row is checked again)."""
    early = early_rows(rows, work_start, *((before, warned) if same else ()))
    both = min(len(rows), len(before))
    return early, sorted(n for n in set(warned) | set(early)
                         if n < both and warned.get(n) != early.get(n))


def first_row_fields(work_start: Optional[YearMonth]) -> Optional[tuple[int, Optional[int]]]:
    """(year, months paid) of the first row of an empty table: the work start's year, paying
    from the work start to December (the core places a part year of that year from the work
    start), so a new row never pays for months before it; None without a work start."""
    if work_start is None:
        return None
    return work_start.year, None if work_start.month == 1 else 13 - work_start.month
