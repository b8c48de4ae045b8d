"""Bounded work on a workbook before openpyxl reads it (issue 9, item 12: a 52 KB file that
declares millions of empty cells took minutes and gigabytes).

``measure_xlsx`` walks the first worksheet's XML and the shared-string table element by element,
keeping nothing, and stops with TOO_LARGE as soon as a cap is passed:
``MAX_CELLS`` cell elements (empty formatted cells count: they cost work too),
``MAX_SHARED_STRINGS`` strings, or a value in a row past ``MAX_ROWS``. It returns the last row
and column that hold a value, so the reader asks openpyxl for exactly that much and never for
the dimension the file declares. A real 个人缴费信息 export has a few thousand rows of a dozen
columns: tens of thousands of cells.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional
from xml.etree.ElementTree import XMLPullParser
from xml.parsers import expat

from .errors import INVALID, TOO_LARGE, StorageError

MAX_ROWS = 10000
MAX_COLUMNS = 40
MAX_CELLS = 300_000
MAX_SHARED_STRINGS = 100_000
#: workbook.xml and its relations are small; more than this is not a workbook we read
MAX_PART_BYTES = 2 * 1024 * 1024
_CHUNK = 64 * 1024
PROGRESS_CELLS = 20_000
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class XlsxStats:
    """What the walk visited (for tests and the progress line)."""

    cells: int = 0
    strings: int = 0
    rows: int = 0


@dataclass(frozen=True)
class Extent:
    rows: int  # the last row holding a value (0: none)
    columns: int  # the last column holding a value, at most MAX_COLUMNS


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _elements(archive: zipfile.ZipFile, name: str) -> Iterator:
    """(event, element) pairs of a part, parsed in chunks (never the whole part in memory)."""
    parser = XMLPullParser(events=("start", "end"))
    with archive.open(name) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            parser.feed(chunk)
            yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


def _small_part(archive: zipfile.ZipFile, name: str, path: Path) -> list:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise StorageError(TOO_LARGE, path, f"{name} is {info.file_size} bytes")
    return [element for event, element in _elements(archive, name) if event == "end"]


def _relations(archive: zipfile.ZipFile, part: str, path: Path) -> dict[str, tuple[str, str]]:
    """id -> (type, target path) of a part's relations."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.namelist():
        return {}
    out = {}
    for element in _small_part(archive, rels, path):
        if _local(element.tag) == "Relationship":
            target = element.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            out[element.get("Id", "")] = (element.get("Type", ""), full)
    return out


def _parts(archive: zipfile.ZipFile, path: Path) -> tuple[str, Optional[str]]:
    """(the first worksheet's part, the shared strings' part or None)."""
    names = set(archive.namelist())
    workbook = next((target for kind, target in _relations(archive, "", path).values()
                     if kind.endswith("/officeDocument")), "xl/workbook.xml")
    if workbook not in names:
        raise StorageError(INVALID, path, "the workbook has no workbook part")
    relations = _relations(archive, workbook, path)
    first = next((element.get(_REL) for element in _small_part(archive, workbook, path)
                  if _local(element.tag) == "sheet"), None)
    sheet = relations.get(first or "", ("", ""))[1]
    if sheet not in names:
        raise StorageError(INVALID, path, "the workbook has no worksheet")
    strings = next((target for kind, target in relations.values()
                    if kind.endswith("/sharedStrings")), None)
    return sheet, strings if strings in names else None


def _column(reference: str) -> int:
    letters = re.match(r"[A-Za-z]+", reference or "")
    number = 0
    for ch in (letters.group(0).upper() if letters else ""):
        number = number * 26 + ord(ch) - 64
    return number


class _SheetWalk:
    """expat callbacks over a worksheet: counts cells and rows, finds the last value."""

    def __init__(self, path: Path, stats: XlsxStats, progress: Optional[Callable[[int], None]]):
        self.path, self.stats, self.progress = path, stats, progress
        self.row = self.column = self.last_row = self.last_column = 0

    def start(self, name: str, attrs: dict) -> None:
        name = name.rsplit(":", 1)[-1]
        if name == "c":
            stats = self.stats
            stats.cells += 1
            if stats.cells > MAX_CELLS:
                raise StorageError(TOO_LARGE, self.path, f"more than {MAX_CELLS} cells (empty formatted "
                                   "cells count too)", limit=str(MAX_CELLS), what="cells")
            if self.progress is not None and stats.cells % PROGRESS_CELLS == 0:
                self.progress(stats.rows)
            reference = attrs.get("r", "")
            self.column = _column(reference) or self.column + 1
            digits = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            if digits.isdigit():
                self.row = int(digits)
        elif name == "row":
            self.stats.rows += 1
            if self.stats.rows > MAX_CELLS:
                raise StorageError(TOO_LARGE, self.path, f"more than {MAX_CELLS} row elements",
                                   limit=str(MAX_CELLS), what="cells")
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
        elif name in ("v", "is"):  # the current cell holds a value
            if self.row > MAX_ROWS:
                raise StorageError(TOO_LARGE, self.path, f"more than {MAX_ROWS} rows",
                                   limit=str(MAX_ROWS), what="rows")
            self.last_row = max(self.last_row, self.row)
            if self.column <= MAX_COLUMNS:
                self.last_column = max(self.last_column, self.column)


def measure_xlsx(archive: zipfile.ZipFile, path: Path, stats: Optional[XlsxStats] = None,
                 progress: Optional[Callable[[int], None]] = None) -> Extent:
    """The extent of the first worksheet's values; TOO_LARGE past a cap (see the module).
    ``progress(rows walked)`` is called every ``PROGRESS_CELLS`` cells and may raise to stop."""
    stats = stats if stats is not None else XlsxStats()
    sheet, strings = _parts(archive, path)
    if strings is not None:
        for event, element in _elements(archive, strings):
            if event == "end" and _local(element.tag) == "si":
                stats.strings += 1
                element.clear()
                if stats.strings > MAX_SHARED_STRINGS:
                    raise StorageError(TOO_LARGE, path, f"more than {MAX_SHARED_STRINGS} shared strings",
                                       limit=str(MAX_SHARED_STRINGS), what="strings")
    walk = _SheetWalk(path, stats, progress)
    parser = expat.ParserCreate()  # no tree is built: only the callbacks run
    parser.StartElementHandler = walk.start
    with archive.open(sheet) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            parser.Parse(chunk, not chunk)
            if not chunk:
                break
    return Extent(walk.last_row, walk.last_column)
