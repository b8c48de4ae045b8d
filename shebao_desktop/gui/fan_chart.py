"""Uncertainty on screen (issue 11): the low / central / high band (core.decide.bands) as a range
on the pension card, as a fan on the pension-account balance and as a fan on the pension chart
(the monthly pension by retirement month, charts.RetirementAgeChart).

``BandsController`` computes the bands off the GUI thread, a moment after the last edit and only
while the results are on screen (three whole estimates: it never holds up the main figure).
``FanChart`` draws the balance band; ``range_text`` is the card's "约 a – b 元". ``PensionFan``
sweeps the chart's retirement months under the low and the high assumptions (two sweeps, off
the GUI thread, while the chart is shown) and lays the band over its bars.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from ..presentation import values
from . import plot
from .charts import money_title, no_estimate_note
from .decide_common import Background
from .labels import money, percent
from .session import Session

translate = QCoreApplication.translate
TEN_THOUSAND = Decimal(10000)
#: the assumption names of the band, in the order they are stated
NAMES = ("credited_interest_rate", "average_wage_growth", "own_wage_growth", "pension_adjustment")


def bands_work(profile: Profile, as_of: YearMonth):
    from ..core.decide.bands import bands
    return bands(profile, as_of=as_of)


def pension_band_work(profile: Profile, as_of: YearMonth, months: tuple) -> dict:
    """``{month: ((low, high) nominal, (low, high) today)}``: the monthly pension of each
    retirement month under the low and the high case of the bands (core.decide.bands), a
    month that an estimate refuses left out. In the worker thread (no Qt object touched)."""
    from ..core.decide.bands import band_values
    from .charts import sweep_points
    cases, _reasoning = band_values(profile, as_of=as_of)
    swept = {case: sweep_points(profile.model_copy(update={"assumptions": profile.assumptions.model_copy(
        update=cases[case])}), as_of, months) for case in ("low", "high")}
    out = {}
    for month in months:
        low, high = swept["low"].get(month), swept["high"].get(month)
        if low is not None and high is not None:
            out[month] = ((low.pension.total, high.pension.total),
                          (low.pension.total_today, high.pension.total_today))
    return out


def assumption_labels() -> dict[str, str]:
    return {"credited_interest_rate": translate("fan_chart", "记账利率"),
            "average_wage_growth": translate("fan_chart", "社平工资增长"),
            "own_wage_growth": translate("fan_chart", "本人工资增长"),
            "pension_adjustment": translate("fan_chart", "养老金调整")}


def range_shown(bands, estimate) -> bool:
    """Whether the range says anything: not for a person retired already or short of the
    minimum years, nor when the low and the high case give the same pension (no "约 4,996 –
    4,996", trial 2 on the card, trial 5 on the one-page summary and the PDF)."""
    return (bands is not None and estimate is not None
            and not estimate.retirement.shortfall_months and not estimate.retired_by_as_of
            and bands.total[0] != bands.total[2])


def range_text(bands, today_money: bool = False) -> str:
    """约 a – b 元/月 (the low and high monthly pension)."""
    low, high = (bands.total_today if today_money else bands.total)[0::2]
    return translate("fan_chart", "区间约 {0} – {1} 元/月").format(money(low, 0), money(high, 0))


def assumptions_text(bands) -> str:
    """Which values each case assumes (the band stated)."""
    labels = assumption_labels()
    parts = [translate("fan_chart", "{0} {1} / {2} / {3}").format(
        labels[name], *(percent(bands.assumptions[case][name], 2) for case in ("low", "central", "high")))
        for name in NAMES]
    return translate("fan_chart", "低 / 中 / 高情形：") + translate("fan_chart", "；").join(parts)


def one_sided_note(bands) -> str:
    """Where the user's own assumption is already at or past a case's value (5 % credited
    interest against a high case of 3.97 %), that case takes the user's value and the band lies
    on one side of the line: said under the chart (trial 2: a band wholly below the line)."""
    labels = assumption_labels()
    central = bands.assumptions["central"]
    notes = []
    for case, words in (
            ("high", translate("fan_chart", "您设的{0}已达到或超过高情形的取值，高情形即按您的假设：区间多在中间线下方")),
            ("low", translate("fan_chart", "您设的{0}已达到或低于低情形的取值，低情形即按您的假设：区间多在中间线上方"))):
        same = [labels[name] for name in NAMES if bands.assumptions[case][name] == central[name]]
        if same:
            notes.append(words.format(translate("fan_chart", "、").join(same)))
    return translate("fan_chart", "；").join(notes)


#: the colours of the balance band (blue) and of the pension band over the bars (orange)
BALANCE_BAND, PENSION_BAND = "#2a7ab9", "#d9822b"


class BandsController(QObject):
    """The bands of the session's profile, recomputed after edits while ``watched`` is shown."""

    changed = Signal()
    DELAY_MS = 700

    def __init__(self, session: Session, watched: QWidget, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.session, self.watched = session, watched
        self.bands = None
        self.profile: Optional[Profile] = None  # the profile ``bands`` belongs to
        self.background = Background(self)
        self.background.done.connect(self._done)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.compute)
        session.estimate_changed.connect(self.schedule)
        self._timer.start()  # a panel rebuilt (a language switch) gets its range without an edit

    def schedule(self) -> None:
        if self.bands is not None and self.profile != self.session.profile:
            self.bands = None
            self.changed.emit()
        self._timer.start()

    def compute(self) -> None:
        session = self.session
        if not self.watched.isVisible() or session.estimate is None or session.missing:
            return
        if self.profile == session.profile and self.bands is not None:
            return
        profile = session.profile
        self.background.run(lambda: (profile, bands_work(profile, session.as_of)))

    def _done(self, result, error) -> None:
        if error is not None or result is None:
            return  # the range is extra: without it the card shows the central figure alone
        profile, bands = result
        if profile != self.session.profile:
            return
        self.profile, self.bands = profile, bands
        self.changed.emit()

    def current(self):
        """The bands of the current profile, computed now if they are not at hand (printing)."""
        if self.bands is None or self.profile != self.session.profile:
            try:
                self.profile, self.bands = self.session.profile, bands_work(self.session.profile,
                                                                            self.session.as_of)
            except Exception:  # noqa: BLE001 - the range is extra; the summary prints without it
                return None
        return self.bands


class RangeLabel(QLabel):
    """The line under the pension card's figure."""

    def __init__(self, controller: BandsController, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.controller = controller
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 12px;")
        # a line kept while the range is being computed (at start, after an edit): the card's
        # text below it does not move up and down
        self.setMinimumHeight(self.fontMetrics().height())
        controller.changed.connect(self.refresh)
        controller.session.estimate_changed.connect(self.refresh)
        controller.session.profile_changed.connect(self.refresh)  # an edit hides the old range
        self.refresh()

    def refresh(self) -> None:
        bands = self.controller.bands
        session = self.controller.session
        if self.controller.profile != session.profile or not range_shown(bands, session.estimate):
            self.setText("")
            self.setToolTip("")
            return
        self.setText(range_text(bands, session.today_money) + " ※")
        self.setToolTip(assumptions_text(bands) + "\n" + translate(
            "fan_chart", "※ 低、高情形的假设值及理由见政策数据 assumptions/bands；通胀只用于折算今日购买力，不变动。"))


class FanChart(plot.PlotView):
    """The pension-account balance at each year's end: the central line in the low–high fan,
    in today's money when the session says (each year by the bands' own deflator). While new
    bands are computed after an edit, the last ones stay, marked as being updated."""

    def __init__(self, controller: BandsController, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.controller = controller
        self.setMinimumHeight(240)
        #: (year, low, central, high) as drawn: 万元, in the chart's money
        self.points: list[tuple[int, float, float, float]] = []
        controller.changed.connect(self.refresh)
        controller.session.estimate_changed.connect(self.refresh)  # today's money, an edit
        self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        today = session.today_money
        title = money_title(translate("fan_chart", "养老保险个人账户余额：低 / 中 / 高情形（年末，万元）"),
                            today)
        bands = self.controller.bands
        if session.estimate is None:  # nothing to estimate: no band either
            self.points = []
            self.set_plot(plot.Plot(title, note=no_estimate_note()))
            return
        if bands is None:
            if not self.points:
                self.set_plot(plot.Plot(title + "\n" + translate("fan_chart", "（正在计算区间…）")))
            elif "\n" not in self.plot.title:  # the last bands stay until the new ones are in
                self.plot.title += "\n" + translate("fan_chart", "（正在更新…）")
                self.update()
            return
        # every year of the band, those walked on past the estimate's last year too
        factor = bands.deflators if today else {}
        self.points = [(b.year, *(float(values.shown(v, factor.get(b.year)) / TEN_THOUSAND)
                                  for v in (b.low, b.central, b.high)))
                       for b in bands.balances]  # plotting only
        if not self.points:
            self.set_plot(plot.Plot(title))
            return
        first, last = self.points[0][0], self.points[-1][0]
        self.set_plot(plot.Plot(
            title, plot.year_axis(first, last, 5 if last - first <= 60 else 10, first - first % 5),
            plot.value_axis(max(hi for *_x, hi in self.points)),
            [plot.Line(translate("fan_chart", "中间情形（当前假设）"), BALANCE_BAND,
                       [(year, mid) for year, _lo, mid, _hi in self.points])],
            [plot.Band(translate("fan_chart", "低–高情形"), BALANCE_BAND,
                       [(year, lo, hi) for year, lo, _mid, hi in self.points])],
            note=one_sided_note(bands)))


def summary_line(bands, today_money: bool) -> str:
    """The printed summary's line: the range and the assumptions of each case."""
    from ..presentation.formats import escape
    return ('<p style="margin:2px 0 6px 0;">' + escape(translate(
        "fan_chart", "不确定性：每月养老金{0}（低、高情形，※ 估算）。{1}").format(
            range_text(bands, today_money).removeprefix(translate("fan_chart", "区间")),
            assumptions_text(bands))) + "</p>")


def with_range(html: str, bands, today_money: bool, estimate) -> str:
    """``html`` (report.summary_html) with the range line right under the results heading,
    where it says anything (``range_shown``)."""
    if not range_shown(bands, estimate):
        return html
    heading = html.find(">" + translate("report", "估算结果"))
    end = html.find("</h3>", heading) if heading >= 0 else -1
    if end < 0:
        return html
    end += len("</h3>")
    return html[:end] + summary_line(bands, today_money) + html[end:]


class PensionFan(QObject):
    """The low–high band over the pension chart (charts.RetirementAgeChart): its months swept
    under the low and the high case while the chart is shown; ``band`` is the last answer and
    ``points`` what was drawn: (month, low, high) in the chart's money."""

    DELAY_MS = 700

    def __init__(self, session: Session, chart: Any, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.session, self.chart = session, chart
        self.key: Optional[tuple] = None  # (profile, as_of, months) of ``band``
        self.band: Optional[dict] = None
        self.points: list[tuple[str, float, float]] = []
        self.background = Background(self)
        self.background.done.connect(self._done)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.compute)
        session.estimate_changed.connect(self._timer.start)
        chart.overlay = self.draw  # the chart calls it each time it draws
        self._timer.start()

    def _wanted(self) -> Optional[tuple]:
        e = self.session.estimate
        if e is None or e.retirement.shortfall_months:
            return None
        return (self.session.profile, self.session.as_of, tuple(self.chart.months(e)))

    def compute(self) -> None:
        key = self._wanted()
        if key is None or not self.chart.isVisible() or self.session.missing:
            return
        if self.key is not None and self.key[0] is key[0] and self.key[1:] == key[1:]:
            return
        self.background.run(lambda: (key, pension_band_work(*key)))

    def _done(self, result, error) -> None:
        if error is not None or result is None:  # the band is extra: the bars alone
            wanted = self._wanted()
            if wanted is not None:
                self.key, self.band = wanted, {}
                self.chart.refresh()
            return
        key, band = result
        if key[0] is not self.session.profile:
            return
        self.key, self.band = key, band
        self.chart.refresh()  # redrawn with the band (the chart's own estimates are kept)

    def draw(self, shown: plot.Plot) -> bool:
        """Lay the band over the bars (one point per bar, at its month); False while the band
        of these months is still being computed."""
        self.points = []
        wanted = self._wanted()
        if wanted is None:
            return True
        if self.key is None or self.key[0] is not wanted[0] or self.key[1:] != wanted[1:]:
            self._timer.start()  # shown, or drawn again, without the band of these months
            return False  # the chart keeps its last drawing until the band is in
        today = 1 if self.session.today_money else 0
        for label in shown.categories:
            pair = (self.band or {}).get(YearMonth.parse(label))
            if pair is None:
                return True  # a month without its band: no partial fan
            self.points.append((label, float(pair[today][0]), float(pair[today][1])))  # plotting only
        if not self.points:
            return True
        shown.bands.append(plot.Band(translate("fan_chart", "低–高情形"), PENSION_BAND,
                                     [(x, lo, hi) for x, (_label, lo, hi) in zip(shown.x_of(), self.points)],
                                     alpha=70, dashed=True))
        shown.y = plot.value_axis(max(shown.y.high, max(hi for _l, _lo, hi in self.points)), "%.0f")
        shown.title += translate("fan_chart", "，阴影为低–高情形 ※")
        return True
