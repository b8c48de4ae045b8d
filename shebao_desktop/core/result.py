"""What an estimate returns: data only, no prose (the wording and the number formats live in
``presentation``, shared by the window, the PDF and the command line)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional, Union

from .age import Age
from .money import fen
from .policy.derivation import Derivation
from .record import Field, Record, field_serializer
from .yearmonth import YearMonth


class _Out(Record):
    """Frozen, slotted dataclasses with pydantic's dump/copy methods (core/record.py)."""


class Notice(_Out):
    """A code the GUI/CLI translates (BASE_RAISED_TO_FLOOR, BELOW_MINIMUM_YEARS, ...)."""

    code: str
    params: dict[str, str] = Field(default_factory=dict)


class ParameterUsed(_Out):
    name: str
    region: str
    effective_from: YearMonth
    value: Any
    status: str  # enacted | estimated | override
    title: Optional[str] = None
    number: Optional[str] = None
    url: Optional[str] = None
    confidence: Optional[str] = None
    method: Union[str, Derivation, None] = None  # the data's note, or the core's derivation

    @field_serializer("value")
    def _value(self, value: Any) -> Any:
        """A month value (pension/account_start) is written "YYYY-MM", like every other month."""
        return str(value) if isinstance(value, YearMonth) else value


class AccountYear(_Out):
    opening: Decimal
    contributions: Decimal
    interest: Decimal
    withdrawals: Decimal
    closing: Decimal


class InsuranceAmounts(_Out):
    """Contributions of one insurance in a period: employee and employer shares, and how much of
    it goes to a personal account (zero for unemployment, injury and maternity)."""

    employee: Decimal
    employer: Decimal
    to_personal_account: Decimal


class YearLine(_Out):
    year: int
    age_at_end: int
    phase: str  # working | retired | mixed
    region: Optional[str]
    months_contributed: int
    average_base: Decimal  # mean monthly pension contribution base over months paid
    average_index: Optional[Decimal]  # that year's mean contribution index
    contributions: dict[str, InsuranceAmounts]  # pension, medical, unemployment, injury, maternity, housing_fund
    pension_account: AccountYear
    medical_account: AccountYear
    housing_fund: AccountYear
    pension_paid: Decimal  # total pension paid in the year (retired months)
    deflator: Decimal  # divide by it for today's money (presentation.values.shown)
    estimated: bool  # its base, index, pension account or pension rests on an estimated value
    #: which figures rest on an estimate: pension, medical, housing_fund
    estimated_parts: tuple[str, ...] = ()


class ExtraPension(_Out):
    """One regional add-on paid with the pension (pension/addons/<id>.yaml), with its source."""

    parameter: str  # pension/addons/<id>
    name_zh: str
    name_en: str
    amount: Decimal
    years: Decimal  # the years it counts (its ``years`` rule)
    index: Decimal  # the index it counts (its ``index`` rule)
    region: str
    effective_from: YearMonth
    status: str  # enacted | estimated | override
    title: Optional[str] = None
    number: Optional[str] = None
    url: Optional[str] = None
    confidence: Optional[str] = None
    method: Union[str, Derivation, None] = None  # the data's note, or the core's derivation
    #: the rule's own terms as applied (read from its data, no figure of them changes): its
    #: fixed part, what it pays per year counted and which years it counts (``years`` above:
    #: full_total_years, total_years, ...), and whether it is paid only as far as it exceeds
    #: the transitional pension; so a view can say why the amount is what it is (广东 定额加发
    #: 100 + 4 per full year: 200.00 at 25 years, 212.00 at 28). None: not known.
    fixed: Optional[Decimal] = None
    per_year: Optional[Decimal] = None
    years_rule: Optional[str] = None
    top_up: bool = False

    @property
    def by_years(self) -> bool:
        """Whether the amount depends on the years counted (per_year), not a fixed sum."""
        return bool(self.per_year)


