"""Retirement months side by side: the pension by part, contributions paid, pension received to
80 and 85, break-even ages and what heirs would receive.

Rules and assumptions (each figure says what it rests on):

* Pension parts, replacement rate, contribution years and the minimum: the estimate itself
  (core.estimate; minimum years by 人社部发〔2024〕94号 and ``pension/min_contribution_years``).
* ``contributions_personal``: the employee's own pension contributions over the whole working
  life, nominal (8 % of the base for employees, the whole flexible rate for flexible workers:
  ``pension/employee_rate``, ``pension/flexible_rate``). Months a statement covers are not
  walked: its pension-account balance stands for them (assumption: contributions plus credited
  interest, so slightly more than what was paid), and for the employer share that balance x
  ``pension/employer_rate`` / ``pension/employee_rate`` (assumption).
* ``received_to_80`` / ``_85``: pension paid from the retirement month up to the month before
  the person's 80th / 85th birthday month, with the yearly adjustment (``walk.payouts``;
  walked only as far as the figures need: ``walked_enough``).
* ``break_even_age``: the age at the end of the month in which the pension received, nominal,
  first reaches the personal contributions paid, nominal; None when not within HORIZON_AGE or no
  pension is payable. ``break_even_age_total`` compares with employee + employer contributions.
* ``inheritable_at_75`` / ``_80``: the pension-account balance left at the end of the month
  before the 75th / 80th birthday month, after the account pension paid out of it
  (《社会保险法》 art. 14: 个人账户余额可以依法继承).
* Today's money: each year's figure divided by that year's deflator, as the estimate does.
* The earliest month offered is never in the past: the later of the window's earliest month
  and the month after ``as_of`` (``earliest_ahead``; kind ``earliest_ahead`` when it is not
  the window's own).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import Callable, Optional, Sequence, Union

from ..money import ZERO, fen
from ..policy.loader import PolicyData, default_policy_data
from ..profile import Profile
from ..result import Estimate
from ..retirement import Age
from ..estimate import estimate
from ..sweep import earliest_ahead, open_months, retirement_months  # noqa: F401 (theirs)
from ..yearmonth import YearMonth
from .branching import Reached, reached_by_month
from .walk import Payout, deflator, each_payout, payout_years, view_for

#: what every comparison rests on, for the words of the GUI and the CLI (presentation catalogue)
BASIS = ("DECIDE_CONTRIBUTIONS_NOMINAL", "DECIDE_RECEIVED_WITH_ADJUSTMENT",
         "DECIDE_BREAK_EVEN_RULE", "DECIDE_INHERITABLE_RULE")
BASIS_STATEMENT = "DECIDE_STATEMENT_BALANCE_AS_CONTRIBUTIONS"


@dataclass(frozen=True)
class Choice:
    retirement_month: YearMonth
    age: Age
    basic: Decimal
    account: Decimal
    transitional: Decimal
    extra: Decimal
    total: Decimal
    total_today: Decimal
    replacement_rate: Optional[Decimal]
    contribution_years: Decimal
    #: the minimum years of this month (it rises by retirement year from 2030: an earlier
    #: month can meet its own minimum where a later one does not; new-user trial 13)
    minimum_years: Decimal
    #: False: short of the minimum years at this month (``shortfall_months``): the pension
    #: figures (parts, total, replacement rate) are what it would be, but nothing is paid until
    #: the missing months are paid (shortfall.make_up); received_* are then 0
    minimum_met: bool
    shortfall_months: int
    #: the minimum met by the years paid already (RetirementInfo.minimum_paid), not only once
    #: the projected ones are paid (trial 10: "是" beside "缴到退休才满足" on the card)
    minimum_paid: bool
    #: the month the minimum is reached by the months to come (RetirementInfo's), when not paid
    minimum_reached_month: Optional[YearMonth]
    contributions_personal: Decimal
    contributions_personal_today: Decimal
    contributions_total: Decimal
    received_to_80: Decimal
    received_to_80_today: Decimal
    received_to_85: Decimal
    received_to_85_today: Decimal
    break_even_age: Optional[Decimal]
    break_even_age_total: Optional[Decimal]
    inheritable_at_75: Decimal
    inheritable_at_80: Decimal
    #: makes the estimate the figures are read from (walked to the end of the retirement
    #: year): ``walked``, made when first asked for
    finish: Callable[[], Estimate] = field(repr=False, compare=False)
    as_of: YearMonth = field(compare=False)
    #: codes of the rules and assumptions the figures rest on (presentation catalogue)
    basis: tuple[str, ...] = BASIS
    #: the kinds of month this is: statutory, earliest, latest, chosen, custom; earliest_ahead
    #: when the window's earliest month is past and the earliest offered is the month after today
    kinds: tuple[str, ...] = ()
    profile: Optional[Profile] = field(default=None, repr=False, compare=False)
    policy: Optional[PolicyData] = field(default=None, repr=False, compare=False)

    @cached_property
    def walked(self) -> Estimate:
        """The estimate walked to the end of the retirement year the figures are read from."""
        return self.finish()

    @cached_property
    def estimate(self) -> Estimate:
        """The whole estimate of this month, made when first asked for (the figures need only
        the years to retirement: ``walked``)."""
        if self.profile is None:
            return self.walked
        return estimate(self.profile.model_copy(update={"retirement": self.retirement_month}),
                        self.policy, as_of=self.as_of)


def earliest_kind(first: YearMonth, window, as_of: YearMonth) -> str:
    """``earliest`` when ``first``, the first month still open (``open_months``), is the
    window's earliest month; ``earliest_ahead`` when that is past and ``first`` is next month;
    else "" (a past month after the last one paid, the statutory month itself: no such kind)."""
    return "earliest" if first == window.earliest_month else "earliest_ahead" \
        if first > as_of else ""


def default_months(profile: Profile, policy: Optional[PolicyData] = None, *,
                   as_of: YearMonth) -> list[YearMonth]:
    """Statutory, earliest (still choosable: ``earliest_ahead``) and latest elective month, and
    the profile's own month if other."""
    window = retirement_months(profile, policy, as_of=as_of)
    months = [window.statutory_month, *open_months(profile, window, as_of)]
    if profile.retirement is not None:
        months.append(profile.retirement)
    return list(dict.fromkeys(months))


