"""New-user trial 9: the years card said "27.42 年 / 已满足最低 15 年" for a person with one year
of records (2014), as if the years were paid; 27.42 is the projection's figure at retirement
(12 recorded months + 317 months continuing contributions count from 2026-12).

The estimate now carries, beside the years at retirement, the years paid before its month by the
records and the statement (``RetirementInfo.years_recorded``, deemed years included); the rest
(``years_projected``) counts only if it is paid, and the minimum is met by the years paid
(``minimum_paid``) or only once the projected ones are paid."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

TODAY = YearMonth(2026, 12)


def _profile(*rows: tuple[str, str], **more) -> Profile:
    data = {"birth": "1990-05", "gender": "male", "region": "beijing",
            "history": [{"period": period, "region": "beijing", "amount": amount}
                        for period, amount in rows], **more}
    return Profile.model_validate(data)


def test_one_year_recorded_is_one_year_paid_the_rest_projected():
    r = estimate(_profile(("2014", "8000")), as_of=TODAY).retirement
    assert r.years_at_retirement == Decimal("27.42")  # (12 + 317) / 12, as the card showed
    assert r.years_recorded == Decimal("1.00")
    assert r.years_projected == Decimal("26.42")
    assert r.shortfall_months == 0 and not r.minimum_paid  # 15 at retirement, 1 paid


def test_months_assumed_paid_up_to_today_are_projected_not_recorded():
    """Rows of 2023 and 2024 at 2026-12: 2025-01..2026-11 count as paid (continuing
    contributions), but nobody recorded them: 24 months recorded."""
    result = estimate(_profile(("2023", "8000"), ("2024", "9000")), as_of=TODAY)
    assert {n.code for n in result.notices} >= {"PAST_MONTHS_ASSUMED_PAID"}
    assert result.retirement.years_recorded == Decimal("2.00")
    months = result.pension.contribution_months
    assert result.retirement.years_at_retirement == (Decimal(months) / 12).quantize(Decimal("0.01"))


def test_a_planned_row_after_today_is_projected():
    """A row of 2027 is a plan, not a payment: only 2014..2025 (12 years) are recorded."""
    rows = [(str(year), "9000") for year in range(2014, 2026)] + [("2027", "12000")]
    r = estimate(_profile(*rows), as_of=TODAY).retirement
    assert r.years_recorded == Decimal("12.00")
    assert r.years_projected > Decimal("12")
    assert not r.minimum_paid  # Beijing's 15 years (rising to 20) not paid yet


def test_statement_and_deemed_years_are_paid():
    """The statement's years (to its date) and deemed years count as paid; the months after the
    statement that continuing contributions fill are projected."""
    statement = {"as_of": "2025-12", "pension_balance": "90000", "contribution_years": "16",
                 "average_index": "1.2"}
    r = estimate(_profile(statement=statement, deemed_years="2", work_start="1990-01",
                          birth="1970-05"), as_of=TODAY).retirement
    assert r.years_recorded == Decimal("18.00")
    assert r.years_projected == r.years_at_retirement - Decimal("18.00") > 0
    assert r.minimum_paid


def test_without_continuing_contributions_nothing_is_projected():
    rows = [(str(year), "9000") for year in range(2004, 2026)]
    r = estimate(_profile(*rows, future={"continue_contributing": False}, birth="1980-05"),
                 as_of=TODAY).retirement
    assert r.years_recorded == r.years_at_retirement == Decimal("22.00")  # the minimum: 20
    assert r.years_projected == 0 and r.minimum_paid


def test_each_part_is_the_rounding_of_its_own_months():
    """Trial 12: 74 projected months showed as 6.17 years with one row and 6.16 with another
    history (29.58 - 23.42: the difference of two rounded figures). Each part is now its own
    months rounded: 5 months recorded (2026-07..11: 0.4167 -> 0.42) and 317 projected (2026-12
    to retirement: 26.4167 -> 26.42, not 26.83 - 0.42 = 26.41)."""
    result = estimate(_profile(*((f"2026-{m:02d}", "8000") for m in range(7, 12))), as_of=TODAY)
    r = result.retirement
    assert result.pension.contribution_months == 5 + 317
    assert r.years_recorded == Decimal("0.42")
    assert r.years_projected == Decimal("26.42")
    assert r.years_at_retirement == Decimal("26.83")  # 322 / 12: each is its months, rounded