class PensionBreakdown(_Out):
    retirement_month: YearMonth
    age_years: int
    age_months: int
    region: str
    pension_base: Decimal
    pension_base_estimated: bool
    average_index: Decimal  # to 4 decimals, as shown; the formulas use ``average_index_used``
    contribution_months: Decimal  # actual paid months (statement + history + future)
    deemed_years: Decimal
    contribution_years: Decimal  # N used in the basic pension (deemed included)
    account_balance: Decimal
    account_pension_divisor: Decimal
    basic_pension: Decimal
    account_pension: Decimal
    transitional_pension: Decimal
    total: Decimal
    transitional_coefficient: Decimal
    transitional_index: Decimal  # to 4 decimals, as shown (used: ``transitional_index_used``)
    replacement_rate: Optional[Decimal]  # total / replacement_wage
    replacement_rate_vs_average: Decimal  # total / pension base
    total_today: Decimal  # in today's money
    #: what the transitional pension counted and why (approval-form rules, issue 8)
    transitional_index_rule: str = "average_index"  # one | average_index | transitional_index
    #: rule (from the region's rule) | given (typed by the user) | fallback (rule wants an
    #: index the user did not give: pension/transitional_index_fallback supplied it)
    transitional_index_source: str = "rule"
    transitional_years_rule: str = "deemed_years"  # deemed_years | pre_account_years
    transitional_years: Decimal = Decimal(0)  # the years the transitional pension counted
    #: years before the personal account opened, deemed included (建账前缴费年限)
    pre_account_years: Decimal = Decimal(0)
    #: given | history (paid months before account_start) | history_credited (the same, less
    #: months another region's account took: account_start.credited_elsewhere) | work_start
    #: | deemed (no more known)
    #: | work_start_after_account (work began after the account opened) | work_start_within_deemed
    pre_account_source: str = "deemed"
    account_start: Optional[YearMonth] = None
    #: the second term for years paid inside pension/transitional_paid_window (Beijing G实)
    transitional_window_years: Decimal = Decimal(0)
    transitional_window_index: Decimal = Decimal(0)
    extra_pension: list[ExtraPension] = Field(default_factory=list)
    total_rounding: str = "none"
    #: the basic pension's own terms where a region departs from C x (1 + Ī) / 2: a in a x C
    #: (广东 low-index rule), and the indexed wage (指数化月平均缴费工资) with the base it is on
    basic_base_factor: Decimal = Decimal(1)
    indexed_wage: Optional[Decimal] = None
    indexed_wage_base: Optional[Decimal] = None
    #: 虚账实记 (上海): the notional balance given and its share of the transitional pension
    #: (balance / pension/notional_account_divisor); None where not given or not a rule there
    notional_account: Optional[Decimal] = None
    notional_account_pension: Optional[Decimal] = None
    notional_account_divisor: Optional[Decimal] = None
    #: False below the minimum contribution years: no monthly pension is paid (the figures are
    #: what it would be)
    payable: bool = True
    #: the wage ``replacement_rate`` is against: the last paid month's wage, or, when that month
    #: is more than a year before retirement, that wage brought to the retirement month by the
    #: growth of the pension base since (``replacement_wage_from``: the month of the wage then)
    replacement_wage: Optional[Decimal] = None
    replacement_wage_from: Optional[YearMonth] = None

    #: the indexes as the formulas used them (not rounded; here to 10 decimals): a region whose
    #: form rounds the index to 4 decimals would differ (trial 16: 24,099.00 x 1.9157 printed
    #: beside the indexed wage of the unrounded index, 46,165.67, did not multiply out)
    average_index_used: Optional[Decimal] = None
    transitional_index_used: Optional[Decimal] = None

    @property
    def parts_total(self) -> Decimal:
        """The parts added up (basic + account + transitional + each add-on) before the
        region's rounding of the total (``total_rounding``): ``total`` is this sum rounded by
        that rule (浙江 见分进角: 18114.19 -> 18114.2)."""
        return self.basic_pension + self.account_pension + self.transitional_pension + \
            self.extra_total

    @property
    def extra_total(self) -> Decimal:
        """The regional add-ons together (0 where there are none)."""
        return sum((e.amount for e in self.extra_pension), Decimal(0))

    @property
    def total_rounded(self) -> bool:
        """Whether the region's rounding of the total made it differ from the parts' sum."""
        return self.total_rounding != "none" and self.total != self.parts_total


