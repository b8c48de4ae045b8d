"""core.decide.flexible: flexible-employment levels, worked by hand.

The short-horizon profile (decide_profiles.short_horizon) pays as a flexible worker from
2026-01 to its statutory month 2026-05: four months, all inside Beijing's 2025-07..2026-06
band (average 11,937, floor 7,162, ceiling 35,811). The flexible pension rate is 20 %
(国发〔2005〕38号) and the flexible medical rate 8 % (national estimate, medical/flexible_rate).
"""

from decimal import Decimal

from shebao_desktop.core.decide.flexible import flexible_levels, years_to_recover
from shebao_desktop.core.yearmonth import YearMonth

from .decide_profiles import AS_OF, mid_career, short_horizon

D = Decimal


def _levels(*levels):
    return flexible_levels(short_horizon(), [D(x) for x in levels], as_of=AS_OF,
                           from_month=YearMonth(2026, 1))


def test_each_level_by_hand():
    low, mid, high = _levels("0.6", "1", "3")
    # 60 %: 0.6 x 11,937 = 7,162.20 (above the floor 7,162) x 20 % = 1,432.44 a month;
    # four months 5,729.76; medical 7,162.20 x 8 % = 572.976 -> 572.98
    assert (low.monthly_cost, low.total_cost, low.medical_monthly) == (
        D("1432.44"), D("5729.76"), D("572.98"))
    # 100 %: 11,937 x 20 % = 2,387.40; x 4 = 9,549.60; medical 954.96
    assert (mid.monthly_cost, mid.total_cost, mid.medical_monthly) == (
        D("2387.40"), D("9549.60"), D("954.96"))
    # 300 %: 35,811 (= the ceiling) x 20 % = 7,162.20; x 4 = 28,648.80; medical 2,864.88
    assert (high.monthly_cost, high.total_cost, high.medical_monthly) == (
        D("7162.20"), D("28648.80"), D("2864.88"))
    assert (low.from_month, low.retirement_month) == (YearMonth(2026, 1), YearMonth(2026, 5))


def test_gain_and_years_to_recover():
    low, mid, high = _levels("0.6", "1", "3")
    assert low.gain_over_lowest == 0 and low.years_to_recover is None
    assert 0 < mid.gain_over_lowest < high.gain_over_lowest
    assert mid.gain_over_lowest == mid.total - low.total
    # extra cost 9,549.60 - 5,729.76 = 3,819.84 over (gain x 12)
    assert mid.years_to_recover == (D("3819.84") / (mid.gain_over_lowest * 12)).quantize(D("0.1"))


def test_years_to_recover_by_hand():
    assert years_to_recover(D("120000"), D("1000")) == D("10.0")  # 120,000 / 12,000
    assert years_to_recover(D("100000"), D("600")) == D("13.9")  # 100,000 / 7,200 = 13.89
    assert years_to_recover(D("5000"), D("0")) is None
    assert years_to_recover(D("5000"), D("-1")) is None


def test_order_kept_and_the_lowest_is_the_reference():
    levels = _levels("1", "0.6")
    assert [v.level for v in levels] == [D("1"), D("0.6")]
    assert levels[1].gain_over_lowest == 0 and levels[0].gain_over_lowest > 0


def test_a_longer_career_higher_level_more_pension_and_cost():
    levels = flexible_levels(mid_career(), [D("0.6"), D("1"), D("2")], as_of=AS_OF)
    assert levels[0].from_month == YearMonth(2026, 2)  # default: the month after as_of
    totals = [v.total for v in levels]
    costs = [v.total_cost for v in levels]
    assert totals == sorted(totals) and len(set(totals)) == 3
    assert costs == sorted(costs) and len(set(costs)) == 3
    # every month from 2026-02 to the month before retirement is counted in the cost
    months = levels[0].retirement_month - levels[0].from_month
    assert levels[0].total_cost >= months * levels[0].monthly_cost


def test_a_level_below_the_minimum_years_says_so():
    # 4 years paid (2022-2025) + 4 flexible months: far below 15 years at 2026-05
    (level,) = flexible_levels(short_horizon(2022), [D("1")], as_of=AS_OF,
                               from_month=YearMonth(2026, 1))
    assert not level.minimum_met and level.estimate.retirement.shortfall_months == 128
    (met,) = _levels("1")
    assert met.minimum_met
