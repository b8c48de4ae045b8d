"""Uncertainty on screen (issue 11): the pension card's range, the fan on the balance and the
printed summary's line are the core's low / central / high bands."""

from html import escape

from PySide6.QtWidgets import QWidget

from shebao_desktop.core.decide.bands import bands
from shebao_desktop.gui.fan_chart import BandsController, assumptions_text, range_text
from shebao_desktop.gui.labels import money, percent


def _bands_shown(window, qtbot):
    qtbot.waitUntil(lambda: window.results.bands.bands is not None, timeout=60_000)
    return window.results.bands.bands


def test_the_pension_card_shows_the_cores_low_and_high_pension(window, qtbot):
    shown = _bands_shown(window, qtbot)
    session = window.session
    expected = bands(session.profile, as_of=session.as_of)
    assert shown.total == expected.total
    low, _central, high = expected.total
    assert low < session.estimate.pension.total < high
    assert window.results.range_label.text() == f"区间约 {money(low, 0)} – {money(high, 0)} 元/月 ※"
    tip = window.results.range_label.toolTip()
    assert "记账利率" in tip and "养老金调整" in tip
    session.set_today_money(True)
    low_today, _c, high_today = expected.total_today
    assert window.results.range_label.text() == f"区间约 {money(low_today, 0)} – {money(high_today, 0)} 元/月 ※"


def test_the_fan_is_the_cores_balance_band(window, qtbot):
    shown = _bands_shown(window, qtbot)
    fan = window.results.fan_chart
    assert len(fan.points) == len(shown.balances) > 10
    for (year, low, central, high), band in zip(fan.points, shown.balances):
        assert year == band.year
        assert (low, central, high) == tuple(float(v / 10000) for v in (band.low, band.central, band.high))
        assert low <= central <= high
    assert any(high > low for _y, low, _c, high in fan.points)  # a real band, not a line


def test_the_printed_summary_states_the_range_and_the_assumptions(window, qtbot):
    shown = _bands_shown(window, qtbot)
    html, _images = window.summary()
    line = range_text(shown).removeprefix("区间")
    assert f"每月养老金{line}" in html
    assert html.index(line) > html.index("估算结果")  # under the results heading
    assert escape(assumptions_text(shown)) in html
    for name, value in shown.assumptions["high"].items():  # each case's values are stated
        assert percent(value, 2) in html


def test_an_edit_drops_the_old_range_until_the_new_one_is_in(window, qtbot):
    _bands_shown(window, qtbot)
    assert window.session.update("test", None, birth="1985-03")
    assert window.results.range_label.text() == ""
    qtbot.waitUntil(lambda: window.results.bands.bands is not None
                    and window.results.bands.profile == window.session.profile, timeout=60_000)
    assert window.results.range_label.text().startswith("区间约")


def test_nothing_is_computed_for_a_view_not_on_screen(window, qtbot):
    hidden = QWidget()
    qtbot.addWidget(hidden)
    controller = BandsController(window.session, hidden)
    controller.compute()
    assert controller.background.runs == 0 and controller.bands is None
    hidden.show()
    controller.compute()
    assert controller.background.runs == 1
    qtbot.waitUntil(lambda: controller.bands is not None, timeout=60_000)
    controller.background.shutdown()


def test_the_pension_chart_carries_the_low_high_fan_of_each_retirement_month(window, qtbot):
    """The age chart (monthly pension by retirement month) gets the band too: each bar's month
    estimated under the low and the high case of core.decide.bands, drawn as a fan."""
    from shebao_desktop.core.decide.bands import band_values
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.yearmonth import YearMonth
    fan, chart = window.results.pension_fan, window.results.age_chart
    tabs = window.results.tabs
    tabs.setCurrentIndex([tabs.tabText(n) for n in range(tabs.count())].index("图表"))
    qtbot.waitUntil(lambda: bool(fan.points) and len(fan.points) == len(chart.points), timeout=120_000)
    session = window.session
    assert [label for label, _lo, _hi in fan.points] == [label for label, _v in chart.points]
    for (label, low, high), (_label, central) in zip(fan.points, chart.points):
        assert low <= float(central) <= high
    assert any(high > low for _label, low, high in fan.points)
    drawn = chart.plot.bands[0].points  # the fan as drawn: at the bars' months, low and high
    # one slot per bar (months one apart made every bar a spike on a time scale)
    slots = [float(n) for n in range(len(fan.points))]
    assert chart.plot.positions == [] and chart.plot.x_of() == slots
    assert drawn == [(x, low, high) for x, (_label, low, high) in zip(slots, fan.points)]
    assert "低–高情形" in chart.plot.title and chart.plot.y.high >= max(h for *_x, h in drawn)
    # the first and the last month, estimated on their own under each case
    cases, _reasoning = band_values(session.profile, as_of=session.as_of)
    for label, low, high in (fan.points[0], fan.points[-1]):
        for case, shown in (("low", low), ("high", high)):
            own = session.profile.assumptions.model_copy(update=cases[case])
            e = estimate(session.profile.model_copy(update={
                "assumptions": own, "retirement": YearMonth.parse(label)}), as_of=session.as_of)
            assert shown == float(e.pension.total)
    # today's money: the band is redrawn in today's money with the bars
    session.set_today_money(True)
    chart.refresh()
    label, low, high = fan.points[0]
    own = session.profile.assumptions.model_copy(update=cases["low"])
    e = estimate(session.profile.model_copy(update={
        "assumptions": own, "retirement": YearMonth.parse(label)}), as_of=session.as_of)
    assert low == float(e.pension.total_today)
