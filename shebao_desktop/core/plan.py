"""Which months a person contributes, where and on what amount: history rows, then projected
months from the month after the last record (or statement) up to retirement, while the person
goes on contributing. Months between two records that no row covers are gaps (nothing paid)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from decimal import Decimal
from typing import Optional

from .money import YUAN
from .projection import projected_wage
from .policy.view import PolicyView
from .profile import Placement, Profile
from .yearmonth import YearMonth


@dataclass(frozen=True)
class Work:
    region: str
    amount: Decimal
    employment: str
    projected: bool
    row: Optional[int] = None  # the history row it comes from (None: projected)


@dataclass
class Plan:
    months: dict[YearMonth, Work]
    statement_end: Optional[YearMonth]
    notices: list[tuple[str, dict]]
    #: history months the statement covers: they still feed the accounts it leaves blank
    before_statement: dict[YearMonth, Work] = field(default_factory=dict)

    @property
    def first(self) -> Optional[YearMonth]:
        return min(self.months) if self.months else None


#: the sort key of a month (the same order as comparing months, without a call per comparison)
_ORDER = attrgetter("year", "month")
_INDEX = attrgetter("index")


def _gaps(months: list[YearMonth]) -> list[tuple[YearMonth, YearMonth]]:
    gaps = []
    numbers = [m.year * 12 + m.month for m in months]
    for n in range(len(months) - 1):
        if numbers[n + 1] - numbers[n] > 1:
            gaps.append((months[n] + 1, months[n + 1] + -1))
    return gaps


def build_plan(profile: Profile, as_of: YearMonth, retire: YearMonth, view: PolicyView,
               placement: Optional[Placement] = None) -> Plan:
    """The months ``profile`` pays for up to ``retire`` (``placement``: its history's placed
    months at ``as_of`` when the caller has them already)."""
    notices: list[tuple[str, dict]] = []
    statement_end = profile.statement.as_of if profile.statement else None
    months: dict[YearMonth, Work] = {}
    before: dict[YearMonth, Work] = {}
    placement = placement or profile.placed_months(as_of)
    for number, missing in placement.overflow:
        notices.append(("ROW_MONTHS_DO_NOT_FIT", {"row": str(number + 1),
                                                  "period": profile.history[number].period,
                                                  "months": str(missing)}))
    ats, pairs = _history(profile, placement)  # months as numbers: compared without a call
    last = bisect_left(ats, retire.index)
    # the months the statement covers still feed the accounts it leaves blank
    split = 0 if statement_end is None else bisect_right(ats, statement_end.index, 0, last)
    before, months = dict(pairs[:split]), dict(pairs[split:last])
    if statement_end is None and profile.work_start is not None:
        # a work start the records do not reach back to: say those months are not counted
        at = bisect_left(ats, profile.work_start.index)  # the first record from it on
        first = [pairs[at][0]] if at < len(pairs) else []
        end = min([*first, as_of, retire]) + -1
        # the deemed years are the first years of work (before the account): not missing
        deemed = int((profile.deemed_years * 12).to_integral_value())
        if profile.work_start + deemed <= end:
            notices.append(("NO_RECORDS_SINCE_WORK_START", {
                "from": str(profile.work_start + deemed), "to": str(end),
                **({"work_start": str(profile.work_start), "deemed": str(profile.deemed_years)}
                   if deemed else {})}))
    if profile.future.continue_contributing:
        today = bisect_left(ats, as_of.index, split, last)  # the records before today
        _project_future(profile, as_of, retire, view, months, statement_end, notices,
                        pairs[today - 1][0] if today > split else None)
    # gaps between recorded months, and between the last record and the projected months
    ordered = sorted(months, key=_INDEX)
    if statement_end is not None:
        ordered.insert(0, statement_end)
    said = {(p["from"], p["to"]) for code, p in notices if code == "PAST_MONTHS_NOT_ASSUMED"}
    for start, end in _gaps(ordered):
        for first, last in said:  # the months said not assumed paid are said once, with why
            if last == str(end) and str(start) <= first:
                end = YearMonth.parse(first) + -1  # the rest of a part year before them
        if start <= end:
            notices.append(("GAP_IN_HISTORY", {"from": str(start), "to": str(end)}))
    notices.extend(_part_years(profile, placement))
    return Plan(months, statement_end, notices, before)


def _part_years(profile: Profile, placement: Placement) -> list[tuple[str, dict]]:
    """PART_YEARS_PLACED: the months each part-year row (a year of 1-11 months) was placed in
    (``Profile.placed_months``), which the row itself does not say: ``rows`` is
    "row=period=months=first=last" for each, by ";"."""
    placed: dict[int, list[YearMonth]] = {}
    for month, number in placement.months.items():
        row = profile.history[number]
        if not row.is_month and 0 < row.paid_months < 12:
            placed.setdefault(number, []).append(month)
    if not placed:
        return []
    return [("PART_YEARS_PLACED", {"rows": ";".join(
        f"{number + 1}={profile.history[number].period}={len(months)}={min(months)}={max(months)}"
        for number, months in sorted(placed.items()))})]


def assumed_from(as_of: YearMonth) -> YearMonth:
    """The earliest month after the last record (or statement) that continuing contributions
    count as paid before ``as_of``: January of the year before. A 个人权益记录单 of a year comes
    out in the next, so the latest one a person can hold at ``as_of`` may end in December two
    years before; records or a statement ending earlier than that are not taken to go on to
    today (PAST_MONTHS_NOT_ASSUMED)."""
    return YearMonth(as_of.year - 1, 1)


def _project_future(profile: Profile, as_of: YearMonth, retire: YearMonth, view: PolicyView,
                    months: dict[YearMonth, Work], statement_end: Optional[YearMonth],
                    notices: list, last_record: Optional[YearMonth]) -> None:
    # while contributions continue they continue from the month after the last record (or the
    # statement): the months between the last record and today are paid, not a gap
    # (records after today are planned months: the months before them are projected too)
    known = [] if last_record is None else [last_record]  # the last record before today
    if statement_end:
        known.append(statement_end)
    # a row's period says how many of its months were paid: the months it leaves unpaid (a row
    # of 0 months, the rest of a past part year) are not filled as paid after it (a row "2025,
    # 0 months" counted 12 months of 2025 paid). A part year of this year is this year so far:
    # the months after it go on (the latest may not be on the record yet)
    known.extend(min(_period_end(row), as_of + -1) for row in profile.history
                 if row.first_month < as_of
                 and (row.first_month.year < as_of.year or row.paid_months == 0))
    last_known = max(known, key=_ORDER, default=None)
    start = min(last_known + 1, as_of) if last_known else as_of
    if start < min(assumed_from(as_of), retire):
        # records that stop long before today are not taken as paid up to today (new-user
        # trial 7: a new profile's one row of 2014 counted 2015-01..2026-11 as paid): those
        # months are left unpaid and the notice says so and how to add them
        notices.append(("PAST_MONTHS_NOT_ASSUMED", {"from": str(start),
                                                    "to": str(min(as_of, retire) + -1)}))
        start = as_of
    if start >= retire:
        return
    rows = [r for r in profile.history if r.paid_months > 0]
    if start < as_of:  # said with what the wage of those months comes from (trial 3)
        wage = "future_wage" if profile.future.monthly_wage is not None else "last_row" \
            if rows else "statement_index" if profile.statement is not None else ""
        notices.append(("PAST_MONTHS_ASSUMED_PAID", {"from": str(start),
                                                     "to": str(min(as_of, retire) + -1),
                                                     "wage": wage}))
    employment = profile.future.employment or profile.employment_of()
    growth = view.assumptions["own_wage_growth"]
    if profile.future.monthly_wage is not None:
        anchor_amount, anchor_year = profile.future.monthly_wage, start.year
    elif rows:
        last_row = max(rows, key=lambda r: _ORDER(r.first_month))
        anchor_amount, anchor_year = last_row.amount, last_row.first_month.year
    elif profile.statement is not None:
        anchor_amount, anchor_year = None, start.year
        notices.append(("FUTURE_WAGE_FROM_STATEMENT_INDEX",
                        {"index": str(profile.statement.average_index)}))
    else:
        notices.append(("NO_FUTURE_WAGE", {}))
        return
    index = None if anchor_amount is not None else profile.statement.average_index
    for month, work in view.memo(  # the same for every edit of an earlier row
            ("future", profile.region, start, retire, employment, anchor_amount, anchor_year,
             growth, index), lambda: _future(profile.region, start, retire, view, employment,
                                             anchor_amount, anchor_year, growth, index)):
        if month not in months:
            months[month] = work


def _period_end(row) -> YearMonth:
    """The last month of a history row's period: its month, or December of its year."""
    return row.first_month if row.is_month else YearMonth(row.first_month.year, 12)


