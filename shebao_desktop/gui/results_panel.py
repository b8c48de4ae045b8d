"""Results: summary cards, then tabs with the year table, charts, the monthly contribution
breakdown and "how was this calculated". Recomputed live on every edit."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QFrame, QHeaderView, QLabel, QScrollArea, QTableView, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from .charts import BalancesChart, RetirementAgeChart, no_estimate_note
from .decide_common import LazyPage
from .explain import explain_html
from ..presentation.formats import escape
from .labels import error_color, money
from .notices import code_text, error_text, notice_text
from .session import Session
from .summary_cards import CardsArea, SummaryCards, style
from .tables import BreakdownModel, YearTableModel, breakdown_totals


class ResultsPanel(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None,
                 cards: Optional[SummaryCards] = None):
        """``cards``: the cards already showing the kept estimate (adopted, not rebuilt)."""
        super().__init__(parent)
        self.session = session
        policy = self.sizePolicy()  # the stretch of the cards' slot it replaces (startup.columns):
        policy.setHorizontalStretch(3)  # the window's splitter keeps its sizes then
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_color()}; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.error)
        # the cards in their area (scrolled when the column is low): adopted with it
        area = cards.area if cards is not None else CardsArea(self)
        area.setParent(self)
        self.cards = area.cards
        for card in ("pension_card", "rate_card", "years_card", "account_card", "medical_card",
                     "housing_card"):
            setattr(self, card, getattr(self.cards, card))
        layout.addWidget(area)
        self.tabs = QTabWidget(self)
        self.year_table = QTableView(self)
        self.year_model = YearTableModel(session, self)
        self.year_table.setModel(self.year_model)
        self.year_table.setAlternatingRowColors(True)
        self.year_table.setColumnHidden(0, True)  # the year heads each row (YearTableModel)
        self.year_model.dataChanged.connect(lambda first, last, _r=(): self.year_model.headerDataChanged.emit(
            Qt.Orientation.Vertical, first.row(), last.row()) if first.column() == 0 else None)
        # columns fit their contents, measured again only when a column's widest text changes
        # width (ResizeToContents re-measured 24 rows x 15 columns in every role on each edit)
        self.year_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._year_widths: tuple[int, ...] = ()
        #: font, text -> width, row texts -> their widths
        self._advances: tuple[object, dict[str, int], dict[tuple, tuple]] = (None, {}, {})
        self.year_fits = 0  # the columns measured (counted: not while the table is hidden)
        self._year_unfitted = True
        self.year_model.shown = self.year_table.isVisible  # an edit words the changed rows
        self.year_model.reloaded.connect(self._fit_year_columns)
        self.year_table.installEventFilter(self)  # shown again: fitted then
        self._fit_year_columns()
        self.tabs.addTab(self.year_table, self.tr("逐年明细"))
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        self.balances_chart = BalancesChart(session, charts)
        self.age_chart = RetirementAgeChart(session, charts)
        charts_layout.addWidget(self.balances_chart, 3)
        charts_layout.addWidget(self.age_chart, 2)
        scroller = QScrollArea(self)  # the charts keep a readable height on a small screen
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(charts)
        self.charts_scroller = scroller
        self.tabs.addTab(scroller, self.tr("图表"))
        breakdown = QWidget(self)
        b_layout = QVBoxLayout(breakdown)
        self.breakdown_title = QLabel(breakdown)
        self.breakdown_title.setWordWrap(True)
        self.breakdown_table = QTableView(breakdown)
        self.breakdown_model = BreakdownModel(session, self)
        self.breakdown_table.setModel(self.breakdown_model)
        self.breakdown_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breakdown_note = QLabel(self.tr("失业、工伤、生育保险没有个人账户：缴费进入统筹基金，不会退还或继承。"), breakdown)
        self.breakdown_note.setWordWrap(True)
        # said once when an amount is marked (trial 2: the estimated rates had no ※ here)
        self.breakdown_mark = QLabel(self.tr("※ 用到了估计的费率（尚未公布或按规则推算），"
                                             "见“计算过程”的参数列表。"), breakdown)
        self.breakdown_mark.setWordWrap(True)
        for w in (self.breakdown_title, self.breakdown_table, self.breakdown_mark,
                  self.breakdown_note):
            b_layout.addWidget(w)
        self.tabs.addTab(breakdown, self.tr("五险一金月缴费"))
        self.explain = QTextBrowser(self)
        self.explain.setOpenExternalLinks(False)
        self.tabs.addTab(self.explain, self.tr("计算过程"))
        self._add_decision_tabs(session)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        # the notices scroll when the column is low: a decision page keeps its table's rows in
        # sight (trial 2, 1366x768 in English: six notices left ~5 rows of the comparison)
        self.notices_area = QScrollArea(self)
        self.notices_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notices_area.setWidgetResizable(True)
        self.notices_area.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarAlwaysOff
        self.notices_area.setWidget(self.notices)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notices_area)
        area.installEventFilter(self)
        self._explain_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        session.estimate_changed.connect(self.refresh)
        # another person's table from its first year and column (trial 8: a new profile opened
        # scrolled sideways where the last one was left)
        # (a method of the panel: a lambda outlived the panel a language switch replaced, and the
        # next profile opened raised RuntimeError on its deleted table: trial 9)
        session.profile_loaded.connect(self._table_to_corner)
        self.refresh()

    def _table_to_corner(self) -> None:
        self.year_table.scrollToTop()
        self.year_table.horizontalScrollBar().setValue(0)

    def _add_decision_tabs(self, session: Session) -> None:
        """The decision views (issue 11), each built when its tab is first shown."""
        def compare(parent: QWidget) -> QWidget:
            from .compare_view import CompareView
            return CompareView(session, parent)

        def flexible(parent: QWidget) -> QWidget:
            from .flexible_view import FlexibleView
            return FlexibleView(session, parent)
        self.compare_page = LazyPage(compare, self)
        self.flexible_page = LazyPage(flexible, self)
        self.tabs.addTab(self.compare_page, self.tr("比较退休时间"))
        self.tabs.addTab(self.flexible_page, self.tr("灵活就业缴费档次"))
        from .fan_chart import BandsController, FanChart, RangeLabel
        self.bands = BandsController(session, self, self)  # low/central/high, off the GUI thread
        self.range_label = RangeLabel(self.bands, self.pension_card)
        self.pension_card.layout().insertWidget(2, self.range_label)
        charts = self.balances_chart.parentWidget()
        self.fan_chart = FanChart(self.bands, charts)
        charts.layout().insertWidget(1, self.fan_chart, 3)
        self.balances_chart.follow(self.bands)  # over the fan's years, ending where it ends
        from .fan_chart import PensionFan
        self.pension_fan = PensionFan(session, self.age_chart, self)  # the band over the age chart

    def _fit_notices(self) -> None:
        """The notices as tall as their lines, but never taking the room a decision page needs
        to show its table's rows (decide_common.TABLE_ROWS) whole: two lines at least, the
        rest scrolled. (Also called by a timer: the panel may be gone, rebuilt in another
        language.)"""
        try:
            self._fit_notices_now()
        except RuntimeError:
            pass

    def _fit_notices_now(self) -> None:
        area, label = self.notices_area, self.notices
        width = area.viewport().width() if area.isVisible() else self.width()
        need = label.heightForWidth(max(width, 50)) if label.text() else 0
        from .decide_common import TABLE_ROWS
        from .widgets import rows_height, whole_lines
        page = self.tabs.tabBar().sizeHint().height() + 8 + \
            rows_height(self.year_table, TABLE_ROWS + 1, header_lines=2)  # + 选这个's row
        layout = self.layout()
        margins = layout.contentsMargins()
        used = margins.top() + margins.bottom() + layout.spacing() * 2 + self.cards.area.height() \
            + (self.error.height() + layout.spacing() if self.error.isVisible() else 0)
        least = 2 * label.fontMetrics().lineSpacing() + 2
        height = min(need, max(least, self.height() - used - page))
        if height < need:  # scrolled: its whole lines, not half of the last one (trial 15)
            height = whole_lines(label, max(width, 50), height)
        area.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_notices()

    def _scroll_bars(self) -> dict:
        return {"charts": self.charts_scroller.verticalScrollBar(),
                "years": self.year_table.verticalScrollBar()}

    def scroll_positions(self) -> dict[str, int]:
        """Where the charts and the year table are scrolled to (kept across a rebuild)."""
        return {name: bar.value() for name, bar in self._scroll_bars().items()}

    def restore_scroll(self, positions: dict[str, int]) -> None:
        """Scroll back to ``positions`` (``scroll_positions`` of the panel this one replaces).
        The range is right only once the page is laid out and shown (it changes several times,
        to 0 and back): until the bar is moved elsewhere (by the user, or to show a cell), each
        new range puts it back at the position, as far as the range allows."""
        for name, bar in self._scroll_bars().items():
            if positions.get(name, 0) > 0:
                _stick(bar, positions[name])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.year_table and event.type() == QEvent.Type.Show \
                and self._year_unfitted:
            self._fit_year_columns()
        elif watched is self.cards.area and event.type() == QEvent.Type.Resize:
            self._fit_notices()  # the cards took more or less room
        return super().eventFilter(watched, event)

    def _fit_year_columns(self, *_changed) -> None:
        """Each column as wide as its widest cell (measured on that cell alone) or its title;
        while the table is hidden (another tab in front), when it is shown again. A text is
        measured once, and a row's widths are kept while its texts are the same (the rows an
        edit changes are measured, not the table)."""
        view, model = self.year_table, self.year_model
        self._year_unfitted = not view.isVisible()
        if self._year_unfitted:
            return
        self.year_fits += 1
        font, (cached, advances, by_row) = view.font(), self._advances
        if font != cached or len(advances) > 20_000 or len(by_row) > 4 * model.rowCount() + 200:
            advances, by_row = {}, {}  # bounded: made again from the rows shown
            self._advances = (font, advances, by_row)
        measure = QFontMetrics(font).horizontalAdvance
        rows = []
        for texts in model.all_texts():
            widths = by_row.get(texts)
            if widths is None:
                widths = tuple(map(advances.get, texts))  # most texts of a changed row are known
                if None in widths:  # its new texts measured, once each
                    for text, known in zip(texts, widths):
                        if known is None:
                            advances[text] = measure(text)
                    widths = tuple(map(advances.get, texts))
                by_row[texts] = widths
            rows.append(widths)
        widest = tuple(map(max, zip(*rows))) if rows else (0,) * model.columnCount()
        if widest == self._year_widths:
            return
        self._year_widths = widest
        header, grid = view.horizontalHeader(), int(view.showGrid())
        for column, most in enumerate(widest):
            row = next((n for n, widths in enumerate(rows) if widths[column] == most), -1)
            cell = view.sizeHintForIndex(model.index(row, column)).width() + grid if row >= 0 else 0
            header.resizeSection(column, max(cell, header.sectionSizeHint(column)))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.explain and self._explain_stale:
            self._refresh_explain()

    def _refresh_explain(self) -> None:
        """Built only when its tab is shown: it lists every parameter and is the slowest part."""
        self._explain_stale = False
        e = self.session.estimate
        self.explain.setHtml(explain_html(self.session.profile, e, today_money=self.session.today_money)
                             if e else _no_estimate_html())

    def _left_out_notice(self) -> str:
        """History rows with a wrong cell are not in the figures: say which."""
        rows = self.session.left_out_rows
        if not rows:
            return ""
        shown = self.tr("、").join(str(n + 1) for n in rows[:10]) + ("…" if len(rows) > 10 else "")
        return "• " + code_text("ROWS_LEFT_OUT", {"rows": shown, "count": str(len(rows))})

    def refresh(self) -> None:
        e = self.session.estimate
        err = self.session.calc_error
        missing = getattr(self.session, "missing", ())
        self.error.setVisible(err is not None or bool(missing))
        style(self.error, f"color: {error_color()}; font-weight: 600;" if err is not None
               else "font-weight: 600;")
        if err is not None:
            self.error.setText(self.tr("无法计算：{0}").format(self._error_text(err)))
        elif missing:
            self.error.setText(self.tr("还缺少缴费信息：请在“缴费记录”中填写逐年工资或缴费基数，"
                                       "或在其下方的“个人权益记录单（对账单）数据”中填写对账单上的数字、用上方的“快速估算”"
                                       "（也可以在假设中指定未来月工资）。"
                                       "填写后这里显示估算结果。"))
        self.cards.show_session(self.session)
        self.breakdown_mark.setVisible(self.breakdown_model.marked())
        if e is None:  # nothing of an earlier estimate stays (the breakdown's figures too)
            self.explain.setHtml(_no_estimate_html())  # as the chart says it (charts.py)
            self.breakdown_title.setText("")
            self.notices.setText(self._left_out_notice())
            QTimer.singleShot(0, self._fit_notices)
            return
        mc = e.monthly_contributions
        employee, employer = breakdown_totals(e)
        fund = mc.fund_base_apart if mc else None  # the fund's own base, said where it differs
        self.breakdown_title.setText((self.tr("{0} 的月缴费（缴费基数 {1} 元）：个人 {2} 元，单位 {3} 元")
                                      if fund is None else
                                      self.tr("{0} 的月缴费（社保缴费基数 {1} 元，住房公积金缴存基数 {4} 元）："
                                              "个人 {2} 元，单位 {3} 元")).format(
            mc.month, money(mc.base), money(employee), money(employer), money(fund or 0)) if mc else
            self.tr("没有缴费月份"))
        self._explain_stale = True
        if self.tabs.currentWidget() is self.explain:
            self._refresh_explain()
        folded = ("BASE_RAISED_TO_FLOOR", "BASE_CAPPED_AT_CEILING")
        shown = [n for n in e.notices if n.code not in folded]
        # the years (a year's two halves of the base year, or two regions, are one: trial 13)
        clamps = len({n.params.get("year") for n in e.notices if n.code in folded})
        # every notice (the box scrolls): the first six alone left out 缴费年限不足 (trial 7)
        lines = [notice_text(n, e, self.session.today_money) for n in shown]
        if clamps:
            lines.append(code_text("BASES_ADJUSTED", {"count": str(clamps)}))
        if self.session.left_out_rows:
            lines.insert(0, self._left_out_notice().removeprefix("• "))
        self.notices.setText("\n".join(f"• {line}" for line in lines))
        QTimer.singleShot(0, self._fit_notices)  # once the cards have their new height

    def _error_text(self, err) -> str:
        return error_text(err)


def _no_estimate_html() -> str:
    """计算过程 with no estimate: the chart's sentence, not a blank page."""
    return f"<p>{escape(no_estimate_note())}</p>"


def _stick(bar, wanted: int) -> None:
    """Keep ``bar`` at ``wanted`` (within its range) through range changes, until it is moved
    to another position."""
    def follow(_low: int, high: int) -> None:
        bar.setValue(min(wanted, high))

    def moved(value: int) -> None:
        if value != min(wanted, bar.maximum()):  # not a range clamping it: moved elsewhere
            bar.rangeChanged.disconnect(follow)
            bar.valueChanged.disconnect(moved)
    bar.setValue(wanted)
    bar.rangeChanged.connect(follow)
    bar.valueChanged.connect(moved)
