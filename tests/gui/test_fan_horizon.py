"""The balance fan's x axis covers every year a line has a value: past the estimate's last year
while the high (or central) account still holds money, in today's money too."""

import pytest

from shebao_desktop.gui.fan_chart import FanChart

from .lasting import lasting_controller


@pytest.fixture
def fan(qtbot):
    controller = lasting_controller(qtbot, "1985-01", "beijing", 2018)
    chart = FanChart(controller)
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    return chart


def test_the_fan_axis_reaches_the_year_every_account_is_empty(fan):
    session = fan.controller.session
    last_estimated = session.estimate.years[-1].year
    year, low, central, high = fan.points[-1]
    assert year > last_estimated and (low, central, high) == (0, 0, 0)
    assert fan.plot.x.high == year
    at_end = [p for p in fan.points if p[0] == last_estimated][0]
    assert at_end[3] > 0  # the high case still had money where the estimate stops
    # the band and the line are drawn over every year of the axis
    assert [x for x, *_ in fan.plot.bands[0].points][-1] == year
    assert [x for x, _ in fan.plot.lines[0].points][-1] == year


def test_the_walked_on_years_are_in_todays_money_too(fan):
    session = fan.controller.session
    bands_ = fan.controller.bands
    session.set_today_money(True)
    fan.refresh()
    last_estimated = session.estimate.years[-1].year
    walked = [b for b in bands_.balances if b.year > last_estimated and b.high > 0]
    assert walked
    shown = {year: high for year, _l, _c, high in fan.points}
    for band in walked:
        assert shown[band.year] == float(band.high / bands_.deflators[band.year] / 10000)
        assert shown[band.year] < float(band.high / 10000)  # deflated, not nominal


def test_a_one_sided_band_says_why(fan, qtbot):
    """Trial 2: with 5 % credited interest (above the high case's 3.97 %) the band lay wholly
    under the line and nothing said why; default assumptions need no such note."""
    from shebao_desktop.core.decide.bands import bands as make_bands
    from shebao_desktop.gui.fan_chart import one_sided_note
    fan.refresh()
    assert "记账利率" in fan.plot.note and "高情形" in fan.plot.note
    controller = fan.controller
    plain = controller.session.profile.model_copy(update={"assumptions": controller.session.profile
                                                           .assumptions.model_copy(update={
                                                               "credited_interest_rate": None})})
    assert one_sided_note(make_bands(plain, as_of=controller.session.as_of)) == ""
