"""The balances chart runs as far as the balance fan below it (trial: a Shenzhen woman with 5 %
credited interest saw the pension-account line stop at 2050, the estimate's last year, at 18万,
while the fan went on to 2060): its pension-account line is walked on past the estimate like the
fan's central case (decide/walk.payout_years) until the account is empty, over the fan's years;
the lines the core has no figures for past the estimate (the medical account) end at its last
year with a marker, and the chart says so in its note."""

import pytest

from shebao_desktop.gui.charts import BalancesChart, balances_plot
from shebao_desktop.gui.fan_chart import FanChart

from .lasting import lasting_controller


@pytest.fixture
def charts(qtbot):
    controller = lasting_controller(qtbot, "1978-09", "shenzhen", 2005)
    session = controller.session
    assert str(session.estimate.retirement.chosen_month) == "2030-08"
    balances, fan = BalancesChart(session), FanChart(controller)
    balances.follow(controller)
    for chart in (balances, fan):
        qtbot.addWidget(chart)
        chart.resize(900, 400)
    balances.refresh()
    return balances, fan


def _line(chart, name):
    return [line for line in chart.plot.lines if line.name == name][0]


def test_the_pension_line_runs_on_like_the_fan_over_the_same_years(charts):
    balances, fan = charts
    e = balances.session.estimate
    last = e.years[-1].year
    assert (balances.plot.x.low, balances.plot.x.high) == (fan.plot.x.low, fan.plot.x.high)
    assert fan.plot.x.high > last
    pension = _line(balances, "养老保险个人账户").points
    central = [(x, y) for x, y in fan.plot.lines[0].points]
    assert pension == central  # the same figures, walked-on years too
    assert pension[-1] == (fan.plot.x.high, 0.0)  # ends empty, not in mid-air
    # the estimate's own years are unchanged
    assert pension[:len(e.years)] == [(y.year, float(y.pension_account.closing / 10000))
                                      for y in e.years]


def test_the_medical_line_ends_at_the_estimate_and_the_chart_says_so(charts):
    balances, _fan = charts
    e = balances.session.estimate
    last = e.years[-1].year
    medical = _line(balances, "医保个人账户")
    assert medical.points[-1] == (last, float(e.years[-1].medical_account.closing / 10000))
    assert medical.points[-1][1] > 0 and medical.end_marker
    assert "医保个人账户至 2050 年（估算期末）" in balances.plot.note
    housing = _line(balances, "住房公积金")  # withdrawn at retirement: 0, said nothing of
    assert housing.points[-1] == (last, 0.0) and "住房公积金" not in balances.plot.note


def test_without_the_band_the_line_is_walked_on_until_empty_in_todays_money_too(charts):
    """The printed chart (no band at hand) and the window before the band is in."""
    balances, fan = charts
    session = balances.session
    session.set_today_money(True)
    fan.refresh()
    alone = balances_plot(session)
    pension = [line for line in alone.lines if line.name == "养老保险个人账户"][0].points
    assert pension[-1][1] == 0.0 and pension[-2][1] > 0
    assert alone.x.high == pension[-1][0] > session.estimate.years[-1].year
    assert pension == fan.plot.lines[0].points[:len(pension)]  # deflated like the fan


def test_the_window_s_balances_chart_follows_the_fan(window, qtbot):
    results = window.results
    assert results.balances_chart.bands is results.bands
    tabs = results.tabs
    tabs.setCurrentIndex([tabs.tabText(n) for n in range(tabs.count())].index("图表"))
    qtbot.waitUntil(lambda: results.bands.bands is not None, timeout=60_000)
    qtbot.waitUntil(lambda: results.balances_chart.plot.x is not None
                    and results.fan_chart.plot.x is not None)
    assert results.balances_chart.plot.x.high == results.fan_chart.plot.x.high
