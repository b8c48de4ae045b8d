"""New-user trial 11: the housing fund is on by default at the regional minimum deposit rate,
and its card showed the balance with nothing saying it rests on a rate nobody gave. The card now
says the rate it assumed and where to change it; a rate typed, or no housing fund, says nothing
of it."""

from __future__ import annotations

from shebao_desktop.core.queries import housing_fund_bounds
from shebao_desktop.presentation.formats import rate


def test_the_card_says_the_rate_it_assumed(window, qtbot):
    session, card = window.session, window.results.housing_card
    session.update("rates", None, housing_fund={"enabled": True})
    qtbot.waitUntil(lambda: session.estimate is not None
                    and session.profile.housing_fund.employee_rate is None)
    low = housing_fund_bounds(session.profile.region, session.estimate.as_of)[0]
    assert low > 0
    qtbot.waitUntil(lambda: card.detail.text().startswith("未填比例：按当地最低缴存比例"))
    assert f" {rate(low)} 估算" in card.detail.text() and "“假设与公积金”" in card.detail.text()
    session.update("rate", None, housing_fund={"enabled": True, "employee_rate": "0.12"})
    qtbot.waitUntil(lambda: "未填比例" not in card.detail.text())
