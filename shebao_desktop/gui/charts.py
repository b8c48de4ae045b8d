"""The program's charts (drawn by ``plot``: QPainter, no QtCharts): account balances over time,
and the monthly pension by retirement month across the elective window."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Optional

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPicture
from PySide6.QtWidgets import QWidget

from ..core.errors import ProfileError
from ..core.estimate import estimate
from ..core.policy.loader import PolicyDataError
from ..core.profile import Profile
from ..core.result import Estimate
from ..core.sweep import AgePension, open_months, pensions_at_ages
from ..core.yearmonth import YearMonth
from ..presentation import values
from . import plot
from .decide_common import Background
from .plot import nice_axis  # noqa: F401 - the axes' rule, tested here
from .session import Session

translate = QCoreApplication.translate
TEN_THOUSAND = Decimal(10000)


class BalancesChart(plot.PlotView):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.setMinimumHeight(260)
        self._stale = True
        self.bands = None  # fan_chart.BandsController: its years set the x axis (``follow``)
        session.estimate_changed.connect(self._mark_stale)

    def follow(self, controller) -> None:
        """Run over the years of the balance fan of ``controller`` (drawn again when its bands
        come in): the two charts, one above the other, end in the same year."""
        self.bands = controller
        controller.changed.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redrawn only while visible (or when asked, e.g. for the printed summary)."""
        self._stale = False
        controller = self.bands
        fan = controller.bands if controller is not None and controller.bands is not None \
            and controller.profile == self.session.profile else None
        self.set_plot(balances_plot(self.session, fan.balances[-1].year if fan and fan.balances
                                    else None))


def balances_plot(session: Session, until: Optional[int] = None) -> plot.Plot:
    """The account balances at each year's end (万元, today's money when the session says), over
    the estimate's years and on (``walked_on``) while the pension account is paid out, up to
    ``until`` (the balance fan's last year) if later. A line the core has no figures for past
    the estimate (the medical account) ends there with a marker, and the note says so."""
    title = money_title(translate("charts", "个人账户余额（年末，万元）"), session.today_money)
    e = session.estimate
    if e is None or not e.years:
        return plot.Plot(title, note=no_estimate_note() if e is None else "")
    lines = {"pension": plot.Line(translate("charts", "养老保险个人账户"), plot.BLUE, []),
             "medical": plot.Line(translate("charts", "医保个人账户"), plot.GREEN, []),
             "housing": plot.Line(translate("charts", "住房公积金"), plot.ORANGE, [])}
    from .summary_cards import no_housing_fund  # the card's rule: no line where 不适用
    if no_housing_fund(e, session.profile):
        del lines["housing"]
    top = 0.0
    for y in e.years:
        factor = y.deflator if session.today_money else None
        for key, value in (("pension", y.pension_account.closing),
                           ("medical", y.medical_account.closing),
                           ("housing", y.housing_fund.closing)):
            if key not in lines:
                continue
            number = float(values.shown(value, factor) / TEN_THOUSAND)  # plotting only
            top = max(top, number)
            lines[key].points.append((y.year, number))
    for year, balance, factor in walked_on(session, until):
        lines["pension"].points.append((year, float(values.shown(
            balance, factor if session.today_money else None) / TEN_THOUSAND)))  # plotting only
    first, last = e.years[0].year, max(lines["pension"].points[-1][0], until or 0)
    ended = [line for line in lines.values() if line.points[-1][0] < last and line.points[-1][1]]
    for line in ended:
        line.end_marker = True
    note = translate("charts", "{0}至 {1} 年（估算期末）").format(
        translate("charts", "、").join(line.name for line in ended), e.years[-1].year) if ended else ""
    return plot.Plot(title, plot.year_axis(first, last, 5 if last - first <= 60 else 10,
                                           first - first % 5),
                     plot.value_axis(top), list(lines.values()), note=note)


