"""Charts drawn with QPainter: lines and low–high bands over a numeric x axis, or bars over
named categories (with a band over them), each described by a :class:`Plot` and drawn by
:func:`draw` onto any paint device: the window's :class:`PlotView`, or a ``QPicture`` for the
printed summary (:func:`picture`: vectors, sharp at any resolution).

The program's charts need no more than this, so QtCharts is not used: it cost ~3 MiB of
libraries and ~1 MiB of scene objects per chart view, and its import (issue 10: memory)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPicture, \
    QPolygonF
from PySide6.QtWidgets import QWidget

#: colours of the light chart theme the program's charts always had
BLUE, GREEN, ORANGE = "#209fdf", "#99ca53", "#f6a625"
GRID, AXIS_TEXT, FRAME = "#e4e4e4", "#404040", "#d0d0d0"
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

    def label(self, value: float) -> str:
        return self.label_format % value


def value_axis(value: float, label_format: Optional[str] = None) -> Axis:
    """0 up to a round top past ``value``, ticks at its round steps (:func:`nice_axis`)."""
    top, count = nice_axis(value)
    if label_format is None:
        label_format = "%.0f" if top >= 10 else "%.1f"
    return Axis(0.0, top, [top * n / (count - 1) for n in range(count)], label_format)


def year_axis(first: int, last: int, interval: int, anchor: int) -> Axis:
    """Years ``first``..``last``, a tick every ``interval`` years from ``anchor``."""
    start = anchor + math.ceil((first - anchor) / interval) * interval
    return Axis(float(first), float(last), [float(y) for y in range(start, last + 1, interval)],
                "%d")


@dataclass
class Line:
    name: str
    colour: str
    points: list[tuple[float, float]]
    width: float = 2.0


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
    legend: bool = True

    def legend_entries(self) -> list[tuple[str, QColor]]:
        if not self.legend:
            return []
        out = [(band.name, _alpha(band.colour, band.alpha)) for band in self.bands]
        return out + [(line.name, QColor(line.colour)) for line in self.lines]


def _alpha(colour: str, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out


class _Frame:
    """Where the plot area lies in ``rect`` and how values map into it."""

    def __init__(self, plot: Plot, rect: QRectF, font: QFont):
        metrics = QFontMetricsF(font)
        line = metrics.height()
        top = rect.top() + MARGIN + (line * 1.4 + 6 if plot.title else 0)
        legend = line + 8 if plot.legend_entries() else 0
        y_labels = [plot.y.label(v) for v in plot.y.ticks] if plot.y else []
        left = rect.left() + MARGIN + max((metrics.horizontalAdvance(t) for t in y_labels),
                                          default=0) + 8
        bottom = rect.bottom() - MARGIN - legend - line - 6
        self.area = QRectF(QPointF(left, top), QPointF(rect.right() - MARGIN - 8, bottom))
        self.x_low, self.x_high = (-0.5, len(plot.categories) - 0.5) if plot.categories else \
            ((plot.x.low, plot.x.high) if plot.x else (0.0, 1.0))
        self.y_low, self.y_high = (plot.y.low, plot.y.high) if plot.y else (0.0, 1.0)

    def px(self, x: float) -> float:
        span = (self.x_high - self.x_low) or 1.0
        return self.area.left() + (x - self.x_low) / span * self.area.width()

    def py(self, y: float) -> float:
        span = (self.y_high - self.y_low) or 1.0
        return self.area.bottom() - (y - self.y_low) / span * self.area.height()


def draw(painter: QPainter, rect: QRectF, plot: Plot, font: QFont) -> None:
    """Draw ``plot`` into ``rect`` of the painter's device, its texts in ``font``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(FRAME), 1))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    painter.setBrush(QBrush())  # no fill from here: a band's edge is drawn over its own fill
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.1)
    painter.setFont(title_font)
    painter.setPen(QColor(AXIS_TEXT))
    line = QFontMetricsF(font).height()
    if plot.title:
        painter.drawText(QRectF(rect.left(), rect.top() + MARGIN, rect.width(), line * 1.4), CENTRE,
                         plot.title)
    painter.setFont(font)
    if plot.y is not None and (plot.x is not None or plot.categories):
        frame = _Frame(plot, rect, font)
        _grid_and_labels(painter, plot, frame, line)
        painter.save()
        painter.setClipRect(frame.area.adjusted(-1, -2, 1, 1))
        for band in plot.bands:
            _band(painter, band, frame)
        if plot.bars is not None:
            _bars(painter, plot.bars, frame, font)
        for series in plot.lines:
            painter.setPen(QPen(QColor(series.colour), series.width))
            painter.drawPolyline(QPolygonF([QPointF(frame.px(x), frame.py(y))
                                            for x, y in series.points]))
        painter.restore()
    _legend(painter, plot, rect, font)
    painter.restore()


