"""The comparison and flexible-level tabs (issue 11): the figures shown are the core's, a click
selects the plan's month, and a hidden tab computes nothing."""

import threading
from decimal import Decimal

from PySide6.QtCore import Qt

from shebao_desktop.core.decide.compare import compare
from shebao_desktop.core.decide.flexible import flexible_levels
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.gui.compare_view import CompareView
from shebao_desktop.gui.decide_common import Background
from shebao_desktop.gui.flexible_view import LEVELS, FlexibleView
from shebao_desktop.gui.labels import money
from shebao_desktop.presentation.messages import template


def _open(window, qtbot, page):
    window.results.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.content is not None and page.content.isVisible())
    view = page.content
    qtbot.waitUntil(lambda: not view.background.busy and view.table.columnCount() > 0, timeout=30_000)
    return view


def test_the_tabs_are_built_only_when_first_shown(window, qtbot):
    results = window.results
    assert results.compare_page.content is None and results.flexible_page.content is None
    view = _open(window, qtbot, results.compare_page)
    assert isinstance(view, CompareView)
    assert results.flexible_page.content is None


def test_the_comparison_shows_the_cores_figures_for_the_three_months(window, qtbot):
    view = _open(window, qtbot, window.results.compare_page)
    session = window.session
    window_months = retirement_months(session.profile, as_of=session.as_of)
    expected = compare(session.profile, sorted({window_months.statutory_month,
                                                window_months.earliest_month,
                                                window_months.latest_month}), as_of=session.as_of)
    assert view.columns == [c.retirement_month for c in expected]
    assert window_months.statutory_month in view.columns
    for column, choice in enumerate(expected):
        assert view.text_at("月养老金（退休时）", column) == money(choice.total)
        assert view.text_at("月养老金（今日购买力）", column) == money(choice.total_today)
        assert view.text_at("个人缴纳养老保险费合计", column) == money(choice.contributions_personal)
        assert view.text_at("领取至80岁合计", column) == money(choice.received_to_80)
        assert view.text_at("80岁时可继承余额", column) == money(choice.inheritable_at_80)
        shown = view.text_at("回本年龄（个人缴费）", column)
        assert shown == ("不回本" if choice.break_even_age is None else
                         f"{choice.break_even_age.quantize(Decimal('0.1'))} 岁")
    # the plan (the statutory month) is the highlighted column, its button disabled
    plan = view.columns.index(window_months.statutory_month)
    assert not view.buttons[plan].isEnabled() and view.buttons[plan].text() == "当前计划"
    assert view.table.item(1, plan).font().bold() and not view.table.item(1, 1 - plan if plan else 1).font().bold()


def test_choosing_a_column_sets_the_plans_month_in_one_undoable_step(window, qtbot):
    view = _open(window, qtbot, window.results.compare_page)
    session = window.session
    latest = retirement_months(session.profile, as_of=session.as_of).latest_month
    column = view.columns.index(latest)
    qtbot.mouseClick(view.buttons[column], Qt.MouseButton.LeftButton)
    assert session.profile.retirement == latest
    qtbot.waitUntil(lambda: not view.background.busy and view.buttons
                    and view.buttons[view.columns.index(latest)].text() == "当前计划", timeout=30_000)
    assert window.person.retirement.currentData() == str(latest)
    session.undo_stack.undo()
    assert session.profile.retirement is None


def test_a_custom_month_adds_a_column(window, qtbot):
    view = _open(window, qtbot, window.results.compare_page)
    box = view.customs[0]
    target = view.columns[0] + 7  # between the earliest and the latest month
    box.setCurrentIndex(box.findData(str(target)))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: not view.background.busy and target in view.columns, timeout=30_000)
    assert len(view.columns) == 4
    expected = compare(window.session.profile, [target], as_of=window.session.as_of)[0]
    assert view.text_at("月养老金（退休时）", view.columns.index(target)) == money(expected.total)
    assert "自选" in view.table.horizontalHeaderItem(view.columns.index(target)).text()


def test_a_hidden_tab_computes_nothing_and_catches_up_when_shown(window, qtbot):
    view = _open(window, qtbot, window.results.compare_page)
    runs = view.background.runs
    window.results.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not view.isVisible())
    wage = window.session.profile.history[-1].amount
    history = [row.model_dump() for row in window.session.profile.history]
    history[-1]["amount"] = str(wage + 1000)
    assert window.session.update("test", None, history=history)
    qtbot.waitUntil(lambda: view.stale)
    assert view.background.runs == runs  # nothing computed while hidden
    window.results.tabs.setCurrentWidget(window.results.compare_page)
    qtbot.waitUntil(lambda: view.background.runs == runs + 1 and not view.background.busy, timeout=30_000)
    expected = compare(window.session.profile, view.columns, as_of=window.session.as_of)
    assert view.text_at("月养老金（退休时）", 0) == money(expected[0].total)


