"""The charts drawn with QPainter (gui/plot.py, plot_draw.py), as a new user saw them at a
small window (trial: year labels running together "2015202020252030", bar values wider than
their bars and cut, an English title cut at both ends) and with today's money on (the band
chart stayed in nominal yuan beside a chart in today's money)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from shebao_desktop.gui import plot
from shebao_desktop.gui.plot_draw import _title_lines, bar_labels, x_labels


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(9)
    return font


def _years(first=2011, last=2070) -> plot.Plot:
    return plot.Plot("个人账户余额（年末，万元），今日购买力", plot.year_axis(first, last, 5, first - first % 5),
                     plot.value_axis(250), [plot.Line("养老保险个人账户", plot.BLUE,
                                                      [(y, 1.0) for y in range(first, last + 1)])])


def _bars(values, months) -> plot.Plot:
    shown = plot.Plot("不同退休时间的月养老金（元）", legend=False, categories=months,
                      positions=[float(12 * int(m[:4]) + int(m[5:]) - 1) for m in months])
    shown.bars = plot.Bars("月养老金", plot.BLUE, values)
    shown.y = plot.value_axis(max(values), "%.0f")
    return shown


def _no_overlap(labels, font) -> bool:
    width = QFontMetricsF(font).horizontalAdvance
    spans = sorted((x - width(text) / 2, x + width(text) / 2) for x, text in labels)
    return all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_year_labels_are_thinned_where_they_would_run_together(qapp):
    font, chart = _font(), _years()
    wide = x_labels(chart, QRectF(0, 0, 1200, 300), font)
    narrow = x_labels(chart, QRectF(0, 0, 300, 300), font)
    assert [text for _x, text in wide] == [str(y) for y in range(2015, 2071, 5)]  # all of them
    assert 2 <= len(narrow) < len(wide) and _no_overlap(narrow, font)
    assert narrow[0][1] == "2015"


def test_bar_values_are_placed_alike_and_never_run_together(qapp):
    font = _font()
    months = ["2048-03", "2049-03", "2050-03", "2051-03", "2052-03", "2053-03", "2054-03"]
    chart = _bars([19876.0, 21429.0, 23124.0, 25078.0, 27258.0, 29716.0, 32514.0], months)
    mode, bars = bar_labels(chart, QRectF(0, 0, 1000, 260), font)
    assert mode == "across" and [t for _b, t in bars] == ["19,876", "21,429", "23,124", "25,078",
                                                          "27,258", "29,716", "32,514"]
    width = QFontMetricsF(font).horizontalAdvance
    assert all(width(text) <= box.width() for box, text in bars)
    mode, bars = bar_labels(chart, QRectF(0, 0, 330, 120), font)
    assert mode == "above"
    shown = [(box.center().x(), text) for box, text in bars if text]
    assert 1 < len(shown) < len(bars) and _no_overlap(shown, font)


def test_bars_stand_at_their_months(qapp):
    """2032-03, 2032-11, 2033-03: 8 months then 4, not one bar-width each."""
    chart = _bars([1000.0, 1100.0, 1200.0], ["2032-03", "2032-11", "2033-03"])
    _mode, bars = bar_labels(chart, QRectF(0, 0, 800, 260), _font())
    (a, _), (b, _), (c, _) = bars
    first, second = b.center().x() - a.center().x(), c.center().x() - b.center().x()
    assert abs(first / second - 2) < 0.01


def test_a_long_title_is_broken_after_a_comma_not_cut(qapp):
    font = _font()
    title = "Account balances (year-end, 10,000 yuan), in today's money"
    lines = _title_lines(title, QRectF(0, 0, 330, 200), font)
    assert len(lines) == 2 and lines[1] == "in today's money" and "…" not in "".join(lines)
    assert _title_lines(title, QRectF(0, 0, 1200, 200), font) == [title]


def test_axis_values_have_thousands_separated():
    assert plot.value_axis(70000, "%.0f").label(60000.0) == "60,000"
    assert plot.value_axis(2.3).label(1.5) == "1.5"
    assert plot.year_axis(2011, 2070, 5, 2010).label(2030.0) == "2030"


def test_the_band_chart_follows_todays_money(window, qtbot):
    results = window.results
    results.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: results.bands.bands is not None, timeout=60_000)
    fan, bands = results.fan_chart, results.bands.bands
    nominal = list(fan.points)
    assert "今日购买力" not in fan.plot.title
    window.session.set_today_money(True)
    deflators = {y.year: y.deflator for y in bands.central.years}
    assert "今日购买力" in fan.plot.title
    qtbot.waitUntil(lambda: "今日购买力" in results.age_chart.plot.title)  # after its short delay
    for (year, low, mid, high), band in zip(fan.points, bands.balances):
        assert mid == float(band.central / deflators[year] / 10000)
        assert low == float(band.low / deflators[year] / 10000)
    assert fan.points != nominal
    window.session.set_today_money(False)
    assert fan.points == nominal


def _empty_profile_on_the_charts(window):
    """A profile with nothing to estimate, opened with the 图表 tab in front."""
    from shebao_desktop.core.profile import Profile
    results = window.results
    results.tabs.setCurrentIndex(1)
    window.session.load(Profile.model_validate({"name": "空", "birth": "1990-01", "gender": "male",
                                                "region": "beijing"}), None)
    window.session.recompute()
    return results


def test_no_inputs_no_band_and_no_computing_said(window, qtbot):
    """An empty profile said "（正在计算区间…）" for good: there is nothing to compute."""
    results = _empty_profile_on_the_charts(window)
    assert window.session.estimate is None
    assert "正在计算" not in results.fan_chart.plot.title and results.fan_chart.plot.y is None


def test_the_plans_month_is_labelled_and_drawn_darker(qapp):
    """Trial 2: with uneven months only every other bar kept its label, and the plan's month
    (the figure on the card) was among those left out."""
    font = _font()
    months = ["2030-03", "2031-03", "2032-03", "2032-11", "2033-03", "2034-03", "2035-03"]
    chart = _bars([6000.0, 6300.0, 6600.0, 7274.0, 7000.0, 7300.0, 7600.0], months)
    chart.highlight = 3
    labels = [text for _x, text in x_labels(chart, QRectF(0, 0, 380, 200), font)]
    assert "2032-11" in labels and len(labels) < len(months) and _no_overlap(
        x_labels(chart, QRectF(0, 0, 380, 200), font), font)
    mode, bars = bar_labels(chart, QRectF(0, 0, 380, 120), font)
    assert mode == "above" and bars[3][1] == "7,274"


def test_an_empty_chart_says_why(window, qtbot):
    results = _empty_profile_on_the_charts(window)
    results.balances_chart.refresh()
    for chart in (results.balances_chart, results.fan_chart):
        assert "还没有估算结果" in chart.plot.note and chart.plot.y is None


def test_after_an_edit_the_pension_chart_keeps_its_drawing_until_the_band_is_in(window, qtbot):
    """Trial 2: on every edit the bars were drawn alone on a scale of their own (the axis from
    60,000 to 30,000, bars twice as tall), then again with the band half a second later."""
    results = window.results
    tabs = results.tabs
    tabs.setCurrentIndex([tabs.tabText(n) for n in range(tabs.count())].index("图表"))
    chart, fan = results.age_chart, results.pension_fan
    qtbot.waitUntil(lambda: bool(fan.points) and bool(chart.plot.bands), timeout=120_000)
    drawn = chart.plot
    assert chart.plot.highlight is not None and "深色为计划退休时间" in chart.plot.title
    rows = [row.model_dump() for row in window.session.profile.history]
    rows[-1]["amount"] = str(window.session.profile.history[-1].amount + 500)
    window.session.update("test", None, history=rows)
    window.session.recompute()
    chart.refresh()
    chart.wait()  # the new months' pensions are in; their band is not yet
    if fan.key is None or fan.key[0] is not window.session.profile:
        assert chart.plot is drawn and "正在更新" in chart.plot.title and chart.plot.bands
    qtbot.waitUntil(lambda: chart.plot is not drawn and "正在更新" not in chart.plot.title,
                    timeout=120_000)
    assert chart.plot.bands  # drawn again with its band, in one step