def _grid_and_labels(painter: QPainter, plot: Plot, frame: _Frame, line: float) -> None:
    area = frame.area
    painter.setPen(QPen(QColor(GRID), 1))
    for value in plot.y.ticks:
        y = frame.py(value)
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    x_labels = [(float(n), label) for n, label in enumerate(plot.categories)] if plot.categories \
        else [(value, plot.x.label(value)) for value in plot.x.ticks]
    if not plot.categories:
        for value, _label in x_labels:
            painter.drawLine(QPointF(frame.px(value), area.top()),
                             QPointF(frame.px(value), area.bottom()))
    painter.setPen(QColor(AXIS_TEXT))
    for value in plot.y.ticks:
        painter.drawText(QRectF(area.left() - 208, frame.py(value) - line / 2, 200, line),
                         RIGHT, plot.y.label(value))
    for value, label in x_labels:
        painter.drawText(QRectF(frame.px(value) - 100, area.bottom() + 4, 200, line), CENTRE, label)


def _band(painter: QPainter, band: Band, frame: _Frame) -> None:
    if not band.points:
        return
    upper = [QPointF(frame.px(x), frame.py(high)) for x, _low, high in band.points]
    lower = [QPointF(frame.px(x), frame.py(low)) for x, low, _high in reversed(band.points)]
    path = QPainterPath()
    path.addPolygon(QPolygonF(upper + lower))
    path.closeSubpath()
    fill = _alpha(band.colour, band.alpha)
    painter.fillPath(path, fill)
    pen = QPen(QColor(band.colour) if band.dashed else fill, 1)
    if band.dashed:
        pen.setDashPattern([4.0, 3.0])
    painter.setPen(pen)
    painter.drawPath(path)


def _bars(painter: QPainter, bars: Bars, frame: _Frame, font: QFont) -> None:
    slot = frame.area.width() / max(1, len(bars.values))
    width = slot * 0.5
    rotated = len(bars.values) > 8
    metrics = QFontMetricsF(font)
    for n, value in enumerate(bars.values):
        top, base = frame.py(value), frame.py(0.0)
        box = QRectF(frame.px(n) - width / 2, top, width, base - top)
        painter.fillRect(box, QColor(bars.colour))
        text = "%.0f" % value
        painter.setPen(QColor("white"))
        if rotated:
            painter.save()
            painter.translate(box.center().x(), box.top() + 4)
            painter.rotate(-90)
            painter.drawText(QRectF(-metrics.horizontalAdvance(text), -metrics.height() / 2,
                                    metrics.horizontalAdvance(text), metrics.height()), RIGHT, text)
            painter.restore()
        else:
            painter.drawText(QRectF(box.left() - 20, box.top() + 2, box.width() + 40,
                                    metrics.height()), TOP_CENTRE, text)


def _legend(painter: QPainter, plot: Plot, rect: QRectF, font: QFont) -> None:
    entries = plot.legend_entries()
    if not entries:
        return
    metrics = QFontMetricsF(font)
    box, gap = metrics.height() * 0.6, metrics.height()
    widths = [box + 6 + metrics.horizontalAdvance(name) for name, _colour in entries]
    x = rect.center().x() - (sum(widths) + gap * (len(entries) - 1)) / 2
    y = rect.bottom() - MARGIN - metrics.height()
    for (name, colour), width in zip(entries, widths):
        painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colour)
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(QRectF(x + box + 6, y, width, metrics.height()), LEFT, name)
        x += width + gap


def picture(plot: Plot, size: tuple[int, int], font: QFont) -> QPicture:
    """``plot`` drawn at ``size`` as a picture (painter commands, replayed into a printer)."""
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
        painter = QPainter(self)
        try:
            draw(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.plot, self.font())
        finally:
            painter.end()
