"""Issue 11, a new user's trial of the decision tabs: what it found, each pinned."""

from shebao_desktop.core.decide.flexible import flexible_levels
from shebao_desktop.core.profile import Profile
from shebao_desktop.gui.flexible_view import LEVELS
from shebao_desktop.gui.labels import money
from shebao_desktop.storage.drafts import draft_rows, table_rows, with_table


def _open(window, qtbot, page):
    window.results.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.content is not None and page.content.isVisible())
    view = page.content
    qtbot.waitUntil(lambda: not view.background.busy and
                    (view.table.columnCount() > 0 or bool(view.status.text())), timeout=60_000)
    return view


def test_the_flexible_levels_with_a_history_row_in_error(window, qtbot):
    """A table row that does not parse ("8,5O0") stays out of the estimate; the flexible tab
    computed nothing ("无法计算：计算失败", pydantic: history_draft extra inputs) -- it must leave
    the row out as the main estimate does and show the same levels as without it."""
    session = window.session
    plain = session.profile
    rows = [*table_rows(plain), {"period": "2020-08", "region": "beijing", "amount": "8,5O0"}]
    session.apply(with_table(plain, rows), "draft")
    assert draft_rows(session.profile) and session.left_out_rows
    qtbot.waitUntil(lambda: session.estimate is not None and not session.missing)
    view = _open(window, qtbot, window.results.flexible_page)
    assert view.status.text() == "" and view.table.columnCount() == len(LEVELS)
    expected = flexible_levels(Profile.model_validate(plain.model_dump()), LEVELS,
                               as_of=session.as_of)
    for column, level in enumerate(expected):
        assert view.levels[column].total == level.total
        assert view.text_at("月养老金（退休时）", column) == money(level.total)


def _guangdong_woman_seen_in_2026_12(session) -> None:
    """广东 female worker born 1976-08, 20 years paid, today 2026-12: her earliest elective
    month (2026-08) is already past."""
    from shebao_desktop.core.yearmonth import YearMonth
    session.as_of = YearMonth(2026, 12)
    assert session.update("test", None, birth="1976-08", gender="female", category="worker",
                          region="guangdong", retirement=None, history=[
                              {"period": str(y), "region": "guangdong", "amount": "6000"}
                              for y in range(2006, 2026)])


def test_the_comparison_offers_no_month_in_the_past(window, qtbot):
    """广东 female worker born 1976-08, today 2026-12: the window's earliest month 2026-08 is
    past; the column is the month after today, titled 最早（今后）, and the own-month lists start
    there (选这个 can no longer set a past month)."""
    from shebao_desktop.core.yearmonth import YearMonth
    session = window.session
    _guangdong_woman_seen_in_2026_12(session)
    qtbot.waitUntil(lambda: session.estimate is not None and
                    session.estimate.retirement.earliest_month == YearMonth(2026, 8))
    view = _open(window, qtbot, window.results.compare_page)
    qtbot.waitUntil(lambda: YearMonth(2027, 1) in view.columns, timeout=60_000)
    assert all(month > session.as_of for month in view.columns)
    column = view.columns.index(YearMonth(2027, 1))
    assert view.table.horizontalHeaderItem(column).text().startswith("最早（今后）\n2027-01")
    for box in view.customs:
        assert box.itemData(1) == "2027-01"  # after "—"
    assert view.buttons[column].isEnabled()
    view.buttons[column].click()
    assert session.profile.retirement == YearMonth(2027, 1)


def test_the_plans_retirement_list_offers_no_past_month(window, qtbot):
    """The same case in the person form: the list of months starts after today; a past month
    the profile chose stays shown as past (not silently the statutory month), and the one-page
    summary compares the month after today."""
    from shebao_desktop.core.yearmonth import YearMonth
    from shebao_desktop.gui.summary_page import one_page_data
    session = window.session
    _guangdong_woman_seen_in_2026_12(session)
    qtbot.waitUntil(lambda: session.estimate is not None)
    combo = window.person.retirement
    window.person._fill_retirement()
    listed = [combo.itemData(n) for n in range(1, combo.count())]
    assert listed[0] == "2027-01" and all(YearMonth.parse(m) > session.as_of for m in listed)
    assert session.update("test", None, retirement="2026-08")
    qtbot.waitUntil(lambda: session.estimate is not None and
                    session.estimate.retirement.chosen_month == YearMonth(2026, 8))
    window.person._fill_retirement()
    assert combo.currentData() == "2026-08" and "已过去" in combo.currentText()
    assert "RETIREMENT_MONTH_IN_PAST" in {n.code for n in session.estimate.notices}
    page = one_page_data(session)
    assert all(c.retirement_month > session.as_of for c in page.choices)
    assert YearMonth(2027, 1) in [c.retirement_month for c in page.choices]
