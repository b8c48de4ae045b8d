"""Low-level reading and writing of tables (CSV and XLSX) for import and export.

Reading yields ``(line, cells)`` with the 1-based line (CSV) or row (XLSX) number and the cell
values (str, int, Decimal, datetime or None; numbers from XLSX become Decimal through their
shortest text form, never kept as float). Limits against hostile files: ``MAX_TABLE_BYTES`` on
disk, ``MAX_UNPACKED_BYTES`` unpacked (zip bombs), ``MAX_ROWS`` and ``MAX_COLUMNS``, and for
workbooks the cells and shared strings walked (xlsx_limits.py). CSV text may be UTF-16 with a
BOM (Excel's "Unicode Text"), UTF-8 or GB18030; its delimiter is the header line's.

Writing neutralises spreadsheet formula injection: a text cell starting with ``= + - @`` (or a
tab or carriage return) gets a leading apostrophe; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from .atomic import write_atomic
from .errors import INVALID, TOO_LARGE, UNKNOWN_FORMAT, UNREADABLE, StorageError
from .limited import read_limited
from .xlsx_limits import MAX_COLUMNS, MAX_ROWS, XlsxStats, measure_xlsx  # noqa: F401 - the caps

MAX_TABLE_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_CELL_CHARS = 1000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Cell = Any
Row = tuple[int, list[Cell]]
HeaderTest = Callable[[list], bool]


def table_format(path: Path, data: bytes) -> str:
    """"xlsx" or "csv", from the content (a zip is a workbook) and then the suffix."""
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise StorageError(INVALID, path, "not a readable XLSX workbook")
    if path.suffix.lower() in (".xls", ".ods", ".numbers", ".pdf", ".zip"):
        raise StorageError(UNKNOWN_FORMAT, path, f"{path.suffix} files cannot be imported; "
                           "save as CSV or XLSX")
    return "csv"


def _decode_text(data: bytes, path: Path) -> str:
    """UTF-16 with a BOM (Excel's "Unicode Text"), UTF-8 (with or without BOM), else GB18030
    (Chinese government exports)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise StorageError(UNREADABLE, path, "UTF-16 text that cannot be decoded") from None
    if b"\0" in data:
        raise StorageError(UNREADABLE, path, "binary data, not a text table")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StorageError(UNREADABLE, path, "text in an unknown encoding (UTF-8 or GB18030 expected)")


DELIMITERS = ",\t;"
#: lines looked at for the header line (title lines may stand above it)
SNIFF_LINES = 30


def sniff_delimiter(text: str, header: Optional[HeaderTest] = None) -> str:
    """The delimiter of the header line: the first of the first lines that ``header`` accepts
    when split on some delimiter; else the delimiter most used on one line (a title line above
    the header has few or none)."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    if header is not None:
        for line in lines:
            for delimiter in DELIMITERS:
                if delimiter in line and header(next(csv.reader([line], delimiter=delimiter), [])):
                    return delimiter
    best = max(((line.count(d), d) for line in lines for d in DELIMITERS), default=(0, ","))
    return best[1] if best[0] else ","


def read_csv(data: bytes, path: Path, header: Optional[HeaderTest] = None,
             progress: Optional[Callable[[int], None]] = None) -> Iterator[Row]:
    text = _decode_text(data, path)
    delimiter = sniff_delimiter(text, header)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader):
            if number >= MAX_ROWS:
                raise StorageError(TOO_LARGE, path, f"more than {MAX_ROWS} rows",
                                   limit=str(MAX_ROWS), what="rows")
            if progress is not None and number % 500 == 499:
                progress(number + 1)
            yield reader.line_num, [cell[:MAX_CELL_CHARS] for cell in cells[:MAX_COLUMNS]]
    except csv.Error as exc:
        raise StorageError(INVALID, path, f"line {reader.line_num}: {exc}") from None


def _xlsx_value(value: Any) -> Cell:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return Decimal(repr(value))
    if isinstance(value, str):
        return value[:MAX_CELL_CHARS]
    return value  # int, datetime, date, time, None


def read_xlsx(data: bytes, path: Path, progress: Optional[Callable[[int], None]] = None,
              stats: Optional[XlsxStats] = None) -> Iterator[Row]:
    """Rows of the first worksheet, with bounded work: the sheet's XML and its shared strings
    are first walked element by element (xlsx_limits.py), stopping with TOO_LARGE past
    ``MAX_CELLS`` cells, ``MAX_SHARED_STRINGS`` strings or data beyond ``MAX_ROWS`` rows; then
    openpyxl (read-only) reads only up to the last row and column that hold a value.
    openpyxl meets hostile input with many exception types, so everything it raises becomes
    INVALID here (this is the boundary to a third-party parser)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise StorageError(TOO_LARGE, path, f"unpacks to {unpacked} bytes; the limit is {MAX_UNPACKED_BYTES}")
            extent = measure_xlsx(archive, path, stats, progress)
    except StorageError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, zlib and XML errors of a broken file
        raise StorageError(INVALID, path, f"not a readable XLSX workbook ({type(exc).__name__})") from None
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - see docstring
        raise StorageError(INVALID, path, f"not a readable XLSX workbook ({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise StorageError(INVALID, path, "the workbook has no worksheet")
        if extent.rows == 0:
            return
        rows = sheet.iter_rows(min_row=1, max_row=extent.rows,
                               max_col=max(1, min(MAX_COLUMNS, extent.columns)), values_only=True)
        number = 0
        while number < extent.rows:
            try:
                values = next(rows)
            except StopIteration:
                break
            except StorageError:
                raise
            except Exception as exc:  # noqa: BLE001 - see docstring
                raise StorageError(INVALID, path, f"row {number + 1}: unreadable ({type(exc).__name__})") from None
            number += 1
            if progress is not None and number % 500 == 0:
                progress(number)
            yield number, [_xlsx_value(value) for value in values]
    finally:
        book.close()


def read_table(path: Path, header: Optional[HeaderTest] = None,
               progress: Optional[Callable[[int], None]] = None) -> tuple[str, list[Row]]:
    """(format, rows) of a CSV or XLSX file; StorageError if it cannot be read. ``header``
    recognises the header line (CSV: its delimiter is the table's); ``progress(rows)`` is
    called now and then and may raise to stop the reading."""
    data = read_limited(path, MAX_TABLE_BYTES)
    kind = table_format(path, data)
    rows = list(read_xlsx(data, path, progress) if kind == "xlsx" else read_csv(data, path, header, progress))
    return kind, rows


# -- writing ---------------------------------------------------------------------------------

def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    return neutralise(str(value))


def _xlsx_cell(value: Any) -> Any:
    if value is None or isinstance(value, (int, Decimal, datetime, date)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(_ILLEGAL_XML.sub("\ufffd", str(value)))


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
                kind: Optional[str] = None) -> None:
    """Write a table atomically as CSV (UTF-8 with BOM, which spreadsheet programs on Chinese
    Windows need) or XLSX (by ``kind`` or the suffix)."""
    kind = kind or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    if kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([_csv_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([_csv_cell(cell) for cell in row])
        write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
        return
    if kind != "xlsx":
        raise StorageError(UNKNOWN_FORMAT, path, f"cannot write {kind!r} tables")
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([_xlsx_cell(cell) for cell in header])
    for row in rows:
        sheet.append([_xlsx_cell(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())


_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_UNIT = {"千": Decimal(1000), "万": Decimal(10000)}


def decimal_of(text: str) -> Optional[Decimal]:
    """A number as people type or copy it, or None: "12,345.60" (thousands separators only
    where they group thousands), full-width digits ("６５００"), "￥8000", " 8000 元", and a
    trailing 千 or 万 ("1.2万" is 12000, "8千" is 8000; "1万2" is refused as unclear)."""
    cleaned = re.sub(r"[\s￥¥元]", "", unicodedata.normalize("NFKC", text))
    unit = Decimal(1)
    if cleaned[-1:] in _UNIT:
        cleaned, unit = cleaned[:-1], _UNIT[cleaned[-1]]
    if "," in cleaned:
        if not _GROUPED.fullmatch(cleaned.lstrip("+-")):
            return None
        cleaned = cleaned.replace(",", "")
    if not cleaned or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        return None
    try:
        value = Decimal(cleaned) * unit
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None
