"""Trial r2: the quick history started at 2016-12 whatever the work start entered, and
"按增长率填充未来" on an empty table said a red "已添加 0 年" without a reason."""

from shebao_desktop.core.yearmonth import YearMonth


def test_the_quick_history_starts_at_the_work_start_entered(window):
    session = window.session
    session.update("work start", None, work_start="2003-09")
    dialog = window.quick_history()
    assert dialog.start.month() == YearMonth(2003, 9)
    dialog.reject()


def test_without_a_work_start_after_the_last_row_or_at_sixteen(window):
    session = window.session
    session.update("no work start", None, work_start=None)
    last = max(m for row in session.profile.history for m in row.months_covered())
    dialog = window.quick_history()
    assert dialog.start.month() == min(last + 1, session.as_of + -1)
    dialog.reject()
    session.update("no rows", None, history=[])
    dialog = window.quick_history()
    assert dialog.start.month() == session.profile.birth + 12 * 16
    dialog.reject()


def test_filling_the_future_of_an_empty_table_says_why_and_what_to_do(window):
    window.session.update("no rows", None, history=[])
    window.history._fill()  # no growth asked: there is nothing to grow from
    text = window.history.message.text()
    assert "已添加 0 年" not in text
    assert "整年" in text and "快速填写过去的记录" in text
    assert window.session.profile.history == []


def test_the_wage_offered_continues_the_record(window):
    """Trial 14: a Shanghai man whose last row was 25,000 a month was offered 6,000 and 6 % a
    year from 2026-01, replacing 2026 if confirmed unread. The dialog now offers the latest
    row's amount and the own-wage growth the estimate uses."""
    from decimal import Decimal
    session = window.session
    latest = max(session.profile.history, key=lambda row: max(row.months_covered()))
    used = next(a.value for a in session.estimate.assumptions if a.name == "own_wage_growth")
    dialog = window.quick_history()
    assert dialog.amount.decimal() == latest.amount and latest.amount != Decimal(6000)
    assert dialog.growth.decimal() == used * 100
    assert dialog.rows[0].amount == latest.amount
    dialog.reject()
