"""The person whose accounts are estimated: typed, validated input of the core (:mod:`.model`
records, checked as the pydantic models they were, without pydantic at run time).

A profile carries either a contribution history (rows of year or month periods), or the
figures of a social-security statement, or both (the statement then replaces the history up to
its date for the accounts it states).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any, Literal, Optional, Sequence, TypeVar, Union

from .errors import ProfileError
from .model import Field, Model, field_validator, model_validator
from .person import MAX_BIRTH_YEAR, MIN_BIRTH_YEAR, retirement_group  # noqa: F401 - re-exported
from .yearmonth import YearMonth

#: absurd-input guards, not rules of law: a monthly wage above 10 million yuan is a typo
MAX_MONEY = Decimal("10000000")
MAX_BALANCE = Decimal("100000000")
MAX_HISTORY_ROWS = 2000

Money = Annotated[Decimal, Field(ge=0, le=MAX_MONEY, max_digits=14, decimal_places=2)]
Balance = Annotated[Decimal, Field(ge=0, le=MAX_BALANCE, max_digits=14, decimal_places=2)]
Rate = Annotated[Decimal, Field(ge=Decimal("-0.2"), le=Decimal("0.5"), max_digits=8)]
ShareRate = Annotated[Decimal, Field(ge=0, le=Decimal("0.5"), max_digits=8)]

Gender = Literal["male", "female"]
Category = Literal["worker", "cadre", "flexible"]
Employment = Literal["employee", "flexible"]
#: a personal status the regions' rules pay for (core.person.PERSONAL_STATUSES)
PersonalStatus = Literal["intellectual"]


_P = TypeVar("_P", bound="Profile")


_set = object.__setattr__


class HistoryRow(Model):
    """One stretch of contributions: a whole year (``2019``) or one month (``2019-03``)."""

    #: not fields: worked out from ``period`` and ``months`` when first read (``__getattr__``),
    #: then plain slots (read ~10 times a row by the checks and the placement of months)
    __slots__ = ("is_month", "first_month", "_covered")

    period: str = Field(pattern=r"^\d{4}(-\d{2})?$")
    region: str = Field(min_length=1, max_length=40)
    amount: Money
    #: ``wage``: the monthly wage (clamped to the band); ``base``: the contribution base itself
    amount_kind: Literal["wage", "base"] = "wage"
    months: Optional[int] = Field(default=None, ge=0, le=12)
    employment: Optional[Employment] = None
    #: made by quick history entry (core/decide/quick_history.py), not typed: shown as such
    #: until the amount is edited. Written only when true, so files without it are unchanged.
    generated: bool = False

    _dump_omits = ("generated",)  # written only when true: files without it are unchanged

    @model_validator(mode="after")
    def _months_fit(self) -> "HistoryRow":
        first = self.first_month  # validates the month
        if self.is_month and self.months not in (None, 0, 1):
            raise ProfileError("months", "MONTH_ROW_TOO_LONG", "a month row covers at most 1 month")
        if first.year < 1950:
            raise ProfileError("period", "PERIOD_TOO_EARLY", "period before 1950", year="1950")
        return self

    def __getattr__(self, name: str) -> Any:
        """``is_month`` (a ``2019-03`` row), ``first_month`` (its month, or January of its year)
        and ``_covered``, the first time one is read."""
        if name == "is_month":
            value: Any = len(self.period) == 7
        elif name == "first_month":
            value = YearMonth.parse(self.period) if self.is_month else YearMonth(int(self.period), 1)
        elif name == "_covered":
            value = tuple(self.first_month + i for i in range(self.paid_months))
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        _set(self, name, value)
        return value

    @property
    def paid_months(self) -> int:
        if self.months is not None:
            return self.months
        return 1 if self.is_month else 12

    def months_covered(self) -> tuple[YearMonth, ...]:
        """The months this row pays for: a partial year row pays its first N months."""
        return self._covered


class Statement(Model):
    """Figures from a 个人权益记录单 at the end of month ``as_of``."""

    as_of: YearMonth
    pension_balance: Balance
    #: actual paid years up to ``as_of`` (deemed years excluded: they are ``deemed_years``)
    contribution_years: Decimal = Field(ge=0, le=60, max_digits=8)
    average_index: Decimal = Field(ge=0, le=5, max_digits=8)
    medical_balance: Optional[Balance] = None
    housing_fund_balance: Optional[Balance] = None
    #: 建账前缴费年限 (deemed years included); None: derived by the region's rule
    pre_account_years: Optional[Decimal] = Field(default=None, ge=0, le=60, max_digits=8)
    #: 过渡性指数 / 视同缴费指数 printed on the statement; None: the region's default
    transitional_index: Optional[Decimal] = Field(default=None, ge=0, le=5, max_digits=8)
    #: 虚账实记 balance (上海: paid as balance / pension/notional_account_divisor within the
    #: transitional pension); None: none, or not a rule of the region
    notional_account: Optional[Balance] = None

    @property
    def contribution_months(self) -> Decimal:
        """The years paid as whole months: a statement counts months, and years typed to two
        decimals cannot say them (19年4个月 typed 19.33 is 232 months, not 231.96: trial 19)."""
        return (self.contribution_years * 12).quantize(Decimal(1), rounding=ROUND_HALF_UP)


class Withdrawal(Model):
    month: YearMonth
    amount: Balance


class HousingFund(Model):
    enabled: bool = True
    employee_rate: Optional[ShareRate] = None  # None: the regional minimum
    employer_rate: Optional[ShareRate] = None  # None: the same as the employee's
    withdrawals: list[Withdrawal] = Field(default_factory=list, max_length=1000)


class Assumptions(Model):
    """The user's assumptions; ``None`` uses the default in the policy data (marked estimated)."""

    own_wage_growth: Optional[Rate] = None
    average_wage_growth: Optional[Rate] = None
    credited_interest_rate: Optional[Rate] = None
    inflation: Optional[Rate] = None
    pension_adjustment: Optional[Rate] = None
    medical_monthly_spending: Money = Decimal(0)