def _future(region: str, start: YearMonth, retire: YearMonth, view: PolicyView,
            employment: str, anchor_amount: Optional[Decimal], anchor_year: int,
            growth: Decimal, index: Optional[Decimal]) -> tuple[tuple[YearMonth, Work], ...]:
    """The projected month of each month from ``start`` up to ``retire`` (not included): the
    anchor grown by ``growth``, or the region's average wage x the statement's ``index``."""
    out, month, work = [], start, None
    while month < retire:
        if anchor_amount is None:
            amount = (view.value("average_wage", region, month) * index).quantize(YUAN)
        else:
            amount = projected_wage(anchor_amount, anchor_year, month.year, growth)
        if work is None or work.amount != amount:  # one Work per amount: a year pays the same
            work = Work(region, amount, employment, True)
        out.append((month, work))
        month = month + 1
    return tuple(out)


#: (placement, category, each row's id) -> (what keeps them alive, month numbers, (month, Work))
_HISTORY: dict[tuple, tuple] = {}


def _history(profile: Profile, placement: Placement) -> tuple[list[int], list[tuple]]:
    """The placed months in order, as numbers and as (month, Work): made once per history (the
    rows are frozen; the entry keeps them, so their ids stay theirs)."""
    rows = tuple(profile.history)
    key = (id(placement), profile.category, tuple(map(id, rows)))
    known = _HISTORY.get(key)
    if known is not None:
        return known[1], known[2]
    works: dict[int, Work] = {}  # one per row: all its months pay the same
    ats, pairs = [], []
    for at, month, number in _in_order(placement):
        work = works.get(number)
        if work is None:
            work = works[number] = _work(profile, rows[number], number)
        ats.append(at)
        pairs.append((month, work))
    if len(_HISTORY) >= 8:
        del _HISTORY[next(iter(_HISTORY))]
    _HISTORY[key] = ((placement, rows), ats, pairs)
    return ats, pairs


