"""Which pasted column is what, where the period is split over a year and a month column or a
month count follows the wage (new-user trial 3).

A spreadsheet often has a 年份 column and a 月份 column instead of one 缴费年月 column, and a
three-column list of (year, wage, months paid). Both were read in the short order (period,
amount, region, months): the month column was dropped (every row became the whole year and
clashed with the first) and the month count went to 地区 ("未知地区：6").

Here, with a header line: a year column (年份, 年度, 年, Year) and a month column (月份, 月,
Month) are joined into the period ("2024" + "3" -> "2024-03", read by the period's own parser,
so a 13 is "月份 13 不存在"). Without a header, by what the values look like, over all the
data lines: a 4-digit year column followed by a column of 1–2 digit integers is (year, month);
an amount followed by a column of integers 0–12 is (amount, months paid). Anything else is
left to the usual reading (``history_cells._pasted``). A layout found here is said in the
message (``layout_note``): which column was read as what."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

#: the roles a pasted column may have here: the table's cell keys, and "year"/"month" (joined)
Roles = tuple[Optional[str], ...]

_YEAR_WORDS = ("年份", "年度", "year")
_MONTH_WORDS = ("月份", "month")
_YEAR = re.compile(r"\d{4}年?")
_MONTH_NUMBER = re.compile(r"\d{1,2}月?")
_MONTHS_PAID = re.compile(r"\d{1,2}(个月|月)?")


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _word(cell: str) -> str:
    return re.sub(r"\s", "", _plain(cell)).lower()


def _part_of_period(cell: str) -> Optional[str]:
    """"year" or "month" for a header cell naming only that half of a period (年份, 月份, Year,
    Month), else None (缴费年月, 期间, Year/Month and the like name the whole period)."""
    text = _word(cell)
    if re.search(r"年月|期间|所属期|period|year.?month", text):
        return None
    if text == "年" or any(word in text for word in _YEAR_WORDS):
        return "year"
    if text == "月" or text == "months" or any(word in text for word in _MONTH_WORDS):
        return None if text.startswith("months") else "month"
    return None


def header_roles(cells: Sequence[str], keys: Sequence[Optional[str]]) -> Optional[Roles]:
    """The roles of a header line's columns when it has both a year and a month column (they
    are then joined into the period); None otherwise (the header's keys are used as they are).
    ``keys``: each cell's column key by ``history_cells._header_key``."""
    parts = [_part_of_period(cell) if key in ("period", None) else None
             for cell, key in zip(cells, keys)]
    if "year" not in parts or "month" not in parts or "period" in \
            [key for key, part in zip(keys, parts) if part is None]:
        return None
    roles: list[Optional[str]] = []
    for key, part in zip(keys, parts):
        roles.append(part if part is not None and part not in roles else
                     None if part is not None else key)
    return tuple(roles)


def value_roles(lines: Sequence[Sequence[str]], looks_like_amount) -> Optional[Roles]:
    """The roles of a paste without a header, from its values (see the module's text), or None
    when they do not show one of the two layouts. ``looks_like_amount(cell)``: a number."""
    data = [[_plain(cell) for cell in cells] for cells in lines
            if cells and re.match(r"\d{4}", _plain(cells[0]))]
    if not data or any(len(cells) < 3 for cells in data):
        return None
    if all(_YEAR.fullmatch(cells[0]) and _MONTH_NUMBER.fullmatch(cells[1]) for cells in data):
        return ("year", "month", "amount") + _after_amount(data, 3)
    if all(re.search(r"\d", cells[1]) for cells in data) and \
            any(looks_like_amount(cells[1]) for cells in data) and _months_paid(data, 2):
        return ("period", "amount", "months", "region", "amount_kind", "employment")
    return None


def _after_amount(data: list[list[str]], at: int) -> Roles:
    if _months_paid(data, at):
        return ("months", "region", "amount_kind", "employment")
    return ("region", "months", "amount_kind", "employment")


def _months_paid(data: list[list[str]], at: int) -> bool:
    """Whether column ``at`` holds a count of months paid (0–12) wherever it is filled in, and
    is filled in somewhere."""
    filled = [cells[at] for cells in data if len(cells) > at and cells[at]]
    return bool(filled) and all(_MONTHS_PAID.fullmatch(cell) and
                                int(re.match(r"\d+", cell).group()) <= 12  # type: ignore[union-attr]
                                for cell in filled)


def row_of(cells: Sequence[str], roles: Roles) -> dict[str, str]:
    """A data line's cells by ``roles``: a year and a month cell make the period ("2024-03");
    a blank month leaves the year (a whole year); a blank year, a blank period."""
    row: dict[str, str] = {}
    year = month = None
    for role, cell in zip(roles, cells):
        if role == "year" and year is None:
            year = _plain(cell).removesuffix("年")
        elif role == "month" and month is None:
            month = _plain(cell).removesuffix("月")
        elif role is not None and role not in row:
            row[role] = cell
    if year is not None or month is not None:  # "2024" and "4": 2024-04 (a draft shows it)
        month = month.zfill(2) if month and month.isdigit() else month
        row["period"] = f"{year}-{month}" if year and month else (year or "")
    return row


def layout_note(roles: Roles, columns: int, header: bool, titles: dict[str, str]) -> str:
    """Which of the first ``columns`` columns was read as what, said after a paste: "按表头读取：
    第1列 年份、第2列 月份（合为期间）、第3列 月工资/基数（元）"; without a header it says so and
    how to make it read otherwise. ``titles``: the table's column titles by key."""
    names = {"year": translate("history", "年份"), "month": translate("history", "月份"), **titles}
    parts = [translate("history", "第{0}列 {1}").format(n + 1, names[role])
             for n, role in enumerate(roles[:columns]) if role is not None]
    if "year" in roles[:columns]:
        parts = [part + (translate("history", "（两列合为“{0}”）").format(titles["period"])
                         if role == "month" else "")
                 for part, role in zip(parts, [r for r in roles[:columns] if r is not None])]
    said = translate("history", "、").join(parts)
    if header:
        return translate("history", "按表头读取：{0}。").format(said)
    return translate("history", "没有表头，按内容读取：{0}。如果不对，请在第一行加上表头"
                                "（如 年份、月份、月工资、缴费月数）再粘贴。").format(said)
