"""The pension-by-retirement-month chart when the statutory month is not a birthday month (trial:
a Shenzhen woman born 1978-09, statutory 2030-08; a Beijing man born 1972-03, statutory 2034-01):
the bars stood at their months, so 2030-08 and 2030-09, one month apart, shrank every bar to a
thin spike; the 2030-09 bar had no label; the first value sat over the y axis' labels; values
stood upright in one chart and across in a similar one. Now: one slot per bar, each bar labelled
by its month (in two rows when one is too narrow), every text inside the plot, values always
written across (inside the bar's top, or above it)."""

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.charts import RetirementAgeChart
from shebao_desktop.gui.plot_draw import _Frame, bar_labels, x_labels
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 1)
PROFILES = {
    "shenzhen": (dict(birth="1978-09", gender="female", region="shenzhen", category="worker",
                      assumptions={"credited_interest_rate": "0.05"}), 2005, "2030-08"),
    "beijing": (dict(birth="1972-03", gender="male", region="beijing", category="worker"), 2000,
                "2034-01"),
    "birthday": (dict(birth="1980-05", gender="male", region="beijing", category="worker"), 2002,
                 "2043-05"),
}


@pytest.fixture(params=sorted(PROFILES))
def chart(request, qtbot):
    data, start, statutory = PROFILES[request.param]
    region = data["region"]
    profile = Profile.model_validate(dict(data, history=[
        {"period": str(y), "region": region, "amount": "10000"} for y in range(start, 2026)]))
    session = Session(profile, as_of=AS_OF)
    session.recompute()
    assert str(session.estimate.retirement.statutory_month) == statutory
    widget = RetirementAgeChart(session)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.wait()
    qtbot.waitUntil(lambda: widget.plot.bars is not None)
    return widget


WIDTHS = (380, 520, 700, 1000, 1400)


def test_every_bar_has_a_readable_width_and_its_month_below_it(chart):
    font, shown = chart.font(), chart.plot
    months = shown.categories
    assert len(months) >= 5
    for width in WIDTHS:
        rect = QRectF(0, 0, width, 260)
        _mode, bars = bar_labels(shown, rect, font)
        area = _Frame(shown, rect, font).area
        widths = {round(box.width(), 3) for box, _t in bars}
        assert len(widths) == 1 and min(widths) >= 0.4 * area.width() / len(months), width
        labels = x_labels(shown, rect, font)
        assert sorted(text for _x, text in labels) == sorted(months), width  # every bar
        advance = QFontMetricsF(font).horizontalAdvance
        for (x, text), (box, _value) in zip(sorted(labels), bars):  # under its own bar
            assert x - advance(text) / 2 <= box.center().x() <= x + advance(text) / 2


def test_the_plans_month_is_darker_and_labelled(chart):
    e = chart.session.estimate
    shown = chart.plot
    assert shown.categories[shown.highlight] == str(e.retirement.chosen_month)
    for width in WIDTHS:
        texts = [t for _x, t in x_labels(shown, QRectF(0, 0, width, 260), chart.font())]
        assert str(e.retirement.chosen_month) in texts


def test_no_text_over_the_axis_labels_and_one_orientation(chart):
    font, shown = chart.font(), chart.plot
    advance = QFontMetricsF(font).horizontalAdvance
    for width in WIDTHS:
        for height in (180, 260, 400):
            rect = QRectF(0, 0, width, height)
            mode, bars = bar_labels(shown, rect, font)
            assert mode in ("across", "above"), (width, height)  # never upright
            frame = _Frame(shown, rect, font)
            for box, text in bars:  # the value, where it is drawn
                if text:
                    label = box if mode == "across" else _above(box, text, advance, frame)
                    assert frame.area.left() <= label.left() and label.right() <= rect.right()
            for x, text in x_labels(shown, rect, font):
                assert x - advance(text) / 2 >= frame.area.left() - 1, (width, text)


def _above(box, text, advance, frame):
    from shebao_desktop.gui.plot_draw import value_rect
    return value_rect(box, advance(text), QFontMetricsF(frame.font).height(), frame)
