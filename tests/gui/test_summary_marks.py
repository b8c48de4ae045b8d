"""The one-page summary marks its figures that rest on estimates (trial item 5, onepage2.png):
the headline pension, today's money, the three months' columns and the balances carry ※ as
the window's cards do; an estimate resting on nothing estimated carries none."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.summary_page import OnePage, one_page_html

AS_OF = YearMonth(2026, 11)


def _page(e):
    return OnePage("测试", "beijing", AS_OF, e, [], None)


def test_the_headline_and_balances_carry_the_estimate_mark():
    e = estimate(sample_profile(AS_OF), as_of=AS_OF)
    assert any(y.estimated for y in e.years)  # a projection to retirement rests on estimates
    html = one_page_html(_page(e), printed_on="2026-01-01")
    assert f"<b>{money(e.pension.total)} 元 ※</b>" in html
    assert f"今日购买力约 {money(e.pension.total_today)} 元 ※" in html
    assert "月养老金 ※</th>" in html and "今日购买力 ※</th>" in html
    assert f"{money(e.at_retirement.pension_account)} 元 ※" in html


def test_no_mark_when_nothing_rests_on_an_estimate():
    e = estimate(sample_profile(AS_OF), as_of=AS_OF)
    years = [y.model_copy(update={"estimated": False}) for y in e.years]
    pension = e.pension.model_copy(update={"pension_base_estimated": False})
    plain = e.model_copy(update={"years": years, "pension": pension})
    html = one_page_html(_page(plain), printed_on="2026-01-01")
    assert f"<b>{money(e.pension.total)} 元</b>" in html and "元 ※" not in html