class RetirementInfo(_Out):
    group: str
    old_age_month: YearMonth
    statutory_month: YearMonth
    statutory_age: Age
    delay_months: int
    earliest_month: YearMonth
    latest_month: YearMonth
    chosen_month: YearMonth
    chosen_age: Age
    minimum_years: Decimal
    years_at_retirement: Decimal  # actual + deemed
    #: of ``years_at_retirement``, the years the records and the statement give before the
    #: estimate's month (deemed years included): paid already. The rest is projected (the
    #: months continuing contributions count, planned rows of later months): a figure that
    #: holds only if they are paid (new-user trial 9: 27.42 years "已满足" for one paid year)
    years_recorded: Decimal
    shortfall_months: int  # > 0: no monthly pension until paid up; the pension figures are what
    #                       it would be, and no pension is paid in the year lines
    #: the years at retirement not paid yet (they count only if they are paid), rounded from
    #: their own months: with ``years_recorded`` it may differ from ``years_at_retirement`` by
    #: 0.01, as each of the three is the rounding of its months
    years_projected: Decimal = Decimal(0)
    #: the month whose contribution brings the years to the minimum when the years paid do not
    #: reach it and the months to come do (paid in order); None otherwise. Not retirement:
    #: 14 years paid, 20 needed, reached in 2032 for a man retiring in 2051 (new-user trial 14)
    minimum_reached_month: Optional[YearMonth] = None

    @property
    def minimum_paid(self) -> bool:
        """Whether the years paid already reach the minimum (not only those at retirement)."""
        return self.years_recorded >= self.minimum_years


class MonthlyContributions(_Out):
    month: YearMonth
    region: str
    base: Decimal
    #: the housing fund's own base (the wage within the fund's band), None without a fund
    housing_fund_base: Optional[Decimal] = None
    lines: dict[str, InsuranceAmounts]
    total_employee: Decimal
    total_employer: Decimal

    @property
    def fund_base_apart(self) -> Optional[Decimal]:
        """The housing fund's base where it is not the social insurances' (else None): the
        views name both bases then (trial 20: 5 % of the wage beside a capped base)."""
        fund = self.housing_fund_base
        return fund if fund is not None and fund != self.base else None


class AtRetirement(_Out):
    """Account balances in the retirement month, before the first payout: the pension account
    (what the account pension divides), the medical account, and the housing fund balance
    that is withdrawn then."""

    pension_account: Decimal
    medical_account: Decimal
    housing_fund: Decimal


class AssumptionUsed(_Out):
    """An assumption as the estimate used it: its value, and whether the user gave it
    (``user``) or the policy data's default supplied it (``default``, an estimate)."""

    name: str  # average_wage_growth | own_wage_growth | credited_interest_rate | inflation | pension_adjustment
    value: Decimal
    source: str  # user | default


class Estimate(_Out):
    as_of: YearMonth
    at_retirement: AtRetirement
    retirement: RetirementInfo
    pension: PensionBreakdown
    years: list[YearLine]
    monthly_contributions: Optional[MonthlyContributions]
    inheritable_at_retirement: Decimal
    parameters: list[ParameterUsed]
    notices: list[Notice]
    #: the five assumptions actually used (core/summary.py)
    assumptions: list[AssumptionUsed] = Field(default_factory=list)
    #: the rules applied (interest convention, year counting, rounding, transitional rule), each
    #: dated entry with its source: a subset of ``parameters``
    rules: list[ParameterUsed] = Field(default_factory=list)

    def assumption(self, name: str) -> Optional[Decimal]:
        """The value of the assumption ``name`` the estimate used (``assumptions``), else None."""
        return next((a.value for a in self.assumptions if a.name == name), None)

    @property
    def retired_by_as_of(self) -> bool:
        """Whether the retirement month is at or before the estimate's month (already retired:
        the pension at retirement is a past figure, not a projection)."""
        return self.retirement.chosen_month <= self.as_of

    @property
    def monthly_pension_by_year(self) -> dict[int, Decimal]:
        """The monthly pension paid in each year with a retired month, read from the year lines:
        the year's pension paid over its retired months (one amount a month in a year: the
        annual adjustment applies in January). Empty where no monthly pension is paid (below
        the minimum years). Derived: no figure of the estimate changes."""
        if self.retirement.shortfall_months:
            return {}
        retire = self.retirement.chosen_month
        by_year = {}
        for line in self.years:
            months = 12 if line.year > retire.year else (
                13 - retire.month if line.year == retire.year else 0)
            if months and line.pension_paid:
                by_year[line.year] = fen(line.pension_paid / months)
        return by_year
