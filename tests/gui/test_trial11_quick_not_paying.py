"""New-user trial 11: a man who paid 1996-2015 and stopped (继续缴费至退休 unticked) was shown in
快速估算 当前月缴费基数 6,500.00 (his 2015 row) and its answer assumed contributions at that base
from today to retirement, a pension far above the full one beside it. Now the base of someone
not paying is 0 with a line saying why and what typing one does, and the quick estimate
contributes only when a base is given, as the full one does."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _stopped() -> Profile:
    rows = [{"period": str(y), "region": "sichuan", "amount": str(2000 + (y - 2000) * 300)}
            for y in range(1996, 2016)]
    return Profile.model_validate({"birth": "1970-09", "gender": "male", "region": "sichuan",
                                   "history": rows, "future": {"continue_contributing": False}})


def test_no_base_and_no_contributions_for_someone_not_paying(quick_panel):
    simple = quick_panel(_stopped(), as_of=AS_OF)
    full = simple.session.estimate
    assert simple.four_numbers()["base"] == 0  # was 6,500.00
    assert "未勾选“继续缴费至退休”" in simple.source.text()
    simple.estimate()
    answer = simple.answer
    assert answer is not None  # no "请填写当前月缴费基数"
    assert all(y.months_contributed == 0 for y in answer.years if y.year >= 2026)
    assert answer.retirement.years_projected == 0
    assert abs(answer.pension.total - full.pension.total) < 1
    assert "今后没有缴费" in simple.result.text()


def test_a_typed_base_tries_contributions_from_now(quick_panel):
    simple = quick_panel(_stopped(), as_of=AS_OF)
    simple.base.set_decimal(Decimal(8000))
    simple.estimate()
    answer = simple.answer
    assert {y.year: y.months_contributed for y in answer.years}[2027] == 12
    assert answer.pension.total > simple.session.estimate.pension.total
