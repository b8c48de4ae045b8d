"""core.decide.shortfall: 补缴 for someone short of the minimum years, worked by hand.

short_horizon(2012): 14 whole years 2012-2025 (168 months), retiring at the statutory month
2026-05 when 15 years (180 months) are needed (国发〔1997〕26号; the rise starts in 2030): 12
months are missing.
"""

from decimal import Decimal

from shebao_desktop.core.decide.shortfall import make_up, month_reaching_minimum
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.yearmonth import YearMonth

from .decide_profiles import AS_OF, short_horizon

D = Decimal
Y = YearMonth


def test_cost_by_hand():
    m = make_up(short_horizon(2012), as_of=AS_OF)
    assert m is not None and m.months_missing == 12 and m.minimum_years == D("15")
    # at the 2026-05 band (floor 7,162, ceiling 35,811) and the flexible rate 20 %:
    # low 12 x 1,432.40 = 17,188.80; high 12 x 7,162.20 = 85,946.40
    assert (m.base_low, m.base_high, m.rate) == (D("7162"), D("35811"), D("0.20"))
    assert (m.cost_low, m.cost_high) == (D("17188.80"), D("85946.40"))
    assert m.estimated


def test_pension_with_and_without():
    m = make_up(short_horizon(2012), as_of=AS_OF)
    assert m.pension_without == 0  # not payable short of the minimum
    assert m.pension_if_payable == m.estimate.pension.total
    assert m.pension_with > m.pension_if_payable  # 12 more months and 12 x 573 in the account


def test_month_reaching_minimum_by_hand():
    p = short_horizon(2012)
    m = make_up(p, as_of=AS_OF)
    # 168 months + one a month from 2026-05: 180 in 2027-05 (the minimum of the statutory year
    # applies to a late retirement, 人社部发〔2024〕94号)
    assert m.month_reaching_minimum == Y(2027, 5)
    # an early month needs its own year's minimum: from the earliest month 2026-01 the same
    # 12 months are needed -> 2027-01
    early = estimate(p.model_copy(update={"retirement": Y(2026, 1)}), as_of=AS_OF)
    early_profile = p.model_copy(update={"retirement": Y(2026, 1)})
    assert month_reaching_minimum(early_profile, early, default_policy_data(), AS_OF) == \
        Y(2027, 1)


def test_none_when_the_minimum_is_met_or_out_of_reach():
    assert make_up(short_horizon(2011), as_of=AS_OF) is None
    # 4 years only: 132 months missing, more than the 36 months to the latest month 2029-05
    far = make_up(short_horizon(2022), as_of=AS_OF)
    assert far.months_missing == 132 and far.month_reaching_minimum is None
