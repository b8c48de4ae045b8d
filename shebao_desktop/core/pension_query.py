"""The pension from approval-form figures: what the ``pension`` command answers.

One function, :func:`pension_from_figures`, checked input in, the breakdown out; the CLI and
the approval-form tests (tests/core/forms) both call it, so the tests score what users get.
"""

from __future__ import annotations

from .record import dataclass  # frozen value classes without importing dataclasses
from decimal import Decimal
from typing import Optional

from .money import power
from .pension_at_retirement import (NOTIONAL_DIVISOR, PHASE_IN, PensionInputs,
                                     pension_at_retirement)
from .policy.loader import PolicyData
from .policy.view import PolicyLookupError, PolicyView
from .person import retirement_group
from .result import PensionBreakdown
from .retirement import Age, RetirementWindow, minimum_years, retirement_window
from .yearmonth import YearMonth


class FigureError(ValueError):
    """Input that cannot be answered; ``field`` names the CLI option (``--retire``)."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field, self.problem = field, problem


@dataclass(frozen=True)
class PensionFigures:
    region: str
    gender: str
    category: str
    birth: YearMonth
    retire: YearMonth
    years: Decimal  # years actually paid (deemed NOT included)
    average_index: Decimal
    account: Decimal
    deemed_years: Decimal = Decimal(0)
    pension_base: Optional[Decimal] = None
    pre_account_years: Optional[Decimal] = None  # deemed included
    transitional_index: Optional[Decimal] = None
    work_start: Optional[YearMonth] = None
    #: an early-retirement case the person qualifies for: special (特殊工种) | illness (因病或
    #: 非因工致残); None: the ordinary elective window only
    early_retirement: Optional[str] = None
    #: 虚账实记 balance (上海), where the region has the rule
    notional_account: Optional[Decimal] = None
    #: personal statuses stated (core.person.PERSONAL_STATUSES)
    personal: frozenset = frozenset()
    region_years: Optional[Decimal] = None  # years worked in the region
    #: the transitional pension by the former method (江苏 原办法), where the region phases in
    old_transitional: Optional[Decimal] = None
    #: the month asked in: today's money is the retirement year's deflated to its year by the
    #: inflation assumption, as the estimate reckons it; None: no discount (an approval form)
    as_of: Optional[YearMonth] = None


EARLY_AGES = "retirement/early_retirement_ages"
DEFLATOR_PLACES = Decimal("0.000001")
LATE_CLAIM = "retirement/late_claim_months"


@dataclass(frozen=True)
class PensionAnswer:
    breakdown: PensionBreakdown
    age: Age
    window: RetirementWindow
    minimum_years: Decimal
    #: total_today = total / deflator; (1 + assumptions/inflation) ^ (retirement year - as_of
    #: year), to 6 places (core.walk.Walk.deflator); 1 without ``as_of``
    deflator: Decimal = Decimal(1)
    inflation: Optional[Decimal] = None
    #: what the figures given leave in doubt, as (code, params) (presentation.catalogue)
    notices: tuple = ()

    @property
    def total(self) -> Decimal:
        """Every part together; zero when no monthly pension is payable (below the minimum)."""
        b = self.breakdown
        return b.total if b.payable else b.total * 0


def _paying_up(f: PensionFigures, window: RetirementWindow, view: PolicyView) -> bool:
    """A person short of the minimum years at the statutory age may go on paying until they
    reach it (延长缴费至最低缴费年限), and so retire after the elective window: allowed when the
    years at the statutory month (paying on since) were below the minimum."""
    if f.retire <= window.latest_month:
        return False
    need = minimum_years(window, window.statutory_month, f.region, view)
    at_statutory = f.years + f.deemed_years - Decimal(f.retire - window.statutory_month) / 12
    return at_statutory < need and f.years + f.deemed_years <= need + 1


def _late_claim(f: PensionFigures, window: RetirementWindow, view: PolicyView) -> bool:
    """A first claim after the window where the rules of the claim month allow one (before
    2025: 逾期申领, 上海 柔性延迟领取): computed at the claim month, the account divisor that
    of the statutory age (retirement/late_claim_months)."""
    if f.retire <= window.latest_month or not view.has(LATE_CLAIM, f.region):
        return False
    try:
        months = int(view.value(LATE_CLAIM, f.region, f.retire))
    except PolicyLookupError:
        return False
    return f.retire <= window.latest_month + months


def pension_from_figures(data: PolicyData, view: PolicyView,
                         figures: PensionFigures) -> PensionAnswer:
    f = figures
    if f.region not in data.regions:
        raise FigureError("--region", f"unknown region '{f.region}' (see: shebao-desktop regions)")
    age = Age.between(f.birth, f.retire)
    if not 40 <= age.years < 70 and not (age.years == 70 and age.months == 0):
        raise FigureError("--retire", f"age at retirement {age} is outside 40-70")
    window = retirement_window(f.birth, retirement_group(f.gender, f.category), f.region, view)
    earliest = window.earliest_month
    if f.early_retirement is not None:  # the lowest age the law allows for the case
        ages = view.value(EARLY_AGES, f.region, f.retire)
        lowest = int(ages[f"{f.early_retirement}_{f.gender}"])
        earliest = f.birth + 12 * lowest
        if not earliest <= f.retire <= window.latest_month:
            raise FigureError("--retire", f"{f.retire} is outside the retirement window for "
                                          f"early retirement ({f.early_retirement}: from age "
                                          f"{lowest}) {earliest} to {window.latest_month}")
    elif not earliest <= f.retire <= window.latest_month and not _paying_up(f, window, view) \
            and not _late_claim(f, window, view):
        raise FigureError("--retire", f"{f.retire} is outside the allowed retirement window "
                                      f"{window.earliest_month} to {window.latest_month} "
                                      f"(early retirement: --early-retirement special|illness)")
    if f.pre_account_years is not None and f.pre_account_years > f.years + f.deemed_years:
        raise FigureError("--pre-account-years", "is larger than all years (--years + --deemed-years)")
    if f.work_start is not None and not f.birth + 12 * 14 <= f.work_start <= f.retire:
        raise FigureError("--work-start", "must be between age 14 and retirement")
    if f.notional_account is not None and not view.has(NOTIONAL_DIVISOR, f.region):
        raise FigureError("--notional-account", f"region '{f.region}' has no notional account "
                                                "(虚账实记) rule")
    if f.old_transitional is not None and not view.has(PHASE_IN, f.region):
        raise FigureError("--old-transitional", f"region '{f.region}' has no phase-in of a new "
                                                "transitional method")
    need = minimum_years(window, f.retire, f.region, view)
    inflation, deflator = None, Decimal(1)
    if f.as_of is not None:  # the estimate's today's money (core.walk.Walk.deflator)
        inflation = view.value("assumptions/inflation", "national", f.as_of)
        deflator = power(1 + inflation, f.retire.year - f.as_of.year).quantize(DEFLATOR_PLACES)
    breakdown = pension_at_retirement(view, PensionInputs(
        birth=f.birth, retire=f.retire, region=f.region, actual_months=f.years * 12,
        deemed_years=f.deemed_years, balance=f.account, average_index=f.average_index,
        pension_base=f.pension_base, pre_account_years=f.pre_account_years,
        transitional_index=f.transitional_index, work_start=f.work_start, minimum_years=need,
        notional_account=f.notional_account, old_transitional=f.old_transitional,
        personal=frozenset(f.personal), region_years=f.region_years,
        divisor_month=window.statutory_month if _late_claim(f, window, view) else None,
        deflator=deflator))
    return PensionAnswer(breakdown, age, window, need, deflator, inflation,
                         _unplaced_years(f, breakdown))


def _unplaced_years(f: PensionFigures, b: PensionBreakdown) -> tuple:
    """Years paid that do not fit after the personal account opened (pension/account_start):
    more than the months from the account start to retirement. They were paid before it or
    are deemed, and the transitional pension counts them only when the person says so
    (--pre-account-years, --deemed-years); the query answers but says what it assumed."""
    if b.account_start is None or f.retire <= b.account_start:
        return ()
    since = Decimal(f.retire - b.account_start) / 12
    excess = f.years - since
    stated = b.pre_account_years - b.deemed_years  # paid years placed before the account
    if excess <= stated or excess <= 0:
        return ()
    return (("YEARS_BEFORE_ACCOUNT_UNSTATED", {
        "years": str(f.years), "start": str(b.account_start),
        "since": str(since.quantize(Decimal("0.01"))),
        "excess": str((excess - stated).quantize(Decimal("0.01")))}),)