class Future(Model):
    """How the months from ``as_of`` to retirement are filled when no row covers them."""

    continue_contributing: bool = True
    monthly_wage: Optional[Money] = None  # None: the last row's amount, grown
    employment: Optional[Employment] = None  # None: from the category


class ParameterOverride(Model):
    parameter: str = Field(min_length=2, max_length=80)
    #: numbers first ("100" is 100), then flags, then convention names
    value: Union[Decimal, bool, str] = Field(union_mode="left_to_right")
    from_month: Optional[YearMonth] = None
    region: Optional[str] = None

    @field_validator("value")
    @classmethod
    def _sane(cls, value):
        if isinstance(value, Decimal) and not (Decimal(0) <= value <= MAX_BALANCE):
            raise ProfileError("overrides", "OVERRIDE_OUT_OF_RANGE", "override out of range")
        return value


class Profile(Model):
    schema_version: Literal[1] = 1
    name: str = Field(default="", max_length=100)
    birth: YearMonth
    gender: Gender
    category: Category = "worker"
    region: str = Field(min_length=1, max_length=40)
    work_start: Optional[YearMonth] = None
    deemed_years: Decimal = Field(default=Decimal(0), ge=0, le=50, max_digits=8)
    #: the user's own 建账前缴费年限 and 过渡性指数, over what the statement or the region's rule
    #: gives (None: derived; the person form shows what was derived)
    pre_account_years: Optional[Decimal] = Field(default=None, ge=0, le=60, max_digits=8)
    transitional_index: Optional[Decimal] = Field(default=None, ge=0, le=5, max_digits=8)
    #: personal statuses the user states (知识分子 ...): the region's add-ons and transitional
    #: coefficient for them apply only then
    personal: list[PersonalStatus] = Field(default_factory=list, max_length=4)
    #: years worked in the region, where its add-ons count them (西藏 高原补贴); None: not given
    region_years: Optional[Decimal] = Field(default=None, ge=0, le=60, max_digits=8)
    history: list[HistoryRow] = Field(default_factory=list, max_length=MAX_HISTORY_ROWS)
    statement: Optional[Statement] = None
    future: Future = Future()
    retirement: Optional[YearMonth] = None  # None: the statutory month
    housing_fund: HousingFund = HousingFund()
    assumptions: Assumptions = Assumptions()
    overrides: list[ParameterOverride] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _consistent(self) -> "Profile":
        if not MIN_BIRTH_YEAR <= self.birth.year <= MAX_BIRTH_YEAR:
            raise ProfileError("birth", "BIRTH_OUT_OF_RANGE",
                               f"year must be {MIN_BIRTH_YEAR}-{MAX_BIRTH_YEAR}",
                               low=str(MIN_BIRTH_YEAR), high=str(MAX_BIRTH_YEAR))
        self._check_history(self.history)
        return self

    def _check_history(self, rows: Sequence[HistoryRow]) -> None:
        """What the profile asks of its history rows together (each row checks itself)."""
        earliest = self.birth + 12 * 14
        for number, row in enumerate(rows):
            if row.first_month < earliest:
                raise ProfileError(f"history.{number}.period", "PERIOD_BEFORE_AGE_14",
                                   f"{row.period} is before age 14", row=str(number + 1),
                                   period=str(row.period))
        place_history(list(rows), self.work_start, None)  # raises on a month stated twice

    def with_history(self: _P, rows: Sequence[HistoryRow]) -> _P:
        """This profile with ``rows`` as its history, checked as validating the whole profile
        would (the same ``ProfileError`` for the same row), without re-validating the rest: the
        rows are ``HistoryRow`` models, valid each on its own, and nothing else changed. An edit
        of the history table costs the history checks, not a validation of every field."""
        rows = list(rows)
        if len(rows) > MAX_HISTORY_ROWS or any(type(row) is not HistoryRow for row in rows):
            return type(self).model_validate({**self.model_dump(), "history": [
                row.model_dump() if isinstance(row, Model) else row for row in rows]})
        if not _same_months(rows, self.history):  # an edited amount, region or kind places
            self._check_history(rows)              # no month differently: nothing to check
        return self.model_copy(update={"history": rows})

    def placed_months(self, as_of: Optional[YearMonth] = None) -> "Placement":
        """Which calendar month each history row pays for.

        A month row states its own month. A whole year row (12 months) covers its year. A
        part-year row of N months is placed inside its year: from the work start when the person
        started work in that year; from January when December before is paid (it goes on);
        ending in December when a later record follows (it runs into it); in the year of
        ``as_of`` (today), ending with the month before ``as_of`` (this year so far); else from
        January. Months stated by a month row are left to it, so a part-year row fills the other
        months of its window.
        """
        key = (tuple((row.period, row.months) for row in self.history), self.work_start, as_of)
        placed = _PLACED.get(key)  # an edited amount, region or kind places no month differently
        if placed is None:
            placed = place_history(self.history, self.work_start, as_of)
            if len(_PLACED) >= 8:
                del _PLACED[next(iter(_PLACED))]
            _PLACED[key] = placed
        return placed

    def missing_inputs(self) -> tuple[str, ...]:
        """What an estimate still needs before it says anything about this person:
        ``contributions`` when there is no history row with paid months, no statement and no
        future monthly wage (a pension would rest on nothing the user said)."""
        has_rows = any(row.paid_months for row in self.history)
        if has_rows or self.statement is not None or self.future.monthly_wage is not None:
            return ()
        return ("contributions",)

    @property
    def retirement_group(self) -> str:
        """The retirement group: male, female_worker, female_cadre or female_flexible."""
        return retirement_group(self.gender, self.category)

    def employment_of(self, row: Optional[HistoryRow] = None) -> Employment:
        if row is not None and row.employment is not None:
            return row.employment
        return "flexible" if self.category == "flexible" else "employee"


