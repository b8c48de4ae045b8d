"""New-user trial 18: a 杭州 plan retiring at 2051-07 (earlier than the statutory 2053-01) asked for
9,000 a month; the goal box answered "目前计划：约 9,104.36 元/月…按目前的计划已经达到" -- the
statutory month's figure -- while the plan itself gives 8,395.98. The goal is now answered at the
plan's own retirement month, and its title says so."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.decide.goal import goal_seek
from shebao_desktop.core.decide.compare import retirement_months
from shebao_desktop.presentation.formats import money
from tests.gui.test_decide_compare import _open


def test_the_goal_is_the_plans_own_month(window, qtbot):
    session = window.session
    window_months = retirement_months(session.profile, as_of=session.as_of)
    early = window_months.statutory_month + -18
    assert early >= window_months.earliest_month
    session.update("plan", None, retirement=str(early))
    session.recompute()
    view = _open(window, qtbot, window.results.compare_page)
    box = view.goal
    assert box.goal_title.text().startswith("目标：计划退休时每月")
    plan = session.estimate.pension.total_today
    statutory = goal_seek(session.profile.model_copy(update={"retirement": None}), Decimal(1),
                          as_of=session.as_of).current_today
    assert statutory > plan  # the statutory month pays more: a target between them
    target = ((plan + statutory) / 2).quantize(Decimal(1))
    box.target.setValue(float(target))
    box.seek.click()
    qtbot.waitUntil(lambda: box.goal is not None and not box.goal_runner.busy, timeout=120_000)
    assert box.goal.retirement_month == early and box.goal.current_today == plan
    text = box.goal_text.text()
    assert f"目前计划：约 {money(plan)} 元/月（今日购买力），目标 {money(target)} 元。" in text
    assert "已经达到" not in text
