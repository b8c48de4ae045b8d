"""The rows of a long table printed on pages (pagination.keep_together): Qt breaks a row whose
cell runs over several lines after its first lines, leaving on the next page the end of one cell
under empty ones; :func:`split_row` finds such a row (or a group's title left at a page's end),
:func:`planned_rows` decides the rows that begin a page from there on, and
:func:`break_before_row` makes a row begin the next page."""

from __future__ import annotations

import math
from typing import Optional

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextTable

_AFTER = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter


def page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _cells(table: QTextTable, row: int) -> list:
    """The cells that start in ``row`` (a cell spanning columns once)."""
    cells = [table.cellAt(row, column) for column in range(table.columns())]
    return [cell for column, cell in enumerate(cells) if cell.column() == column]


def _extents(doc: QTextDocument, table: QTextTable, first: int,
             stop: Optional[int] = None) -> list[tuple[float, float, bool]]:
    """For each row from ``first`` on (to ``stop``): the top of its cells' text, their bottom,
    and whether it is a group's title (one cell across the table); a row with a cell spanning
    rows is ``(nan, nan, False)`` (never moved)."""
    layout = doc.documentLayout()
    out = []
    for row in range(first, table.rows() if stop is None else stop):
        cells = _cells(table, row)
        if any(cell.rowSpan() > 1 for cell in cells):
            out.append((float("nan"), float("nan"), False))
            continue
        out.append((min(layout.blockBoundingRect(cell.firstCursorPosition().block()).top()
                        for cell in cells),
                    max(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                        for cell in cells),
                    len(cells) == 1 and table.columns() > 1))
    return out


def split_row(doc: QTextDocument, table: QTextTable, page_height: float, first: int) -> int | None:
    """The first body row of a long ``table`` from ``first`` on that runs from one page onto
    the next (and is less than half a page high: a taller row breaks), or that is a group's
    title whose next row is on the next page, else ``None`` (a title before the row found is
    found instead: it goes with its first row). Only the row at each page's end is looked at
    (found by its top: rows are in order)."""
    header, rows = table.format().headerRowCount(), table.rows()
    layout = doc.documentLayout()
    first = max(first, header + 1)
    if first >= rows:
        return None

    def top(row: int) -> float:
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    def extent(row: int) -> tuple[float, float, bool]:
        return _extents(doc, table, row, row + 1)[0]

    last_page = page_of(layout.frameBoundingRect(table).bottom() - 1, page_height)
    for page in range(page_of(top(first), page_height), last_page):
        boundary = (page + 1) * page_height
        low, high = first, rows - 1  # the last row from ``first`` that begins above it
        if top(low) >= boundary:
            continue
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if top(middle) < boundary else (low, middle - 1)
        start, end, title = extent(low)
        if (page_of(end - 1, page_height) > page and end - start < page_height / 2) or \
                (title and low + 1 < rows and top(low + 1) >= boundary):
            while low - 1 > header and low - 1 >= first - 1 and extent(low - 1)[2]:
                low -= 1  # the group's title goes with its first row
            return low
    return None


def _text_height(table: QTextTable, row: int) -> float:
    """The height of the tallest cell's lines in ``row`` (whatever page they are on)."""
    tallest = 0.0
    for cell in _cells(table, row):
        block, last, height = cell.firstCursorPosition().block(), \
            cell.lastCursorPosition().block().blockNumber(), 0.0
        while block.isValid() and block.blockNumber() <= last:
            layout = block.layout()
            height += sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
            block = block.next()
        tallest = max(tallest, height)
    return tallest


def planned_rows(doc: QTextDocument, table: QTextTable, page_height: float, row: int) -> list[int]:
    """The rows from ``row`` (the first that runs onto the next page, :func:`split_row`) on
    that begin a page once each row that would run onto the next page begins it, decided on the
    table as it is laid out now, so that the breaks are laid out once (one by one, each laid the
    table out again: ~65 ms each for the summary's parameters). Each row takes the height of its
    lines and the space the layout puts between rows on a page; a page's first row begins where
    the layout began one below the repeated header. A row this misjudges is still found by
    :func:`split_row` after."""
    header = table.format().headerRowCount()
    rows = _extents(doc, table, header)
    heights = [_text_height(table, header + n) for n in range(len(rows))]
    pages = [(page_of(top, page_height), page_of(bottom - 1, page_height)) for top, bottom, _ in rows]
    gaps = sorted(rows[n + 1][0] - rows[n][0] - heights[n] for n in range(len(rows) - 1)
                  if pages[n][1] == pages[n + 1][0] == pages[n][0])
    starts = sorted(rows[n + 1][0] - pages[n + 1][0] * page_height for n in range(len(rows) - 1)
                    if pages[n + 1][0] > pages[n][1])
    first = row - header
    if not gaps or not starts or any(math.isnan(top) for top, _, _ in rows[first:]):
        return [row]  # (a cell spanning rows: one by one)
    # a row after a break begins a row's spacing and paddings (a gap) lower than one Qt moved
    gap, start = gaps[len(gaps) // 2], starts[0] + gaps[len(gaps) // 2]
    out, y = [row], (pages[first][0] + 1) * page_height + start
    for n in range(first, len(rows)):
        height = heights[n]
        page = page_of(y, page_height)
        if n > first and y > page * page_height + start + 1 and height < page_height / 2 and \
                y + height > (page + 1) * page_height - gap / 2:
            back = n - 1 if rows[n - 1][2] and n - 1 > first and out[-1] != header + n - 1 else n
            out.append(header + back)
            y = (page + 1) * page_height + start
            if back < n:
                y += heights[back] + gap
        y += height + gap
    return out


def row_has_break(table: QTextTable, row: int) -> bool:
    """Whether ``row`` begins a page (:func:`break_before_row`)."""
    if row < 1:
        return False
    policy = table.cellAt(row - 1, 0).lastCursorPosition().block().blockFormat().pageBreakPolicy()
    return bool(policy & _AFTER)


def break_before_row(table: QTextTable, row: int, on: bool = True) -> None:
    """``row`` begins the next page: a page break after the last block of each cell of the row
    before it, whose cells then reach the end of their page. (A break before the row's own
    cells would be taken twice: Qt moves a row whose cells all begin on the next page there, and
    then lays its cells out again, breaking once more.)"""
    for cell in _cells(table, row - 1):
        block = cell.lastCursorPosition().block()
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | _AFTER if on else
                               fmt.pageBreakPolicy() & ~_AFTER)
        QTextCursor(block).setBlockFormat(fmt)


def row_breaks(items: list) -> tuple[tuple[int, int], ...]:
    """(item number, row) of each table row with a page break before it."""
    return tuple((number, row) for number, item in enumerate(items)
                 if isinstance(item, QTextTable)
                 for row in range(item.rows()) if row_has_break(item, row))