def test_a_stale_result_is_dropped(qtbot):
    background = Background()
    shown = []
    background.done.connect(lambda result, error: shown.append(result))
    release = threading.Event()
    background.run(lambda: release.wait(30) and "old")
    background.run(lambda: "new")  # the inputs changed before the first run ended
    release.set()
    qtbot.waitUntil(lambda: not background.busy)
    assert shown == ["new"] and background.runs == 2
    background.shutdown()


def test_an_input_the_core_refuses_is_said_not_raised(window, qtbot):
    view = _open(window, qtbot, window.results.compare_page)
    view._show(None, ValueError("boom"))
    assert view.status.text() == "无法比较：计算失败" and view.table.columnCount() == 0


def test_the_flexible_levels_show_the_cores_figures(window, qtbot):
    view = _open(window, qtbot, window.results.flexible_page)
    assert isinstance(view, FlexibleView)
    session = window.session
    expected = flexible_levels(session.profile, LEVELS, as_of=session.as_of)
    assert [view.table.horizontalHeaderItem(n).text() for n in range(6)] == [
        "60%", "80%", "100%", "150%", "200%", "300%"]
    for column, level in enumerate(expected):
        assert view.text_at("每月养老保险费（现在）", column) == money(level.monthly_cost)
        assert view.text_at("到退休共交", column) == money(level.total_cost)
        assert view.text_at("比60%档每月多领", column) == money(level.gain_over_lowest)
        assert view.text_at("医疗保险（另交，每月）", column) == money(level.medical_monthly)
    assert view.text_at("多交部分几年领回", 0) == "—"  # the lowest level gains nothing over itself
    # a higher level costs more each month and pays a higher pension
    assert expected[-1].monthly_cost > expected[0].monthly_cost and expected[-1].total > expected[0].total


def test_goal_seek_under_the_comparison_says_the_cores_answers(window, qtbot):
    from shebao_desktop.core.decide.goal import goal_seek
    view = _open(window, qtbot, window.results.compare_page)
    box = view.goal
    current = window.session.estimate.pension.total_today
    target = (current * 2).quantize(Decimal(1))
    box.target.setValue(float(target))
    box.seek.click()
    qtbot.waitUntil(lambda: box.goal is not None and not box.goal_runner.busy, timeout=120_000)
    expected = goal_seek(window.session.profile, target, as_of=window.session.as_of)
    assert box.goal.index == expected.index and box.goal.wage == expected.wage
    text = box.goal_text.text()
    assert money(expected.current_today) in text
    if expected.index.possible:
        assert f"今后平均缴费指数：{expected.index.value}" in text
    else:
        # the reason in the catalogue's words, as the command line says it
        assert f"今后平均缴费指数：{template(expected.index.why, 'zh')}" in text
    if not expected.retirement.possible:
        assert "或推迟到：" in text and "达不到" in text.split("或推迟到：")[1].split("\n")[0]


def test_a_plan_short_of_the_minimum_years_shows_the_make_up_cost(window, qtbot):
    from shebao_desktop.core.decide.shortfall import make_up
    session = window.session
    birth = session.as_of + -12 * 59  # close to retirement with ten years paid
    start = session.as_of.year - 10
    assert session.update("test", None, birth=str(birth), history=[
        {"period": str(y), "region": "beijing", "amount": "9000"} for y in range(start, session.as_of.year)],
        future={"continue_contributing": False})
    qtbot.waitUntil(lambda: session.estimate is not None and session.estimate.retirement.shortfall_months > 0)
    view = _open(window, qtbot, window.results.compare_page)
    qtbot.waitUntil(lambda: view.goal.shortfall is not None, timeout=60_000)
    expected = make_up(session.profile, as_of=session.as_of)
    shown = view.goal.shortfall_text.text()
    assert f"差 {expected.months_missing} 个月" in shown
    assert f"{money(expected.cost_low)} – {money(expected.cost_high)} 元" in shown


def test_the_goal_line_follows_an_edit(window, qtbot):
    """Trial 2026-12-02: after an edit the line under the goal kept the plan's figure (and an
    answer) of the inputs before it; now it says the new figure and drops the old answer."""
    view = _open(window, qtbot, window.results.compare_page)
    box, session = view.goal, window.session
    box.target.setValue(float((session.estimate.pension.total_today * 2).quantize(Decimal(1))))
    box.seek.click()
    qtbot.waitUntil(lambda: box.goal is not None and not box.goal_runner.busy, timeout=120_000)
    before = session.estimate
    rows = [row.model_dump(mode="json") for row in session.profile.history]
    rows[-1]["amount"] = str(Decimal(rows[-1]["amount"]) + 3000)
    assert session.update("wage", None, history=rows)
    qtbot.waitUntil(lambda: session.estimate is not None and session.estimate is not before)
    qtbot.waitUntil(lambda: box.goal is None)
    now = money(session.estimate.pension.total_today)
    assert now != money(before.pension.total_today)
    assert now in box.goal_text.text() and "输入已改" in box.goal_text.text()
