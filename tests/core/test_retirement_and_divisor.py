"""Retirement ages month by month and the divisor at ages with months.

Sources: the reform's annexes 1-3 (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13;
tables spot-checked against the official calculator), the minimum-years annex 4, and the divisor
values seen on 2025-26 approval forms."""

from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.pension import account_pension_divisor
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.retirement import Age, minimum_years, retirement_window
from shebao_desktop.core.yearmonth import YearMonth as YM


def _view():
    return PolicyView(default_policy_data(), {})


@pytest.mark.parametrize("group,birth,expected,age", [
    ("male", "1964-12", "2024-12", "60y0m"),        # before the reform
    ("male", "1965-01", "2025-02", "60y1m"),        # first cohort already +1 month
    ("male", "1965-04", "2025-05", "60y1m"),
    ("male", "1965-05", "2025-07", "60y2m"),
    ("male", "1966-01", "2026-05", "60y4m"),
    ("male", "1970-01", "2031-05", "61y4m"),
    ("male", "1975-06", "2038-02", "62y8m"),
    ("male", "1976-09", "2039-09", "63y0m"),
    ("male", "1988-09", "2051-09", "63y0m"),
    ("female_cadre", "1970-06", "2025-08", "55y2m"),
    ("female_cadre", "1971-06", "2026-11", "55y5m"),
    ("female_cadre", "1981-09", "2039-09", "58y0m"),
    ("female_worker", "1974-12", "2024-12", "50y0m"),
    ("female_worker", "1975-01", "2025-02", "50y1m"),
    ("female_worker", "1975-06", "2025-09", "50y3m"),
    ("female_worker", "1976-06", "2027-03", "50y9m"),
    ("female_worker", "1977-01", "2028-02", "51y1m"),
    ("female_worker", "1984-11", "2039-11", "55y0m"),
    ("female_worker", "1990-03", "2045-03", "55y0m"),
])
def test_statutory_month(group, birth, expected, age):
    window = retirement_window(YM.parse(birth), group, "beijing", _view())
    assert str(window.statutory_month) == expected
    assert str(Age.between(YM.parse(birth), window.statutory_month)) == age


def test_elective_window_and_minimum_years():
    view = _view()
    window = retirement_window(YM(1970, 1), "male", "beijing", view)
    assert (str(window.earliest_month), str(window.latest_month)) == ("2030-01", "2034-05")
    assert minimum_years(window, window.statutory_month, "beijing", view) == Decimal("16")
    # 16 months early, in 2030-01: the table value of 2030 (15.5) applies
    assert minimum_years(window, YM(2030, 1), "beijing", view) == Decimal("15.5")
    # late retirement keeps the statutory year's value
    assert minimum_years(window, YM(2034, 5), "beijing", view) == Decimal("16")
    # never earlier than the old age: a 1965-05 man may go at 60y0m at the earliest
    window = retirement_window(YM(1965, 5), "male", "beijing", view)
    assert str(window.earliest_month) == "2025-05"
    # before the reform there is no elective window
    window = retirement_window(YM(1960, 3), "male", "beijing", view)
    assert window.earliest_month == window.statutory_month == window.latest_month == YM(2020, 3)


@pytest.mark.parametrize("year,months", [(2029, "15"), (2030, "15.5"), (2034, "17.5"),
                                         (2039, "20"), (2050, "20")])
def test_minimum_years_schedule(year, months):
    assert _view().value("pension/min_contribution_years", "beijing", YM(year, 6)) == Decimal(months)


TABLE = {age: v for age, v in default_policy_data().files["national"][
    "pension/account_pension_divisor"].values[YM(2006, 1)].value.items()}

# Values read off approval forms 2025-26 and the Jinan 12345 reply.
@pytest.mark.parametrize("years,months,expected", [
    (60, 0, "139"), (60, 1, "138.4"), (60, 2, "137.8"), (60, 3, "137.3"), (55, 1, "169.5"),
    (55, 4, "168.0"), (51, 2, "189.2"), (50, 6, "192.5"), (50, 5, "192.9"), (51, 11, "185.4"),
    (61, 1, "131.4"), (50, 1, "194.6"), (62, 10, "118.3"), (63, 0, "117"), (66, 0, "93"),
    (58, 3, "150.3"), (70, 0, "56"),
])
def test_divisor_with_months(years, months, expected):
    assert str(account_pension_divisor(TABLE, Age(years, months))) == expected


