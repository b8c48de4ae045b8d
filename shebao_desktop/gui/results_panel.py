"""Results: summary cards, then tabs with the year table, charts, the monthly contribution
breakdown and "how was this calculated". Recomputed live on every edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QFrame, QGridLayout, QHeaderView, QLabel, QScrollArea, QTableView,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from ..core.result import Estimate
from ..presentation import formats, values
from ..presentation.methods import method_words
from .cards import Card
from .charts import BalancesChart, RetirementAgeChart
from .decide_common import LazyPage
from .explain import explain_html
from .i18n import catalogue_language
from .labels import age_text, error_color, money, percent
from .notices import code_text, error_text, notice_text
from .session import Session
from .today_money import other_money_line
from .tables import BreakdownModel, YearTableModel, breakdown_totals


class ResultsPanel(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_color()}; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.error)
        grid = QGridLayout()
        self.pension_card = Card(self.tr("每月养老金（退休时）"), self)
        self.rate_card = Card(self.tr("替代率"), self)
        self.years_card = Card(self.tr("缴费年限"), self)
        self.account_card = Card(self.tr("养老保险个人账户（退休时）"), self)
        self.medical_card = Card(self.tr("医保个人账户（退休时，累计记入）"), self)
        self.housing_card = Card(self.tr("住房公积金（退休时提取）"), self)
        for n, card in enumerate((self.pension_card, self.rate_card, self.years_card,
                                  self.account_card, self.medical_card, self.housing_card)):
            grid.addWidget(card, n // 3, n % 3)
        for column in range(3):  # equal widths: a long (English) title must not squeeze one card
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.tabs = QTabWidget(self)
        self.year_table = QTableView(self)
        self.year_model = YearTableModel(session, self)
        self.year_table.setModel(self.year_model)
        self.year_table.setAlternatingRowColors(True)
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
        for w in (self.breakdown_title, self.breakdown_table, self.breakdown_note):
            b_layout.addWidget(w)
        self.tabs.addTab(breakdown, self.tr("五险一金月缴费"))
        self.explain = QTextBrowser(self)
        self.explain.setOpenExternalLinks(False)
        self.tabs.addTab(self.explain, self.tr("计算过程"))
        self._add_decision_tabs(session)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notices)
        self._explain_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        session.estimate_changed.connect(self.refresh)
        self.refresh()

    def _add_decision_tabs(self, session: Session) -> None:
        """The decision views (issue 11), each built when its tab is first shown."""
        from .compare_view import CompareView
        from .flexible_view import FlexibleView
        self.compare_page = LazyPage(lambda parent: CompareView(session, parent), self)
        self.flexible_page = LazyPage(lambda parent: FlexibleView(session, parent), self)
        self.tabs.addTab(self.compare_page, self.tr("比较退休时间"))
        self.tabs.addTab(self.flexible_page, self.tr("灵活就业缴费档次"))
        from .fan_chart import BandsController, FanChart, RangeLabel
        self.bands = BandsController(session, self, self)  # low/central/high, off the GUI thread
        self.range_label = RangeLabel(self.bands, self.pension_card)
        self.pension_card.layout().insertWidget(2, self.range_label)
        charts = self.balances_chart.parentWidget()
        self.fan_chart = FanChart(self.bands, charts)
        charts.layout().insertWidget(1, self.fan_chart, 3)
        from .fan_chart import PensionFan
        self.pension_fan = PensionFan(session, self.age_chart, self)  # the band over the age chart

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.year_table and event.type() == QEvent.Type.Show \
                and self._year_unfitted:
            self._fit_year_columns()
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
        self.explain.setHtml(explain_html(self.session.profile, e,
                                          today_money=self.session.today_money) if e else "")

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
        _style(self.error, f"color: {error_color()}; font-weight: 600;" if err is not None
               else "font-weight: 600;")
        if err is not None:
            self.error.setText(self.tr("无法计算：{0}").format(self._error_text(err)))
        elif missing:
            self.error.setText(self.tr("还缺少缴费信息：请在“缴费记录”中填写逐年工资或缴费基数，"
                                       "或在“权益记录单”中填写对账单上的数字（也可以在假设中指定未来月工资）。"
                                       "填写后这里显示估算结果。"))
        if e is None:
            for card in (self.pension_card, self.rate_card, self.years_card, self.account_card,
                         self.medical_card, self.housing_card):
                card.show_values("—")
            self.explain.setHtml("")
            self.notices.setText(self._left_out_notice())
            return
        self._cards(e)
        mc = e.monthly_contributions
        employee, employer = breakdown_totals(e)
        self.breakdown_title.setText(self.tr("{0} 的月缴费（缴费基数 {1} 元）：个人 {2} 元，单位 {3} 元").format(
            mc.month, money(mc.base), money(employee), money(employer)) if mc else
            self.tr("没有缴费月份"))
        self._explain_stale = True
        if self.tabs.currentWidget() is self.explain:
            self._refresh_explain()
        shown = [n for n in e.notices if n.code not in ("BASE_RAISED_TO_FLOOR",
                                                        "BASE_CAPPED_AT_CEILING")]
        clamps = len(e.notices) - len(shown)
        lines = [notice_text(n, e, self.session.today_money) for n in shown[:6]]
        if clamps:
            lines.append(code_text("BASES_ADJUSTED", {"count": str(clamps)}))
        if self.session.left_out_rows:
            lines.insert(0, self._left_out_notice().removeprefix("• "))
        self.notices.setText("\n".join(f"• {line}" for line in lines))

    def _deflate(self, value: Decimal, e: Estimate) -> Decimal:
        """A figure at retirement as shown (today's money by the one rule in presentation.values)."""
        return values.shown(value, values.deflator(e) if self.session.today_money else None)

    def _cards(self, e: Estimate) -> None:
        p, r = e.pension, e.retirement
        total = p.total_today if self.session.today_money else p.total
        estimated = any(y.estimated for y in e.years)
        if r.shortfall_months:
            self.pension_card.show_values(
                self.tr("不能按月领取"),
                self._shortfall_text(r) + self.tr("；补足后约 {0} 元/月").format(money(total)),
                False, self.tr("按月领取基本养老金需累计缴费满最低年限；可继续缴费或按规定补缴"))
            _style(self.pension_card.value, f"color: {error_color()};")
        else:
            _style(self.pension_card.value, "")
            self._pension_card(e, total, estimated)
        if r.shortfall_months:  # no monthly pension is payable: no rate to state
            self.rate_card.show_values("—", self.tr("不能按月领取时没有替代率"))
        else:
            self.rate_card.show_values(
                percent(p.replacement_rate), self.tr("相对本人退休前工资；相对计发基数 {0}").format(
                    percent(p.replacement_rate_vs_average)))
        short = r.shortfall_months
        self.years_card.show_values(
            self.tr("{0} 年").format(formats.years(r.years_at_retirement)),
            (self.tr("已满足最低 {0} 年").format(formats.years(r.minimum_years)) if not short else
             self._shortfall_text(r)) +
            "\n" + self.tr("{0} 退休，{1}").format(r.chosen_month, age_text(r.chosen_age)))
        _style(self.years_card.value, f"color: {error_color()};" if short else "")
        at = e.at_retirement
        self.account_card.show_values(self.tr("{0} 元").format(money(self._deflate(at.pension_account, e))),
                                      self.tr("退休后余额可继承"), estimated)
        unknown = _unknown_balances(e)
        partial = self.tr("对账单未填余额：只含对账单日期以后记入的部分")
        self.medical_card.show_values(self.tr("{0} 元").format(money(self._deflate(at.medical_account, e))),
                                      partial if "medical" in unknown else
                                      self.tr("未扣除就医支出（可在假设中填写）"),
                                      _rests_on_estimate(e, "medical"))
        if _no_housing_fund(e, self.session.profile):  # not "0.00 元 ※" (trial item 13)
            self.housing_card.show_values(self.tr("不适用"), self.tr("灵活就业人员通常没有住房公积金"))
        else:
            self.housing_card.show_values(
                self.tr("{0} 元").format(money(self._deflate(at.housing_fund, e))),
                partial if "housing_fund" in unknown else "", _rests_on_estimate(e, "housing_fund"))

    def _pension_card(self, e: Estimate, total: Decimal, estimated: bool) -> None:
        p = e.pension
        addons = self.tr(" + 地方加发 {0}").format(money(self._deflate(
            sum((x.amount for x in p.extra_pension), Decimal(0)), e))) if p.extra_pension else ""
        parts = self.tr("基础 {0} + 个人账户 {1} + 过渡性 {2}").format(
            money(self._deflate(p.basic_pension, e)), money(self._deflate(p.account_pension, e)),
            money(self._deflate(p.transitional_pension, e))) + addons
        # under the figure: the pension in the other money (trial item 4: a nominal figure
        # decades ahead reads as far more than it buys) and the regional add-ons in it; its
        # parts on hover and in 计算过程
        self.pension_card.show_values(
            self.tr("{0} 元").format(money(total)), other_money_line(e, self.session.today_money)
            + ("\n" + self.tr("含") + addons.removeprefix(" + ") if addons else ""),
            estimated or p.pension_base_estimated,
            parts + "\n" + self.tr("计发基数 {0} 元{1}；平均缴费指数 {2}；计发月数 {3}").format(
                money(p.pension_base), self.tr("（估计）") if p.pension_base_estimated else "",
                formats.index(p.average_index), formats.number(p.account_pension_divisor, 1))
            + self._base_method(e))

    @staticmethod
    def _shortfall_text(r) -> str:
        return code_text("NO_MONTHLY_PENSION", {"required": formats.years(r.minimum_years),
                                                "shortfall_months": str(r.shortfall_months)})

    @staticmethod
    def _base_method(e: Estimate) -> str:
        """How the pension base was estimated, when it was (shown on hover)."""
        month = e.pension.retirement_month
        used = [p for p in e.parameters if p.name == "pension_base" and p.status == "estimated"
                and p.method and p.effective_from <= month and p.region == e.pension.region]
        return "\n※ " + method_words(max(used, key=lambda p: p.effective_from).method,
                                      catalogue_language()) if used else ""

    def _error_text(self, err) -> str:
        return error_text(err)


def _style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet when it differs: each setting polishes the widget again and asks
    its parents for a new layout, even for the same sheet."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def _no_housing_fund(e: Estimate, profile) -> bool:
    """A flexible worker with no housing fund at all: nothing paid in, nothing at retirement."""
    return (profile.employment_of() == "flexible" and not e.at_retirement.housing_fund
            and not any(y.housing_fund.contributions for y in e.years))


def _rests_on_estimate(e: Estimate, part: str) -> bool:
    """Whether a balance at retirement rests on an estimated figure in any year before it."""
    return any(part in y.estimated_parts for y in e.years if y.phase != "retired")


def _unknown_balances(e: Estimate) -> set[str]:
    """The accounts whose balance at the statement date the user left blank with no history
    before it (the figure holds only what was credited after the statement)."""
    return {account for n in e.notices if n.code == "STATEMENT_BALANCE_UNKNOWN"
            for account in n.params.get("accounts", "").split(",")}