def compare(profile: Profile, months: Optional[Sequence[YearMonth]] = None,
            policy: Optional[PolicyData] = None, *, as_of: YearMonth) -> list[Choice]:
    """One Choice per retirement month (None: ``default_months``), in the order given."""
    data = policy or default_policy_data()
    wanted = list(dict.fromkeys(months)) if months else default_months(profile, data, as_of=as_of)
    window = retirement_months(profile, data, as_of=as_of)
    # each month walked to the end of its retirement year: all its figures need (payouts walk on)
    reached = reached_by_month(profile, wanted, data, as_of=as_of)  # each finished lazily
    view = view_for(profile, data, as_of)
    out = []
    first, _last = open_months(profile, window, as_of)
    for month in wanted:
        kinds = tuple(k for k, m in (("statutory", window.statutory_month),
                                     (earliest_kind(first, window, as_of), first),
                                     ("latest", window.latest_month),
                                     ("chosen", profile.retirement or window.statutory_month))
                      if m == month and k) or ("custom",)
        figures, make = reached[month]
        out.append(replace(choice_of(profile, figures, view, kinds, make), profile=profile,
                           policy=data))
    return out


def choice_of(profile: Profile, result: Union[Estimate, Reached], view,
              kinds: tuple[str, ...] = (),
              make: Optional[Callable[[], Estimate]] = None) -> Choice:
    """The comparison figures of one estimate, or of what its walk says before it is made
    (``Reached``; ``make`` makes the estimate)."""
    p = result.pension
    retire = result.retirement.chosen_month
    personal, personal_today, total_paid = contributions(profile, result, view)
    (at80, at80_today), (at85, at85_today), even, even_total, (left75, left80) = read_payouts(
        profile, result, view, personal, total_paid)
    basis = BASIS + ((BASIS_STATEMENT,) if profile.statement is not None else ())
    return Choice(
        retirement_month=retire, age=Age.between(profile.birth, retire),
        basic=p.basic_pension, account=p.account_pension, transitional=p.transitional_pension,
        extra=p.extra_total, total=p.total,
        total_today=p.total_today, replacement_rate=p.replacement_rate,
        contribution_years=result.retirement.years_at_retirement,
        minimum_years=result.retirement.minimum_years,
        minimum_met=result.retirement.shortfall_months == 0,
        shortfall_months=result.retirement.shortfall_months,
        minimum_paid=result.retirement.minimum_paid,
        minimum_reached_month=result.retirement.minimum_reached_month,
        contributions_personal=personal, contributions_personal_today=personal_today,
        contributions_total=total_paid,
        received_to_80=at80, received_to_80_today=at80_today,
        received_to_85=at85, received_to_85_today=at85_today,
        break_even_age=even, break_even_age_total=even_total,
        inheritable_at_75=left75, inheritable_at_80=left80,
        finish=make or (lambda: result), as_of=result.as_of, basis=basis, kinds=kinds)


