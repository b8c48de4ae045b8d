"""A row that says how many of its months were paid is believed: continuing contributions do not
fill the months it leaves unpaid. Before, a row "2025, 0 months" after a 2024 row counted 2025 as
12 months paid (PAST_MONTHS_ASSUMED_PAID from 2025-01), and "2025, 6 months" counted 12. A part
year of this year is this year so far: the months after it still go on (the latest may not be on
the record yet; test_months_placed). Found while fixing new-user trial 9's quick estimate."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

TODAY = YearMonth(2026, 12)


def _run(*rows: tuple[str, int | None]):
    history = [{"period": period, "region": "beijing", "amount": "9000",
                **({} if months is None else {"months": months})} for period, months in rows]
    result = estimate(Profile.model_validate({"birth": "1990-05", "gender": "male",
                                              "region": "beijing", "history": history}),
                      as_of=TODAY)
    paid = {y.year: y.months_contributed for y in result.years}
    notices = {n.code: (n.params.get("from"), n.params.get("to")) for n in result.notices}
    return paid, notices


def test_a_past_year_of_no_months_stays_unpaid():
    paid, notices = _run(("2024", None), ("2025", 0))
    assert paid[2025] == 0 and paid[2026] == 12  # 2026-01..11 assumed, as before; then projected
    assert notices["PAST_MONTHS_ASSUMED_PAID"] == ("2026-01", "2026-11")
    assert notices["GAP_IN_HISTORY"] == ("2025-01", "2025-12")


def test_a_past_part_year_keeps_its_months():
    paid, notices = _run(("2024", None), ("2025", 6))
    assert paid[2025] == 6
    assert notices["GAP_IN_HISTORY"] == ("2025-07", "2025-12")


def test_this_year_of_no_months_is_not_filled_up_to_today():
    paid, notices = _run(("2025", None), ("2026", 0))
    assert paid[2026] == 1  # this month on
    assert "PAST_MONTHS_ASSUMED_PAID" not in notices
    assert notices["GAP_IN_HISTORY"] == ("2026-01", "2026-11")


def test_a_part_year_of_this_year_still_goes_on():
    paid, notices = _run(("2025", None), ("2026", 10))
    assert paid[2026] == 12 and "GAP_IN_HISTORY" not in notices


def test_records_to_last_year_go_on_as_before():
    paid, notices = _run(("2024", None))
    assert paid[2025] == 12 and notices["PAST_MONTHS_ASSUMED_PAID"] == ("2025-01", "2026-11")
