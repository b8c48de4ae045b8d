"""New-user trial 2, person 4: a Wuhan man born 1964-02, statutory retirement 2024-02, seen in
2026-12, has already retired. The estimate says so (``retired_by_as_of``) and gives the monthly
pension of each year paid, after the January adjustments (``monthly_pension_by_year``), both
read from its own figures: derived properties, so no figure of the estimate changes. The quick
estimate's figures for him are those at retirement, not a balance after 22 months of payouts."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.decide.quick_history import figures_so_far
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def wuhan_man_retired(**extra) -> Profile:
    rows = [{"period": str(y), "region": "wuhan", "amount": "6000"} for y in range(1996, 2024)]
    rows.append({"period": "2024-01", "region": "wuhan", "amount": "6000"})
    return Profile.model_validate(dict(
        birth="1964-02", gender="male", category="worker", region="wuhan", work_start="1982-02",
        deemed_years="13.92", history=rows, **extra))


def test_the_estimate_says_he_has_retired_and_his_pension_each_year():
    e = estimate(wuhan_man_retired(), as_of=AS_OF)
    assert e.retirement.chosen_month == YearMonth(2024, 2) and e.retired_by_as_of
    by_year = e.monthly_pension_by_year
    lines = {y.year: y for y in e.years}
    assert by_year[2024] == e.pension.total  # 11 months at the amount at retirement
    assert lines[2024].pension_paid == 11 * e.pension.total
    # each January the year's adjustment: 2025 and 2026 above the amount at retirement
    assert by_year[2026] > by_year[2025] > by_year[2024]
    for year in (2025, 2026):
        assert lines[year].pension_paid == 12 * by_year[year]
    assert 2023 not in by_year
    # derived only: nothing new in what the estimate dumps (whole estimates are pinned)
    dumped = e.model_dump()
    assert "monthly_pension_by_year" not in dumped and "retired_by_as_of" not in dumped


def test_a_retirement_ahead_is_not_retired():
    e = estimate(wuhan_man_retired(), as_of=YearMonth(2023, 12))
    assert not e.retired_by_as_of
    assert min(e.monthly_pension_by_year) == 2024


def test_below_the_minimum_years_no_pension_is_paid_in_any_year():
    rows = [{"period": str(y), "region": "wuhan", "amount": "6000"} for y in range(2015, 2024)]
    e = estimate(Profile.model_validate(dict(birth="1964-02", gender="male", region="wuhan",
                                             history=rows)), as_of=AS_OF)
    assert e.retirement.shortfall_months and e.monthly_pension_by_year == {}


def test_the_quick_figures_of_someone_retired_are_those_at_retirement():
    e = estimate(wuhan_man_retired(), as_of=AS_OF)
    so_far = figures_so_far(e)
    assert so_far.as_of == YearMonth(2024, 1)  # the month before retirement
    assert so_far.pension_balance == e.at_retirement.pension_account
    lines = {y.year: y for y in e.years}
    assert so_far.pension_balance > lines[2025].pension_account.closing  # not after payouts
    assert so_far.contribution_years == Decimal("28.08")  # 1996-2023 and 2024-01
    # someone not yet retired: the end of last year, as before
    earlier = estimate(wuhan_man_retired(), as_of=YearMonth(2023, 12))
    before = figures_so_far(earlier)
    assert before.as_of == YearMonth(2022, 12)
    assert before.pension_balance == {y.year: y for y in earlier.years}[2022].pension_account.closing
