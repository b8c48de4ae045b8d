"""New-user trial 9: a profile whose only row is of 2014 (the full estimate leaves 2015-01..2026-11
unpaid: PAST_MONTHS_NOT_ASSUMED) got from 快速估算, on its own figures (算到 2025-12), 12,545 元/月
beside the full 12,172 -- its statement at the end of 2025 was taken to go on to today, 2026-01..11
paid -- and a warning that the two differ. Now the quick estimate leaves those months unpaid as
the full one does (a row "2026, 0 months" beside its statement: core unpaid_rows), and 用作完整记录
writes that row too, saying so, so the headline does not jump after it."""

from __future__ import annotations

import re

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _one_row() -> Profile:
    return Profile.model_validate({"birth": "1990-05", "gender": "male", "region": "beijing",
                                   "history": [{"period": "2014", "region": "beijing",
                                                "amount": "8000"}]})


def test_the_quick_estimate_leaves_this_year_unpaid_as_the_full_one(quick_panel):
    simple = quick_panel(_one_row(), as_of=AS_OF)
    full = simple.session.estimate
    assert simple.figures_date() == YearMonth(2025, 12)
    simple.estimate()
    answer = simple.answer
    paid = {y.year: y.months_contributed for y in answer.years}
    assert paid[2026] == 1  # 2026-12 on, as in the full estimate (was 12)
    assert answer.retirement.years_at_retirement == full.retirement.years_at_retirement
    # the base of the quick estimate is the fen-rounded base of this month, grown from there:
    # within a few fen of the full figure (was 12,545.24 against 12,172.70)
    assert abs(answer.pension.total - full.pension.total) < 1


def test_use_as_record_writes_the_unpaid_row_and_says_so(quick_panel):
    simple = quick_panel(_one_row(), as_of=AS_OF)
    before = simple.session.estimate.pension.total
    simple.ask_use_as_record()
    text = simple.question.informativeText()
    assert "添加一行“2026 年，0 个月”" in text
    simple.question.replace.click()
    profile = simple.session.profile
    assert [(r.period, r.months) for r in profile.history] == [("2014", None), ("2026", 0)]
    assert profile.statement.as_of == YearMonth(2025, 12)
    simple.session.recompute()
    after = simple.session.estimate
    assert {y.year: y.months_contributed for y in after.years}[2026] == 1
    assert abs(after.pension.total - before) < 1  # not 12,545


def test_typed_figures_add_no_row(quick_panel):
    simple = quick_panel(_one_row(), as_of=AS_OF)
    simple.years.setValue(5)
    assert simple.unpaid_rows() == []


def test_a_difference_of_fen_is_not_called_rough(quick_panel):
    simple = quick_panel(_one_row(), as_of=AS_OF)
    simple.estimate()
    text = simple.result.text()
    assert "粗略估算" not in text
    assert re.search(r"与右侧按完整记录计算的结果只差 0\.\d\d 元", text)
