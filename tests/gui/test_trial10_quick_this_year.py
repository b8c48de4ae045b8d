"""New-user trial 10, finding 7: after a provincial import with records to 2026-10, the quick
panel said 实际缴费年限 10.00 (its figures stand at the end of 2025) beside the years card's
"已缴 10.83 年", with nothing saying why. The panel now names this year's recorded months as not
in its four figures (counted in the card; the quick estimate fills them as continuing
contributions)."""

from __future__ import annotations

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def test_this_years_records_are_named(quick_panel):
    rows = [{"period": str(y), "region": "guangdong", "amount": "8000"} for y in range(2016, 2026)]
    rows += [{"period": f"2026-{m:02d}", "region": "guangdong", "amount": "8500"} for m in range(1, 11)]
    simple = quick_panel(Profile.model_validate({"birth": "1985-05", "gender": "male",
                                                 "region": "guangdong", "history": rows}), as_of=AS_OF)
    assert simple.years.decimal() == 10
    assert simple.session.estimate.retirement.years_recorded > 10  # 10.83: the card's
    assert "2026-01 至 2026-10 的 10 个月缴费记录不在这四个数字里" in simple.source.text()
    # records to last December only: nothing to say
    plain = quick_panel(Profile.model_validate({"birth": "1985-05", "gender": "male",
                                                "region": "guangdong", "history": rows[:10]}),
                        as_of=AS_OF)
    assert "不在这四个数字里" not in plain.source.text()
