"""One unit case per formula, worked by hand (issue 9, item 19): the interest conventions of
``Account.credit``, the contribution band, the housing-fund base and Shanghai's year counting.

Each figure is worked out in the comment above its assertion, with the rule's source. Where a
formula reads the policy data, the figures it needs are pinned with user overrides, so the
case checks the formula, not this year's published numbers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.accounts import Account
from shebao_desktop.core.contributions import (HousingRates, contribution_band, housing_fund_base,
                                               month_contributions)
from shebao_desktop.core.pension import basic_pension, contribution_years
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import Override, PolicyView
from shebao_desktop.core.yearmonth import YearMonth

D = Decimal
JAN, JUN, JUL, DEC = YearMonth(2024, 1), YearMonth(2024, 6), YearMonth(2024, 7), YearMonth(2024, 12)
RATE = D("0.03")


def account(opening: str = "0", start: YearMonth = JAN) -> Account:
    acct = Account(balance=D(opening))
    acct.start_segment(start)
    return acct


# -- Account.credit: 劳办发〔1997〕116号《职工基本养老保险个人账户管理暂行办法》 ----------------
def test_monthly_product_convention():
    # 月积数法: the opening balance earns rate x 12/12; a deposit of month m earns
    # rate x (12 - m + 1)/12. Opening 10000 at 3%: 300. Deposits 100 in each month:
    # 100 x (12 + 11 + ... + 1) = 100 x 78 = 7800 month-yuan x 3% / 12 = 19.50. Total 319.50.
    acct = account("10000")
    for month in range(1, 13):
        acct.deposit(YearMonth(2024, month), D(100))
    assert acct.credit(DEC, RATE, "monthly_product") == D("319.50")
    assert acct.balance == D("10000") + D("1200") + D("319.50")


def test_annual_1083_convention_for_a_full_year():
    # 年度计算法: a full year of deposits earns deposits x rate x 1.083 / 2.
    # 1200 x 3% x 0.5415 = 19.494; with the opening 300: 319.494 -> 319.49 (to the fen, half up).
    acct = account("10000")
    for month in range(1, 13):
        acct.deposit(YearMonth(2024, month), D(100))
    assert acct.credit(DEC, RATE, "annual_1083") == D("319.49")


def test_annual_1083_falls_back_to_monthly_product_for_a_part_year():
    # Deposits only July-December (6 months): not a full year, so the 月积数法:
    # 100 x (6 + 5 + 4 + 3 + 2 + 1) = 2100 month-yuan x 3% / 12 = 5.25.
    acct = account("0", JUL)
    for month in range(7, 13):
        acct.deposit(YearMonth(2024, month), D(100))
    assert acct.credit(DEC, RATE, "annual_1083") == D("5.25")


def test_no_current_year_interest_convention():
    # The year's deposits earn nothing until next year; the opening balance earns 10000 x 3% = 300.
    acct = account("10000")
    for month in range(1, 13):
        acct.deposit(YearMonth(2024, month), D(100))
    assert acct.credit(DEC, RATE, "no_current_year_interest") == D("300.00")
    # next year the 1200 are part of the opening balance: 11500 x 3% = 345.00
    assert acct.credit(YearMonth(2025, 12), RATE, "no_current_year_interest") == D("345.00")


def test_a_segment_cut_short_at_retirement():
    # Retiring at the end of June: the opening balance earns 6 months, 10000 x 3% x 6/12 = 150;
    # a deposit in March earns 4 months (March-June): 1000 x 3% x 4/12 = 10. Total 160.00.
    acct = account("10000")
    acct.deposit(YearMonth(2024, 3), D(1000))
    assert acct.credit(JUN, RATE, "annual_1083") == D("160.00")


def test_withdrawals_lose_their_interest():
    # A withdrawal of month m loses rate x (12 - m + 1)/12 of itself: 1200 taken in July
    # loses 1200 x 3% x 6/12 = 18; 300 - 18 = 282.00.
    acct = account("10000")
    assert acct.withdraw(JUL, D(1200)) == D(1200)
    assert acct.credit(DEC, RATE) == D("282.00")
    assert acct.balance == D("8800") + D("282.00")


def test_deposits_at_their_own_rate():
    # Housing fund: deposits of the year at a current-account rate (here 0.35%), the opening
    # balance at the fixed rate 1.5%: 10000 x 1.5% = 150 plus 1200 x 0.35% x 6/12 = 2.10.
    acct = account("10000")
    acct.deposit(JUL, D(1200))
    assert acct.credit(DEC, D("0.015"), "monthly_product", deposit_rate=D("0.0035")) == D("152.10")


def test_interest_rounds_half_up_to_the_fen_and_never_goes_negative():
    # 1 yuan for one month at 6%: 1 x 6% / 12 = 0.005 -> 0.01 (half up).
    assert account("1", DEC).credit(DEC, D("0.06")) == D("0.01")
    # everything taken out in January loses more than the opening earned: credited as 0.
    acct = account("100")
    acct.withdraw(JAN, D(100))
    assert acct.credit(DEC, RATE) == D("0.00") and acct.balance == D("0.00")


# -- the contribution band: 国办发〔2019〕13号 (base = wage clamped to 60%-300% of the average) --
def pinned(region: str, **values: str) -> PolicyView:
    overrides = tuple(Override(name.replace("__", "/"), D(value), None, region)
                      for name, value in values.items())
    return PolicyView(default_policy_data(), {}, overrides)


BAND = {"average_wage": "11761", "contribution_base__floor": "7057",
        "contribution_base__ceiling": "35283"}
NO_FUND = HousingRates(None, None, False)


@pytest.mark.parametrize("wage, base, notice", [
    # below the floor: raised to 7057; the index is 7057 / 11761 = 0.6000 (60%)
    ("5000", "7057", "BASE_RAISED_TO_FLOOR"),
    # above the ceiling: capped at 35283 = 3 x 11761; index 3.0000
    ("40000", "35283", "BASE_CAPPED_AT_CEILING"),
    # inside the band: the wage itself, no notice
    ("10000", "10000", None),
    # on an edge: the edge, no notice (the wage is not below it)
    ("7057", "7057", None),
    ("35283", "35283", None),
])
def test_contribution_band_clamps_the_wage(wage, base, notice):
    view = pinned("beijing", **BAND)
    month = YearMonth(2025, 3)
    band = contribution_band(view, "beijing", month)
    assert (band.floor, band.ceiling, band.average_wage) == (D("7057"), D("35283"), D("11761"))
    result = month_contributions(view, "beijing", month, "employee", D(wage), NO_FUND)
    assert result.base == D(base)
    assert result.index == D(base) / D("11761")
    assert [code for code, _ in result.notices] == ([notice] if notice else [])
    # the pension account receives 8% of the base (国发〔2005〕38号): 7057 x 8% = 564.56,
    # 35283 x 8% = 2822.64, 10000 x 8% = 800.00
    assert result.pension_to_account == (D(base) * D("0.08")).quantize(D("0.01"))


# -- the housing-fund base: 《住房公积金管理条例》 art. 16 and 建金〔2005〕5号 -------------------
HF = {"housing_fund__floor": "2690", "housing_fund__ceiling": "37302"}


@pytest.mark.parametrize("wage, base", [
    ("2000", "2690"),  # below the city's floor: 2690
    ("50000", "37302"),  # above its ceiling: 37302
    ("12000", "12000"),  # inside: the wage
])
def test_housing_fund_base_clamps_to_the_city_band(wage, base):
    view = pinned("shanghai", **HF)
    assert housing_fund_base(view, "shanghai", YearMonth(2025, 8), D(wage), D("12307")) == D(base)


def test_housing_fund_ceiling_from_the_average_where_a_city_records_none():
    # 建金〔2005〕5号: the base should not exceed 3 x the city's average monthly wage. With an
    # average of 10000.40 and no recorded ceiling: 3 x 10000.40 = 30001.20 -> 30001 (to the yuan).
    data = default_policy_data()
    region = next((slug for slug in sorted(data.regions)
                   if not data.has("housing_fund/ceiling", slug)), None)
    if region is None:
        pytest.skip("every region records a housing fund ceiling")
    view = pinned(region, housing_fund__ceiling_ratio="3", housing_fund__floor="0")
    month = YearMonth(2025, 8)
    assert housing_fund_base(view, region, month, D("99999"), D("10000.40")) == D("30001")
    assert housing_fund_base(view, region, month, D("8000"), D("10000.40")) == D("8000")


# -- Shanghai's year counting: 沪人社规〔2021〕27号 (full years x 1%, remaining months x 0.083%) --
@pytest.mark.parametrize("months, years", [
    (400, "33.332"),  # 33 years 4 months: 33 + 4 x 0.083 = 33.332 (exact months: 33.333...)
    (419, "34.913"),  # 34 years 11 months: 34 + 11 x 0.083 = 34.913 (exact: 34.9167)
    (180, "15"),  # whole years only: 15
    (11, "0.913"),  # months only: 11 x 0.083
    (0, "0"),
])
def test_shanghai_whole_years_plus_months(months, years):
    assert contribution_years(D(months), "whole_years_plus_months", D("0.083")) == D(years)


def test_the_other_counting_rules_for_comparison():
    # 国发〔2005〕38号 practice: months / 12 unrounded; 2-decimal regions round half up.
    assert contribution_years(D(400), "exact_months", None) == D(400) / D(12)
    assert contribution_years(D(400), "months_2dp", None) == D("33.33")
    # 海南 (琼府〔2022〕40号): 4 decimals, half up; 442 months -> 36.8333 (a 2025-06 form's 4711.60)
    assert contribution_years(D(442), "months_4dp", None) == D("36.8333")
    assert contribution_years(D(401), "months_4dp", None) == D("33.4167")
    with pytest.raises(ValueError):
        contribution_years(D(400), "whole_years_plus_months", None)


def test_shanghai_data_uses_that_rule_and_it_reaches_the_basic_pension():
    view = PolicyView(default_policy_data(), {}, ())
    month = YearMonth(2025, 6)
    assert view.value("pension/year_counting", "shanghai", month) == "whole_years_plus_months"
    assert view.value("pension/month_weight", "shanghai", month) == D("0.083")
    # 国发〔2005〕38号 §6 with N = 33.332: C 12434, index 1.0 ->
    # 12434 x (1 + 1.0) / 2 x 33.332% = 4144.50088 -> 4144.50 (to the fen)
    years = contribution_years(D(400), "whole_years_plus_months", D("0.083"))
    assert basic_pension(D(12434), D(1), years, "fen_half_up") == D("4144.50")


def test_guangxi_account_rounding_cuts_the_fen_before_the_jiao():
    """广西 (南宁 2025-02 form): 97150.21 / 195 = 498.2062 is printed 498.2, not the 498.3 a plain
    见分进角 gives; a fen left after the cut still adds a jiao (483.3276 -> 483.4)."""
    from shebao_desktop.core.money import round_to
    assert round_to(D("97150.21") / 195, "fen_down_jiao_up") == D("498.2")
    assert round_to(D("97150.21") / 195, "jiao_up") == D("498.3")
    assert round_to(D("67182.54") / 139, "fen_down_jiao_up") == D("483.4")