#: (id(row), its number, category) -> (row, its Work): a history that differs in a few rows (an
#: edit, the decision tools' futures) makes Works only for those
_WORKS: dict[tuple, tuple] = {}


def _work(profile: Profile, row, number: int) -> Work:
    key = (id(row), number, profile.category)
    known = _WORKS.get(key)
    if known is not None and known[0] is row:
        return known[1]
    if len(_WORKS) > 10_000:  # about 18 histories of 540 rows
        _WORKS.clear()
    work = Work(row.region, row.amount, profile.employment_of(row), False, number)
    _WORKS[key] = (row, work)  # the row is kept alive with it: its id stays its own
    return work


#: id(placement) -> (placement, its months in order as (month number, month, row number))
_ORDERED: dict[int, tuple[Placement, list[tuple[int, YearMonth, int]]]] = {}


def _in_order(placement: Placement) -> list[tuple[int, YearMonth, int]]:
    """The placement's months in month order (made once per placement: placements are shared)."""
    known = _ORDERED.get(id(placement))
    if known is not None and known[0] is placement:
        return known[1]
    ordered = sorted((m.index, m, n) for m, n in placement.months.items())
    if len(_ORDERED) >= 8:
        del _ORDERED[next(iter(_ORDERED))]
    _ORDERED[id(placement)] = (placement, ordered)
    return ordered
