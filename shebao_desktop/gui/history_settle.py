"""Which rows of an edited history table are valid: the table settled into a profile (valid
rows in the history, the others kept as draft rows), and the reasons a row is left out."""

from __future__ import annotations

import re
from typing import Mapping, Optional, Union

from PySide6.QtCore import QCoreApplication

from ..core.profile import HistoryRow, Profile, YearBook
from ..presentation import formats
from ..storage.drafts import DraftRow, with_table
from .history_cells import CellError, cells_of, parse_period, period_year, row_from_cells
from .notices import error_text

translate = QCoreApplication.translate
Entry = Union[HistoryRow, DraftRow, Mapping[str, str]]


def _as_row(entry: Entry, region: str) -> Optional[HistoryRow]:
    if isinstance(entry, HistoryRow):
        return entry
    cells = dict(entry.cells) if isinstance(entry, DraftRow) else dict(entry)
    return row_from_cells(cells, region)[0]


def _settle(profile: Profile, rows: list[Entry], touched: set[int]) -> Profile:
    """The profile with ``rows`` as its table: a row is valid if it reads, clashes with no
    valid row and the profile accepts it; otherwise it is kept as a draft (cell texts)."""
    if all(type(entry) is HistoryRow for entry in rows):  # every row reads (an edit of a
        try:                                              # valid table): one check of it all
            return with_table(profile, rows)
        except ValueError:
            pass  # a row clashes: settle row by row
    candidates = {n: _as_row(entry, profile.region) for n, entry in enumerate(rows)}
    order = [n for n, e in enumerate(rows) if n not in touched and isinstance(e, HistoryRow)]
    order += sorted(touched)
    order += [n for n, e in enumerate(rows) if n not in touched and not isinstance(e, HistoryRow)]
    book = YearBook()  # the months rows take, as the profile places them
    valid: set[int] = set()
    for n in order:
        row = candidates.get(n)
        if row is None or not book.fits(row):
            continue
        book.add(row)
        valid.add(n)
    for _attempt in range(len(rows) + 1):
        table: list[Entry] = [candidates[n] if n in valid else _draft_cells(rows[n]) for n in range(len(rows))]
        try:
            return with_table(profile, table)  # type: ignore[arg-type]
        except ValueError as exc:
            number = _history_index(exc)
            ordered = sorted(valid)
            if number is None or number >= len(ordered):
                raise
            valid.discard(ordered[number])
    raise ValueError("history table could not be settled")


def place_pasted(rows: list[Entry], new: list[Entry], below: int) -> tuple[list[Entry], list[int]]:
    """``rows`` with the pasted rows ``new`` placed in them, and the places they took.

    A pasted row whose period reads goes by its period: before the first row of a later
    period, else after the last row with a period (a whole year is neither before nor after
    a month of it: pasted after it). So rows pasted into a table in time order keep it in
    time order, wherever the cursor was. A row whose period is mistyped keeps its place among
    the rows pasted: by the year its period starts with ("2020-13": 2020), else right after
    the row pasted before it (new-user trial: "2020-13" was put last, and stayed last). Rows
    without a period go in at ``below`` (the row under the current one), in the order pasted,
    as a mistyped first row does."""
    table, keys = list(rows), [_period_key(entry) for entry in rows]
    pasted = [False] * len(table)
    spot = max(0, min(below, len(table)))
    loose: list[Entry] = []
    before: Optional[tuple[int, int]] = None  # the key the row pasted before this one went by
    for entry in new:
        key = _period_key(entry) or _year_key(entry) or (before if _has_period(entry) else None)
        if key is None:
            loose.append(entry)
            continue
        before = key
        at = next((n for n, k in enumerate(keys) if k is not None and _later(k, key)), None)
        if at is None:
            at = next((n + 1 for n in range(len(keys) - 1, -1, -1) if keys[n] is not None), spot)
        if at <= spot:
            spot += 1
        table.insert(at, entry)
        keys.insert(at, key)
        pasted.insert(at, True)
    table[spot:spot] = loose
    pasted[spot:spot] = [True] * len(loose)
    return table, [n for n, mark in enumerate(pasted) if mark]


