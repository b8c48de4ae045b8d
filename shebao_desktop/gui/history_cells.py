"""The cells of the history table: how each column's text is read and shown, and how lines
pasted from a spreadsheet (or copied from the table itself) become cells. Reasons are in the
user's language. No widgets here: the model (history_model.py) uses these."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication

from ..core.policy.loader import default_policy_data
from ..core.profile import MAX_MONEY, HistoryRow
from ..storage.drafts import CELL_KEYS
from .labels import employment_labels, region_name

translate = QCoreApplication.translate


class CellError(ValueError):
    pass


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_period(text: str) -> str:
    """The period a cell gives ("2024", "2024-03"); its reason names what is wrong with the
    text typed (the month 13, the year 2200), not only the format (new-user trial)."""
    shown = _plain(text)
    t = shown.replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-")
    t = t.rstrip("-")
    if not t:
        raise CellError(translate("history", "请填写期间"))
    if re.fullmatch(r"\d{6}", t):  # 202401 as in provincial exports
        t = f"{t[:4]}-{t[4:]}"
    if re.fullmatch(r"\d{4}", t):
        year = int(t)
        if not 1950 <= year <= 2100:
            raise CellError(_year_out_of_range(year))
        return t
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
    if not match:
        raise CellError(translate("history", "“{0}”不是期间：整年写 2024，单月写 2024-03").format(
            _quoted(shown)))
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise CellError(translate("history", "月份 {0} 不存在（应为 1–12）").format(month))
    if not 1950 <= year <= 2100:
        raise CellError(_year_out_of_range(year))
    return f"{year:04d}-{month:02d}"


def _year_out_of_range(year: int) -> str:
    return translate("history", "年份 {0} 超出范围（应在 1950–2100 之间）").format(year)


def _quoted(text: str) -> str:
    """A cell's text as a reason quotes it: at most 20 characters."""
    return text if len(text) <= 20 else text[:19] + "…"


def period_year(text: str) -> Optional[int]:
    """The year a period cell that does not read still starts with ("2020-13": 2020), or None:
    where a row pasted with a mistyped period belongs among the others."""
    match = re.match(r"(\d{4})(?!\d{3})", _plain(text))
    year = int(match.group(1)) if match else 0
    return year if 1950 <= year <= 2100 else None


def parse_region(text: str) -> Optional[str]:
    """The region's slug; None for an empty cell (the profile's region)."""
    t = _plain(text)
    if not t:
        return None
    data = default_policy_data()
    if t in data.regions:
        return t
    for slug, index in data.regions.items():
        if t in (index.name_zh, index.name_zh.rstrip("市省"), index.code) or \
                t.lower() == index.name_en.lower() or t.endswith(f"({slug})"):
            return slug
    raise CellError(translate("history", "未知地区：{0}（地区列表中没有的城市，请填它所在的省份，如“湖南”）").format(t))


def _decimal_of(text: str) -> Optional[Decimal]:
    """``storage.tables.decimal_of``, its module (the CSV and XLSX reader: csv, zipfile, XML)
    imported when an amount is first typed or pasted, not with the window (issue 10)."""
    from ..storage.tables import decimal_of
    return decimal_of(text)


def parse_amount(text: str) -> Decimal:
    if not _plain(text):
        raise CellError(translate("history", "请填写月工资或缴费基数"))
    value = _decimal_of(text)
    if value is None:
        raise CellError(_not_a_number(_plain(text)))
    if value < 0:
        raise CellError(translate("history", "金额不能为负数"))
    if value > MAX_MONEY:
        raise CellError(translate("history", "金额过大（超过每月一千万元），请检查"))
    if value != value.quantize(Decimal("0.01")):
        raise CellError(translate("history", "金额最多两位小数"))
    return value.quantize(Decimal("0.01")) if value.as_tuple().exponent < -2 else value


def _not_a_number(text: str) -> str:
    """Why an amount's text is not a number, in the words of an imported table's cell
    (storage.import_cells.not_an_amount: a letter O, l or I typed for the digit it looks like
    is named; else the forms an amount may take)."""
    from ..presentation.messages import render
    from ..storage.import_cells import not_an_amount
    from .i18n import catalogue_language
    reject = not_an_amount(text)
    return render(reject.code, reject.params, catalogue_language())