def test_divisor_refuses_ages_outside_the_table():
    with pytest.raises(ValueError):
        account_pension_divisor(TABLE, Age(39, 11))
    with pytest.raises(ValueError):
        account_pension_divisor(TABLE, Age(70, 1))


def test_chosen_retirement_outside_the_window_is_a_profile_error():
    profile = Profile(birth=YM(1970, 1), gender="male", region="beijing", retirement=YM(2029, 12),
                      future={"monthly_wage": "9000"})
    with pytest.raises(ProfileError) as err:
        estimate(profile, as_of=YM(2026, 1))
    assert err.value.field == "retirement" and err.value.code == "RETIREMENT_OUTSIDE_WINDOW"


def test_elective_late_retirement_lowers_the_divisor():
    base = dict(birth=YM(1970, 1), gender="male", region="beijing",
                future={"monthly_wage": "12000"})
    on_time = estimate(Profile(**base), as_of=YM(2026, 1))
    late = estimate(Profile(**base, retirement=YM(2034, 5)), as_of=YM(2026, 1))
    assert on_time.pension.account_pension_divisor == Decimal("129.7")  # 61y4m
    assert late.pension.account_pension_divisor == Decimal("106.3")     # 109 - 8 x 4/12
    assert late.pension.total > on_time.pension.total


def test_below_minimum_years_pays_no_monthly_pension():
    """《社会保险法》 art. 16: without the minimum years there is no monthly pension (the person
    may pay up to it); the account is kept, not drawn."""
    profile = Profile(birth=YM(1966, 1), gender="male", region="beijing",
                      history=[{"period": str(y), "region": "beijing", "amount": "9000"}
                               for y in range(2016, 2024)],
                      future={"continue_contributing": False})
    result = estimate(profile, as_of=YM(2026, 1))
    assert result.retirement.shortfall_months == 15 * 12 - 8 * 12
    retired = [y for y in result.years if y.year > result.retirement.chosen_month.year]
    assert retired and all(y.pension_paid == 0 for y in retired)
    assert all(y.pension_account.withdrawals == 0 for y in retired)
    assert result.pension.total > 0  # what it would be once paid up
    assert any(n.code == "BELOW_MINIMUM_YEARS" for n in result.notices)


@pytest.mark.parametrize("region,group,birth,statutory,schedule", [
    # Xizang: women cadres 50 (regions/xizang/retirement/schedule_female_cadre.yaml), women workers
    # 45, flexible-employment women 45 (their own file; the 拉萨 2025-12 form retires at 45y1m, elective)
    ("xizang", "female_cadre", "1974-06", "2024-06", "female_cadre"),
    ("xizang", "female_cadre", "1975-06", "2025-08", "female_cadre"),
    ("xizang", "female_flexible", "1980-11", "2026-02", "female_flexible"),  # 45y3m
    ("xizang", "female_worker", "1979-06", "2024-06", "female_worker"),
    # elsewhere flexible-employment women follow the cadres' schedule (55, then +1 month per 4)
    ("beijing", "female_flexible", "1970-06", "2025-08", "female_cadre"),
    ("beijing", "female_flexible", "1981-09", "2039-09", "female_cadre"),
    ("guangdong", "female_flexible", "1968-03", "2023-03", "female_cadre"),
])
def test_flexible_women_have_their_own_group_that_follows_the_cadres(region, group, birth,
                                                                     statutory, schedule):
    window = retirement_window(YM.parse(birth), group, region, _view())
    assert str(window.statutory_month) == statutory
    assert window.group == schedule


def test_profile_groups_flexible_women_apart_from_cadres():
    from shebao_desktop.core.person import retirement_group
    assert retirement_group("female", "flexible") == "female_flexible"
    assert retirement_group("female", "cadre") == "female_cadre"
    assert retirement_group("female", "worker") == "female_worker"
    assert retirement_group("male", "flexible") == "male"