def place_again(rows: list[Entry], n: int) -> tuple[list[Entry], int]:
    """``rows`` with row ``n`` moved to its place by period (as a pasted row goes) when its
    period reads and it is out of time order with the nearest rows above and below that have
    a period, and its place then; ``rows`` and ``n`` otherwise. For a row left out that is
    corrected: it does not stay where its mistake put it (the end of the table)."""
    key = _period_key(rows[n])
    if key is None:
        return rows, n
    above = next((k for k in map(_period_key, reversed(rows[:n])) if k is not None), None)
    under = next((k for k in map(_period_key, rows[n + 1:]) if k is not None), None)
    if (above is None or not _later(above, key)) and (under is None or not _later(key, under)):
        return rows, n
    placed, at = place_pasted(rows[:n] + rows[n + 1:], [rows[n]], n)
    return placed, at[0]


def _cells(entry: Entry) -> Mapping[str, str]:
    return entry.cells if isinstance(entry, DraftRow) else entry  # type: ignore[return-value]


def _has_period(entry: Entry) -> bool:
    return isinstance(entry, HistoryRow) or bool(_cells(entry).get("period", "").strip())


def _year_key(entry: Entry) -> Optional[tuple[int, int]]:
    """(year, 0) of a period that does not read but starts with a year ("2020-13")."""
    if isinstance(entry, HistoryRow):
        return None
    year = period_year(_cells(entry).get("period", ""))
    return None if year is None else (year, 0)


def _period_key(entry: Entry) -> Optional[tuple[int, int]]:
    """(year, month) of the row's period, month 0 for a whole year; None if it does not read."""
    if isinstance(entry, HistoryRow):
        period = entry.period
    else:
        try:
            period = parse_period(_cells(entry).get("period", ""))
        except CellError:
            return None
    return int(period[:4]), int(period[5:7]) if len(period) == 7 else 0


def _later(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether period ``a`` comes after period ``b``; a year and a month of it do not."""
    return a[0] > b[0] or (a[0] == b[0] and a[1] > b[1] > 0)


def _draft_cells(entry: Entry) -> Mapping[str, str]:
    if isinstance(entry, HistoryRow):
        cells = cells_of(entry)
        cells["amount"] = str(entry.amount)
        return cells
    return dict(entry.cells) if isinstance(entry, DraftRow) else entry


def _history_index(exc: Exception) -> Optional[int]:
    match = re.search(r"history\.(\d+)", str(exc))
    return int(match.group(1)) if match else None


def _clash(profile: Profile, valid: list[tuple[int, HistoryRow]], row: HistoryRow) -> str:
    """Why a row whose cells all read is still left out: it overlaps a valid row, or the
    profile refuses it (the reason in the user's words)."""
    book = YearBook()
    for n, other in valid:
        book.add(other)
        if not book.fits(row):
            return translate("history", "与第{0}行的月份重叠").format(n + 1)
    try:
        with_table(profile, [r for _, r in valid] + [row])
    except ValueError as exc:
        return _reason(exc)
    return translate("history", "期间无效")


def _reason(exc: Exception) -> str:
    """The reason in the user's words (the profile's own checks speak English codes)."""
    errors = getattr(exc, "errors", None)
    text = str(errors()[0].get("msg", exc)) if callable(errors) else str(exc)
    text = text.removeprefix("Value error, ")
    overlap = re.search(r"month (\d{4}-\d{2}) is also in history\.(\d+)", text)
    if overlap:
        return translate("history", "月份 {0} 与第{1}行重复").format(
            overlap.group(1), int(overlap.group(2)) + 1)
    if "before age 14" in text:
        return translate("history", "期间早于14周岁")
    return error_text(exc)  # the catalogue's words for the profile's other checks


def row_runs(rows: list[int]) -> str:
    """Table row numbers (1-based) of 0-based ``rows`` in runs: "4–14", "3、7–9"."""
    runs = formats.runs(rows)
    words = [str(a + 1) if a == b else f"{a + 1}–{b + 1}" for a, b in runs[:6]]
    return translate("history", "、").join(words) + ("…" if len(runs) > 6 else "")