def parse_months(text: str) -> Optional[int]:
    t = _plain(text).removesuffix("个月").removesuffix("月")
    if not t:
        return None
    if not t.isdigit() or not 0 <= int(t) <= 12:
        raise CellError(translate("history", "缴费月数“{0}”不对：应为 0 到 12 的整数").format(_quoted(t)))
    return int(t)


def parse_kind(text: str) -> str:
    t = _plain(text).lower()
    if t in ("wage", "工资", "", translate("history", "工资").lower()):
        return "wage"
    if t in ("base", "基数", "缴费基数", translate("history", "基数").lower()):
        return "base"
    raise CellError(translate("history", "“{0}”不是金额类型：应为“工资”或“基数”").format(_quoted(_plain(text))))


def kind_words() -> dict[str, str]:
    """The words of the 金额类型 cell (the table shows them; its list offers them)."""
    return {"wage": translate("history", "工资"), "base": translate("history", "基数")}


def same_as_category() -> str:
    return translate("history", "（同身份类别）")


def parse_employment(text: str) -> Optional[str]:
    t = _plain(text).lower()
    if not t or t == _plain(same_as_category()).lower():
        return None
    for key, label in employment_labels().items():
        if t in (key, label.lower()):
            return key
    raise CellError(translate("history", "“{0}”不是身份：应为“职工”或“灵活就业”").format(_quoted(_plain(text))))


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    parse: Callable[[str], Any]
    show: Callable[[HistoryRow], str]
    tip: Callable[[], str]


COLUMNS = [
    Column("period", lambda: translate("history", "期间"), parse_period, lambda r: r.period,
           lambda: translate("history", "整年写 2024，单月写 2024-03")),
    Column("region", lambda: translate("history", "地区"), parse_region, lambda r: region_name(r.region),
           lambda: translate("history", "缴费所在的统筹地区")),
    Column("amount", lambda: translate("history", "月工资/基数（元）"), parse_amount, lambda r: f"{r.amount:,.2f}",
           lambda: translate("history", "月平均工资（系统按上下限折算缴费基数），或直接填缴费基数")),
    Column("amount_kind", lambda: translate("history", "金额类型"), parse_kind,
           lambda r: kind_words()["wage" if r.amount_kind == "wage" else "base"],
           lambda: translate("history", "工资或缴费基数")),
    Column("months", lambda: translate("history", "缴费月数"), parse_months, lambda r: str(r.paid_months),
           lambda: translate("history", "整年行缴费的月数（0-12）；不满 12 个月的行按哪几个月计算，见结果下方的说明；"
                                        "单月行为1")),
    Column("employment", lambda: translate("history", "身份"), parse_employment,
           lambda r: employment_labels().get(r.employment or "", same_as_category()),
           lambda: translate("history", "职工或灵活就业；留空则按身份类别")),
]
assert tuple(column.key for column in COLUMNS) == CELL_KEYS
COLUMN_OF = {column.key: n for n, column in enumerate(COLUMNS)}


def shown_amount(text: str) -> str:
    """An amount cell of a row left out (another cell is wrong) as a valid row shows it
    (12500 -> 12,500.00); the text as typed when it does not read."""
    try:
        return f"{parse_amount(text):,.2f}"
    except CellError:
        return text


def cells_of(row: HistoryRow) -> dict[str, str]:
    """The text of each cell of a valid row, as the table shows it."""
    return {column.key: column.show(row) for column in COLUMNS}


