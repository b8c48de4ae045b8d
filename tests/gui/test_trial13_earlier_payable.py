"""New-user trial 13: a man in 四川 born 1970-09 who paid 2000-2015 (16 years) and stopped is 6
months short of the minimum at his statutory month 2032-03 (16.5 years), yet payable at his
earliest elective month 2030-09, whose minimum is 15.5 years: the minimum rises by half a year a
year from 2030 (《国务院关于渐进式延迟法定退休年龄的办法》 annex 4; early retirement needs the
minimum of the year chosen, 人社部发〔2024〕94号). Nothing said so, and the comparison's columns
did not say which minimum each applied."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.decide.shortfall import make_up
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.formats import money
from shebao_desktop.gui.goal_view import GoalBox
from tests.gui.test_trial12_short_of_minimum import AS_OF, _short, shortfall_text


def test_the_first_earlier_month_whose_minimum_is_met_is_found():
    found = make_up(_short(), as_of=AS_OF).earlier_payable
    assert found is not None
    assert (found.month, found.minimum_years) == (YearMonth(2030, 9), Decimal("15.5"))
    # the pension then is that month's own estimate's, payable
    then = estimate(_short().model_copy(update={"retirement": YearMonth(2030, 9)}), as_of=AS_OF)
    assert then.retirement.shortfall_months == 0 and then.pension.payable
    assert found.pension == then.pension.total


def test_none_when_no_earlier_month_is_payable():
    """Born 1976: the earliest month (2036) already needs 18.5 years: nothing earlier helps."""
    young = _short().model_copy(update={"birth": YearMonth(1976, 9)})
    assert make_up(young, as_of=AS_OF).earlier_payable is None


def test_the_goal_box_says_so(window, qtbot):
    text = shortfall_text(window, qtbot)
    then = make_up(_short(), as_of=AS_OF).earlier_payable.pension
    assert f"若提前到 2030-09 退休（该年最低 15.5 年），现有年限已够，可按月领取约 {money(then)} 元。" in text
    assert "差 6 个月才满最低 16.5 年" in text


def test_each_comparison_column_says_its_minimum(window, qtbot):
    """Earliest 2030-09 needs 15.5 years, statutory 2032-03 16.5: each column says its own."""
    from tests.gui.test_decide_compare import _open
    session = window.session
    session.load(_short(), None)
    session.recompute()
    view = _open(window, qtbot, window.results.compare_page)
    by_month = {month: column for column, month in enumerate(view.columns)}
    assert view.text_at("最低缴费年限", by_month[YearMonth(2030, 9)]) == "15.5 年"
    assert view.text_at("最低缴费年限", by_month[YearMonth(2032, 3)]) == "16.5 年"
    assert view.text_at("满足最低年限", by_month[YearMonth(2030, 9)]) == "是"
    assert view.text_at("满足最低年限", by_month[YearMonth(2032, 3)]) == "否，差 6 个月"


def test_the_one_page_summary_says_what_the_years_assume_and_the_ways_out(window):
    """Trial 13: the page of a man not payable said neither that no more contributions are
    assumed nor how the years can be made up."""
    from shebao_desktop.gui.summary_page import one_page_data, one_page_html
    session = window.session
    session.load(_short(), None)
    session.recompute()
    html = one_page_html(one_page_data(session), printed_on="2026-12-04")
    assert "年限按今后不再缴费计算（假设中未勾选“继续缴费至退休”）。" in html
    assert "若提前到 2030-09 退休（该年最低 15.5 年），现有年限已够，见下表。" in html
    assert "可延长缴费至满最低年限" in html and "人社部令第13号第二条" in html
    paying = _short().model_copy(update={"future": _short().future.model_copy(
        update={"continue_contributing": True})})
    session.load(paying, None)
    session.recompute()
    assert session.estimate.retirement.shortfall_months == 0
    assert "年限按今后" not in one_page_html(one_page_data(session), printed_on="2026-12-04")


def test_in_english_the_sentences_are_spaced_and_months_counted(window, qtbot):
    """Trial 13: "…reached in 2032-09.Resuming…", "month(s)", "1 months"."""
    from shebao_desktop.gui.labels import month_count
    window.set_language("en")
    try:
        assert (month_count(1), month_count(6)) == ("1 month", "6 months")
        text = shortfall_text(window, qtbot)
        assert "retiring 2032-03, 6 months short of the minimum 16.5 years" in text
        assert ". Retiring later and contributing on from 2032-03, the minimum is reached in 2032-09. " \
               "Retiring early in 2030-09 (minimum 15.5 years that year)" in text
        assert "  " not in text and "(s)" not in text
    finally:
        window.set_language("zh")
    assert month_count(1) == "1 个月"


def test_paying_on_after_the_month_and_resuming_now_do_not_read_as_a_contradiction(window, qtbot):
    """Trial 14: a man in 武汉 born 1970-04, paid 2005-2016, 48 months short: the box said
    "在最晚弹性退休月份以前继续缴费也达不到最低年限" and then "若从本月起恢复缴费，2030-11 缴满". The
    first is of contributions after the planned month, and now says so."""
    rows = [{"period": str(y), "region": "wuhan", "amount": str(1800 + (y - 2005) * 200)}
            for y in range(2005, 2017)]
    man = Profile.model_validate({"birth": "1970-04", "gender": "male", "region": "wuhan",
                                 "history": rows, "future": {"continue_contributing": False}})
    from shebao_desktop.gui.goal_view import make_up_work
    session = window.session
    session.load(man, None)
    session.recompute()
    box = GoalBox(session)
    qtbot.addWidget(box)
    m = make_up_work(session.profile, AS_OF)
    assert m.month_reaching_minimum is None and m.months_missing == 48
    box._shortfall_done(m, None)
    text = box.shortfall_text.text()
    assert f"若推迟退休、从 {m.retirement_month} 起继续缴费，到最晚弹性退休月份也缴不满最低年限。" in text
    assert f"若从本月起恢复缴费，2030-11 缴满，可按计划于 {m.retirement_month} 退休。" in text
    assert "以前继续缴费也达不到" not in text


def test_the_goal_answer_of_a_plan_not_payable_says_so(window, qtbot):
    """Trial 15: after 要怎样才能达到？ the box said "目前计划：约 2,324.95 元/月" of a plan that pays
    nothing, and its wage answers assumed contributions resume without saying so."""
    session = window.session
    session.load(_short(), None)
    session.recompute()
    box = GoalBox(session)
    qtbot.addWidget(box)
    box.target.setValue(3000)
    box.compute_goal()
    qtbot.waitUntil(lambda: box.goal is not None and not box.goal_runner.busy, timeout=120_000)
    text = box.goal_text.text()
    assert text.startswith("目前计划不能按月领取（缴费年限差 6 个月），目标 3,000.00 元。")
    assert "工资和缴费指数的答案按今后恢复缴费计算（目前的假设是不再缴费）。" in text
    assert "目前计划：约" not in text


def test_the_make_up_cost_says_whose_money(window, qtbot):
    """Trial 15: the cost of the missing months is at the base of the retirement month, in the
    money of then; it read as today's (the 60 % level today costs less)."""
    assert "按 2032-03 的最低、最高缴费基数，当时的名义金额" in shortfall_text(window, qtbot)
