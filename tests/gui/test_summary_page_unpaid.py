"""The one-page summary's three retirement months say 不可领取 where the minimum years are not
met, as the comparison tab does (new-user trial of the decision tabs): no pension nobody would
pay, no break-even age. The profile is the comparison tab test's (test_trial_decide_unpaid)."""

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.summary_page import one_page_data, one_page_html
from tests.gui.test_trial_decide_unpaid import AS_OF, one_month_short


def test_a_month_short_of_the_minimum_years_shows_no_pension(qapp):
    session = Session(one_month_short(), as_of=AS_OF)
    session.recompute()
    page = one_page_data(session)
    short = [c for c in page.choices if not c.minimum_met]
    assert [c.retirement_month for c in short] == [YearMonth(2027, 6)]
    html = one_page_html(page, printed_on="2026-12-01")
    assert "不可领取（缴费差 1 个月）" in html
    assert money(short[0].total) not in html  # its would-be pension is not printed
    paid = [c for c in page.choices if c.minimum_met]
    assert paid and all(money(c.total) in html for c in paid)