def row_from_cells(cells: dict[str, str], default_region: str) -> tuple[Optional[HistoryRow], dict[str, str]]:
    """(the row, {}) when every cell reads, else (None, {cell key: reason})."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for column in COLUMNS:
        try:
            values[column.key] = column.parse(cells.get(column.key, ""))
        except CellError as exc:
            errors[column.key] = str(exc)
    if errors:
        return None, errors
    values["region"] = values["region"] or default_region
    full = 1 if len(values["period"]) == 7 else 12
    if values["months"] == full:
        values["months"] = None  # a full row is written without a month count
    if len(values["period"]) == 7 and (values["months"] or 0) > 1:
        return None, {"months": translate("history", "单月行的缴费月数只能是0或1")}
    try:
        return HistoryRow.model_validate(values), {}
    except ValueError:
        return None, {"period": translate("history", "期间无效")}


# -- pasting ---------------------------------------------------------------------------------

#: words in a header line -> the column they name (both languages, the template's codes)
_HEADER_WORDS = (  # the more particular words first: "Months paid" names months, not a period
    ("amount_kind", ("类型", "kind", "type")),
    ("months", ("月数", "months")),
    ("period", ("期间", "年份", "年度", "年月", "所属期", "月份", "period", "year", "month")),
    ("amount", ("工资", "基数", "金额", "wage", "amount", "base", "salary")),
    ("region", ("地区", "参保地", "region")),
    ("employment", ("身份", "employment", "status")),  # "Status": the English column title
)


def _header_key(cell: str) -> Optional[str]:
    text = re.sub(r"\s", "", cell).lower()
    if not text:
        return None
    for key, words in _HEADER_WORDS:
        if any(word in text for word in words):
            return key
    return None


def split_lines(text: str, expand: bool = True) -> list[list[str]]:
    """Cells of each non-empty line: on tabs when the text has any (spreadsheets copy so, and
    then commas inside numbers stay numbers), else as CSV on commas (quotes respected), else
    on runs of spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        lines = [line.split("\t") for line in text.split("\n")]
    elif re.search(r"[,，]", text):
        import csv  # only for pasted text with commas
        import io
        plain = text.replace("，", ",")
        lines = list(csv.reader(io.StringIO(plain)))
    else:
        lines = [re.split(r"\s+", line.strip()) for line in text.split("\n")]
    from .paste_ranges import expand_runs  # "2021-01..2021-06": a row for each month
    cells = [[cell.strip() for cell in line] for line in lines if any(cell.strip() for cell in line)]
    return expand_runs(cells) if expand else cells


_TABLE_ORDER = CELL_KEYS
_SHORT_ORDER = ("period", "amount", "region", "months", "amount_kind", "employment")


def _looks_like_amount(cell: str) -> bool:
    return _decimal_of(cell) is not None


def pasted_cells(text: str) -> list[dict[str, str]]:
    """Each pasted data line as {cell key: text}. A header line names the columns; without
    one, a line whose second cell is not a number and whose third is (or that has six cells) is in the
    table's own order (period, region, amount, kind, months, employment), else in the short
    order period, amount[, region[, months]]. A year and a month column, or a month count after
    the amount, are found by ``paste_columns`` (by the header, else by the values)."""
    return [row for _line, row in _pasted(split_lines(text))[0]]


def layout_note(text: str) -> str:
    """"" or, when the columns of pasted ``text`` were read by ``paste_columns`` (a year and a
    month column joined, a month count after the amount), which column was read as what."""
    from .paste_columns import layout_note as note
    from .paste_ranges import expand_runs, runs_note  # and the runs pasted as a row per month
    lines = split_lines(text, expand=False)
    found, runs = _pasted(expand_runs(lines))[1], runs_note(lines)
    if found is None:
        return runs
    roles, columns, header = found
    return "\n".join(filter(None, [note(roles, columns, header, {c.key: c.title() for c in COLUMNS}), runs]))


def unpaid_lines(text: str) -> tuple[str, list[str]]:
    """(the pasted text without its unpaid lines, their periods). An unpaid line gives a
    period and other cells but leaves the wage cell blank (a leave month, 备注 请假): a month
    not paid for -- a gap, as a provincial export shows one by leaving the month out -- not a
    row with an error. The text is returned unchanged when it has no such line."""
    lines = split_lines(text)
    unpaid = {n: row["period"] for n, row in _pasted(lines)[0]
              if row.get("period", "").strip() and "amount" in row and not row["amount"].strip()
              and sum(1 for cell in lines[n] if cell.strip()) >= 2}  # not a lone period
    if not unpaid:
        return text, []
    kept = "\n".join("\t".join(cells) for n, cells in enumerate(lines) if n not in unpaid)
    return kept, list(unpaid.values())


