"""New-user trial 12: a man in 四川 who paid 2000-2015 and stopped, 6 months short of the minimum
16.5 years. The pension card said "补足后约 3,232.73 元/月" (his 16 years as they are) beside the
comparison's "补缴后约 3,298.44" (the months bought counted); the one-page summary headlined
3,232.73 in large type over "不可领取"; the goal box said "目前计划约 2,870.57 元/月". Each now says
first that nothing is paid, and calls the figure what it is: on the years as they are."""

from __future__ import annotations

from shebao_desktop.cli_text import estimate_text
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.goal_view import GoalBox
from shebao_desktop.gui.summary_page import one_page_data, one_page_html
from shebao_desktop.presentation.formats import money

AS_OF = YearMonth(2026, 12)


def _short() -> Profile:
    rows = [{"period": str(y), "region": "sichuan", "amount": "5000"} for y in range(2000, 2016)]
    return Profile.model_validate({"birth": "1970-09", "gender": "male", "region": "sichuan",
                                   "history": rows, "future": {"continue_contributing": False}})


def test_the_card_the_summary_and_the_goal_box_say_nothing_is_paid(window, qtbot):
    session = window.session
    session.load(_short(), None)
    session.recompute()
    e = session.estimate
    assert e.retirement.shortfall_months == 6 and not e.pension.payable
    card = window.results.pension_card
    assert card.value.text() == "不能按月领取"
    assert f"按现有年限算约 {money(e.pension.total)} 元/月，补足后略高" in card.detail.text()
    assert "补足后约" not in card.detail.text()
    html = one_page_html(one_page_data(session), printed_on="2026-12-04")
    headline = html.split("<h3")[1].split("</p>")[0]
    assert "不能按月领取：缴费年限差 6 个月才满最低 16.5 年" in headline
    assert money(e.pension.total) not in headline.split("</b>")[0]
    box = GoalBox(session)
    qtbot.addWidget(box)
    box._say("first", e)
    assert box.goal_text.text().startswith("目前计划不能按月领取：缴费年限差 6 个月")
    assert "以下为按现有年限计算的金额（满最低年限前不发放" in estimate_text(e, True)


def shortfall_text(window, qtbot) -> str:
    """The goal box's shortfall line for ``_short()`` opened in ``window``."""
    from shebao_desktop.gui.goal_view import make_up_work
    session = window.session
    session.load(_short(), None)
    session.recompute()
    box = GoalBox(session)
    qtbot.addWidget(box)
    box._shortfall_done(make_up_work(session.profile, AS_OF), None)
    return box.shortfall_text.text()


def test_the_ways_to_the_minimum_say_from_when(window, qtbot):
    """Trial 12: "若继续缴费，到 2032-09 满最低年限" read as from now, for contributions after the
    planned 2032-03; resuming now he is paid up in 6 months, which was not said."""
    text = shortfall_text(window, qtbot)
    assert "若推迟退休、从 2032-03 起继续缴费，到 2032-09 满最低年限。" in text
    assert "若从本月起恢复缴费，2027-05 缴满，可按计划于 2032-03 退休。" in text


def test_the_full_pdf_says_first_that_nothing_is_paid(window):
    """Trial 14: the one-page summary and the card said "不能按月领取", while the full summary
    opened with "月养老金：3,232.73 元※" in large type and replacement rates of a pension not
    paid. Now the same words first, the figure on the years as they are, no rates."""
    from shebao_desktop.gui.report import _results_html
    session = window.session
    session.load(_short(), None)
    session.recompute()
    e = session.estimate
    html = _results_html(e, None, session.profile)
    headline = html.split("</p>")[0]
    assert "不能按月领取：缴费年限差 6 个月才满最低 16.5 年" in headline
    assert money(e.pension.total) not in headline and "月养老金：" not in html
    assert f"按现有年限算约 {money(e.pension.total)} 元/月※（{e.pension.retirement_month} 起，基础养老金" in html
    for label in ("替代率（对本人工资）", "替代率（对计发基数）"):
        assert f'{label}</td><td width="29%">—</td>' in html
