"""Charts drawn with QPainter: lines and low–high bands over a numeric x axis, or bars over
named categories (with a band over them), each described by a :class:`Plot` and drawn by
:func:`.plot_draw.draw` onto any paint device: the window's :class:`PlotView`, or a
``QPicture`` for the printed summary (:func:`picture`: vectors, sharp at any resolution).

The program's charts need no more than this, so QtCharts is not used: it cost ~3 MiB of
libraries and ~1 MiB of scene objects per chart view, and its import (issue 10: memory)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPicture
from PySide6.QtWidgets import QWidget

#: colours of the light chart theme the program's charts always had
BLUE, GREEN, ORANGE = "#209fdf", "#99ca53", "#f6a625"
GRID, AXIS_TEXT, FRAME = "#e4e4e4", "#404040", "#d0d0d0"
NOTE_TEXT = "#606060"  # the note line under the title
DARK_BLUE = "#0b5f8f"  # the highlighted bar
MARGIN = 10.0  # around the plot, in pixels of the target
_A = Qt.AlignmentFlag
CENTRE, RIGHT, LEFT = int(_A.AlignCenter), int(_A.AlignRight | _A.AlignVCenter), \
    int(_A.AlignLeft | _A.AlignVCenter)
TOP_CENTRE = int(_A.AlignHCenter | _A.AlignTop)


def nice_axis(value: float) -> tuple[float, int]:
    """(top, tick count) of an axis from 0 past ``value`` whose ticks are round numbers: a step
    of 1, 2, 2.5 or 5 times a power of ten, at most 5 steps (0/20/40/60, not 0/18/35/53)."""
    if value <= 0:
        return 1.0, 2
    power = 10.0 ** (math.floor(math.log10(value)) - 1)
    while True:
        for factor in (1, 2, 2.5, 5):
            step = factor * power
            steps = max(1, math.ceil(value / step - 1e-9))
            if steps <= 5:
                return steps * step, steps + 1
        power *= 10


@dataclass
class Axis:
    """A value axis from ``low`` to ``high`` with ``ticks`` (values, each labelled with
    ``label_format``, a %-format); gridlines are drawn at the ticks."""

    low: float
    high: float
    ticks: list[float]
    label_format: str = "%.0f"
    grouped: bool = True  # thousands separated (60,000), as everywhere else in the program

    def label(self, value: float) -> str:
        return grouped(value, self.label_format) if self.grouped else self.label_format % value


def grouped(value: float, label_format: str = "%.0f") -> str:
    """``value`` in ``label_format`` (%.Nf or %d) with thousands separated."""
    decimals = 0 if label_format == "%d" else int(label_format[2:-1] or 0)
    return format(value, f",.{decimals}f")


def value_axis(value: float, label_format: Optional[str] = None) -> Axis:
    """0 up to a round top past ``value``, ticks at its round steps (:func:`nice_axis`)."""
    top, count = nice_axis(value)
    if label_format is None:  # as many decimals as the step has (trial 11: a step of 2.5 was
        # labelled 0, 2, 5, 8, 10, 12 -- 2.5 and 7.5 rounded), one at least below 10
        step = top / (count - 1)
        places = next(d for d in range(4) if abs(step * 10 ** d - round(step * 10 ** d)) < 1e-6
                      or d == 3)
        label_format = f"%.{max(places, 0 if top >= 10 else 1)}f"
    return Axis(0.0, top, [top * n / (count - 1) for n in range(count)], label_format)


def year_axis(first: int, last: int, interval: int, anchor: int) -> Axis:
    """Years ``first``..``last``, a tick every ``interval`` years from ``anchor``."""
    start = anchor + math.ceil((first - anchor) / interval) * interval
    return Axis(float(first), float(last), [float(y) for y in range(start, last + 1, interval)],
                "%d", grouped=False)


@dataclass
class Line:
    name: str
    colour: str
    points: list[tuple[float, float]]
    width: float = 2.0
    #: a dot on the last point: the line ends there on purpose (before the axis does)
    end_marker: bool = False


@dataclass
class Band:
    """The area between ``(x, low, high)`` points, filled with ``colour`` at ``alpha``; its
    edge drawn in the same colour (``dashed``, or thin and translucent)."""

    name: str
    colour: str
    points: list[tuple[float, float, float]]
    alpha: int = 70
    dashed: bool = False


@dataclass
class Bars:
    """One bar per category (x = its index), each labelled with its value."""

    name: str
    colour: str
    values: list[float]


@dataclass
class Plot:
    title: str = ""
    x: Optional[Axis] = None
    y: Optional[Axis] = None
    lines: list[Line] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    bars: Optional[Bars] = None
    categories: list[str] = field(default_factory=list)  # the bar chart's x labels
    #: where each category stands on the x axis (its index unless given: months, e.g., so
    #: that bars 4 months apart stand closer than bars a year apart)
    positions: list[float] = field(default_factory=list)
    legend: bool = True
    #: the category drawn stronger (its bar darker, its labels always shown): the plan's month
    highlight: Optional[int] = None
    #: said in the middle when there is nothing to draw (no axes), else in a line under the title
    note: str = ""

    def x_of(self) -> list[float]:
        return self.positions or [float(n) for n in range(len(self.categories))]

    def legend_entries(self) -> list[tuple[str, QColor]]:
        if not self.legend:
            return []
        out = [(band.name, _alpha(band.colour, band.alpha)) for band in self.bands]
        return out + [(line.name, QColor(line.colour)) for line in self.lines]


def _alpha(colour: str, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out


def picture(plot: Plot, size: tuple[int, int], font: QFont) -> QPicture:
    """``plot`` drawn at ``size`` as a picture (painter commands, replayed into a printer)."""
    from .plot_draw import draw
    out = QPicture()
    painter = QPainter(out)
    try:
        draw(painter, QRectF(0, 0, *size), plot, font)
    finally:
        painter.end()
    out.setBoundingRect(QRect(0, 0, *size))  # the whole chart, margins included
    return out


class PlotView(QWidget):
    """A widget showing a :class:`Plot` (``plot``; :meth:`set_plot` draws another)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.plot = Plot()

    def set_plot(self, plot: Plot) -> None:
        self.plot = plot
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        from .plot_draw import draw
        painter = QPainter(self)
        try:
            draw(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.plot, self.font())
        finally:
            painter.end()
