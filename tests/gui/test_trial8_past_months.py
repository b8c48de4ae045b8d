"""New-user trial 8, findings 1 and 7: a 广州 woman worker born 1976-03 with records 1998-2025,
seen in 2026-12 (her statutory month 2026-11 just past, nothing recorded since). 比较退休时间
offered "最早 2026-03（50岁）" with a 选这个 button and nothing on the column saying the month is
past, and 计算过程 gave the window 2026-03 to 2029-11 without saying why no later month can be
chosen (only the comparison said so). The past months stay open (she may have retired in one of
them: trial 6), marked 已过去, with when to choose one; 计算过程 gives the reason."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.compare_view import CompareView, compare_work
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 12)


def _her(**extra) -> Profile:
    return Profile.model_validate({
        "name": "B 广州女", "birth": "1976-03", "gender": "female", "category": "worker",
        "region": "guangdong", **extra,
        "history": [{"period": str(y), "region": "guangdong", "amount": "6000"}
                    for y in range(1998, 2026)]})


def test_the_explanation_says_why_no_later_month(qapp):
    her = _her()
    text = explain_html(her, estimate(her, as_of=AS_OF))
    # past months, not "现在仍可选择" them (trial 10)
    assert "2026-03 至 2026-11 已过去，只在你确实已于其中某月退休时选择；本次按 <b>2026-11</b>" in text
    assert "法定退休时间已过，之后没有缴费记录，所以不能再选更晚的月份" in text
    assert "已于 <b>2026-11</b>" not in text  # not chosen by her: the estimate's month
    # seen in 2026-06, before her statutory month: the whole window, no such sentence
    early = explain_html(her, estimate(her, as_of=YearMonth(2026, 6)))
    assert "不能再选更晚的月份" not in early


def test_the_comparison_marks_the_past_months(qapp):
    session = Session(_her(), as_of=AS_OF)
    session.recompute()
    view = CompareView(session)
    view._show(compare_work(session.profile, AS_OF, []), None)
    assert view.columns == [YearMonth(2026, 3), YearMonth(2026, 11)]
    titles = [view.table.horizontalHeaderItem(n).text() for n in range(view.table.columnCount())]
    assert all("已过去" in title for title in titles), titles
    assert "只在你确实已于那个月退休时选择" in view.status.text()
