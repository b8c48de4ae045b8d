"""Trial 2026-12-02: with 参加工作时间 unticked, the greyed field showed the month typed for the
previous profile. It shows this person's first paid month (or the month they turned 18)."""

from __future__ import annotations

from shebao_desktop.core.yearmonth import YearMonth


def test_the_unticked_work_start_is_this_persons(window, qtbot):
    session, form = window.session, window.person
    assert session.update("work start", None, work_start="1998-07")
    qtbot.waitUntil(lambda: form.work_start.month() == YearMonth(1998, 7))
    assert session.update("no work start", None, work_start=None)
    first = min(row.first_month for row in session.profile.history)
    qtbot.waitUntil(lambda: form.work_start.month() == first)
    assert not form.work_start.isEnabled() and session.profile.work_start is None
    assert session.update("no history", None, history=[], birth="1990-05")
    qtbot.waitUntil(lambda: form.work_start.month() == YearMonth(2008, 5))
    assert session.profile.work_start is None
