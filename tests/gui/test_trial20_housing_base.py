"""New-user trial 20: a 深圳 man earning 32,000 read "Monthly contributions for 2026-12
(contribution base 28,375.00 yuan)" with a housing fund of 1,600.00, 5 % of 32,000, not of
28,375: the fund has its own base (《住房公积金管理条例》 art. 16, the city's own band), which was
not said. The estimate carries it and the window and the print name both bases."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _man(wage: str) -> Profile:
    return Profile.model_validate({
        "region": "shenzhen", "birth": "1986-05", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "shenzhen", "amount": wage} for y in range(2014, 2027)]})


def test_the_housing_fund_base_is_carried_and_said(window):
    m = estimate(_man("32000"), as_of=AS_OF).monthly_contributions
    assert m.base < m.housing_fund_base == Decimal(32000)
    assert m.lines["housing_fund"].employee == (m.housing_fund_base * Decimal("0.05")).quantize(Decimal("0.01"))
    window.session.load(_man("32000"), None)
    window.session.recompute()
    title = window.results.breakdown_title.text()
    assert f"社保缴费基数 {m.base:,.2f} 元，住房公积金缴存基数 32,000.00 元" in title
    from shebao_desktop.gui.report import _monthly_html
    e = window.session.estimate
    assert "住房公积金缴存基数 32,000.00 元" in _monthly_html(e, False)
    window.session.load(_man("12000"), None)  # within both bands: one base, said once
    window.session.recompute()
    assert "缴费基数 12,000.00 元）" in window.results.breakdown_title.text()
