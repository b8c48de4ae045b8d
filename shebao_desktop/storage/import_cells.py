"""Reading the cells of an imported history table: which column is which (header words), and
periods, ranges, amounts, month counts and insurances as a provincial export writes them.
history_import.py puts them together; a ``Reject`` carries a row's reason code."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Mapping, Optional

from ..core.money import FEN
from ..core.profile import MAX_MONEY
from ..core.yearmonth import YearMonth
from .tables import decimal_of

MIN_PERIOD_YEAR, MAX_PERIOD_YEAR = 1950, 2200
MAX_RANGE_MONTHS = 12 * 60
TOTALS = ("合计", "小计", "总计", "total")
#: 险种类型 codes of the basic pension insurances (enterprise employees 110, public institutions 120)
PENSION_CODES = ("110", "120")
#: the other insurances' codes and words: counted as "other insurances, ignored"
OTHER_INSURANCE_CODES = ("170", "210", "310", "320", "330", "390", "410", "510")
_OTHER_WORDS = ("医疗", "医保", "失业", "工伤", "生育", "公积金", "大病", "居民", "medical",
                "unemployment", "injury", "maternity", "housing")
ADJUSTMENT_WORDS = ("补差", "差额")
#: a 缴费标志 / 缴费类型 saying the month was not paid (owed): 欠缴, 未缴, 欠费, 未到账, unless it
#: also says it was paid since (补缴, 已补, 已缴, 已实缴, 已到账)
ARREARS_WORDS = ("欠缴", "未缴", "欠费", "未到账")
#: the heads of a column saying how (or whether) a month was paid: 缴费类型, 缴费标志 (Beijing's and
#: Guangdong's exports), 缴费状态 and 到账状态 (Shenzhen's "正常 / 欠缴"), 征收类型, 核定类型, 备注
PAY_TYPE_HEADS = ("缴费类型", "缴费标志", "缴费状态", "到账状态", "实缴标志", "征收类型", "核定类型",
                  "备注")
PAID_SINCE_WORDS = ("补缴", "已补", "已缴", "已实缴", "已到账")


def is_arrears(text: Any) -> bool:
    """Whether a pay-type cell marks a month owed, not paid."""
    if is_blank(text):
        return False
    text = str(text)
    return any(w in text for w in ARREARS_WORDS) and not any(w in text for w in PAID_SINCE_WORDS)


class Reject(Exception):
    """A cell's reason ``code`` (the message catalogue's), an English ``detail`` for logs, and
    ``params`` for the message (the cell's text, and what was meant where it can be told)."""

    def __init__(self, code: str, detail: str, **params: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.params = params


#: letters a spreadsheet cell may hold for the digits they look like ("7,9OO")
LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}


def not_an_amount(text: str, name: str = "amount") -> Reject:
    """Why ``text`` is not an amount: a letter O (or l, I) typed for the digit it looks like is
    named (AMOUNT_LOOKALIKE); else AMOUNT_NOT_NUMBER, with the forms an amount may take. The
    history table's cells say it in the same words (gui/history_cells)."""
    shown = text.strip()[:40]
    letters = sorted({ch for ch in shown if ch in LOOKALIKES}, key=shown.index)
    if letters and re.search(r"\d", shown) and \
            decimal_of("".join(LOOKALIKES.get(ch, ch) for ch in shown)) is not None:
        return Reject("AMOUNT_LOOKALIKE", f"{name}: '{shown}' has the letter(s) {''.join(letters)}",
                      text=shown, letters="、".join(letters),
                      digits="、".join(dict.fromkeys(LOOKALIKES[ch] for ch in letters)))
    return Reject("AMOUNT_NOT_NUMBER", f"{name}: '{shown}' is not a number", text=shown)


def role_of(cell: Any) -> Optional[str]:
    text = re.sub(r"\s", "", str(cell)).lower() if cell is not None else ""
    if not text:
        return None
    if "基数" in text and "工资" in text:  # the history table's own 月工资/基数（元）: its
        return "wage"  # kind is the 类型 column's, else 工资 as a typed or pasted row (trial 7)
    if "基数" in text or text in ("base", "contribution_base"):
        return "base"
    if "月数" in text or text == "months":
        return "months"
    if any(key in text for key in ("所属期", "年月", "月份", "期间", "结算期", "时间")) or \
            text in ("period", "month", "from", "to"):
        if text.endswith(("起", "始")) or any(k in text for k in ("起始", "开始")) or text == "from":
            return "start"
        if text.endswith(("止", "终")) or any(k in text for k in ("截止", "终止", "结束")) or text == "to":
            return "end"
        return "period"
    if any(key in text for key in ("划入", "个人缴纳", "个人缴费", "个人账户")) or text == "credited":
        return "credited"
    if "工资" in text or text in ("wage", "salary"):
        return "wage"
    if "险种" in text or text == "insurance":
        return "insurance"
    if any(key in text for key in PAY_TYPE_HEADS):
        return "pay_type"
    if text in ("kind", "类型", "金额类型"):
        return "kind"
    if text in ("region", "地区", "参保地", "统筹地区"):
        return "region"
    if text in ("employment", "身份"):
        return "employment"
    return None


def header_roles(cells: list) -> dict[str, int]:
    roles: dict[str, int] = {}
    for column, cell in enumerate(cells):
        role = role_of(cell)
        if role and role not in roles:
            roles[role] = column
    if "period" not in roles and "start" in roles:
        roles["period"] = roles.pop("start")
    return roles


def is_header(cells: list) -> bool:
    """Whether a row names a period column and a base or wage column."""
    roles = header_roles(cells)
    return "period" in roles and ("base" in roles or "wage" in roles)


def is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


#: a month as a cell writes it: 2024-01, 2024/1, 2024.01, 2024年1月 (year, month); also how a
#: pasted run of months writes each end (gui/paste_ranges)
MONTH_TEXT = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?"


def read_period(cell: Any) -> tuple[str, bool]:
    """(period text, is_month) from 202401, 2024-01, 2024年1月, 2024, or a date cell."""
    if is_blank(cell):
        raise Reject("MISSING_VALUE", "no period")
    if isinstance(cell, (datetime, date)):
        year, month = cell.year, cell.month
    else:
        if isinstance(cell, Decimal):
            if cell != cell.to_integral_value():
                raise Reject("BAD_PERIOD", f"{cell} is ambiguous as a month; write 2024-01")
            cell = int(cell)
        text = str(cell).strip()
        match = (re.fullmatch(r"(\d{4})(\d{2})", text)
                 or re.fullmatch(MONTH_TEXT, text)
                 or re.fullmatch(r"(\d{4})\s*年?()", text))
        if not match:
            if text.lower().startswith(TOTALS):
                raise Reject("TOTAL_ROW", "a total, not a month")
            raise Reject("BAD_PERIOD", f"'{text[:40]}' is not a period (202401, 2024-01 or 2024)")
        year = int(match.group(1))
        if match.group(2) == "":
            if not MIN_PERIOD_YEAR <= year <= MAX_PERIOD_YEAR:
                raise Reject("PERIOD_OUT_OF_RANGE", f"{year} is outside {MIN_PERIOD_YEAR}-{MAX_PERIOD_YEAR}")
            return f"{year:04d}", False
        month = int(match.group(2))
    if not 1 <= month <= 12:
        raise Reject("MONTH_OUT_OF_RANGE", f"{year}-{month:02d}: no month {month}",
                      text=str(cell).strip()[:20], month=str(month))
    if not MIN_PERIOD_YEAR <= year <= MAX_PERIOD_YEAR:
        raise Reject("PERIOD_OUT_OF_RANGE",
                      f"{year}-{month:02d} is not a month between {MIN_PERIOD_YEAR} and {MAX_PERIOD_YEAR}")
    return f"{year:04d}-{month:02d}", True


def read_amount(cell: Any, name: str = "amount", signed: bool = False) -> Optional[Decimal]:
    """A Decimal to the fen (non-negative unless ``signed``); None if blank."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool) or isinstance(cell, (datetime, date)):
        raise Reject("BAD_AMOUNT", f"{name}: not a number")
    if isinstance(cell, int):
        value: Optional[Decimal] = Decimal(cell)
    elif isinstance(cell, Decimal):
        value = cell if cell.is_finite() else None
    else:
        value = decimal_of(str(cell))
        if value is None:
            raise not_an_amount(str(cell), name)
    if value is None:
        raise Reject("BAD_AMOUNT", f"{name}: '{str(cell)[:40]}' is not a number")
    if value < 0 and not signed:
        raise Reject("NEGATIVE_AMOUNT", f"{name}: {value} is negative")
    if abs(value) > MAX_MONEY:
        raise Reject("AMOUNT_TOO_LARGE", f"{name}: above {MAX_MONEY}")
    rounded = value.quantize(FEN)
    if abs(rounded - value) > Decimal("0.000001"):
        raise Reject("BAD_AMOUNT", f"{name}: more than two decimal places")
    return rounded


def read_months(cell: Any, most: int) -> Optional[int]:
    if is_blank(cell):
        return None
    value = read_amount(cell, "months")
    if value is None or value != value.to_integral_value() or not 1 <= value <= most:
        raise Reject("BAD_MONTHS", f"months: '{str(cell)[:20]}' is not 1-{most}")
    return int(value)


def cell_of(cells: list, roles: Mapping[str, int], role: str) -> Any:
    column = roles.get(role)
    return cells[column] if column is not None and column < len(cells) else None


def insurance_of(cell: Any) -> str:
    """"pension", "other" (ignored) or raises NOT_PENSION for an insurance not recognised."""
    if is_blank(cell):
        return "pension"
    text = str(int(cell) if isinstance(cell, Decimal) and cell == cell.to_integral_value() else cell)
    text = re.sub(r"\s", "", text).lower()
    code = re.match(r"\d{3}", text)
    if code and code.group(0) in PENSION_CODES:
        return "pension"
    if code and code.group(0) in OTHER_INSURANCE_CODES or any(word in text for word in _OTHER_WORDS):
        return "other"
    if "养老" in text or "pension" in text:
        return "pension"
    raise Reject("NOT_PENSION", f"'{text[:20]}' is not an insurance this program knows")


def split_range(first: YearMonth, count: int) -> list[tuple[str, Optional[int]]]:
    """The months first..first+count-1 as rows: a whole calendar year is one year row, other
    months are month rows (a part-year row would leave the program to place its months, and
    the file says exactly which they are)."""
    out: list[tuple[str, Optional[int]]] = []
    month, left = first, count
    while left > 0:
        if month.month == 1 and left >= 12:
            take = 12
            out.append((str(month.year), None))
        else:
            take = 1
            out.append((str(month), None))
        month, left = month + take, left - take
    return out


def read_periods(cells: list, roles: Mapping[str, int]) -> list[tuple[str, Optional[int]]]:
    """The (period, months) rows a line stands for: one period, or a start-end range."""
    end_cell = cell_of(cells, roles, "end")
    if "end" in roles and not is_blank(end_cell):
        start, start_is_month = read_period(cell_of(cells, roles, "period"))
        end, end_is_month = read_period(end_cell)
        if not (start_is_month and end_is_month):
            raise Reject("BAD_RANGE", "a range needs months at both ends (202301 to 202306)")
        first, last = YearMonth.parse(start), YearMonth.parse(end)
        count = last - first + 1
        if not 1 <= count <= MAX_RANGE_MONTHS:
            raise Reject("BAD_RANGE", f"{start} to {end} is not a range of months")
        stated = read_months(cell_of(cells, roles, "months"), MAX_RANGE_MONTHS)
        if stated is not None and stated != count:
            raise Reject("BAD_MONTHS", f"{start} to {end} is {count} months, the file says {stated}")
        return split_range(first, count)
    period, is_month = read_period(cell_of(cells, roles, "period"))
    return [(period, read_months(cell_of(cells, roles, "months"), 1 if is_month else 12))]


