"""Which months a history pays for (issue: right numbers from the first click, items 2-4).

- Months between the last record and today are paid while contributions continue, not a gap.
- A part-year first row counts from the work start; a part-year row of this year ends with the
  month before today; a month row states its own month.
- A statement's blank medical or housing-fund balance is unknown, not zero: the history before the
  statement keeps feeding that account.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

ROOT = Path(__file__).resolve().parents[2]
AS_OF = YearMonth(2026, 11)


def _profile(**changes) -> Profile:
    data = {"birth": "1985-03", "gender": "male", "category": "worker", "region": "shanghai",
            "history": [{"period": str(y), "region": "shanghai", "amount": "10000"}
                        for y in range(2015, 2026)]}
    data.update(changes)
    return Profile.model_validate(data)


def _codes(result, code):
    return [n.params for n in result.notices if n.code == code]


def _year(result, year):
    return next(line for line in result.years if line.year == year)


def test_months_after_the_last_record_are_paid_not_a_gap():
    result = estimate(_profile(), as_of=AS_OF)
    assert _codes(result, "GAP_IN_HISTORY") == []
    assert _year(result, 2026).months_contributed == 12
    # the assumption is said: those months were not recorded
    assert _codes(result, "PAST_MONTHS_ASSUMED_PAID") == [{"from": "2026-01", "to": "2026-10",
                                                            "wage": "last_row"}]


def test_the_shipped_example_has_no_gap_up_to_today():
    profile = Profile.model_validate(json.loads(
        (ROOT / "examples" / "profile-beijing.json").read_text(encoding="utf-8")))
    gaps = _codes(estimate(profile, as_of=AS_OF), "GAP_IN_HISTORY")
    assert gaps == [{"from": "2016-01", "to": "2016-12"}]  # the real gap between two records


def test_a_real_gap_between_two_records_is_still_a_gap():
    history = [{"period": "2015", "region": "shanghai", "amount": "10000"},
               {"period": "2018", "region": "shanghai", "amount": "12000"}]
    result = estimate(_profile(history=history), as_of=AS_OF)
    assert _codes(result, "GAP_IN_HISTORY") == [{"from": "2016-01", "to": "2017-12"}]


def test_stopped_contributing_leaves_the_months_unpaid():
    result = estimate(_profile(future={"continue_contributing": False}), as_of=AS_OF)
    assert _year(result, 2026).months_contributed == 0


def test_a_part_year_first_row_without_a_work_start_runs_into_the_next_year():
    history = [{"period": "2011", "region": "shanghai", "amount": "6000", "months": 6},
               {"period": "2012", "region": "shanghai", "amount": "6500"}]
    placed = _profile(history=history).placed_months(AS_OF).months
    assert sorted(m for m in placed if m.year == 2011) == [YearMonth(2011, m) for m in range(7, 13)]


def test_a_part_year_first_row_counts_from_the_work_start():
    history = [{"period": "2013", "region": "shanghai", "amount": "6000", "months": 6},
               {"period": "2014", "region": "shanghai", "amount": "6500"}]
    profile = _profile(work_start="2013-07", history=history)
    placed = profile.placed_months(AS_OF).months
    assert min(placed) == YearMonth(2013, 7) and YearMonth(2013, 6) not in placed
    result = estimate(profile, as_of=AS_OF)
    assert _codes(result, "GAP_IN_HISTORY") == []
    # Jul-Dec 2013 at 8% of the clamped base: the account earns interest on 6 months, not 12
    assert _year(result, 2013).months_contributed == 6


def test_a_part_year_row_of_this_year_after_a_gap_ends_before_today():
    history = [{"period": "2024", "region": "shanghai", "amount": "10000"},
               {"period": "2026", "region": "shanghai", "amount": "10000", "months": 4}]
    placed = _profile(history=history).placed_months(AS_OF).months
    assert sorted(m for m in placed if m.year == 2026) == [YearMonth(2026, m) for m in (7, 8, 9, 10)]


def test_a_part_year_row_that_goes_on_from_december_starts_in_january():
    # 2025 paid in full, 2026 "10 months" entered in December: January to October, then the
    # walk goes on from November; no month of 2026 is a gap
    history = [{"period": "2025", "region": "shanghai", "amount": "10000"},
               {"period": "2026", "region": "shanghai", "amount": "10000", "months": 10}]
    profile = _profile(history=history)
    placed = profile.placed_months(YearMonth(2026, 12)).months
    assert sorted(m for m in placed if m.year == 2026) == [YearMonth(2026, m) for m in range(1, 11)]
    result = estimate(profile, as_of=YearMonth(2026, 12))
    assert _codes(result, "GAP_IN_HISTORY") == []
    assert _year(result, 2026).months_contributed == 12


def test_month_rows_state_their_month_and_a_part_year_row_fills_the_rest():
    history = [{"period": "2019", "region": "shanghai", "amount": "8000"},
               {"period": "2020-03", "region": "shanghai", "amount": "9000"},
               {"period": "2020", "region": "shanghai", "amount": "8000", "months": 5}]
    placed = _profile(history=history).placed_months(None).months
    assert placed[YearMonth(2020, 3)] == 1
    assert sorted(m.month for m, row in placed.items() if row == 2) == [1, 2, 4, 5, 6]


def test_two_rows_stating_the_same_month_are_refused():
    history = [{"period": "2020-03", "region": "shanghai", "amount": "9000"},
               {"period": "2020", "region": "shanghai", "amount": "8000"}]
    with pytest.raises(ValueError, match="also in"):
        _profile(history=history)


def test_more_months_than_the_year_has_after_the_work_start_is_said():
    history = [{"period": "2013", "region": "shanghai", "amount": "6000", "months": 9}]
    result = estimate(_profile(work_start="2013-07", history=history), as_of=AS_OF)
    assert _codes(result, "ROW_MONTHS_DO_NOT_FIT") == [{"row": "1", "period": "2013",
                                                        "months": "3"}]
    assert _year(result, 2013).months_contributed == 6


def _statement(**balances):
    return {"as_of": "2025-12", "pension_balance": "150000", "contribution_years": "11",
            "average_index": "1.2", **balances}


def test_a_blank_statement_balance_keeps_the_history():
    with_history = estimate(_profile(statement=_statement()), as_of=AS_OF)
    without = estimate(_profile(), as_of=AS_OF)
    # the medical account and the housing fund are the same as with no statement at all
    assert with_history.at_retirement.medical_account == without.at_retirement.medical_account
    assert with_history.at_retirement.housing_fund == without.at_retirement.housing_fund
    assert with_history.at_retirement.medical_account > 0
    assert _codes(with_history, "STATEMENT_BALANCE_FROM_HISTORY") == [
        {"accounts": "medical,housing_fund"}]
    # the pension account still starts from the statement, not from the history
    assert _year(with_history, 2026).pension_account.opening == Decimal("150000")


def test_a_given_statement_balance_replaces_the_history():
    stated = estimate(_profile(statement=_statement(medical_balance="1000",
                                                    housing_fund_balance="2000")), as_of=AS_OF)
    assert _year(stated, 2026).medical_account.opening == Decimal("1000")
    assert _year(stated, 2026).housing_fund.opening == Decimal("2000")
    assert _codes(stated, "STATEMENT_BALANCE_FROM_HISTORY") == []


def test_a_blank_balance_without_history_is_said_to_be_unknown():
    result = estimate(_profile(history=[], statement=_statement()), as_of=AS_OF)
    assert _codes(result, "STATEMENT_BALANCE_UNKNOWN") == [{"accounts": "medical,housing_fund"}]


def test_a_second_data_set_reports_its_own_citation(tmp_path):
    """Output records are cached per data set and keyed by the whole entry, citation included
    (a cache keyed by value once gave a second data set the first one's citation)."""
    import shutil

    from shebao_desktop.core.policy.loader import data_root, default_policy_data, read_policy_data

    root = tmp_path / "data"
    shutil.copytree(str(data_root()), root)
    rate = root / "national" / "pension" / "employee_rate.yaml"
    rate.write_text(rate.read_text(encoding="utf-8").replace("国发〔1997〕26号", "测试〔2099〕1号"),
                    encoding="utf-8")
    other = read_policy_data(root)
    history = [{"period": "2001", "region": "shanghai", "amount": "3000"}]
    profile = _profile(birth="1970-01", history=history)
    first = estimate(profile, default_policy_data(), as_of=AS_OF)
    second = estimate(profile, other, as_of=AS_OF)

    def numbers(result):
        return {p.number for p in result.parameters if p.name == "pension/employee_rate"}

    assert "国发〔1997〕26号" in numbers(first) and "测试〔2099〕1号" not in numbers(first)
    assert "测试〔2099〕1号" in numbers(second) and "国发〔1997〕26号" not in numbers(second)


def test_months_before_planned_future_records_are_projected_too():
    """Records after today (planned wages) do not turn the months from today up to them into a
    gap: while contributions continue, every month without a record is projected (a property
    test found that one more planned year lost today's months)."""
    history = [{"period": "2028", "region": "shanghai", "amount": "12000"}]
    result = estimate(_profile(history=history), as_of=AS_OF)
    assert _codes(result, "GAP_IN_HISTORY") == []
    assert _year(result, 2026).months_contributed == 2  # 2026-11 and 2026-12
    assert _year(result, 2027).months_contributed == 12


def test_a_work_start_the_records_do_not_reach_is_said():
    """A new user's trial: a work start of 1998-07 with no history counted nothing for the 28
    years since, without a word."""
    result = estimate(_profile(work_start="1998-07", history=[],
                               future={"monthly_wage": "9000"}), as_of=AS_OF)
    assert _codes(result, "NO_RECORDS_SINCE_WORK_START") == [{"from": "1998-07", "to": "2026-10"}]
    history = [{"period": str(y), "region": "shanghai", "amount": "9000"} for y in range(2013, 2026)]
    later = estimate(_profile(work_start="2010-03", history=history), as_of=AS_OF)
    assert _codes(later, "NO_RECORDS_SINCE_WORK_START") == [{"from": "2010-03", "to": "2012-12"}]
    covered = estimate(_profile(work_start="2015-01"), as_of=AS_OF)
    assert _codes(covered, "NO_RECORDS_SINCE_WORK_START") == []


def test_deemed_years_are_the_first_years_of_work_and_not_missing():
    """Trial 18 (left): a work start of 1988-07 with records from 1996 and 8 deemed years
    entered still read '参加工作后 1988-07 至 1995-12 没有缴费记录 … 未计入缴费年限'. Deemed years
    (视同缴费年限) are the years of work before the account: they cover the first months after
    the work start; only what they leave out is said, and the notice says why it starts later."""
    from shebao_desktop.presentation.messages import render
    history = [{"period": str(y), "region": "shanghai", "amount": "9000"} for y in range(1996, 2026)]
    covered = estimate(_profile(birth="1968-05", work_start="1988-07", deemed_years="8",
                                history=history), as_of=AS_OF)
    assert _codes(covered, "NO_RECORDS_SINCE_WORK_START") == []
    short = estimate(_profile(birth="1968-05", work_start="1988-07", deemed_years="5.5",
                              history=history), as_of=AS_OF)
    found = _codes(short, "NO_RECORDS_SINCE_WORK_START")
    assert found == [{"from": "1994-01", "to": "1995-12", "work_start": "1988-07", "deemed": "5.5"}]
    zh = render("NO_RECORDS_SINCE_WORK_START", found[0], "zh_CN")
    assert zh.startswith("参加工作后 1994-01 至 1995-12 没有缴费记录")
    assert zh.endswith("（参加工作 1988-07 起的 5.5 年已按您填写的视同缴费年限计算，不在其中）")
    assert "the 5.5 years from the work start 1988-07" in render(
        "NO_RECORDS_SINCE_WORK_START", found[0], "en")
