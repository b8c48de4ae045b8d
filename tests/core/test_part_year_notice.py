"""New-user trial 19: a 杭州 row "2010, 10 months" (he started in 2010-03) was counted as
2010-01..10 while alone and as 2010-03..12 once 2011-2026 were added (the index of that year 2.27
against 2.21), and nothing said which; the 缴费月数 tip even said "从1月起算". Alone, the months
after it read twice: "2010-11 至 2026-11 没有缴费记录（断缴）" and "2011-01 至 2026-11 …不按“继续缴费”
假设为已缴". Each part-year row's months are now said (PART_YEARS_PLACED), and a gap the
not-assumed notice covers is said once: the rest of the part year as a gap, the years after as
not assumed."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render

AS_OF = YearMonth(2026, 12)


def _man(years) -> Profile:
    rows = [{"period": "2010", "region": "hangzhou", "amount": "6000", "months": 10}]
    rows += [{"period": str(y), "region": "hangzhou", "amount": "9000"} for y in years]
    return Profile.model_validate({"region": "hangzhou", "birth": "1984-09", "gender": "male",
                                   "category": "worker", "history": rows})


def _params(result, code):
    return [n.params for n in result.notices if n.code == code]


def test_a_part_year_row_says_its_months():
    alone = estimate(_man([]), as_of=AS_OF)
    assert _params(alone, "PART_YEARS_PLACED") == [{"rows": "1=2010=10=2010-01=2010-10"}]
    followed = estimate(_man(range(2011, 2027)), as_of=AS_OF)
    assert _params(followed, "PART_YEARS_PLACED") == [{"rows": "1=2010=10=2010-03=2010-12"}]
    zh = render("PART_YEARS_PLACED", _params(followed, "PART_YEARS_PLACED")[0], "zh_CN")
    assert zh.startswith("不满一年的行按这些月份计算：第 1 行 2010 年 10 个月：2010-03 至 2010-12（")
    en = render("PART_YEARS_PLACED", _params(followed, "PART_YEARS_PLACED")[0], "en")
    assert "row 1, 2010, 10 months: 2010-03 to 2010-12" in en
    whole = _man(range(2011, 2027))
    whole = whole.model_copy(update={"history": whole.history[1:]})
    assert _params(estimate(whole, as_of=AS_OF), "PART_YEARS_PLACED") == []  # whole years: nothing


def test_the_months_after_a_last_part_year_are_said_once():
    alone = estimate(_man([]), as_of=AS_OF)
    assert _params(alone, "PAST_MONTHS_NOT_ASSUMED") == [{"from": "2011-01", "to": "2026-11"}]
    assert _params(alone, "GAP_IN_HISTORY") == [{"from": "2010-11", "to": "2010-12"}]
