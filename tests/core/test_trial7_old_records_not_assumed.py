"""New-user trial 7, finding 1: a new profile with one row of 2014 (8,000 a month, 12 months)
counted 2015-01..2026-11 as paid under "继续缴费" (143 months nobody recorded), so the years card
said 45 years and the quick panel "实际缴费年限 12.00".

Continuing contributions count the months after the last record as paid only when they begin in
the year before today or later (core.plan.assumed_from: a statement of a year comes out in the
next); records that stop earlier leave the months up to today unpaid, with a notice that says so
and how to add them (PAST_MONTHS_NOT_ASSUMED), and the projection starts this month."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.decide.quick_history import figures_so_far
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.plan import assumed_from
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render_notice

TODAY = YearMonth(2026, 12)


def _profile(*rows: tuple[str, str], statement: dict | None = None) -> Profile:
    data = {"birth": "1990-05", "gender": "male", "region": "beijing",
            "history": [{"period": period, "region": "beijing", "amount": amount}
                        for period, amount in rows]}
    if statement:
        data["statement"] = statement
    return Profile.model_validate(data)


def _codes(result) -> dict[str, dict]:
    return {n.code: n.params for n in result.notices}


def test_one_row_of_2014_does_not_count_twelve_years_after_it():
    result = estimate(_profile(("2014", "8000")), as_of=TODAY)
    notices = _codes(result)
    assert "PAST_MONTHS_ASSUMED_PAID" not in notices
    assert notices["PAST_MONTHS_NOT_ASSUMED"] == {"from": "2015-01", "to": "2026-11"}
    assert "GAP_IN_HISTORY" not in notices  # the same months are not said twice
    paid = {y.year: y.months_contributed for y in result.years}
    assert paid[2014] == 12 and all(paid[y] == 0 for y in range(2015, 2026))
    assert paid[2026] == 1  # this month on: contributions continue (born 1990-05: to 2053-05)
    # 12 recorded + 2026-12 .. 2053-04 projected = 12 + 317
    assert result.pension.contribution_months == 12 + 317
    so_far = figures_so_far(result)  # the quick panel's 实际缴费年限
    assert so_far.contribution_years == Decimal("1.00")
    zh = render_notice(result.notices[[n.code for n in result.notices].index(
        "PAST_MONTHS_NOT_ASSUMED")], "zh", estimate=result)
    assert zh.startswith("2015-01 至 2026-11 没有缴费记录") and "按未缴费计算" in zh
    assert "快速填写过去的记录" in zh
    # and that the future is still assumed paid, and where to say otherwise (trial 11: a man who
    # stopped in 2015 was given five years of contributions from today with no word of it)
    assert "从本月起仍按“继续缴费至退休”计算；如已不再缴费，请在假设中取消勾选" in zh


def test_records_to_the_year_before_last_still_go_on_to_today():
    """A row of 2024 at 2026-12 (the statement of 2025 may not be out): 2025-01..2026-11 are
    counted as paid, as before."""
    assert assumed_from(TODAY) == YearMonth(2025, 1)
    result = estimate(_profile(("2023", "8000"), ("2024", "9000")), as_of=TODAY)
    notices = _codes(result)
    assert notices["PAST_MONTHS_ASSUMED_PAID"]["from"] == "2025-01"
    assert notices["PAST_MONTHS_ASSUMED_PAID"]["to"] == "2026-11"
    assert "PAST_MONTHS_NOT_ASSUMED" not in notices
    assert {y.year: y.months_contributed for y in result.years}[2025] == 12


def test_a_row_ending_before_last_year_leaves_the_whole_stretch_unpaid():
    """The rule is where the unrecorded months begin: 2024-06 ends the records, so 2024-07 on
    is not assumed (not 2025 alone)."""
    result = estimate(_profile(("2024-01", "9000"), ("2024-06", "9000")), as_of=TODAY)
    assert _codes(result)["PAST_MONTHS_NOT_ASSUMED"] == {"from": "2024-07", "to": "2026-11"}


def test_an_old_statement_is_not_taken_to_go_on_to_today():
    statement = {"as_of": "2019-12", "pension_balance": "50000", "contribution_years": "8",
                 "average_index": "1.0"}
    result = estimate(_profile(statement=statement), as_of=TODAY)
    assert _codes(result)["PAST_MONTHS_NOT_ASSUMED"] == {"from": "2020-01", "to": "2026-11"}
    en = render_notice(next(n for n in result.notices if n.code == "PAST_MONTHS_NOT_ASSUMED"),
                       "en", estimate=result)
    assert en.startswith("No records from 2020-01 to 2026-11") and "counted as unpaid" in en
