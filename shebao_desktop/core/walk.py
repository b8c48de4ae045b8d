"""The month-by-month walk of one estimate: accounts, contributions, retirement and the
pension paid, collected into year lines (``estimate`` builds the rest of the result).

Pure: no clock, no files, no Qt.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from .account_start import credited_elsewhere
from .accounts import Account
from . import month_reuse
from .contributions import HousingRates, MonthResult
from .errors import ProfileError
from .money import ZERO, fen, power
from .pension_at_retirement import PensionInputs, pension_at_retirement, transitional_inputs
from .paid_year import PaidYear, by_year, estimated_parts, make_paid_year
from . import walk_cache
from .walk_statement import start_from_statement
from .plan import Plan, Work
from .policy.view import PolicyLookupError, PolicyView
from .profile import Profile
from .result import YearLine
from .retirement import RetirementWindow, minimum_years, shortfall_months
from .yearmonth import YearMonth

YEARS_AFTER_RETIREMENT = 20
_DEFLATORS: dict[tuple, Decimal] = {}  # (inflation, years from as_of) -> deflator


def deflator(view: PolicyView, as_of: YearMonth, year: int) -> Decimal:
    """Divide by it for today's money: (1 + inflation) ^ (year - as_of year), to 6 places, made
    once per inflation rate and number of years (the estimate's and the decision tools' rule)."""
    inflation = view.assumptions["inflation"]
    key = (inflation, year - as_of.year)
    found = _DEFLATORS.get(key)
    if found is None:
        if len(_DEFLATORS) > 10_000:
            _DEFLATORS.clear()
        found = _DEFLATORS[key] = power(1 + inflation, key[1]).quantize(Decimal("0.000001"))
    return found


def _month(index: int) -> YearMonth:
    """The month of number ``index``, made once (months are frozen values)."""
    found = _MONTHS.get(index)
    if found is None:
        found = _MONTHS[index] = YearMonth.from_index(index)
    return found


_MONTHS: dict[int, YearMonth] = {}


class Walk:
    """The month-by-month walk; state lives here, results are collected into year lines."""

    def __init__(self, profile: Profile, view: PolicyView, as_of: YearMonth,
                 window: RetirementWindow, retire: YearMonth, plan: Plan,
                 years: Optional[dict] = None):
        """``years``: ``by_year(plan)`` when the caller has it (it is not changed)."""
        self.profile, self.view, self.as_of = profile, view, as_of
        self.window, self.retire, self.plan = window, retire, plan
        self.region = profile.region
        self.pension_acct, self.medical_acct, self.housing_acct = Account(), Account(), Account()
        hf = profile.housing_fund
        self.housing = HousingRates(hf.employee_rate, hf.employer_rate, hf.enabled)
        self.withdrawals = {w.month: w.amount for w in hf.withdrawals}
        self._withdrawal_years = {m.year for m in self.withdrawals}
        self._by_year = by_year(plan) if years is None else years
        self.next_year = 0  # the first year ``advance`` walks (set by ``begin``)
        self.notices: list[tuple[str, dict]] = list(plan.notices)
        self.index_sum = ZERO
        self.months_paid = 0
        #: the last paid month's wage and its month (the replacement rate's reference)
        self.last_wage: Optional[tuple[Decimal, YearMonth]] = None
        self.pension = None
        self.monthly_total = ZERO
        self._first: Optional[YearMonth] = None
        self.housing_at_retirement = ZERO
        self.shortfall = 0
        self.medical_at_retirement = ZERO
        self._carried: list[Account] = []
        if profile.statement is not None:
            start_from_statement(self, profile.statement)

    def first_month(self) -> YearMonth:
        if self._first is not None:
            return self._first
        years = self._by_year  # the plan's first month: the first of its first year
        candidates = [years[min(years)][0][0]] if years else []
        if self.plan.statement_end is not None:
            candidates.append(self.plan.statement_end + 1)
        # the walk must reach the retirement month even when nothing is paid before it
        self._first = min(candidates + [self.retire]) if candidates else min(self.as_of, self.retire)
        return self._first

    def run(self) -> list[YearLine]:
        """Every year line, from the last walk's snapshot where the years agree (walk_cache)."""
        self.begin()
        return self.advance(self.retire.year + YEARS_AFTER_RETIREMENT + 1, remember=True)

    def begin(self) -> None:
        first = self.first_month()
        for account in (self.pension_acct, self.medical_acct, self.housing_acct):
            if not any(account is a for a in self._carried):  # carried: goes on in its segment
                account.start_segment(first)
        self.next_year = first.year

    def advance(self, until: int, remember: bool = False) -> list[YearLine]:
        """The year lines from ``next_year`` up to (not including) ``until``; with
        ``remember`` this walk becomes the one the next walk starts from where it can."""
        return walk_cache.advance(self, until, remember)

    def accounts(self) -> tuple[Account, Account, Account]:
        return self.pension_acct, self.medical_acct, self.housing_acct

    def year_months(self, year: int) -> list[tuple[YearMonth, Work]]:
        """The year's paid months, in month order."""
        return self._by_year.get(year, [])

    def branch(self, profile: Profile, view: PolicyView, retire: YearMonth, plan: Plan,
               years: Optional[dict] = None) -> Optional["Walk"]:
        """This walk, stopped before any year of retirement, carried on towards ``retire`` with
        its plan (``view``: this walk's view branched; ``years``: ``by_year(plan)`` if known),
        or None when the years walked would differ under that plan (then the caller walks it
        from the start)."""
        if (not self.next_year or retire.year < self.next_year or self.pension is not None
                or plan.statement_end != self.plan.statement_end
                or plan.before_statement != self.plan.before_statement):
            return None
        other = Walk.__new__(Walk)
        other.__dict__.update(self.__dict__)
        other.profile, other.view, other.retire, other.plan = profile, view, retire, plan
        other._first, other._by_year = None, by_year(plan) if years is None else years
        if other.first_month() != self.first_month():
            return None
        if any(other._by_year.get(y) != self._by_year.get(y) for y in range(
                self.first_month().year, self.next_year)):
            return None
        other.notices = plan.notices + self.notices[len(self.plan.notices):]
        other.pension_acct, other.medical_acct, other.housing_acct = (
            a.copy() for a in (self.pension_acct, self.medical_acct, self.housing_acct))
        other._carried = []
        return other

    # -- one year -------------------------------------------------------------------------
    def year_line(self, year: int) -> YearLine:
        for account in (self.pension_acct, self.medical_acct, self.housing_acct):
            account.open_year()
        self.view.estimated_names = set()
        first, retire = self.first_month(), self.retire
        paid_year = self._paid_year(year)
        self._count_paid(paid_year)  # every paid month is before retirement
        pension_paid = ZERO
        spending = self.profile.assumptions.medical_monthly_spending
        if (year < retire.year and year not in self._withdrawal_years
                and not (spending and YearMonth(year, 12) >= self.as_of)):
            self._working_year(year, paid_year, first)  # nothing but deposits and interest
            self.notices.extend(n[1:] for n in paid_year.notices)
        elif year > retire.year:
            pension_paid = self._retired_year(year)
        else:
            by_month = {d[0]: d for d in paid_year.deposits}
            for number in range(1, 13):
                month = YearMonth(year, number)
                if month < first:
                    continue
                if month == retire:
                    self._retire()
                if month < retire:
                    self._work_month(month, by_month.get(month.index), paid_year)
                    self._housing_withdrawal(month)
                    if number == 6:
                        self._credit_housing(month)
                else:
                    pension_paid += self._retired_month(month)
                if number == 12:
                    self._credit_year_end(month)
        end = year * 12 + 11  # months as numbers
        phase = "working" if end < retire.index else (
            "retired" if end - 11 >= retire.index else "mixed")
        return YearLine.model_construct(  # built from typed values: no re-validation
            year=year, age_at_end=(end - self.profile.birth.index) // 12, phase=phase,
            region=paid_year.region, months_contributed=paid_year.paid,
            average_base=paid_year.average_base, average_index=paid_year.average_index,
            contributions=paid_year.contributions,
            pension_account=self.pension_acct.year_report(),
            medical_account=self.medical_acct.year_report(),
            housing_fund=self.housing_acct.year_report(),
            pension_paid=pension_paid, deflator=self.deflator(year),
            **estimated_parts(frozenset(self.view.estimated_names)))

    def _working_year(self, year: int, paid_year: PaidYear, first: YearMonth) -> None:
        """A year wholly before retirement with no withdrawal: the months' deposits go in
        together (each account's interest weighs each month as one deposit at a time would)."""
        pension, medical, housing_to_june, housing_from_july = paid_year.by_account
        start, june = YearMonth(year, 1), YearMonth(year, 6)
        self.pension_acct.deposit_many(start, pension)
        self.medical_acct.deposit_many(start, medical)
        self.housing_acct.deposit_many(start, housing_to_june)
        if june >= first:
            self._credit_housing(june)
        self.housing_acct.deposit_many(YearMonth(year, 7), housing_from_july)
        self._credit_year_end(YearMonth(year, 12))

    def _count_paid(self, paid_year: PaidYear) -> None:
        for index in paid_year.indices:  # one at a time, as the months were paid
            self.index_sum += index
        self.months_paid += paid_year.paid
        if paid_year.last_wage is not None:
            self.last_wage = (paid_year.last_wage, paid_year.last_wage_month)

    def _paid_year(self, year: int) -> PaidYear:
        """The contributions of the year's paid months, once per distinct set of months (they
        depend on no balance): memoised with the parameters they used."""
        items = self._by_year.get(year, [])
        key = ("year", year, self.housing,
               tuple((m.month, w.region, w.employment, w.amount, w.projected) for m, w in items))
        return self.view.memo(key, lambda: make_paid_year(year, items, self.view, self.contributions))

    def deflator(self, year: int) -> Decimal:
        return deflator(self.view, self.as_of, year)

    def _work_month(self, month: YearMonth, deposit: Optional[tuple], paid_year: PaidYear) -> None:
        spending = self.profile.assumptions.medical_monthly_spending
        if spending and month >= self.as_of:
            self.medical_acct.withdraw(month, spending)
        if deposit is None:
            return
        self.notices.extend(n[1:] for n in paid_year.notices if n[0] == deposit[0])
        self.pension_acct.deposit(month, deposit[1])
        self.medical_acct.deposit(month, deposit[2])
        self.housing_acct.deposit(month, deposit[3])

    def contributions(self, month: YearMonth, work) -> MonthResult:
        try:  # memoised by month, or taken over from the month before (core/month_reuse.py)
            return month_reuse.contributions(self, month, work)
        except PolicyLookupError as exc:
            field = f"history.{work.row}.period" if work.row is not None else "future"
            raise ProfileError(field, "NO_POLICY_DATA",
                               f"no policy data for {month} in {work.region} ({exc.name})",
                               month=str(month), region=work.region) from exc

    def _housing_withdrawal(self, month: YearMonth) -> None:
        wanted = self.withdrawals.get(month)
        if wanted is None:
            return
        taken = self.housing_acct.withdraw(month, wanted)
        if taken < wanted:
            self.notices.append(("WITHDRAWAL_LIMITED_TO_BALANCE",
                                 {"month": str(month), "wanted": str(wanted), "taken": str(taken)}))

    def _credit_housing(self, end: YearMonth) -> None:
        self.housing_acct.credit(end, self.view.value("housing_fund/interest_rate", self.region, end),
                                 deposit_rate=self.view.value(
                                     "housing_fund/interest_rate_current_year", self.region, end))

    def _pension_rate(self, month: YearMonth) -> Decimal:
        return self.view.value("pension/credited_interest_rate", self.region, month)

    def _credit_year_end(self, end: YearMonth) -> None:
        if end < self.retire:
            self.pension_acct.credit(end, self._pension_rate(end), self.view.value(
                "pension/interest_convention", self.region, end))
        else:
            keeps = self.view.value("pension/retired_account_interest", self.region, end)
            self.pension_acct.credit(end, self._pension_rate(end) if keeps else ZERO)
        self._credit_medical(end)

    def _credit_medical(self, end: YearMonth) -> None:
        self.medical_acct.credit(end, self.view.value("medical/account_interest_rate",
                                                      self.region, end))

    # -- retirement ------------------------------------------------------------------------
    def _retire(self) -> None:
        before = self.retire + -1
        if self.retire.month != 1:
            self.pension_acct.credit(before, self._pension_rate(before), self.view.value(
                "pension/interest_convention", self.region, before))
        if self.housing.enabled or self.housing_acct.balance:
            if self.retire.month != 7:
                self._credit_housing(before)
            self.housing_at_retirement = self.housing_acct.balance
            closing = self.housing_acct.withdraw(self.retire, self.housing_acct.balance)
            if closing:
                self.notices.append(("HOUSING_FUND_WITHDRAWN_AT_RETIREMENT",
                                     {"amount": str(closing)}))
        self.medical_at_retirement = self.medical_acct.balance
        st = self.profile.statement
        statement_months = st.contribution_months if st else ZERO
        index_sum = self.index_sum + (st.average_index * statement_months if st else ZERO)
        self.pension = pension_at_retirement(self.view, PensionInputs(
            birth=self.profile.birth, retire=self.retire, region=self.region,
            actual_months=self.months_paid + statement_months, index_sum=index_sum,
            deemed_years=self.profile.deemed_years, balance=self.pension_acct.balance,
            last_wage=self.last_wage and self.last_wage[0],
            last_wage_month=self.last_wage and self.last_wage[1], deflator=self.deflator(self.retire.year),
            **self._transitional(),
            minimum_years=minimum_years(self.window, self.retire, self.region, self.view)))
        self.monthly_total = self.pension.total
        self.shortfall = shortfall_months(self.window, self.retire, self.region, self.view,
                                          self.pension.contribution_months
                                          + self.profile.deemed_years * 12)

    def _transitional(self) -> dict:
        """``transitional_inputs`` of the plan: every month of it is before retirement (the
        plan ends there), so the months recorded are the plan's, taken as they are."""
        inputs = transitional_inputs(self.profile, (), self.retire)
        if inputs["record"] is not None:
            inputs["record"] = frozenset(self.plan.months)
            inputs["credited_elsewhere"] = frozenset(
                month for _region, months in credited_elsewhere(
                    self.view, self.plan.months, self.region, self.retire) for month in months)
        return inputs

    def _retired_year(self, year: int) -> Decimal:
        """A year wholly after the retirement year: ``_retired_month`` twelve times, with the
        year's retiree figures looked up once per region and year (memoised)."""
        rise, credits, pension_rate, medical_rate = self.view.memo(
            ("retired", self.region, year, not self.shortfall), lambda: self._retiree_figures(year))
        spending = self.profile.assumptions.medical_monthly_spending
        paid = ZERO
        if rise is not None:
            self.monthly_total = fen(self.monthly_total * (1 + rise))
        pension = ZERO if self.shortfall else self.monthly_total
        taken = ZERO if self.shortfall else self.pension.account_pension
        if not spending:
            # each month takes its amount while the account lasts, deposits go in: all at once
            start, first, left, taking = _month(year * 12), year * 12, self.pension_acct.balance, []
            while taken > 0 and left > 0 and len(taking) < 12:
                taking.append((first + len(taking), min(taken, left)))
                left -= taking[-1][1]
            if taking:
                self.pension_acct.withdraw_many(start, taking)
            paid = pension * 12  # nothing below the minimum years (pension 0)
            made: dict = {}  # the credit of each (fixed, rate): most years have one
            deposits = []
            for n, pair in enumerate(credits):
                credit = made.get(pair)
                if credit is None:
                    credit = made[pair] = pair[0] + fen(pension * pair[1])
                if credit > 0:
                    deposits.append((first + n, credit))
            self.medical_acct.deposit_many(start, deposits)
        else:
            for number, (fixed, rate) in enumerate(credits, start=1):
                month = YearMonth(year, number)
                if not self.shortfall:
                    self.pension_acct.withdraw(month, self.pension.account_pension)
                    paid += pension
                self.medical_acct.deposit(month, fixed + fen(pension * rate))  # 0: nothing
                if spending:
                    self.medical_acct.withdraw(month, spending)
        end = _month(year * 12 + 11)  # the year end: _credit_year_end after retirement
        self.pension_acct.credit(end, pension_rate)
        self.medical_acct.credit(end, medical_rate)
        return paid

    def _retiree_figures(self, year: int) -> tuple:
        """The year's pension adjustment, retiree medical credits by month and its year-end
        rates (the pension account's, zero when a retiree's earns none; the medical one's);
        below the minimum years no credit (the retiree allocation goes with a pension paid)."""
        value, region, end = self.view.value, self.region, YearMonth(year, 12)
        rise = None if self.shortfall else value("pension/annual_adjustment", region,
                                                 YearMonth(year, 1))
        credits = ((ZERO, ZERO),) * 12 if self.shortfall else tuple((value(
            "medical/retiree_credit_fixed", region, m), value("medical/retiree_credit_rate", region, m))
            for m in (YearMonth(year, n) for n in range(1, 13)))
        keeps = value("pension/retired_account_interest", region, end)
        return (rise, credits, self._pension_rate(end) if keeps else ZERO,
                value("medical/account_interest_rate", region, end))

    def _retired_month(self, month: YearMonth) -> Decimal:
        """One month of retirement. Below the minimum years no monthly pension (the person may
        pay up to the minimum first): nothing paid, the account kept, no retiree medical credit."""
        if self.shortfall:
            self._medical_retiree_month(month, None)
            return ZERO
        if month.month == 1 and month.year > self.retire.year:
            rise = self.view.value("pension/annual_adjustment", self.region, month)
            self.monthly_total = fen(self.monthly_total * (1 + rise))
        self.pension_acct.withdraw(month, self.pension.account_pension)
        self._medical_retiree_month(month, self.monthly_total)
        return self.monthly_total

    def _medical_retiree_month(self, month: YearMonth, pension: Optional[Decimal]) -> None:
        if pension is not None:  # None: no pension paid, no allocation (trial 15: it was credited)
            self.medical_acct.deposit(month, self.view.value("medical/retiree_credit_fixed", self.region, month)
                                      + fen(pension * self.view.value("medical/retiree_credit_rate", self.region, month)))
        spending = self.profile.assumptions.medical_monthly_spending
        if spending:
            self.medical_acct.withdraw(month, spending)

