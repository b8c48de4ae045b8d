"""Page breaks of a printed report that QTextDocument does not make by itself.

Qt breaks a document wherever a page is full: a section title could end a page with its content
on the next, and a short table (the 五险一金 table) could leave its 合计 row alone on a page.
Once the document is laid out for its pages, :func:`keep_together` moves such a title (or
short table) to the next page by a page break before it, and lays out again, until nothing is
left stranded. Long tables still break, between rows: Qt would break a row whose last cell runs
on (a source's long title) after its first lines, leaving on the next page the end of one cell
under empty ones, its region and month on the page before; such a row moves whole to the next
page (table_rows: a page break after the row before it). The ``<thead>`` row is repeated on each
page by Qt.

A break added to a laid-out document lays out again all that follows it (~40 ms for the summary's
long tables). The breaks of the last few documents are remembered by what decides them (the
HTML, the page, the font, the images: ``printing.build_document``'s key), so the same document
printed again (the PDF exported again, a print preview drawn again) gets them before its one
layout. A document printed for the first time gets, before its layout, the breaks of the part
before its first long table (:func:`early_breaks`: that part alone, a copy of a few pages, laid
out and kept together: the same layout, as a page's layout depends only on what comes before
it); :func:`keep_together` still checks it after, and adds any break it needs.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Optional, Union

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

from .table_rows import break_before_row, planned_rows, row_breaks, row_has_break, split_row
from .table_rows import page_of as _page

#: a table at most this share of a page is never broken
SHORT_TABLE = 0.5
#: body rows of a long table kept on the page of its title
FIRST_ROWS = 2
#: a table of more rows is long: :func:`early_breaks` decides the breaks before its section
LONG_ROWS = 20

Item = Union[QTextBlock, QTextTable]
_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
#: how many documents' breaks are remembered
REMEMBERED = 4
#: by document key (most recent last): the items with a page break before them, and the
#: (item, row) of the table rows with one
_breaks: "OrderedDict[str, tuple[tuple[int, ...], tuple[tuple[int, int], ...]]]" = OrderedDict()


def _items(doc: QTextDocument) -> list[Item]:
    """The top-level blocks and tables of ``doc``, in order."""
    tables = sorted((f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)),
                    key=lambda t: t.firstPosition())
    out: list[Item] = []
    block, index = doc.begin(), 0
    while block.isValid():
        while index < len(tables) and tables[index].lastPosition() < block.position():
            index += 1
        table = tables[index] if index < len(tables) else None
        if table is not None and table.firstPosition() <= block.position() <= table.lastPosition():
            out.append(table)
            block = doc.findBlock(table.lastPosition() + 1)  # over its cells
            continue
        out.append(block)
        block = block.next()
    return out


def _top_bottom(doc: QTextDocument, item: Item) -> tuple[float, float]:
    layout = doc.documentLayout()
    rect = layout.frameBoundingRect(item) if isinstance(item, QTextTable) else \
        layout.blockBoundingRect(item)
    return rect.top(), rect.bottom()


def _row_bottom(doc: QTextDocument, table: QTextTable, row: int) -> float:
    row = min(row, table.rows() - 1)
    return max(doc.documentLayout().blockBoundingRect(
        table.cellAt(row, column).firstCursorPosition().block()).bottom()
        for column in range(table.columns()))


def _is_heading(item: Item) -> bool:
    return isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0


def _note(doc: QTextDocument, item: Item, page_height: float) -> bool:
    """A paragraph of a few lines (not a title, not a table)."""
    if not isinstance(item, QTextBlock) or _is_heading(item):
        return False
    top, bottom = _top_bottom(doc, item)
    return bottom - top < page_height / 20


def _short(doc: QTextDocument, table: QTextTable, page_height: float) -> bool:
    top, bottom = _top_bottom(doc, table)
    return bottom - top <= page_height * SHORT_TABLE


def _kept_end(doc: QTextDocument, items: list[Item], start: int, page_height: float) -> float:
    """Where the content that must share a page with ``items[start]`` ends: a title keeps its
    introduction and the first table after it (the whole of a short one, the header and first
    rows of a long one), or the first line of what follows; a short table keeps itself."""
    item = items[start]
    if isinstance(item, QTextTable):
        return _top_bottom(doc, item)[1]
    if start + 1 >= len(items):
        return _top_bottom(doc, item)[1]
    end = start + 1
    while end < len(items) and end - start <= 3 and _note(doc, items[end], page_height):
        end += 1  # a short introduction or note goes with the table after it
    following = items[end] if end < len(items) else None
    if isinstance(following, QTextTable):
        if _short(doc, following, page_height):
            return _top_bottom(doc, following)[1]
        header = following.format().headerRowCount()
        return _row_bottom(doc, following, header + FIRST_ROWS - 1)
    following = items[start + 1]
    top, bottom = _top_bottom(doc, following)
    line = following.layout().lineAt(0) if following.layout().lineCount() else None
    return min(bottom, top + (line.height() if line is not None else 0) * 2)


def _is_stranded(doc: QTextDocument, items: list[Item], number: int, page_height: float) -> bool:
    """Whether ``items[number]`` is a title or short table whose kept content runs onto a later
    page (and would fit on one page)."""
    item = items[number]
    if not (_is_heading(item) or (isinstance(item, QTextTable) and _short(doc, item, page_height))) \
            or _has_break(item):
        return False
    top = _top_bottom(doc, item)[0]
    end = _kept_end(doc, items, number, page_height)
    return _page(top, page_height) != _page(end - 1, page_height) and end - top < page_height


def _has_break(item: Item) -> bool:
    fmt = item.frameFormat() if isinstance(item, QTextTable) else item.blockFormat()
    return bool(fmt.pageBreakPolicy() & _BEFORE)


def _break_before(item: Item) -> None:
    if isinstance(item, QTextTable):
        fmt = item.frameFormat()
        fmt.setPageBreakPolicy(_BEFORE)
        item.setFrameFormat(fmt)
    else:
        fmt = item.blockFormat()
        fmt.setPageBreakPolicy(_BEFORE)
        QTextCursor(item).setBlockFormat(fmt)


def remembered(key: str) -> bool:
    """Whether the breaks of the document of ``key`` are remembered (none, maybe)."""
    return key in _breaks


def _position(item: Item) -> int:
    return item.firstPosition() if isinstance(item, QTextTable) else item.position()


def early_breaks(doc: QTextDocument, page: QSizeF,
                 prepare: Callable[[QTextDocument], None]) -> int:
    """Put into ``doc`` (not laid out yet) the page breaks :func:`keep_together` adds to its part
    before the section (from its title) of its first long table, decided on a copy of that part
    alone: laid out, it is laid out as in ``doc``, and a break added to it lays out again a few
    pages, not the long tables. ``prepare(part)`` sets the copy up as ``doc`` (paint device,
    images); returns how many breaks."""
    items = _items(doc)
    cut = next((n for n, item in enumerate(items)
                if isinstance(item, QTextTable) and item.rows() > LONG_ROWS), 0)
    while cut > 0 and not _is_heading(items[cut]):
        cut -= 1
    if cut <= 0:
        return 0  # no long table, or none after a title: laid out whole and kept together
    cursor = QTextCursor(doc)
    cursor.setPosition(_position(items[cut]))
    cursor.setPosition(0, QTextCursor.MoveMode.KeepAnchor)
    part = QTextDocument()
    part.setDefaultFont(doc.defaultFont())
    part.setDocumentMargin(doc.documentMargin())
    part.setDefaultTextOption(doc.defaultTextOption())
    prepare(part)
    part.setPageSize(QSizeF(0, 0))  # no layout while the part goes in
    QTextCursor(part).insertFragment(cursor.selection())
    copied = _items(part)
    if len(copied) < cut or any(type(a) is not type(b) for a, b in zip(copied, items[:cut])):
        return 0  # not the same items: decided on the whole document after its layout
    part.setPageSize(page)
    keep_together(part, page.height())
    numbers = [n for n in range(cut) if _has_break(copied[n]) and not _has_break(items[n])]
    for number in numbers:
        _break_before(items[number])
    rows = [(n, row) for n, row in row_breaks(copied) if not row_has_break(items[n], row)]
    for number, row in rows:
        break_before_row(items[number], row)
    return len(numbers) + len(rows)


def apply_remembered(doc: QTextDocument, key: str) -> int:
    """Put the page breaks :func:`keep_together` added to the document of ``key`` last time into
    ``doc`` (call it before ``doc`` is laid out: a break is then free); returns how many."""
    numbers, rows = _breaks.get(key, ((), ()))
    if numbers or rows:
        _breaks.move_to_end(key)
        items = _items(doc)
        for number in numbers:
            _break_before(items[number])
        for number, row in rows:
            break_before_row(items[number], row)
    return len(numbers) + len(rows)


def _first_to_move(doc: QTextDocument, items: list[Item], page_height: float,
                   start: tuple[int, int]) -> tuple[int, int] | None:
    """From ``start`` (item number, row) on, the first title or short table left stranded
    (``(number, -1)``) or the first table row running onto the next page (``(number, row)``)."""
    begin, row = start
    for number in range(begin, len(items)):
        if row < 0 and _is_stranded(doc, items, number, page_height):
            return number, -1
        item = items[number]
        if isinstance(item, QTextTable) and not _short(doc, item, page_height):  # else kept whole
            split = split_row(doc, item, page_height, max(row, 0))
            if split is not None:
                return number, split
        row = -1
    return None


def keep_together(doc: QTextDocument, page_height: float, key: Optional[str] = None) -> int:
    """Move stranded titles and broken short tables of ``doc`` (laid out on pages of
    ``page_height``) to the next page, and each row of a long table that runs from one page
    onto the next; returns how many page breaks were added. With a ``key``, the document's
    breaks (those it came with and those added) are remembered for :func:`apply_remembered`.

    One pass from the top: a break moves only what follows it, so the scan goes on from the
    item (or row) just broken; a table's rows after it are decided with it (:func:`planned_rows`)
    and checked on the new layout (a format change keeps the blocks and tables, so the list of
    items holds)."""
    items = _items(doc)
    added, at = 0, (0, -1)
    while True:
        found = _first_to_move(doc, items, page_height, at)
        if found is None:
            break
        number, row = found
        if row < 0:
            _break_before(items[number])
            added += 1
        else:  # the rows after it too, decided at once (then checked on the new layout)
            table = items[number]
            planned = planned_rows(doc, table, page_height, row)
            edit = QTextCursor(doc)
            edit.beginEditBlock()  # laid out again once, at its end
            kept = set(planned)
            for later in range(row + 1, table.rows()):  # decided on a layout now changed
                if later not in kept and row_has_break(table, later):
                    break_before_row(table, later, False)
            for each in planned:
                if not row_has_break(table, each):
                    break_before_row(table, each)
                    added += 1
            edit.endEditBlock()
        at = (number, row + 1) if row >= 0 else (number, 0)
    if key is not None:
        _breaks[key] = (tuple(n for n, item in enumerate(items) if _has_break(item)),
                        row_breaks(items))
        _breaks.move_to_end(key)
        while len(_breaks) > REMEMBERED:
            _breaks.popitem(last=False)
    return added