class Placement:
    """The months of a history, each with the row that pays for it, and the rows whose months did
    not fit in their year (more months than the year had left after the work start, or before
    today) with how many were dropped. Read-only once made: the last few are shared (_PLACED)."""

    __slots__ = ("months", "overflow")

    def __init__(self) -> None:
        self.months: dict[YearMonth, int] = {}
        self.overflow: list[tuple[int, int]] = []


#: (each row's period and months, work start, today) -> its placement: the placement reads
#: nothing else of a row, and a recompute after an edit places the same history again
_PLACED: dict[tuple, Placement] = {}


def place_history(rows: list[HistoryRow], work_start: Optional[YearMonth],
                  as_of: Optional[YearMonth]) -> Placement:
    """See ``Profile.placed_months``. Raises ``ProfileError`` when two rows state the same month
    or a part-year row finds too few months of its year left."""
    placed = Placement()
    stated = placed.months
    for number, row in enumerate(rows):  # month rows and whole years first: they are exact
        if row.is_month or row.paid_months == 12:
            for month in row.months_covered():
                if month in stated:
                    raise ProfileError(f"history.{number}.period", "MONTH_IN_TWO_ROWS",
                                       f"month {month} is also in history.{stated[month]}",
                                       month=str(month), row=str(stated[month] + 1),
                                       other=str(number + 1))
                stated[month] = number
    part_years = sorted((row.first_month.year, number) for number, row in enumerate(rows)
                        if not row.is_month and row.paid_months not in (0, 12))
    last_year = max((row.first_month.year for row in rows), default=None)
    for year, number in part_years:  # in year order: a row follows on from the one before
        row = rows[number]
        start, end = YearMonth(year, 1), YearMonth(year, 12)
        from_start = True
        if work_start is not None and work_start.year == year:
            start = work_start
        elif YearMonth(year - 1, 12) in stated:
            pass  # paid up to December before: it goes on from January
        elif year != last_year:
            from_start = False  # its months run into the next record
        elif as_of is not None and as_of.year == year and as_of.month > 1:
            end, from_start = as_of + -1, False  # this year so far, up to last month
        free = [m for m in _months(start, end) if m not in stated]
        if not from_start:
            free.reverse()
        taken = free[:row.paid_months]
        if len(taken) < row.paid_months:
            year_free = [m for m in _months(YearMonth(year, 1), YearMonth(year, 12))
                         if m not in stated]
            if len(year_free) < row.paid_months:  # other rows state the months it needs
                raise ProfileError(f"history.{number}.period", "YEAR_ALREADY_STATED",
                                   f"{row.period} has {row.paid_months} months but other rows "
                                   f"already state the rest of that year", row=str(number + 1),
                                   period=str(row.period), months=str(row.paid_months))
            placed.overflow.append((number, row.paid_months - len(taken)))
        for month in taken:
            stated[month] = number
    return placed


