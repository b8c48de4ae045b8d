"""core.decide.compare: retirement months side by side, worked by hand on a small profile.

The profile (tests/core/decide_profiles.short_horizon): 15 whole years 2011-2025 on a wage of
10,000, inside Beijing's band every year, so each month's base is 10,000 and the employee pays
8 % = 800 a month: 180 months x 800 = 144,000 of personal pension contributions.
"""

from decimal import ROUND_CEILING, Decimal

import pytest

from shebao_desktop.core.decide.compare import balance_before, break_even_age, compare
from shebao_desktop.core.decide.walk import Payout, payouts, view_for
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth

from .decide_profiles import AS_OF, mid_career, short_horizon

D = Decimal
Y = YearMonth


def _walk(start: YearMonth, amounts: list[tuple[int, str]]) -> list[Payout]:
    """Payouts from ``start``: (number of months, amount) runs."""
    out, month = [], start
    for count, amount in amounts:
        for _ in range(count):
            out.append(Payout(month, D(amount), D(0), D(1)))
            month = month + 1
    return out


def test_break_even_by_hand_with_a_yearly_rise():
    # born 1970-01, paid from 2030-07: 1,000 a month for 6 months (6,000), then 1,100 from
    # 2031-01 (a 10 % rise). 10,000 paid in: 6,000 + 4 x 1,100 = 10,400 >= 10,000 in 2031-04.
    # Age at the end of 2031-04: (2031-05 - 1970-01) months = 736 / 12 = 61.33.
    walk = _walk(Y(2030, 7), [(6, "1000"), (12, "1100")])
    assert break_even_age(Y(1970, 1), walk, D("10000")) == D("61.33")
    # exactly reached: 6,000 after 6 payments -> end of 2030-12: 732 / 12 = 61.00
    assert break_even_age(Y(1970, 1), walk, D("6000")) == D("61.00")
    # more than ever paid out in the walk (6,000 + 13,200 = 19,200): never
    assert break_even_age(Y(1970, 1), walk, D("19200.01")) is None
    # nothing paid (below the minimum years): never
    assert break_even_age(Y(1970, 1), _walk(Y(2030, 7), [(24, "0")]), D("1")) is None


def test_contributions_and_break_even_of_a_real_estimate_by_hand():
    p = short_horizon()
    (c,) = compare(p, [Y(2026, 5)], as_of=AS_OF)
    assert c.kinds == ("statutory", "chosen")
    assert c.contributions_personal == D("144000.00")  # 180 x 800
    assert c.minimum_met and c.shortfall_months == 0
    # no adjustment: every payment is the pension at retirement T; the break-even month is
    # the ceil(144,000 / T)-th payment; age = (months from birth to its end) / 12
    # (at this writing T = 3,811.21: 144,000 / 3,811.21 = 37.8 -> the 38th payment, 2029-06;
    # (2029-07 - 1966-01) = 762 months = 63.50 years)
    months = (c.contributions_personal / c.total).to_integral_value(rounding=ROUND_CEILING)
    assert c.break_even_age == (D((Y(2026, 5) - p.birth) + int(months)) / 12).quantize(D("0.01"))
    # employee + employer: 2011-2025 Beijing employer pension rates on 10,000 (20 %, 19 %
    # from 2016-05, 16 % from 2019-05) are in the year lines
    employer = sum(y.contributions["pension"].employer for y in c.estimate.years)
    assert c.contributions_total == D("144000.00") + employer
    assert c.break_even_age_total > c.break_even_age


def test_received_and_inheritable_by_hand():
    p = short_horizon()
    (c,) = compare(p, [Y(2026, 5)], as_of=AS_OF)
    # to 80: 2026-05 .. 2045-12 (the month before 2046-01) = 236 flat payments
    assert c.received_to_80 == 236 * c.total
    assert c.received_to_85 == 296 * c.total
    # inheritable: the account at retirement B less the account pension A each month, no
    # interest from 2026 (the user's assumption); by 65 (before 2031-01): 56 payments
    view = view_for(p, None, AS_OF)
    walk = payouts(p, c.estimate, view)
    b, a = c.estimate.at_retirement.pension_account, c.account
    assert balance_before(walk, Y(2031, 1), c.estimate) == b - 56 * a
    # B / A is about 137 months (the divisor at 60 y 4 m): empty well before 75
    assert c.inheritable_at_75 == c.inheritable_at_80 == D("0.00")


def test_the_walk_repeats_the_estimate_year_by_year():
    """payouts() goes on past the estimate's horizon by the same rules: inside it, each year's
    pension paid and the account's December balance are the estimate's own."""
    p = mid_career()
    e = estimate(p, as_of=AS_OF)
    walk = payouts(p, e, view_for(p, None, AS_OF))
    for line in e.years:
        months = [w for w in walk if w.month.year == line.year]
        if not months:
            continue
        assert sum(w.paid for w in months) == line.pension_paid, line.year
        if months[-1].month.month == 12:
            assert months[-1].account_after == line.pension_account.closing, line.year


