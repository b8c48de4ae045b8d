"""New-user trial 7, findings 2 and 3: for the woman who retired in 2025-12 (湖南, born
1975-12, paid to 2025-11; trial 6's person), the printed summary said "未来缴费：继续缴费至退休，
按最近一行的金额…" and 计算过程 said "现在仍可选择 2025-12 至 2026-06" -- months all past. Once
retired, the summary says she retired and pays no more, and the explanation that she retired in
that month, in both languages."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.report import summary_html

AS_OF = YearMonth(2026, 11)


def _woman(**extra) -> Profile:
    rows = [{"period": str(y), "region": "hunan", "amount": "6000"} for y in range(1996, 2025)]
    rows += [{"period": f"2025-{m:02d}", "region": "hunan", "amount": "6000"} for m in range(1, 12)]
    return Profile.model_validate({"name": "李桂芳", "region": "hunan", "birth": "1975-12",
                                   "gender": "female", "category": "worker", "history": rows,
                                   **extra})


def _summary(profile: Profile) -> str:
    return summary_html(profile, estimate(profile, as_of=AS_OF), chart_png=None,
                        today_money=False, version="t", printed_on="2026-11-30")


def test_the_summary_and_the_explanation_say_she_retired(qapp):
    retired = _woman(retirement="2025-12")
    result = estimate(retired, as_of=AS_OF)
    assert result.retired_by_as_of
    html = _summary(retired)
    assert "已于 2025-12 退休，不再缴费" in html and "继续缴费至退休" not in html
    explained = explain_html(retired, result)
    assert "已于 <b>2025-12</b>（49岁" not in explained  # the age is hers: 50 years
    assert "已于 <b>2025-12</b>（50" in explained
    assert "仍可选择" not in explained and "本次按" not in explained
    # seen in 2026-03, the statutory 2026-06 is ahead: the words are as before
    ahead, march = _woman(), YearMonth(2026, 3)
    early = estimate(ahead, as_of=march)
    assert not early.retired_by_as_of
    assert "继续缴费至退休" in summary_html(ahead, early, chart_png=None, today_money=False,
                                          version="t", printed_on="2026-03-01")
    assert "本次按 <b>2026-06</b>" in explain_html(ahead, early)


def test_in_english_too(qapp):
    install_language("en")
    try:
        retired = _woman(retirement="2025-12")
        html = _summary(retired)
        assert "Retired in 2025-12; no further contributions" in html
        assert "Contributing until retirement" not in html
        explained = explain_html(retired, estimate(retired, as_of=AS_OF))
        assert "retired in <b>2025-12</b>" in explained and "still be chosen" not in explained
    finally:
        install_language("zh")


def test_the_comparison_of_a_settled_retirement_is_not_offered(qapp):
    """Finding 4: her 比较退休时间 listed 2025-12 and the statutory 2026-06 (six months she did
    not pay, assumed) with a 选这个 button, and the goal box asked "要怎样才能达到？"."""
    from shebao_desktop.gui.compare_view import CompareView
    from shebao_desktop.gui.session import Session
    session = Session(_woman(retirement="2025-12"), as_of=AS_OF)
    session.recompute()
    view = CompareView(session)
    view.compute()
    assert view.columns == [] and view.table.columnCount() == 0
    assert view.status.text().startswith("已于 2025-12 退休：退休时间已经确定")
    assert not view.goal.seek.isVisibleTo(view) and not view.goal.target.isVisibleTo(view)
    # nor the words about a target to fill in (trial 9: "目标先填为…按“要怎样才能达到？”" stayed)
    assert view.goal.goal_text.text() and not view.goal.goal_text.isVisibleTo(view)
    assert not any(box.isEnabled() for box in view.customs)
    assert view.print_html() is None
    # seen in 2026-03, before her statutory month: the comparison and the goal are there
    before = Session(_woman(), as_of=YearMonth(2026, 3))
    before.recompute()
    ahead = CompareView(before)
    ahead.compute()
    assert ahead.status.text() == "正在计算…" and ahead.goal.seek.isVisibleTo(ahead)
    assert all(box.isEnabled() for box in ahead.customs)
