"""Small profiles for the decision-tool tests (tests/core/test_decide_*.py, tests/cli)."""

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

#: as of 2026-01: Beijing's band of 2025-07 to 2026-06 is published -- floor 7,162, ceiling
#: 35,811 = 3 x the average 11,937 (关于2025年度各项社会保险缴费工资基数上下限的通告,
#: 京人社发〔2025〕11号; regions/beijing/contribution_base, average_wage)
AS_OF = YearMonth(2026, 1)


def short_horizon(first_year: int = 2011, **extra) -> Profile:
    """A Beijing man born 1966-01 (statutory month 2026-05: 60 y 4 m, window 2026-01 to
    2029-05) who paid on a 10,000 wage for each year from ``first_year`` to 2025 and stops;
    no pension adjustment and no credited interest from 2026 (user assumptions), so payouts are
    flat and the account only falls after retirement."""
    data = dict(birth="1966-01", gender="male", region="beijing",
                history=[{"period": str(y), "region": "beijing", "amount": "10000"}
                         for y in range(first_year, 2026)],
                future={"continue_contributing": False},
                assumptions={"pension_adjustment": "0", "credited_interest_rate": "0"})
    data.update(extra)
    return Profile.model_validate(data)


def mid_career() -> Profile:
    """A Beijing man born 1975-01 who paid on 10,000 from 2011 and goes on contributing."""
    return Profile.model_validate(dict(
        birth="1975-01", gender="male", region="beijing",
        history=[{"period": str(y), "region": "beijing", "amount": "10000"}
                 for y in range(2011, 2026)]))
