"""Moving data in and out: profiles to and from files, contribution history from CSV/XLSX, and
the year-by-year results to CSV/XLSX.

- ``export_profile(profile, path)`` / ``import_profile(path) -> Profile``: the same JSON as a
  stored profile. Import refuses files over 5 MB (TOO_LARGE), files that are not a profile
  (UNKNOWN_FORMAT), newer versions (NEWER_VERSION) and invalid data (INVALID).
- ``import_history(path, region=...) -> HistoryPreview``: reads the layout of a provincial
  个人缴费信息 export (费款所属期 202401 / 2024-01, 缴费基数, 个人缴纳 or 划入个人账户金额; title
  rows above the header are skipped) or the program's own template (period, wage[, months,
  kind]). Each data row is accepted as a ``HistoryRow`` or rejected with its line number, a
  reason code and an English detail. Nothing is changed until ``apply_import``.
- ``export_history_template(path, rows)``: the template, optionally filled with a history.
- ``export_years(estimate, path)``: ``Estimate.years`` as a table; text cells are neutralised
  against formula injection (tables.py).

Reason codes of rejected rows: BAD_PERIOD, PERIOD_OUT_OF_RANGE, MISSING_VALUE, BAD_AMOUNT,
NEGATIVE_AMOUNT, AMOUNT_TOO_LARGE, ZERO_AMOUNT, BAD_MONTHS, DUPLICATE_PERIOD, NOT_PENSION,
TOTAL_ROW, INVALID_ROW, TOO_MANY_ROWS, BAD_REGION.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from pydantic import ValidationError

from ..core.errors import first_error
from ..core.money import FEN
from ..core.policy.loader import default_policy_data
from ..core.profile import MAX_MONEY, HistoryRow, Profile
from ..core.result import Estimate, YearLine
from ..core.yearmonth import YearMonth
from .atomic import write_atomic
from .codec import MAX_PROFILE_BYTES, decode_import, encode_profile
from .errors import INVALID, UNKNOWN_FORMAT, StorageError
from .tables import decimal_of, read_limited, read_table, write_table

MAX_HISTORY_ROWS = 2000
HEADER_SEARCH_ROWS = 30
MIN_PERIOD_YEAR, MAX_PERIOD_YEAR = 1950, 2200
TEMPLATE_HEADER = ("period", "wage", "months", "kind", "region", "employment")
_TOTALS = ("合计", "小计", "总计", "total")


# -- profiles --------------------------------------------------------------------------------

def export_profile(profile: Profile, path: Path) -> None:
    write_atomic(Path(path), encode_profile(profile))


def import_profile(path: Path) -> Profile:
    path = Path(path)
    return decode_import(read_limited(path, MAX_PROFILE_BYTES), path)


# -- history import --------------------------------------------------------------------------

@dataclass(frozen=True)
class AcceptedRow:
    line: int
    row: HistoryRow
    credited: Optional[Decimal] = None  # the amount credited to the account, when the file says


@dataclass(frozen=True)
class RejectedRow:
    line: int
    code: str
    detail: str
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class HistoryPreview:
    source: Path
    format: str  # csv | xlsx
    layout: str  # provincial | template
    accepted: tuple[AcceptedRow, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def rows(self) -> list[HistoryRow]:
        return [item.row for item in self.accepted]


class _Reject(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


def _role(cell: Any) -> Optional[str]:
    text = re.sub(r"\s", "", str(cell)).lower() if cell is not None else ""
    if not text:
        return None
    if "基数" in text or text in ("base", "contribution_base"):
        return "base"
    if "月数" in text or text == "months":
        return "months"
    if any(key in text for key in ("所属期", "年月", "月份", "期间", "结算期")) or text in ("period", "month"):
        return "period"
    if any(key in text for key in ("划入", "个人缴纳", "个人缴费", "个人账户")) or text == "credited":
        return "credited"
    if "工资" in text or text in ("wage", "salary"):
        return "wage"
    if "险种" in text or text == "insurance":
        return "insurance"
    if text in ("kind", "类型"):
        return "kind"
    if text in ("region", "地区", "参保地", "统筹地区"):
        return "region"
    if text in ("employment", "身份"):
        return "employment"
    return None


def _find_header(rows: list) -> tuple[int, dict[str, int]]:
    """(index of the header row, role -> column); index -1 for a headerless period,wage table."""
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles: dict[str, int] = {}
        for column, cell in enumerate(cells):
            role = _role(cell)
            if role and role not in roles:
                roles[role] = column
        if "period" in roles and ("base" in roles or "wage" in roles):
            return index, roles
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(_blank(cell) is False for cell in cells):
            continue
        try:
            _period(cells[0])
            if len(cells) >= 2 and _amount(cells[1]) is not None:
                return index - 1, {"period": 0, "wage": 1}
        except _Reject:
            pass
        break
    raise StorageError(UNKNOWN_FORMAT, None, "no header with a period and a base or wage column")


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _period(cell: Any) -> tuple[str, bool]:
    """(period text, is_month) from 202401, 2024-01, 2024年1月, 2024, or a date cell."""
    if _blank(cell):
        raise _Reject("MISSING_VALUE", "no period")
    if isinstance(cell, (datetime, date)):
        year, month = cell.year, cell.month
    else:
        if isinstance(cell, Decimal):
            if cell != cell.to_integral_value():
                raise _Reject("BAD_PERIOD", f"{cell} is ambiguous as a month; write 2024-01")
            cell = int(cell)
        text = str(cell).strip()
        match = (re.fullmatch(r"(\d{4})(\d{2})", text)
                 or re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?", text)
                 or re.fullmatch(r"(\d{4})\s*年?()", text))
        if not match:
            if text.lower().startswith(_TOTALS):
                raise _Reject("TOTAL_ROW", "a total, not a month")
            raise _Reject("BAD_PERIOD", f"'{text[:40]}' is not a period (202401, 2024-01 or 2024)")
        year = int(match.group(1))
        if match.group(2) == "":
            if not MIN_PERIOD_YEAR <= year <= MAX_PERIOD_YEAR:
                raise _Reject("PERIOD_OUT_OF_RANGE", f"{year} is outside {MIN_PERIOD_YEAR}-{MAX_PERIOD_YEAR}")
            return f"{year:04d}", False
        month = int(match.group(2))
    if not MIN_PERIOD_YEAR <= year <= MAX_PERIOD_YEAR or not 1 <= month <= 12:
        raise _Reject("PERIOD_OUT_OF_RANGE",
                      f"{year}-{month:02d} is not a month between {MIN_PERIOD_YEAR} and {MAX_PERIOD_YEAR}")
    return f"{year:04d}-{month:02d}", True


def _amount(cell: Any, name: str = "amount") -> Optional[Decimal]:
    """A non-negative Decimal to the fen; None if blank."""
    if _blank(cell):
        return None
    if isinstance(cell, bool) or isinstance(cell, (datetime, date)):
        raise _Reject("BAD_AMOUNT", f"{name}: not a number")
    if isinstance(cell, int):
        value: Optional[Decimal] = Decimal(cell)
    elif isinstance(cell, Decimal):
        value = cell if cell.is_finite() else None
    else:
        value = decimal_of(str(cell))
    if value is None:
        raise _Reject("BAD_AMOUNT", f"{name}: '{str(cell)[:40]}' is not a number")
    if value < 0:
        raise _Reject("NEGATIVE_AMOUNT", f"{name}: {value} is negative")
    if value > MAX_MONEY:
        raise _Reject("AMOUNT_TOO_LARGE", f"{name}: above {MAX_MONEY}")
    rounded = value.quantize(FEN)
    if abs(rounded - value) > Decimal("0.000001"):
        raise _Reject("BAD_AMOUNT", f"{name}: more than two decimal places")
    return rounded


def _months(cell: Any, is_month: bool) -> Optional[int]:
    if _blank(cell):
        return None
    value = _amount(cell, "months")
    if value is None or value != value.to_integral_value() or not 1 <= value <= (1 if is_month else 12):
        raise _Reject("BAD_MONTHS", f"months: '{str(cell)[:20]}' is not 1-{1 if is_month else 12}")
    return int(value)


def _cell(cells: list, roles: Mapping[str, int], role: str) -> Any:
    column = roles.get(role)
    return cells[column] if column is not None and column < len(cells) else None


def _parse_row(cells: list, roles: Mapping[str, int], layout: str, region: str,
               covered: set[YearMonth]) -> AcceptedRow:
    if any(isinstance(cell, str) and cell.strip().lower().startswith(_TOTALS) for cell in cells[:2]):
        raise _Reject("TOTAL_ROW", "a total, not a month")
    insurance = _cell(cells, roles, "insurance")
    if not _blank(insurance) and not any(key in str(insurance).lower() for key in ("养老", "pension")):
        raise _Reject("NOT_PENSION", f"'{str(insurance)[:20]}' is not the pension insurance")
    period, is_month = _period(_cell(cells, roles, "period"))
    amount_role = "base" if layout == "provincial" else "wage"
    amount = _amount(_cell(cells, roles, amount_role), amount_role)
    if amount is None:
        raise _Reject("MISSING_VALUE", f"no {amount_role}")
    if amount == 0:
        raise _Reject("ZERO_AMOUNT", f"{amount_role} is zero: no contribution")
    credited = _amount(_cell(cells, roles, "credited"), "credited")
    kind = "base" if layout == "provincial" else "wage"
    kind_cell = _cell(cells, roles, "kind")
    if layout == "template" and not _blank(kind_cell):
        kind = str(kind_cell).strip().lower()
        if kind not in ("wage", "base"):
            raise _Reject("INVALID_ROW", f"kind: '{kind[:20]}' is not wage or base")
    region_cell = _cell(cells, roles, "region")
    if not _blank(region_cell):
        region = str(region_cell).strip()
        if region not in default_policy_data().regions:
            raise _Reject("BAD_REGION", f"unknown region '{region[:20]}'")
    employment = _cell(cells, roles, "employment")
    employment = None if _blank(employment) else str(employment).strip().lower()
    if employment not in (None, "employee", "flexible"):
        raise _Reject("INVALID_ROW", f"employment: '{employment[:20]}' is not employee or flexible")
    try:
        row = HistoryRow(period=period, region=region, amount=amount, amount_kind=kind,
                         months=_months(_cell(cells, roles, "months"), is_month),
                         employment=employment)
    except ValidationError as exc:
        raise _Reject("INVALID_ROW", (first_error(exc)[1] or "invalid")[:200]) from None
    months = row.months_covered()
    if any(month in covered for month in months):
        raise _Reject("DUPLICATE_PERIOD", f"{period} overlaps an earlier row")
    covered.update(months)
    return AcceptedRow(0, row, credited)


def import_history(path: Path, *, region: str) -> HistoryPreview:
    """Read a contribution history table; every data row is accepted or rejected with a reason.
    ``region`` is the region slug the rows are recorded in. Raises StorageError when the file
    as a whole cannot be read."""
    path = Path(path)
    kind, rows = read_table(path)
    try:
        header_index, roles = _find_header(rows)
    except StorageError as exc:
        raise StorageError(exc.code, path, exc.detail) from None
    layout = "provincial" if "base" in roles else "template"
    accepted: list[AcceptedRow] = []
    rejected: list[RejectedRow] = []
    covered: set[YearMonth] = set()
    for line, cells in rows[header_index + 1:]:
        if all(_blank(cell) for cell in cells):
            continue
        shown = tuple(str(cell)[:100] for cell in cells if cell is not None)
        if len(accepted) >= MAX_HISTORY_ROWS:
            rejected.append(RejectedRow(line, "TOO_MANY_ROWS", f"more than {MAX_HISTORY_ROWS} rows", shown))
            continue
        try:
            item = _parse_row(cells, roles, layout, region, covered)
        except _Reject as reject:
            rejected.append(RejectedRow(line, reject.code, reject.detail, shown))
            continue
        accepted.append(AcceptedRow(line, item.row, item.credited))
    return HistoryPreview(path, kind, layout, tuple(accepted), tuple(rejected))


def apply_import(profile: Profile, preview: HistoryPreview) -> Profile:
    """The profile with the accepted rows added. Existing rows covering an imported month give
    way (a year row is split into its other months). Raises StorageError(INVALID)."""
    imported = {month for row in preview.rows for month in row.months_covered()}
    kept: list[HistoryRow] = []
    for row in profile.history:
        months = row.months_covered()
        if not imported.intersection(months):
            kept.append(row)
            continue
        for month in months:
            if month not in imported:
                kept.append(row.model_copy(update={"period": str(month), "months": None}))
    history = sorted(kept + preview.rows, key=lambda row: row.first_month)
    try:
        return Profile.model_validate({**profile.model_dump(), "history": [
            row.model_dump() for row in history]})
    except ValidationError as exc:
        where, message = first_error(exc)
        raise StorageError(INVALID, preview.source, f"{where}: {message}"[:300]) from None


def export_history_template(path: Path, rows: Sequence[HistoryRow] = ()) -> None:
    """The period,wage template (CSV or XLSX by suffix), filled with ``rows`` if given."""
    write_table(Path(path), TEMPLATE_HEADER,
                [(row.period, row.amount, row.months, row.amount_kind, row.region,
                  row.employment or "") for row in rows])


# -- results export --------------------------------------------------------------------------

def _contribution(line: YearLine, insurance: str, share: str) -> Optional[Decimal]:
    amounts = line.contributions.get(insurance)
    return getattr(amounts, share) if amounts is not None else None


YEAR_COLUMNS: dict[str, Any] = {
    "year": lambda l: l.year,
    "age_at_end": lambda l: l.age_at_end,
    "phase": lambda l: l.phase,
    "region": lambda l: l.region,
    "months_contributed": lambda l: l.months_contributed,
    "average_base": lambda l: l.average_base,
    "average_index": lambda l: l.average_index,
    "pension_employee": lambda l: _contribution(l, "pension", "employee"),
    "pension_employer": lambda l: _contribution(l, "pension", "employer"),
    "pension_account_opening": lambda l: l.pension_account.opening,
    "pension_account_contributions": lambda l: l.pension_account.contributions,
    "pension_account_interest": lambda l: l.pension_account.interest,
    "pension_account_closing": lambda l: l.pension_account.closing,
    "medical_account_contributions": lambda l: l.medical_account.contributions,
    "medical_account_closing": lambda l: l.medical_account.closing,
    "housing_fund_contributions": lambda l: l.housing_fund.contributions,
    "housing_fund_withdrawals": lambda l: l.housing_fund.withdrawals,
    "housing_fund_closing": lambda l: l.housing_fund.closing,
    "total_employee": lambda l: sum((a.employee for a in l.contributions.values()), Decimal(0)),
    "total_employer": lambda l: sum((a.employer for a in l.contributions.values()), Decimal(0)),
    "pension_paid": lambda l: l.pension_paid,
    "deflator": lambda l: l.deflator,
    "estimated": lambda l: l.estimated,
}


def export_years(estimate: Estimate, path: Path, *, headers: Optional[Mapping[str, str]] = None,
                 kind: Optional[str] = None) -> None:
    """Write ``estimate.years`` (CSV or XLSX by ``kind`` or suffix). ``headers`` maps the column
    identifiers of ``YEAR_COLUMNS`` to labels (the GUI passes translated ones)."""
    labels = [(headers or {}).get(key, key) for key in YEAR_COLUMNS]
    rows = [[getter(line) for getter in YEAR_COLUMNS.values()] for line in estimate.years]
    write_table(Path(path), labels, rows, kind)
