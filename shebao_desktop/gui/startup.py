"""What the window shows before its first paint: the frame (menu titles; three empty panes and
"正在载入…" painted on the window, no child widgets). Qt only: the core, the storage and the
other window parts are imported after that paint, when ``MainWindow.complete`` builds the
content (issue 10: paint first)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenuBar, QWidget

#: Qt enum values set by property name by what the window shows before its content: one enum
#: of the ``Qt`` namespace used by name makes PySide6 build all ~94 of them at once (~70 ms, a
#: quarter of a bare window's start); tests/gui/test_startup_frame.py checks the values
TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus

#: the menus of the finished window, by title (``MainWindow._build_menus`` fills them)
MENU_TITLES = ("文件(&F)", "编辑(&E)", "视图(&V)", "语言(&L) / Language", "数据(&D)", "帮助(&H)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def frame_menus(bar: QMenuBar) -> None:
    """The menu titles, empty until the window is complete (the same words, so nothing moves)."""
    bar.clear()
    for title in MENU_TITLES:
        bar.addMenu(_tr(title))


def paint_loading(window: QWidget) -> None:
    """The window's three columns (profiles, inputs, results) as empty panes, "正在载入…" in the
    middle one, painted on the window itself. A child widget there starts Qt's private animation
    timer; an application-wide event filter written in Python (the start-up benchmark's) then
    has PySide6 load every enum of QtCore and QtWidgets to name that object: ~80 ms CPU."""
    from PySide6.QtGui import QPainter

    painter = QPainter(window)
    area = window.rect().adjusted(4, 4, -4, -4)
    top = window.menuBar().height() + 4 if window.menuBar().isVisible() else 4
    area.setTop(top)
    left, middle = 160, max(200, (area.width() - 160) * 2 // 5)
    panes = [(area.left(), left), (area.left() + left + 4, middle),
             (area.left() + left + middle + 8, area.width() - left - middle - 8)]
    painter.setOpacity(PANE_LINES)
    for x, width in panes:
        painter.drawRect(x, area.top(), width - 1, area.height() - 1)
    painter.setOpacity(1.0)
    x, width = panes[1]
    draw_centred(painter, window, x, area.top(), width, area.height(), loading_text())
    painter.end()


#: the loading panes' lines: the text colour, faint. The painter's own pen (the widget's text
#: colour) is used: a QPen or a colour given to the painter makes PySide6 build every enum of
#: the ``Qt`` namespace (see TEXT_SELECTABLE_BY_MOUSE)
PANE_LINES = 0.3


def draw_centred(painter, widget: QWidget, x: int, y: int, width: int, height: int,
                 text: str) -> None:
    """``text`` in the middle of the box, in the painter's pen (no Qt alignment enum)."""
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(widget.font())
    painter.drawText(x + (width - metrics.horizontalAdvance(text)) // 2,
                     y + (height - metrics.height()) // 2 + metrics.ascent(), text)


def loading_text() -> str:
    return QCoreApplication.translate("MainWindow", "正在载入…")


def fit_screen(window: QWidget) -> None:
    """Keep the whole window on its screen: a default or restored size larger than the
    available area (a 1366×768 laptop, a monitor unplugged) is shrunk to fit."""
    from PySide6.QtWidgets import QApplication

    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - max(frame.height(), 30))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not room.contains(window.frameGeometry().topLeft()):
        window.move(room.topLeft())


def inputs_width(settings, width: Optional[int] = None) -> int:
    """The inputs column's width: the widest input page's (``width``, remembered), or the one
    remembered from the last start while those pages are not built yet (the results first)."""
    if width is not None:
        settings.setValue("window/inputs_width", width)
        return width
    try:
        return max(500, min(1200, int(settings.value("window/inputs_width", 500))))
    except (TypeError, ValueError):
        return 500


class LoadingPane(QWidget):
    """A column of the window not built yet (profiles, inputs) while the results are shown
    first: an empty pane, with "正在载入…" in the middle one."""

    def __init__(self, parent: QWidget, text: str = ""):
        super().__init__(parent)
        self.text = text

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.setOpacity(PANE_LINES)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setOpacity(1.0)
        if self.text:
            draw_centred(painter, self, 0, 0, self.width(), self.height(), self.text)
        painter.end()


class BuiltAfterFirstPaint:
    """For the main window (before ``QMainWindow`` among its bases): until ``complete`` runs its
    loader it is the frame; the loader runs once, right after the first paint, or at once when
    a part of the content (``window.session``, ``window.results``…) is asked for before that.
    Right after the first paint the loader builds the results first (``_staged``): the first
    estimate is computed and painted, then ``_rest`` builds the other columns (profiles,
    inputs, menus). The window sets ``_loader``, ``_rest``, ``_staged``, ``_shown_once`` and
    ``_awaiting_paint`` in its ``__init__`` and names the widget that shows the first figure
    (``first_result_widget``)."""

    def complete(self) -> None:
        """Build the content now if it is not built yet (the loader and the rest run once)."""
        loader, self._loader = self._loader, None
        if loader is not None:
            loader(self)
        rest, self._rest = self._rest, None
        if rest is not None:
            rest()

    def __getattr__(self, name: str):
        if name.startswith("__") or (self.__dict__.get("_loader") is None
                                     and self.__dict__.get("_rest") is None):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.complete()
        return getattr(self, name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._shown_once:  # paint first, build (if not built yet) and compute right after
            self._shown_once = True
            if self._loader is None:
                self.session.hold()
            self._awaiting_paint = True
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.centralWidget() is None:  # the frame, until the content is built
            paint_loading(self)
        if self._awaiting_paint:
            self._awaiting_paint = False
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._loader is None:
            self.session.release()
            return
        kept = self._find_kept() if self._find_kept is not None else None
        if kept is None:
            self._load_results(None)
            return
        show_kept(self, kept)  # the kept figures first, then the content under them
        _AfterPaint(self.first_result_widget(), self._first_result_painted,
                    lambda: self._load_results(kept))

    def _load_results(self, kept) -> None:
        """The loader, staged: the results only, then (after their paint) the rest. Without a
        kept estimate (``kept`` None) the first figure is computed now, after that paint;
        with one, the opened profile shows it until ``verify_kept`` computes it."""
        loader, self._loader = self._loader, None
        if loader is None:
            return
        self._staged = True  # the results only: the rest once the first figure is painted
        self._cards_first = kept is None  # nothing kept: the cards alone (show_cards)
        try:
            loader(self)
        finally:
            self._staged = self._cards_first = False
        if kept is None:
            _AfterPaint(self.first_result_widget(), self._first_result_painted, self._build_rest)
            self.session.recompute()  # now: the first paint shows the figures
            if self.early_cards is not None:  # the figures the results panel shows first
                self.early_cards.show_session(self.session)
        else:
            self.profiles.show_kept(kept)  # the same figures, if the same profile was opened
            _AfterPaint(self.results, self._build_rest)

    def _first_result_painted(self) -> None:
        hooks, self.first_result_hooks = self.first_result_hooks, []
        for hook in hooks:
            hook()

    def _build_rest(self) -> None:
        rest, self._rest = self._rest, None
        if rest is not None:
            rest()
        self.session.verify_kept()  # the kept estimate shown first: computed now


def show_kept(window: QWidget, kept) -> None:
    """The window's columns with only the result cards, showing the estimate kept at the last
    close (``kept_estimate.early``): the results panel adopts those cards when it is built."""
    from .summary_cards import CardFacts
    show_cards(window)
    window.early_cards.show_estimate(kept.estimate, CardFacts(*kept.facts))


def show_cards(window: QWidget) -> None:
    """The window's columns with only the result cards (``window.early_cards``), the results
    panel built after their first figures are painted (it adopts them): a start with nothing
    kept shows its computed figures ~60 ms sooner than with the whole panel (issue 10)."""
    from PySide6.QtWidgets import QVBoxLayout

    from .summary_cards import CardsArea
    slot = QWidget(window)  # its layout's margins are the results panel's (both the default)
    area = CardsArea(slot)  # as in the panel, which adopts it: nothing moves then
    column = QVBoxLayout(slot)
    column.addWidget(area)
    column.addStretch(1)
    window.early_cards = area.cards
    columns(window, slot)
    window.centralWidget().show()


def columns(window, results: QWidget) -> None:
    """The window's content: the tour bar over the three columns (profiles, inputs, results),
    the first two loading panes until ``_build_inputs`` replaces them. Sets ``window.splitter``,
    ``window.tour`` and ``window.column`` (the read-only banner goes on top of it)."""
    from PySide6.QtWidgets import QSplitter, QVBoxLayout

    from .tour import TourBar, tour_seen
    old = window.centralWidget()
    splitter = QSplitter(parent=window)  # horizontal (by keyword: no Qt.Orientation overload)
    # no column dragged away to nothing (trial 12: the inputs vanished, and no menu brought them back)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(LoadingPane(window))  # the profiles and the inputs: _build_inputs
    splitter.addWidget(LoadingPane(window, loading_text()))
    splitter.addWidget(results)
    splitter.setStretchFactor(2, 3)
    inputs = inputs_width(window.settings)
    splitter.setSizes([160, inputs, max(560, 1360 - 160 - inputs)])
    window.splitter = splitter
    central = QWidget(window)
    window.column = QVBoxLayout(central)
    window.column.setContentsMargins(0, 0, 0, 0)
    window.column.setSpacing(0)
    window.tour = TourBar(window.settings, window)  # three steps, shown until dismissed once
    window.tour.setVisible(not tour_seen(window.settings))
    window.column.addWidget(window.tour)
    window.column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    if old is not None:
        old.deleteLater()


class _AfterPaint(QObject):
    """Runs ``then`` (each in turn) once, in the event loop right after ``widget``'s next paint
    pass."""

    def __init__(self, widget: QWidget, *then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        for then in self.then:
            then()
        self.deleteLater()