def test_default_months_and_more_years_more_pension():
    p = short_horizon()
    choices = compare(p, as_of=AS_OF)
    # the window's earliest month is 2026-01, today: the earliest offered is the month after
    # (retiring cannot be in the past; tests/core/test_decide_trial.py)
    assert [c.retirement_month for c in choices] == [Y(2026, 5), Y(2026, 2), Y(2029, 5)]
    assert [c.kinds for c in choices] == [("statutory", "chosen"), ("earliest_ahead",),
                                          ("latest",)]
    statutory, earliest, latest = choices
    # no contributions after 2025: later retirement adds no years, but a shorter divisor and a
    # later pension base -- the pension rises; contributions stay 144,000 in every column
    assert earliest.total < statutory.total < latest.total
    assert {c.contributions_personal for c in choices} == {D("144000.00")}
    # contributing on: more years, more pension, later break-even
    q = mid_career()
    a, b = compare(q, [Y(2037, 1) + 12, Y(2037, 1) + 24], as_of=AS_OF)
    assert a.contribution_years < b.contribution_years and a.total < b.total


def test_custom_month_outside_the_window_is_refused():
    from shebao_desktop.core.errors import ProfileError
    with pytest.raises(ProfileError) as caught:
        compare(short_horizon(), [Y(2030, 1)], as_of=AS_OF)
    assert caught.value.code == "RETIREMENT_OUTSIDE_WINDOW"


def test_statement_balance_stands_for_earlier_contributions():
    p = short_horizon(statement={"as_of": "2020-12", "pension_balance": "100000.00",
                                 "contribution_years": "10", "average_index": "1.2"})
    (c,) = compare(p, [Y(2026, 5)], as_of=AS_OF)
    # 2021-2025 walked: 60 x 800 = 48,000, plus the statement's 100,000 (the assumption)
    assert c.contributions_personal == D("148000.00")
    assert "DECIDE_STATEMENT_BALANCE_AS_CONTRIBUTIONS" in c.basis


def test_break_even_month_is_the_first_that_covers_the_contributions():
    """With a yearly rise (the default assumptions), the pension received up to the end of the
    break-even month covers the contributions and up to the month before does not."""
    p = mid_career()
    c = compare(p, as_of=AS_OF)[0]  # the statutory month
    walk = payouts(p, c.estimate, view_for(p, None, AS_OF))
    for paid, age in ((c.contributions_personal, c.break_even_age),
                      (c.contributions_total, c.break_even_age_total)):
        months = int(age * 12 + D("0.5"))  # months from birth to the end of that month
        end = p.birth + months  # the month after the break-even month
        received = sum(w.paid for w in walk if w.month < end)
        assert received >= paid > received - next(w.paid for w in walk if w.month == end + -1)


def _read_by_lists(p, result, view, personal, total):
    """What choice_of read before ``read_payouts``: each figure by its own function over the
    payouts ``walked_enough`` keeps."""
    from shebao_desktop.core.decide.compare import received_by, walked_enough
    walk = walked_enough(p, result, view, max(personal, total))
    at80, at85 = received_by(walk, (p.birth + 12 * 80, p.birth + 12 * 85))
    return (at80, at85, break_even_age(p.birth, walk, personal),
            break_even_age(p.birth, walk, total),
            (balance_before(walk, p.birth + 12 * 75, result),
             balance_before(walk, p.birth + 12 * 80, result)))


def _read_profiles():
    from shebao_desktop.core.profile import Profile
    from tests.core.test_sweep import _shapes
    shapes = {name: Profile.model_validate(data) for name, data in _shapes().items()}
    # flat payouts, and a shortfall (5 years paid: nothing is payable, the account is kept)
    return {**shapes, "short_horizon": short_horizon(), "short": short_horizon(2021),
            "mid_career": mid_career()}


@pytest.mark.parametrize("name", sorted(_read_profiles()))
def test_read_payouts_equals_the_figures_read_off_the_walk(name):
    """The one pass over the payouts (read_payouts: no object per month) reads every figure
    the list functions read, for the real contributions and for thresholds reached at once,
    late (past 85, the walk goes on) and never (None)."""
    from shebao_desktop.core.decide.compare import contributions, default_months, read_payouts
    p = _read_profiles()[name]
    view = view_for(p, None, AS_OF)
    for month in default_months(p, as_of=AS_OF):
        e = estimate(p.model_copy(update={"retirement": month}), as_of=AS_OF)
        personal, _, total = contributions(p, e, view)
        for a, b in ((personal, total), (D("0.01"), D("1")), (total * 3, personal * 2),
                     (D("1E9"), personal)):
            assert read_payouts(p, e, view, a, b) == _read_by_lists(p, e, view, a, b), \
                (name, str(month), a, b)
