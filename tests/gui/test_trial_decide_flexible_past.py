"""New-user trial of the decision tabs, finding 2: a female worker born 1975-09 (statutory
retirement 2026-02) seen in 2026-12 got a levels table costing 0.00 with one pension at every
level from 60 % to 300 % and "—" payback. Now there is no table, only a sentence saying the
retirement month has passed, so there are no future contributions to choose a level for."""

from __future__ import annotations

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.flexible_view import FlexibleView
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.session import Session
from tests.core.test_trial_decide_flexible import AS_OF, woman_born_1975_09


def _view(qtbot, profile) -> FlexibleView:
    session = Session(profile, as_of=AS_OF)
    session.recompute()
    view = FlexibleView(session)
    qtbot.addWidget(view)
    view.show()
    view.background.wait(120)
    return view


def test_past_the_retirement_month_there_is_no_table_but_a_sentence(qtbot):
    view = _view(qtbot, woman_born_1975_09())
    assert view.table.columnCount() == 0 and view.table.rowCount() == 0 and not view.levels
    text = view.status.text()
    assert "2026-02" in text and "已过" in text and "没有缴费档次可选" in text
    assert view.note.isHidden() and view.table.isHidden()  # no empty table, no note about it
    assert not view.print_bar.isEnabled() and view.print_html() is None
    # a retirement month ahead brings the table back
    assert view.session.update("test", None, retirement="2028-02")
    qtbot.waitUntil(lambda: view.table.columnCount() == 6, timeout=60_000)
    assert view.status.text() == ""
    assert not view.note.isHidden() and not view.table.isHidden() and view.print_bar.isEnabled()
    # the same person a year earlier (2025-12) still has months to pay: the levels show
    earlier = Session(woman_born_1975_09(), as_of=YearMonth(2025, 12))
    earlier.recompute()
    view = FlexibleView(earlier)
    qtbot.addWidget(view)
    view.compute()
    view.background.wait(120)
    assert view.table.columnCount() == 6 and view.status.text() == "" and not view.nothing


def test_retiring_next_month_says_so(qtbot):
    view = _view(qtbot, woman_born_1975_09(retirement="2027-01"))
    assert view.table.columnCount() == 0
    assert "2027-01" in view.status.text() and "下个月" in view.status.text()


def test_in_english(qtbot):
    try:
        assert install_language("en") == "en"
        view = _view(qtbot, woman_born_1975_09())
        text = view.status.text()
        assert view.table.columnCount() == 0
        assert "2026-02" in text and "passed" in text and "level" in text
        assert all(ord(ch) < 0x3000 for ch in text), text
    finally:
        install_language("zh_CN")
