"""New-user trial of the decision tabs, finding 1: a retirement month short of the minimum
contribution years showed a monthly pension (5,807.98) that would not be paid, only 领取至80岁合计
said 0.00. Such a column now says the pension is not payable and keeps its other facts, on
screen and in print, in Chinese and English."""

from __future__ import annotations

import pytest

from shebao_desktop.core.decide.compare import compare
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.compare_view import CompareView
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)
EARLIEST = YearMonth(2027, 6)  # the window's earliest month: age 60, one month short of 15 years
PENSION_ROWS = ("月养老金（退休时）", "月养老金（今日购买力）", "　基础养老金", "　个人账户养老金",
                "　过渡性养老金", "　地方加发", "替代率", "回本年龄（个人缴费）", "回本年龄（个人＋单位缴费）")


def one_month_short() -> Profile:
    """A Beijing male worker born 1967-06 who started paying in 2012-07: at his earliest month
    (2027-06) he has paid 179 months, one short of 15 years; at the statutory month enough."""
    rows = [{"period": f"2012-{m:02d}", "region": "beijing", "amount": "8000"} for m in range(7, 13)]
    rows += [{"period": str(y), "region": "beijing", "amount": "8000"} for y in range(2013, 2026)]
    return Profile.model_validate(dict(birth="1967-06", gender="male", category="worker",
                                       region="beijing", history=rows))


@pytest.fixture
def view(qtbot):
    session = Session(one_month_short(), as_of=AS_OF)
    session.recompute()
    view = CompareView(session)
    qtbot.addWidget(view)
    view.compute()
    view.background.wait(120)
    view.goal.shortfall_runner.wait(120)
    return view


def test_a_month_short_of_the_minimum_shows_no_pension_figure(view):
    choices = {c.retirement_month: c for c in compare(one_month_short(), as_of=AS_OF)}
    short = choices[EARLIEST]
    # the case: the core flags the month, whose pension figure nobody pays
    assert not short.minimum_met and short.shortfall_months == 1
    assert short.total > 0 and short.received_to_80 == 0
    assert all(c.minimum_met for m, c in choices.items() if m != EARLIEST)
    column = view.columns.index(EARLIEST)
    for title in PENSION_ROWS:
        assert view.text_at(title, column) == "不可领取", title
    shown = [view.table.item(r, column).text() for r in range(1, view.table.rowCount())]
    for figure in (short.total, short.total_today, short.basic, short.account):
        assert money(figure) not in shown
    # the column's other facts stay
    assert view.text_at("满足最低年限", column) == "否，差 1 个月"
    assert view.text_at("缴费年限", column) == f"{short.contribution_years} 年"
    assert view.text_at("个人缴纳养老保险费合计", column) == money(short.contributions_personal)
    assert view.text_at("领取至80岁合计", column) == money(short.received_to_80) == "0.00"
    assert view.text_at("75岁时可继承余额", column) == money(short.inheritable_at_75)
    assert "不可领取" in view.status.text() and "满足最低年限" in view.status.text()
    # the months that meet the minimum show their pension
    for month, choice in choices.items():
        if month != EARLIEST:
            assert view.text_at("月养老金（退休时）", view.columns.index(month)) == money(choice.total)


def test_the_printed_table_follows_the_screen(view):
    short = compare(one_month_short(), [EARLIEST], as_of=AS_OF)[0]
    html = view.print_html()
    assert html is not None and "不可领取" in html and "否，差 1 个月" in html
    assert money(short.total) not in html and money(short.total_today) not in html
    assert "补足之前不发养老金" in html


def test_in_english_the_column_says_not_payable(qtbot):
    try:
        assert install_language("en") == "en"
        session = Session(one_month_short(), as_of=AS_OF)
        session.recompute()
        view = CompareView(session)
        qtbot.addWidget(view)
        view.compute()
        view.background.wait(120)
        column = view.columns.index(EARLIEST)
        cells = [view.table.item(row, column).text() for row in range(1, view.table.rowCount())]
        assert cells[0] == "not payable"
        assert cells.count("not payable") == len(PENSION_ROWS)
        assert "No, 1 month short" in cells  # not "1 months" nor "month(s)" (trial 13)
        assert "not payable" in view.status.text().lower()
        assert all(ord(ch) < 0x3000 for ch in view.status.text())  # translated, no Chinese left
    finally:
        install_language("zh_CN")