def read_payouts(profile: Profile, result: Union[Estimate, Reached], view, personal: Decimal,
                 total: Decimal) -> tuple:
    """In one pass over the payouts, the figures a Choice reads off them (the walk's rules,
    ``payout_years``): ``received_by`` the 80th and 85th birthday months, the
    ``break_even_age`` of ``personal`` and of ``total``, and the ``balance_before`` the 75th and
    80th -- each equal to that function's over ``walked_enough``'s list (test_decide_compare)."""
    birth = profile.birth.index
    at75, at80, at85 = birth + 12 * 75, birth + 12 * 80, birth + 12 * 85
    enough = max(personal, total)
    n80 = t80 = n85 = t85 = cumulative = ZERO
    left75 = left80 = result.at_retirement.pension_account
    even: list[Optional[int]] = [None, None]
    for first, last, paid, year_deflator, balances in payout_years(profile, result, view):
        share = paid / year_deflator
        for index, balance in zip(range(first, last + 1), balances):
            if index >= at85 and cumulative >= enough:
                break
            if index < at85:
                n85 += paid
                t85 += share
                if index < at80:
                    n80 += paid
                    t80 += share
                    left80 = balance
                    if index < at75:
                        left75 = balance
            if paid > 0:
                cumulative += paid
                if even[0] is None and cumulative >= personal:
                    even[0] = index
                if even[1] is None and cumulative >= total:
                    even[1] = index
        else:
            continue
        break
    ages = [None if i is None else (Decimal(i + 1 - birth) / 12).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP) for i in even]
    return (n80, fen(t80)), (n85, fen(t85)), ages[0], ages[1], (left75, left80)


def walked_enough(profile: Profile, result: Union[Estimate, Reached], view,
                  paid: Decimal) -> list[Payout]:
    """The payouts up to the month before the 85th birthday month, and on (to HORIZON_AGE at
    most) until the pension received reaches ``paid``: every figure of a Choice reads the same
    from it as from the whole walk (the break-even ages are the first months reaching theirs)."""
    at85 = (profile.birth + 12 * 85).index
    walk: list[Payout] = []
    cumulative = ZERO
    for payout in each_payout(profile, result, view):
        if payout.month.index >= at85 and cumulative >= paid:
            break
        if payout.paid > 0:
            cumulative += payout.paid
        walk.append(payout)
    return walk


def contributions(profile: Profile, result: Union[Estimate, Reached],
                  view) -> tuple[Decimal, Decimal, Decimal]:
    """(personal nominal, personal in today's money, employee + employer nominal) paid to the
    pension insurance over the working life (see the module's rules)."""
    personal = today = total = ZERO
    for line in result.years:
        amounts = line.contributions["pension"]
        personal += amounts.employee
        today += amounts.employee / line.deflator
        total += amounts.employee + amounts.employer
    st = profile.statement
    if st is not None:
        region = profile.region
        employee_rate = view.value("pension/employee_rate", region, st.as_of)
        employer_rate = view.value("pension/employer_rate", region, st.as_of)
        personal += st.pension_balance
        today += st.pension_balance / deflator(view, result.as_of, st.as_of.year)
        total += st.pension_balance + fen(st.pension_balance * employer_rate / employee_rate)
    return personal, fen(today), total


def received(walk: list[Payout], before: YearMonth) -> tuple[Decimal, Decimal]:
    """Pension paid in the months before ``before``: nominal and in today's money."""
    return received_by(walk, (before,))[0]


def received_by(walk: list[Payout], befores: Sequence[YearMonth]
                ) -> list[tuple[Decimal, Decimal]]:
    """``[received(walk, before) for before in befores]`` (ascending), in one pass."""
    out: list[tuple[Decimal, Decimal]] = []
    nominal = today = ZERO
    n, count = 0, len(walk)
    for before in befores:
        stop = before.index
        while n < count and walk[n].month.index < stop:
            payout = walk[n]
            nominal += payout.paid
            today += payout.paid / payout.deflator
            n += 1
        out.append((nominal, fen(today)))
    return out


def break_even_age(birth: YearMonth, walk: list[Payout], paid: Decimal) -> Optional[Decimal]:
    """Age (years, 2 decimals) at the end of the month whose payment brings the pension
    received to ``paid``; None when it never does within the walk (or nothing is paid)."""
    cumulative = ZERO
    for payout in walk:
        if payout.paid <= 0:
            continue
        cumulative += payout.paid
        if cumulative >= paid:
            return (Decimal(payout.month.index + 1 - birth.index) / 12).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
    return None


def balance_before(walk: list[Payout], month: YearMonth,
                   result: Union[Estimate, Reached]) -> Decimal:
    """The pension-account balance at the end of the month before ``month`` (the balance at
    retirement when ``month`` is not after the retirement month)."""
    left = result.at_retirement.pension_account
    stop = month.index
    for payout in walk:
        if payout.month.index >= stop:
            break
        left = payout.account_after
    return left
