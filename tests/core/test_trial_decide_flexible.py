"""New-user trial of the decision tabs, finding 2 (core): for a person past the retirement
month the flexible levels cost 0.00 and give the same pension at every level. The levels say
so: no month is left to pay (``months_to_pay``) and the month has passed (``retirement_passed``);
the figures themselves are unchanged."""

from decimal import Decimal

from shebao_desktop.core.decide.flexible import flexible_levels
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def woman_born_1975_09(**extra) -> Profile:
    return Profile.model_validate(dict(
        birth="1975-09", gender="female", category="worker", region="beijing",
        history=[{"period": str(y), "region": "beijing", "amount": "8000"}
                 for y in range(2000, 2026)], **extra))


def test_past_the_statutory_month_no_month_is_left_to_pay():
    p = woman_born_1975_09()
    assert retirement_months(p, as_of=AS_OF).statutory_month == YearMonth(2026, 2)
    levels = flexible_levels(p, as_of=AS_OF)
    assert {v.months_to_pay for v in levels} == {0}
    assert all(v.retirement_passed for v in levels)
    # the figures stay what they were: nothing paid, one pension for every level
    assert {v.total_cost for v in levels} == {Decimal("0")} and len({v.total for v in levels}) == 1


def test_retiring_next_month_leaves_no_month_but_has_not_passed():
    levels = flexible_levels(woman_born_1975_09(retirement="2027-01"), as_of=AS_OF)
    assert {v.months_to_pay for v in levels} == {0}
    assert not any(v.retirement_passed for v in levels)


def test_a_retirement_ahead_counts_its_months():
    levels = flexible_levels(woman_born_1975_09(retirement="2028-02"), as_of=AS_OF)
    assert {v.months_to_pay for v in levels} == {13}  # 2027-01 .. 2028-01
    assert not any(v.retirement_passed for v in levels)
    assert levels[-1].total_cost > levels[0].total_cost > 0
