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
