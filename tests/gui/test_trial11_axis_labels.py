"""New-user trial 11: the balances chart's gridlines stood at 0, 2.5, 5, 7.5, 10, 12.5 (万元) and
were labelled 0, 2, 5, 8, 10, 12 -- a step of 2.5 printed with no decimals. An axis's labels now
have as many decimals as its step."""

from shebao_desktop.gui.plot import value_axis


def test_a_step_of_two_and_a_half_keeps_its_half():
    axis = value_axis(12)
    assert axis.ticks == [0, 2.5, 5, 7.5, 10, 12.5]
    assert [axis.label(t) for t in axis.ticks] == ["0.0", "2.5", "5.0", "7.5", "10.0", "12.5"]


def test_whole_steps_stay_whole():
    axis = value_axis(60000)
    assert [axis.label(t) for t in axis.ticks] == ["0", "20,000", "40,000", "60,000"]
    small = value_axis(0.9)
    assert [small.label(t) for t in small.ticks][:3] == ["0.0", "0.2", "0.4"]