def _pasted(lines: list[list[str]]) -> tuple[list[tuple[int, dict[str, str]]], Optional[tuple]]:
    """((line number, {cell key: text}) of each data line (pasted_cells), the layout read by
    ``paste_columns`` as (roles, columns, from a header) or None)."""
    from .paste_columns import header_roles, row_of, value_roles  # with the first paste
    out: list[tuple[int, dict[str, str]]] = []
    header: Optional[list[Optional[str]]] = None
    roles = None
    base_header = False
    guessed = value_roles(lines, _looks_like_amount)  # used when there is no header
    for number, cells in enumerate(lines):
        keys = [_header_key(cell) for cell in cells]
        joined = header_roles(cells, keys)
        if not out and header is None and not re.match(r"^\s*\d{4}", _plain(cells[0])) and \
                any(keys) and ("period" in keys or joined is not None):
            header, roles = keys, joined
            base_header = any(keys[n] == "amount" and re.search(r"基数|base", cell, re.I) and
                              not re.search(r"工资|wage|salary", cell, re.I)  # the table's own
                              for n, cell in enumerate(cells))  # title: 月工资/基数
            continue
        if not out and not any(re.search(r"\d", _plain(cell)) for cell in cells):
            continue  # a title line above the rows (or a header without a period column)
        if header is None and guessed is not None:
            roles = guessed
        if roles is not None:
            row = row_of(cells, roles + tuple(k for k in _SHORT_ORDER if k not in roles))
        else:
            if header is not None:
                rest = [key for key in _SHORT_ORDER if key not in header]
                order: tuple[Optional[str], ...] = tuple(header) + tuple(rest)
            else:
                order = _line_order(cells)
            row = {}
            for key, cell in zip(order, cells):
                if key is not None and key not in row:
                    row[key] = cell
        if header is not None and base_header and "amount_kind" not in row:
            row["amount_kind"] = translate("history", "基数")  # the column says 缴费基数
        out.append((number, row))
    width = max((len(lines[n]) for n, _row in out), default=0)
    return out, None if roles is None else (roles, width, header is not None)


def _line_order(cells: list[str]) -> tuple[Optional[str], ...]:
    """The columns of a line without a header: of the table's own order and the short order,
    the one in which fewer cells are wrong; when as many are, by the look of the line
    (``_guessed_order``). New-user trial: "2027 深圳市 abc 工资 12" (the table's order, a
    mistyped amount) was read in the short order, four cells wrong instead of one."""
    guess = _guessed_order(cells)
    other = _SHORT_ORDER if guess == _TABLE_ORDER else _TABLE_ORDER
    if len(cells) >= 3 and _wrong_cells(cells, other) < _wrong_cells(cells, guess):
        return other
    return guess


def _wrong_cells(cells: list[str], order: tuple[str, ...]) -> int:
    """How many of ``cells`` do not read as the column ``order`` puts them in."""
    parse = {column.key: column.parse for column in COLUMNS}
    wrong = 0
    for key, cell in zip(order, cells):
        try:
            parse[key](cell)
        except CellError:
            wrong += 1
    return wrong


def _guessed_order(cells: list[str]) -> tuple[str, ...]:
    """The columns by the look of the line: period, amount[, region...] when the second cell
    is an amount; the table's own order for its six cells, or when a word (a region) is followed
    by something with digits (the amount, even a mistyped "8a00"); else the short order (a
    mistyped amount followed by the region)."""
    if len(cells) < 3 or _looks_like_amount(cells[1]):
        return _SHORT_ORDER
    if len(cells) == len(_TABLE_ORDER):
        return _TABLE_ORDER
    second, third = _plain(cells[1]), _plain(cells[2])
    if second and not re.search(r"\d", second):
        return _TABLE_ORDER if re.search(r"\d", third) else _SHORT_ORDER
    return _TABLE_ORDER if _looks_like_amount(cells[2]) else _SHORT_ORDER


def copy_text(rows: list[dict[str, str]]) -> str:
    """Rows as tab-separated lines in table order (what a spreadsheet pastes as cells)."""
    return "".join("\t".join(row.get(key, "").replace("\t", " ").replace("\n", " ")
                             for key in CELL_KEYS) + "\n" for row in rows)
