"""Drawing a :class:`~.plot.Plot` with QPainter (``draw``), and where its texts go: the title
broken after a comma when it is wider than the chart, x labels thinned out when they would run
together (``x_labels``), the bars' values placed alike (``bar_labels``), the legend in rows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen,
                           QPolygonF)

from .plot import (AXIS_TEXT, CENTRE, DARK_BLUE, FRAME, GRID, LEFT, MARGIN, NOTE_TEXT, RIGHT,
                   TOP_CENTRE, Band, Plot, _alpha, grouped)


class _Frame:
    """Where the plot area lies in ``rect`` and how values map into it; the bar chart's month
    labels in one row, or two (every other one lower) when one is too narrow for them all."""

    def __init__(self, plot: Plot, rect: QRectF, font: QFont):
        self.font = font
        metrics = QFontMetricsF(font)
        line = metrics.height()
        titles = len(_title_lines(plot.title, rect, font))
        top = rect.top() + MARGIN + (line * 1.3 * titles + 0.1 * line + 6 if titles else 0)
        self.note_top = top  # the note's line, when the plot has axes and a note
        top += line * 1.3 if plot.note and _has_axes(plot) else 0
        legend = _legend_rows(plot, rect, font) * (line + 4) + 4 if plot.legend_entries() else 0
        y_labels = [plot.y.label(v) for v in plot.y.ticks] if plot.y else []
        left = rect.left() + MARGIN + max((metrics.horizontalAdvance(t) for t in y_labels),
                                          default=0) + 8
        self.right_edge = rect.right() - MARGIN  # where no text goes past
        self.area = QRectF(QPointF(left, top), QPointF(rect.right() - MARGIN - 8, top))
        if plot.categories:
            xs = plot.x_of()
            self.slot = min((b - a for a, b in zip(xs, xs[1:])), default=1.0) or 1.0
            self.x_low, self.x_high = xs[0] - self.slot / 2, xs[-1] + self.slot / 2
        else:
            self.slot = 0.0
            self.x_low, self.x_high = (plot.x.low, plot.x.high) if plot.x else (0.0, 1.0)
        self.y_low, self.y_high = (plot.y.low, plot.y.high) if plot.y else (0.0, 1.0)
        self.x_rows = _category_rows(plot, self, metrics.horizontalAdvance)
        bottom = rect.bottom() - MARGIN - legend - line * len(self.x_rows or [0]) - 6
        self.area.setBottom(bottom)

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
    painter.setFont(_title_font(font))
    painter.setPen(QColor(AXIS_TEXT))
    line = QFontMetricsF(font).height()
    for n, text in enumerate(_title_lines(plot.title, rect, font)):
        painter.drawText(QRectF(rect.left(), rect.top() + MARGIN + n * line * 1.3, rect.width(),
                                line * 1.4), CENTRE, text)
    painter.setFont(font)
    if plot.note and not _has_axes(plot):
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(rect.adjusted(2 * MARGIN, 2 * MARGIN + line * 1.5, -2 * MARGIN,
                                       -2 * MARGIN), CENTRE | int(Qt.TextFlag.TextWordWrap),
                         plot.note)
    if _has_axes(plot):
        frame = _Frame(plot, rect, font)
        if plot.note:  # one line under the title, e.g. where a line ends before the axis
            painter.setPen(QColor(NOTE_TEXT))
            room = rect.width() - 2 * MARGIN
            painter.drawText(QRectF(rect.left() + MARGIN, frame.note_top, room, line), CENTRE,
                             QFontMetricsF(font).elidedText(plot.note, Qt.TextElideMode.ElideRight,
                                                            room))
        _grid_and_labels(painter, plot, frame, line)
        painter.save()
        painter.setClipRect(frame.area.adjusted(-1, -2, 1, 1))
        for band in plot.bands:
            _band(painter, band, frame)
        painter.restore()
        if plot.bars is not None:  # unclipped: a value may stand above its bar
            _bars(painter, plot, rect, font)
        painter.save()
        painter.setClipRect(frame.area.adjusted(-1, -2, 1, 1))
        for series in plot.lines:
            painter.setPen(QPen(QColor(series.colour), series.width))
            painter.drawPolyline(QPolygonF([QPointF(frame.px(x), frame.py(y))
                                            for x, y in series.points]))
            if series.end_marker and series.points:  # ends here on purpose
                painter.setBrush(QColor(series.colour))
                x, y = series.points[-1]
                radius = series.width + 1.5
                painter.drawEllipse(QPointF(frame.px(x), frame.py(y)), radius, radius)
                painter.setBrush(QBrush())
        painter.restore()
    _legend(painter, plot, rect, font)
    painter.restore()


def _has_axes(plot: Plot) -> bool:
    return plot.y is not None and (plot.x is not None or bool(plot.categories))


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.1)
    return title


#: where a title too wide for its chart may be broken (after these), the first kind first
_BREAKS = (("，", "；", "：", ", ", "; ", ": "), ("、", " "))


def _title_lines(title: str, rect: QRectF, font: QFont) -> list[str]:
    """The title's lines as drawn: each line given, broken after a comma (or a space) where it
    is wider than the chart, the third and later run together and elided."""
    metrics = QFontMetricsF(_title_font(font))
    room = rect.width() - 2 * MARGIN
    lines: list[str] = []
    for part in title.split("\n") if title else []:
        while metrics.horizontalAdvance(part) > room:
            cut = 0
            for breaks in _BREAKS:  # after a comma rather than after any word
                cuts = [i + len(b) for b in breaks for i in range(1, len(part))
                        if part.startswith(b, i)
                        and metrics.horizontalAdvance(part[:i + len(b)].rstrip()) <= room]
                if cuts:
                    cut = max(cuts)
                    break
            if not cut:
                break
            lines.append(part[:cut].rstrip())
            part = part[cut:].lstrip()
        lines.append(part)
    if len(lines) > 2:
        lines = lines[:1] + [" ".join(lines[1:])]
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) for text in lines]


def _grid_and_labels(painter: QPainter, plot: Plot, frame: _Frame, line: float) -> None:
    area = frame.area
    painter.setPen(QPen(QColor(GRID), 1))
    for value in plot.y.ticks:
        y = frame.py(value)
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    if not plot.categories:
        for value in plot.x.ticks:
            painter.drawLine(QPointF(frame.px(value), area.top()),
                             QPointF(frame.px(value), area.bottom()))
    painter.setPen(QColor(AXIS_TEXT))
    for value in plot.y.ticks:
        painter.drawText(QRectF(area.left() - 208, frame.py(value) - line / 2, 200, line),
                         RIGHT, plot.y.label(value))
    for value, label, row in _shown_x_labels(plot, frame, painter.font()):
        painter.drawText(QRectF(frame.px(value) - 100, area.bottom() + 4 + row * line, 200, line),
                         CENTRE, label)


def _shown_x_labels(plot: Plot, frame: _Frame, font: QFont) -> list[tuple[float, str, int]]:
    """The x axis labels (value, text, row) that are drawn: the categories (each inside the
    plot, in its row), or the ticks labelled; thinned out where they would run together."""
    width = QFontMetricsF(font).horizontalAdvance
    if not plot.categories:
        labels = [(value, plot.x.label(value)) for value in plot.x.ticks]
        return [(x, text, 0) for x, text in _spaced(labels, frame, width)]
    centres = _inside(frame, [frame.px(x) for x in plot.x_of()],
                      [width(text) for text in plot.categories])
    scale = (frame.x_high - frame.x_low) / (frame.area.width() or 1.0)
    values = [frame.x_low + (c - frame.area.left()) * scale for c in centres]
    if frame.x_rows:
        return [(values[n], plot.categories[n], row) for row, kept in enumerate(frame.x_rows)
                for n in kept]
    labels = list(zip(values, plot.categories))
    return [(x, text, 0) for x, text in _spaced(labels, frame, width, plot.highlight or 0)]


def _inside(frame: _Frame, centres: list[float], widths: list[float]) -> list[float]:
    """``centres`` moved in so that each text (``widths``) stays between the plot's left edge
    (not under the y axis' labels) and the chart's right edge."""
    return [min(max(c, frame.area.left() + w / 2), frame.right_edge - w / 2)
            for c, w in zip(centres, widths)]


def _category_rows(plot: Plot, frame: _Frame, width) -> list[list[int]]:
    """The category labels of each row when every one can be shown: one row if they fit side
    by side, else two (every other label lower); [] when even two rows cannot hold them all."""
    if not plot.categories:
        return []
    widths = [width(text) for text in plot.categories]
    centres = _inside(frame, [frame.px(x) for x in plot.x_of()], widths)
    everyone = list(range(len(centres)))
    if _clear(centres, widths, 0) == everyone:
        return [everyone]
    rows = [everyone[0::2], everyone[1::2]]
    if all(_clear([centres[n] for n in row], [widths[n] for n in row], 0) == list(range(len(row)))
           for row in rows):
        return rows
    return []


def x_labels(plot: Plot, rect: QRectF, font: QFont) -> list[tuple[float, str]]:
    """The x axis labels drawn (at their pixel x) when ``plot`` is drawn into ``rect``."""
    frame = _Frame(plot, rect, font)
    return [(frame.px(x), text) for x, text, _row in _shown_x_labels(plot, frame, font)]


def _spaced(labels: list[tuple[float, str]], frame: _Frame, width,
            keep: int = 0) -> list[tuple[float, str]]:
    """The labels that fit side by side without running into each other: ``labels[keep]`` (the
    first, or the plan's month) always, then outwards from it each one clear of the last kept."""
    if len(labels) < 2:
        return labels
    return [labels[n] for n in _clear([frame.px(x) for x, _t in labels],
                                      [width(text) for _x, text in labels], keep)]


def _clear(centres: list[float], widths: list[float], keep: int, gap: float = 8) -> list[int]:
    """The indices of the texts (centred at ``centres``) kept: ``keep``, then going right and
    left from it, each text that does not come within ``gap`` of the last one kept."""
    keep = min(max(keep, 0), len(centres) - 1)
    kept = [keep]
    edge = centres[keep] + widths[keep] / 2
    for n in range(keep + 1, len(centres)):
        if centres[n] - widths[n] / 2 >= edge + gap:
            kept.append(n)
            edge = centres[n] + widths[n] / 2
    edge = centres[keep] - widths[keep] / 2
    for n in range(keep - 1, -1, -1):
        if centres[n] + widths[n] / 2 <= edge - gap:
            kept.append(n)
            edge = centres[n] - widths[n] / 2
    return sorted(kept)


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


def bar_labels(plot: Plot, rect: QRectF, font: QFont) -> tuple[str, list[tuple[QRectF, str]]]:
    """How the bars' values are placed, all alike and always written across (never upright,
    which similar charts then wrote differently): "across" the bar's top when every value fits
    across its bar, else "above" the bars (inside the plot: ``value_rect``), one every so many
    bars so that they do not run together; and each bar with its value (a bar whose value is
    not shown: an empty text)."""
    frame = _Frame(plot, rect, font)
    metrics = QFontMetricsF(font)
    height, scale = metrics.height(), frame.area.width() / (frame.x_high - frame.x_low)
    width = frame.slot * scale * 0.6
    boxes = [QRectF(frame.px(x) - width / 2, frame.py(value), width,
                    frame.py(0.0) - frame.py(value)) for x, value in zip(plot.x_of(), plot.bars.values)]
    texts = [grouped(value) for value in plot.bars.values]
    advances = [metrics.horizontalAdvance(text) for text in texts]
    if all(a + 4 <= b.width() and height + 4 <= b.height() for a, b in zip(advances, boxes)):
        return "across", list(zip(boxes, texts))
    labels = [value_rect(box, advance, height, frame) for box, advance in zip(boxes, advances)]
    shown = set(_clear([label.center().x() for label in labels], advances, plot.highlight or 0))
    return "above", [(box, text if n in shown else "") for n, (box, text) in
                     enumerate(zip(boxes, texts))]


def value_rect(box: QRectF, advance: float, height: float, frame: _Frame) -> QRectF:
    """Where a bar's value (``advance`` wide) is written above the bar ``box``: over its middle,
    moved in to stay inside the plot (not over the y axis' labels, nor the title)."""
    label = QRectF(box.center().x() - advance / 2 - 2, box.top() - height - 2, advance + 4, height)
    label.moveLeft(min(max(label.left(), frame.area.left()), frame.right_edge - label.width()))
    label.moveTop(max(label.top(), frame.area.top()))
    return label


def _bars(painter: QPainter, plot: Plot, rect: QRectF, font: QFont) -> None:
    mode, bars = bar_labels(plot, rect, font)
    frame = _Frame(plot, rect, font)
    metrics = QFontMetricsF(font)
    height = metrics.height()
    for n, (box, text) in enumerate(bars):
        painter.fillRect(box, QColor(DARK_BLUE if n == plot.highlight else plot.bars.colour))
        if not text:
            continue
        if mode == "across":
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(box.left(), box.top() + 2, box.width(), height), TOP_CENTRE, text)
        else:
            label = value_rect(box, metrics.horizontalAdvance(text), height, frame)
            painter.fillRect(label, QColor(255, 255, 255, 220))
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(label, CENTRE, text)


def _legend_rows(plot: Plot, rect: QRectF, font: QFont) -> int:
    return len(_legend_layout(plot, rect, font))


def _legend_layout(plot: Plot, rect: QRectF, font: QFont) -> list[list[tuple[str, QColor, float]]]:
    """The legend's entries in rows that fit the chart's width (each name elided to it)."""
    metrics = QFontMetricsF(font)
    box, gap, room = metrics.height() * 0.6, metrics.height(), rect.width() - 2 * MARGIN
    rows: list[list[tuple[str, QColor, float]]] = [[]]
    used = 0.0
    for name, colour in plot.legend_entries():
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room - box - 6)
        width = box + 6 + metrics.horizontalAdvance(name)
        if rows[-1] and used + gap + width > room:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0) + width
        rows[-1].append((name, colour, width))
    return rows if rows[0] else []


def _legend(painter: QPainter, plot: Plot, rect: QRectF, font: QFont) -> None:
    rows = _legend_layout(plot, rect, font)
    metrics = QFontMetricsF(font)
    box, gap, line = metrics.height() * 0.6, metrics.height(), metrics.height() + 4
    y = rect.bottom() - MARGIN - len(rows) * line + 4
    for row in rows:
        x = rect.center().x() - (sum(w for *_n, w in row) + gap * (len(row) - 1)) / 2
        for name, colour, width in row:
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colour)
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(QRectF(x + box + 6, y, width, metrics.height()), LEFT, name)
            x += width + gap
        y += line
