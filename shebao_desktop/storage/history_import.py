"""Contribution history from a CSV or XLSX table: ``import_history(path, region=...)`` reads the
layout of a provincial 个人缴费信息 export or the program's own template and gives a
``HistoryPreview``; nothing changes until ``apply_import``.

What is read:
- Provincial exports: 费款所属期 (202401, 2024-01, 2024年1月) or a range 费款所属期起/止 with an
  optional 月数 (202301-202306, 6 months), 缴费基数, 个人缴纳 or 划入个人账户金额, and 险种 as a
  name or a 险种类型 code (110 enterprise employees' basic pension; 120 the public-institution
  pension; 210 unemployment, 310 employees' medical, 410 work injury, 510 maternity). Only
  pension rows make history; the other insurances are counted apart as ``ignored`` (not
  rejections). Title rows above the header are skipped.
- 补差 rows (a 缴费类型 cell saying 补差 or 差额): ASSUMPTION, stated in the preview: such a
  row's base is the *difference* to the base already recorded for that month, and is added to
  it (so a month can have its base raised or lowered afterwards). A 补差 row for a month the
  file has no regular row for is rejected (ADJUSTMENT_WITHOUT_MONTH): its full base is
  unknown. 补缴 (arrears paid late) rows are ordinary rows for a month paid late.
- 欠缴 rows (a 缴费标志 or 缴费类型 saying 欠缴, 未缴, 欠费 or 未到账, and not 补缴 or 已缴): the month is
  owed, not paid. It is not imported -- a gap, as the export would show once it is paid or
  written off -- and counted apart (``arrears``), said in the preview (ARREARS).
- The template: period, wage[, months, kind, region, employment], with codes (``shanghai``,
  ``employee``, ``wage``) or the words the program writes (上海市 / Shanghai, 职工, 工资).

Reason codes of rejected rows: BAD_PERIOD, PERIOD_OUT_OF_RANGE, MISSING_VALUE, BAD_AMOUNT,
NEGATIVE_AMOUNT, AMOUNT_TOO_LARGE, ZERO_AMOUNT, BAD_MONTHS, BAD_RANGE, DUPLICATE_PERIOD,
NOT_PENSION (an insurance not recognised), TOTAL_ROW, INVALID_ROW, TOO_MANY_ROWS, BAD_REGION,
ADJUSTMENT_WITHOUT_MONTH; rows owed, not imported: ARREARS. Ignored rows have the code OTHER_INSURANCE. In one's own sheet (the
template layout, a wage column) a row giving a month and other cells with the wage blank (a leave
month, 备注 请假) is UNPAID_MONTH: a gap, as a provincial export shows one by leaving the month
out, counted apart (``unpaid``), neither a row nor an error. In an export a blank base stays
MISSING_VALUE.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, Mapping, Optional

from ..core.checks import ValidationError
from ..core.errors import first_error
from ..core.policy.loader import default_policy_data
from ..core.profile import MAX_MONEY, HistoryRow, Profile
from ..core.yearmonth import YearMonth
from .drafts import MAX_DRAFT_ROWS, DraftRow, drafts_kept, profile_from_dict
from .errors import EMPTY, INVALID, UNKNOWN_FORMAT, StorageError
from .import_cells import ADJUSTMENT_WORDS, TOTALS, Reject, header_roles, is_arrears, is_header
from .import_cells import cell_of as _cell
from .import_cells import insurance_of as _insurance
from .import_cells import is_blank as _blank
from .import_cells import read_amount as _amount
from .import_cells import read_period as _period
from .import_cells import read_periods as _periods
from .table_words import employment_code, kind_code, region_code
from .tables import read_table

MAX_HISTORY_ROWS = 2000
HEADER_SEARCH_ROWS = 30

Progress = Callable[[int], None]

@dataclass(frozen=True)
class AcceptedRow:
    line: int
    row: HistoryRow
    credited: Optional[Decimal] = None  # the amount credited to the account, when the file says
    adjusted: Decimal = Decimal(0)  # the sum of the 补差 differences added to this month


@dataclass(frozen=True)
class RejectedRow:
    line: int
    code: str
    detail: str
    cells: tuple[str, ...] = ()
    #: the message's parameters (the cell's text, what was meant): ``Reject.params``
    params: tuple[tuple[str, str], ...] = ()
    #: (history table key, text) of a row kept in the table to be corrected (``KEPT_AS_DRAFT``)
    table_cells: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class HistoryPreview:
    source: Path
    format: str  # csv | xlsx
    layout: str  # provincial | template
    accepted: tuple[AcceptedRow, ...]
    rejected: tuple[RejectedRow, ...]
    #: rows of other insurances (medical, unemployment...), not history and not errors
    ignored: tuple[RejectedRow, ...] = ()
    #: lines of 补差 rows added to a month (see the module's assumption)
    adjustments: tuple[int, ...] = field(default=())
    #: rows with a month and a blank base or wage (a leave month): months not paid, a gap as
    #: when the export leaves the month out -- not rows and not errors (UNPAID_MONTH)
    unpaid: tuple[RejectedRow, ...] = ()
    #: rows marked 欠缴 (owed, not paid): not imported, a gap (ARREARS)
    arrears: tuple[RejectedRow, ...] = ()

    @property
    def rows(self) -> list[HistoryRow]:
        return [item.row for item in self.accepted]

    @property
    def to_correct(self) -> tuple[RejectedRow, ...]:
        """The rejected rows kept in the table to be corrected (``KEPT_AS_DRAFT``)."""
        return tuple(item for item in self.rejected if item.table_cells)

    @property
    def regions(self) -> tuple[str, ...]:
        """The regions the accepted rows are recorded in, each once, ordered by the last month
        recorded there: the most recent region (the file's last months') last."""
        latest: dict[str, YearMonth] = {}
        for row in self.rows:
            month = _last_month(row)
            latest[row.region] = max(month, latest.get(row.region, month))
        return tuple(sorted(latest, key=lambda region: latest[region]))

    def region_differs(self, region: str) -> Optional[str]:
        """The region to suggest for a profile recorded in ``region``: the file's most recent
        region when it is another one; None when the file's last months are ``region``'s (or
        nothing is accepted)."""
        regions = self.regions
        return regions[-1] if regions and regions[-1] != region else None


def _last_month(row: HistoryRow) -> YearMonth:
    covered = row.months_covered()
    return covered[-1] if covered else row.first_month


def _find_header(rows: list) -> tuple[int, dict[str, int]]:
    """(index of the header row, role -> column); index -1 for a headerless period,wage table."""
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if is_header(cells):
            return index, header_roles(cells)
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(_blank(cell) is False for cell in cells):
            continue
        try:
            _period(cells[0])
            if len(cells) >= 2 and _amount(cells[1]) is not None:
                return index - 1, {"period": 0, "wage": 1}
        except Reject:
            pass
        break
    raise StorageError(UNKNOWN_FORMAT, None, "no header with a period and a base or wage column")


#: rejected rows that are a month to correct: kept in the history table as rows marked red, as
#: pasted ones are (trial 19: an imported "8,5OO" was named in the preview, then gone); not a
#: totals line, a row past the limit, another insurance, an unpaid or owed month, a 补差
KEPT_AS_DRAFT = frozenset({
    "BAD_PERIOD", "PERIOD_OUT_OF_RANGE", "MISSING_VALUE", "BAD_AMOUNT", "AMOUNT_LOOKALIKE",
    "AMOUNT_NOT_NUMBER", "MONTH_OUT_OF_RANGE", "NEGATIVE_AMOUNT", "AMOUNT_TOO_LARGE", "ZERO_AMOUNT",
    "BAD_MONTHS", "DUPLICATE_PERIOD", "INVALID_ROW", "BAD_REGION", "BAD_RANGE", "EXTRA_CELLS"})


def _table_cells(cells: list, roles: Mapping[str, int], layout: str,
                 width: Optional[int] = None) -> tuple[tuple[str, str], ...]:
    """A rejected row's cells as the history table's (period, amount, region, ...), as written.
    ``width``: a row with more cells than its header's ``width`` (an unquoted comma in an amount
    cut it in pieces): the amount is its cell and the extra ones after it joined again by commas
    ("8,500" read as 8 and 500 is 8,500 again; "9,0OO" stays wrong, to be corrected) and the
    cells after them are read where they moved to (trial 20: a provincial export's 参保地 read
    "已缴费" and its base 9.00)."""
    amount_role = "base" if layout == "provincial" else "wage"
    at = roles.get(amount_role)
    extra = 0 if width is None or at is None else \
        max(0, len([c for c in cells if not _blank(c)]) - len([c for c in cells[:width] if not _blank(c)]))
    out = []
    for key, role in (("period", "period"), ("region", "region"), ("amount", amount_role),
                      ("amount_kind", "kind"), ("months", "months"), ("employment", "employment")):
        column = roles.get(role)
        if column is None:
            continue
        if role == amount_role and extra:
            text = ",".join(str(c).strip() for c in cells[column:column + extra + 1] if not _blank(c))
        else:
            if extra and column > at:  # after the cut amount: moved right by the extra cells
                column += extra
            value = cells[column] if column < len(cells) else None
            text = "" if _blank(value) else str(value).strip()
            if role == "period" and text:
                try:  # as the table writes it (a date cell of a workbook: 2022-05)
                    text = _period(value)[0]
                except Reject:
                    pass
        if text:
            out.append((key, text[:100]))
    if layout == "provincial" and "kind" not in roles:
        out.append(("amount_kind", "基数"))
    return tuple(out)


def _parse_row(cells: list, roles: Mapping[str, int], layout: str, region: str) -> list[HistoryRow]:
    if any(isinstance(cell, str) and cell.strip().lower().startswith(TOTALS) for cell in cells[:2]):
        raise Reject("TOTAL_ROW", "a total, not a month")
    if _insurance(_cell(cells, roles, "insurance")) == "other":
        raise Reject("OTHER_INSURANCE", "another insurance, not the pension")
    periods = _periods(cells, roles)
    amount_role = "base" if layout == "provincial" else "wage"
    adjustment = is_adjustment(cells, roles)
    amount = _amount(_cell(cells, roles, amount_role), amount_role, signed=adjustment)
    if amount is None:
        # one's own sheet: a month given with other cells and the wage blank is a month not
        # paid (an export leaves such months out: a blank base there is a defect)
        if layout == "template" and sum(1 for cell in cells if not _blank(cell)) >= 2:
            raise Reject("UNPAID_MONTH", f"no {amount_role}: a month not paid")
        raise Reject("MISSING_VALUE", f"no {amount_role}")
    if amount == 0 and not adjustment:
        raise Reject("ZERO_AMOUNT", f"{amount_role} is zero: no contribution")
    kind = "base" if layout == "provincial" else "wage"
    kind_cell = _cell(cells, roles, "kind")
    if layout == "template" and not _blank(kind_cell):
        kind = kind_code(str(kind_cell)) or ""
        if not kind:
            raise Reject("INVALID_ROW", f"kind: '{str(kind_cell)[:20]}' is not wage or base")
    region_cell = _cell(cells, roles, "region")
    if not _blank(region_cell):
        found = region_code(str(region_cell), default_policy_data().regions)
        if found is None:
            raise Reject("BAD_REGION", f"unknown region '{str(region_cell)[:20]}'")
        region = found
    employment_cell = _cell(cells, roles, "employment")
    employment = None
    if not _blank(employment_cell):
        employment = employment_code(str(employment_cell))
        if employment is None:
            raise Reject("INVALID_ROW", f"employment: '{str(employment_cell)[:20]}' is not employee or flexible")
    try:
        return [HistoryRow(period=period, region=region, amount=abs(amount), amount_kind=kind,
                           months=months, employment=employment) for period, months in periods]
    except ValidationError as exc:
        raise Reject("INVALID_ROW", (first_error(exc)[1] or "invalid")[:200]) from None


def is_adjustment(cells: list, roles: Mapping[str, int]) -> bool:
    text = _cell(cells, roles, "pay_type")
    return not _blank(text) and any(word in str(text) for word in ADJUSTMENT_WORDS)


class _Builder:
    """Collects accepted rows; adds 补差 differences to the month they belong to."""

    def __init__(self) -> None:
        self.accepted: list[AcceptedRow] = []
        self.rejected: list[RejectedRow] = []
        self.ignored: list[RejectedRow] = []
        self.unpaid: list[RejectedRow] = []
        self.adjustments: list[int] = []
        self.by_month: dict[YearMonth, int] = {}

    def add(self, line: int, rows: list[HistoryRow], credited: Optional[Decimal]) -> None:
        months = [m for row in rows for m in row.months_covered()]
        if any(m in self.by_month for m in months):
            raise Reject("DUPLICATE_PERIOD", f"{rows[0].period} overlaps an earlier row")
        for row in rows:
            for month in row.months_covered():
                self.by_month[month] = len(self.accepted)
            self.accepted.append(AcceptedRow(line, row, credited))

    def adjust(self, line: int, rows: list[HistoryRow], difference: Decimal, credited: Optional[Decimal]) -> None:
        months = [m for row in rows for m in row.months_covered()]
        if not months or any(m not in self.by_month for m in months):
            raise Reject("ADJUSTMENT_WITHOUT_MONTH", "a 补差 row for a month with no regular row")
        for month in months:
            index = self.by_month[month]
            item = self.accepted[index]
            if item.row.paid_months > 1:  # a year row: split off this month first
                index = self._split(index, month)
                item = self.accepted[index]
            amount = item.row.amount + difference
            if amount <= 0 or amount > MAX_MONEY:
                raise Reject("BAD_AMOUNT", f"the base of {month} would become {amount}")
            self.accepted[index] = AcceptedRow(item.line, HistoryRow.model_validate(
                {**item.row.model_dump(), "amount": amount}),
                (item.credited or Decimal(0)) + credited if credited is not None else item.credited,
                item.adjusted + difference)
        self.adjustments.append(line)

    def _split(self, index: int, month: YearMonth) -> int:
        item = self.accepted.pop(index)
        pieces = [AcceptedRow(item.line, HistoryRow.model_validate(
            {**item.row.model_dump(), "period": str(m), "months": None}), item.credited, item.adjusted)
            for m in item.row.months_covered()]
        self.accepted[index:index] = pieces
        self.by_month = {m: n for n, a in enumerate(self.accepted) for m in a.row.months_covered()}
        return self.by_month[month]


def import_history(path: Path, *, region: str, progress: Optional[Progress] = None) -> HistoryPreview:
    """Read a contribution history table; every data row is accepted, ignored (another
    insurance) or rejected with a reason. ``region`` is the region slug the rows are recorded
    in. ``progress(rows_done)`` is called now and then; whatever it raises (a cancel) ends the
    import. Raises StorageError when the file as a whole cannot be read."""
    path = Path(path)
    kind, rows = read_table(path, header=is_header, progress=progress)
    if all(_blank(cell) for _line, cells in rows for cell in cells):
        # nothing in it (0 bytes, or blank lines only): said so, not as a format not recognised
        raise StorageError(EMPTY, path, "the file is empty")
    try:
        header_index, roles = _find_header(rows)
    except StorageError as exc:
        raise StorageError(exc.code, path, exc.detail) from None
    layout = "provincial" if "base" in roles else "template"
    # no cell beyond the header's last title; a headerless (period, wage) table: no check
    width = None if header_index < 0 else max(
        (n + 1 for n, cell in enumerate(rows[header_index][1]) if not _blank(cell)), default=0)
    build = _Builder()
    later: list[tuple[int, list, tuple[str, ...]]] = []
    arrears: list[RejectedRow] = []
    for done, (line, cells) in enumerate(rows[header_index + 1:]):
        if progress is not None and done % 500 == 499:
            progress(len(rows))  # all rows are read; this is a chance to cancel
        if all(_blank(cell) for cell in cells):
            continue
        shown = tuple(str(cell)[:100] for cell in cells if cell is not None)
        if width is not None and any(not _blank(cell) for cell in cells[width:]):  # trial 5: 6,5OO read as 6 and 5OO
            build.rejected.append(RejectedRow(line, "EXTRA_CELLS", "more cells than the header", shown,
                                              table_cells=_table_cells(cells, roles, layout, width)))
            continue
        if len(build.accepted) >= MAX_HISTORY_ROWS:
            build.rejected.append(RejectedRow(line, "TOO_MANY_ROWS", f"more than {MAX_HISTORY_ROWS} rows", shown))
            continue
        if is_arrears(_cell(cells, roles, "pay_type")) and \
                _insurance(_cell(cells, roles, "insurance")) != "other":
            arrears.append(RejectedRow(line, "ARREARS", "marked as owed (欠缴): not paid", shown))
            continue
        if is_adjustment(cells, roles):
            later.append((line, cells, shown))  # after every regular row, wherever it stands
            continue
        try:
            new = _parse_row(cells, roles, layout, region)
            build.add(line, new, _amount(_cell(cells, roles, "credited"), "credited"))
        except Reject as reject:
            target = {"OTHER_INSURANCE": build.ignored, "UNPAID_MONTH": build.unpaid}.get(
                reject.code, build.rejected)
            target.append(RejectedRow(line, reject.code, reject.detail, shown,
                                      tuple(reject.params.items()),
                                      _table_cells(cells, roles, layout)
                                      if reject.code in KEPT_AS_DRAFT else ()))
    for line, cells, shown in later:
        try:
            new = _parse_row(cells, roles, layout, region)
            difference = _amount(_cell(cells, roles, "base" if layout == "provincial" else "wage"),
                                 "amount", signed=True) or Decimal(0)
            build.adjust(line, new, difference, _amount(_cell(cells, roles, "credited"), "credited", signed=True))
        except Reject as reject:
            target = build.ignored if reject.code == "OTHER_INSURANCE" else build.rejected
            target.append(RejectedRow(line, reject.code, reject.detail, shown,
                                      tuple(reject.params.items())))
    build.rejected.sort(key=lambda r: r.line)
    return HistoryPreview(path, kind, layout, tuple(build.accepted), tuple(build.rejected),
                          tuple(build.ignored), tuple(build.adjustments), tuple(build.unpaid),
                          tuple(arrears))


def apply_import(profile: Profile, preview: HistoryPreview, region: Optional[str] = None) -> Profile:
    """The profile with the accepted rows added. Existing rows covering an imported month give
    way (a year row is split into its other months). ``region``: the profile's 参保地 changed
    to it as well (the file's region, when the user chose so in the preview), in the same new
    profile -- one change, one undo step. Raises StorageError(INVALID)."""
    imported = {month for row in preview.rows for month in row.months_covered()}
    placed = profile.placed_months().months  # the months each existing row really pays for
    kept: list[HistoryRow] = []
    for number, row in enumerate(profile.history):
        months = [month for month, n in placed.items() if n == number]
        if not imported.intersection(months):
            kept.append(row)
            continue
        for month in months:
            if month not in imported:  # validated anew: a copy would keep the old cached months
                kept.append(HistoryRow.model_validate(
                    {**row.model_dump(), "period": str(month), "months": None}))
    history = sorted(kept + preview.rows, key=lambda row: row.first_month)
    drafts = drafts_kept(profile, history)
    end = len(history) + len(drafts)  # the rows to correct after the table's others
    drafts += [DraftRow.of(end + n, dict(item.table_cells))
               for n, item in enumerate(preview.to_correct[:MAX_DRAFT_ROWS - len(drafts)])]
    try:
        return profile_from_dict({**profile.model_dump(), "history": [
            row.model_dump() for row in history], "region": region or profile.region,
            "history_draft": [row.model_dump() for row in drafts]})
    except ValidationError as exc:
        where, message = first_error(exc)
        raise StorageError(INVALID, preview.source, f"{where}: {message}"[:300]) from None