class YearBook:
    """Whether rows fit together the way ``place_history`` places them, one row at a time (for a
    table settling which rows to keep): month rows and whole years state their months; a
    part-year row needs that many months of its year that no other row takes."""

    def __init__(self) -> None:
        self.stated: set[YearMonth] = set()
        self.taken: dict[int, int] = {}  # year -> months stated or needed by part-year rows

    def fits(self, row: HistoryRow) -> bool:
        year = row.first_month.year
        if row.is_month or row.paid_months == 12:
            months = row.months_covered()
            return not self.stated.intersection(months) and \
                self.taken.get(year, 0) + len(months) <= 12
        return self.taken.get(year, 0) + row.paid_months <= 12

    def add(self, row: HistoryRow) -> None:
        year = row.first_month.year
        if row.is_month or row.paid_months == 12:
            self.stated.update(row.months_covered())
        self.taken[year] = self.taken.get(year, 0) + row.paid_months


def _same_months(rows: Sequence[HistoryRow], before: Sequence[HistoryRow]) -> bool:
    """Whether ``rows`` state the same periods and month counts as ``before``, row by row (the
    profile's checks of its history read nothing else)."""
    return len(rows) == len(before) and all(
        a is b or (a.period == b.period and a.months == b.months) for a, b in zip(rows, before))


def _months(start: YearMonth, end: YearMonth) -> list[YearMonth]:
    return [start + i for i in range(max(0, end - start + 1))]