def walked_on(session: Session, until: Optional[int] = None) -> list[tuple[int, Decimal, Decimal]]:
    """``(year, pension account at its end, its deflator)`` for each year after the estimate's
    last while the account is still being paid out, to the first year it is empty (or ``until``
    if later): the estimate walked on by the core's rules (decide/walk.payout_years, as the
    balance fan's central case). Nothing for an account that pays nothing (it never empties)."""
    e = session.estimate
    last = e.years[-1]
    if e.retirement.shortfall_months or last.pension_account.closing <= 0:
        return []
    from ..core.decide.walk import balances_after, view_for
    try:
        return balances_after(session.profile, e, view_for(session.profile, None, session.as_of),
                              last.year, until)
    except (ProfileError, PolicyDataError, ArithmeticError, ValueError):
        return []  # the line ends with the estimate, marked and said so (``balances_plot``)


#: the size the balances chart is drawn at for print, in pixels (about 15 x 7.5 cm at 190 dpi)
PRINT_SIZE = (1120, 560)


def balances_chart_image(session: Session) -> QImage:
    """The balances chart as an image at ``PRINT_SIZE`` (the printed chart's drawing, played
    into it: a PNG of it, whatever the window shows)."""
    image = QImage(*PRINT_SIZE, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        balances_chart_picture(session).play(painter)
    finally:
        painter.end()
    return image


def balances_chart_picture(session: Session) -> QPicture:
    """The balances chart for print as vectors: its drawing recorded at ``PRINT_SIZE``, played
    into the printer's painter where the document puts it (``printing``: sharp at any
    resolution, a few KiB of commands instead of an image the PDF encodes), its texts in the
    printed document's font (the PDF embeds one font). The last one is kept for the same
    estimate and language (printed again: not drawn again)."""
    from .i18n import current_language
    from .printing import cjk_font
    key = (session.estimate, session.today_money, current_language())
    if _printed and _printed[0][0] is key[0] and _printed[0][1:] == key[1:]:
        return _printed[1]
    picture = plot.picture(balances_plot(session), PRINT_SIZE, cjk_font(PRINT_POINT_SIZE))
    _printed[:] = [key, picture]
    return picture


#: the printed chart's text size at ``PRINT_SIZE`` (it is printed at half that width)
PRINT_POINT_SIZE = 13.0
#: the last chart drawn for print and its (estimate, today's money, language)
_printed: list = []


def balances_chart_png(session: Session) -> Optional[bytes]:
    """``balances_chart_image`` as PNG bytes."""
    image = balances_chart_image(session)
    if image is None:
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class RetirementAgeChart(plot.PlotView):
    """Monthly pension at each whole-year step of the elective window (and the statutory
    month). The pensions come from the core's retirement-age sweep, run off the GUI thread
    (``Background``): the chart is drawn when they arrive, and results for a profile that has
    changed meanwhile are dropped."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.setMinimumHeight(240)
        self.points: list[tuple[str, Decimal]] = []
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        self._worker = Background(self)
        self._worker.done.connect(self._arrived)
        self._asked: Optional[tuple] = None  # (profile, as_of, months) of the run in flight
        self._swept: Optional[tuple] = None  # (profile, as_of, months), {month: AgePension}
        #: adds to the plot of the bars when set (fan_chart.PensionFan: the low–high band)
        self.overlay: Optional[Callable[[plot.Plot], None]] = None
        session.estimate_changed.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        """Wait until the typing pauses before asking for the estimates again."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def months(self, e: Estimate) -> list:
        """A bar a year across the months one can still choose (``open_months``: none past,
        as in 比较退休时间; trial 6: the chart began at 2026-05, the comparison at 2027-01),
        with the statutory and the last month."""
        r = e.retirement
        first, last = open_months(self.session.profile, r, self.session.as_of)
        months, month = [], first
        while month <= last:
            months.append(month)
            month = month + 12
        for month in (r.statutory_month, last):
            if first <= month <= last and month not in months:
                months.append(month)
        return sorted(months)

    def refresh(self) -> None:
        """Draw from the estimates of the current profile, asking the worker for them first
        when they are not in yet (the today's-money switch alone redraws at once)."""
        self._stale = False
        e = self.session.estimate
        if e is None:
            self._asked = None
            self._draw({})
            return
        key = (self.session.profile, self.session.as_of, tuple(self.months(e)))
        if self._swept is not None and _same(self._swept[0], key):
            self._draw(self._swept[1])
        elif self._asked is None or not _same(self._asked, key):
            self._asked = key
            self._worker.run(lambda: sweep_points(*key))

    def _arrived(self, result, error) -> None:
        asked, self._asked = self._asked, None
        if error is not None or asked is None or self.session.estimate is None or not _same(
                asked, (self.session.profile, self.session.as_of,
                        tuple(self.months(self.session.estimate)))):
            self._mark_stale()  # computed for a profile that has changed since: dropped
            return
        self._swept = (asked, result)
        self._draw(result)

    def wait(self) -> None:
        """Block until the estimates asked for are in and drawn (tests, printing)."""
        self._worker.wait()

    def _draw(self, swept: dict) -> None:
        """The bars of ``swept``, the plan's month darker, with the band over them. While the
        band of new months is being computed (after an edit) the last drawing stays, marked as
        being updated, instead of bars on a scale of their own that jumps when the band comes."""
        self.points = []
        for month, other in swept.items():
            if other is not None:
                value = other.pension.total_today if self.session.today_money else other.pension.total
                self.points.append((str(month), value))
        shown = plot.Plot(money_title(translate("charts", "不同退休时间的月养老金（元）"),
                                      self.session.today_money), legend=False)
        if not self.points:
            shown.note = no_estimate_note() if self.session.estimate is None else ""
            self.set_plot(shown)
            return
        # one slot per bar, whatever the months: 2030-08 and 2030-09 stood one month apart on a
        # time scale, and every bar shrank to a spike to fit between them
        shown.categories = [label for label, _ in self.points]
        e = self.session.estimate
        chosen = str(e.retirement.chosen_month) if e is not None else None
        shown.highlight = shown.categories.index(chosen) if chosen in shown.categories else None
        shown.bars = plot.Bars(translate("charts", "月养老金"), plot.BLUE,
                               [round(float(value)) for _label, value in self.points])
        shown.y = plot.value_axis(max(shown.bars.values), "%.0f")
        if self.overlay is not None:
            if self.overlay(shown) is False and self.plot.bars is not None:
                if "\n" not in self.plot.title:  # the band is coming: the last drawing stays
                    self.plot.title += "\n" + translate("fan_chart", "（正在更新…）")
                    self.update()
                return
            shown.y = plot.value_axis(shown.y.high, "%.0f")  # the band may raise the top
        if shown.highlight is not None:
            shown.title += translate("charts", "；深色为计划退休时间")
        self.set_plot(shown)


def money_title(title: str, today_money: bool) -> str:
    """A chart's title, saying so when its figures are in today's money."""
    return title + (translate("charts", "，今日购买力") if today_money else "")


def no_estimate_note() -> str:
    """What an empty chart says (no estimate: nothing entered yet, or an input to correct)."""
    return translate("charts", "还没有估算结果：请填写缴费记录或权益记录单")


def _same(a: tuple, b: tuple) -> bool:
    """The same request: the very same profile object (an edit makes a new one), month, months."""
    return a[0] is b[0] and a[1:] == b[1:]


def sweep_points(profile: Profile, as_of: YearMonth, months: tuple) -> dict:
    """``{month: AgePension or None}`` (its ``pension`` is that month's estimate's) for the
    chart, in the worker thread (no Qt object touched): one sweep walked only to each retirement
    (``pensions_at_ages``); if it refuses, each month alone, a month that fails left out (None)."""
    try:
        return pensions_at_ages(profile, months, as_of=as_of)
    except (ProfileError, PolicyDataError, ArithmeticError, ValueError):
        out: dict = {}
        for month in months:
            try:
                alone = estimate(profile.model_copy(update={"retirement": month}), as_of=as_of)
                out[month] = AgePension(alone.pension, alone.retirement.shortfall_months)
            except (ProfileError, PolicyDataError, ArithmeticError, ValueError):
                out[month] = None
        return out
