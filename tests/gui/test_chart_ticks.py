"""Trial r2: the balances chart's axis read 0/18/35/53/70 (a top of 70 cut in quarters): the
axes now end on a top whose ticks are round numbers."""

from shebao_desktop.gui.charts import BalancesChart, nice_axis


ROUND_STEPS = {round(f * 10.0 ** k, 6) for f in (1, 2, 2.5, 5) for k in range(-2, 6)}


def _ticks(value):
    top, count = nice_axis(value)
    step = top / (count - 1)
    return [round(step * n, 6) for n in range(count)]


def test_ticks_are_round_numbers():
    assert _ticks(65) == [0, 20, 40, 60, 80]
    assert _ticks(53.2) == [0, 20, 40, 60]
    assert _ticks(9.3) == [0, 2, 4, 6, 8, 10]
    assert _ticks(18432.5) == [0, 5000, 10000, 15000, 20000]
    for value in (0.37, 1, 7, 12, 65, 70, 99, 101, 333, 4321, 80000):
        top, count = nice_axis(value)
        ticks = _ticks(value)
        assert top >= value and 2 <= count <= 6
        assert ticks[1] in ROUND_STEPS, (value, ticks)

def test_the_balances_chart_uses_them(window, qtbot):
    window.results.tabs.setCurrentIndex(1)
    chart = window.findChild(BalancesChart)
    qtbot.waitUntil(lambda: chart.plot.y is not None)
    y_axis = chart.plot.y
    step = y_axis.high / (len(y_axis.ticks) - 1)
    assert step == int(step) and (y_axis.high, len(y_axis.ticks)) == nice_axis(y_axis.high)
    assert y_axis.ticks == [step * n for n in range(len(y_axis.ticks))]
    assert max(y for line in chart.plot.lines for _x, y in line.points) <= y_axis.high
