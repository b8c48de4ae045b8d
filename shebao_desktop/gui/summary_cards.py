"""The six result cards over the results' tabs: the monthly pension, the replacement rate, the
contribution years and the three balances at retirement.

A view of an :class:`~shebao_desktop.core.result.Estimate` and two facts about the person
(``CardFacts``), with no session: so the cards can show the estimate kept at the last close
before the profile, the storage and the core are imported (``gui/kept_estimate.py``, issue 10),
and the results panel adopts the same widget when it is built (nothing repainted or moved)."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QSizePolicy, QWidget

from ..presentation import formats, values
from ..presentation.replacement import brought_forward
from .cards import Card, FitLabel, SharedSize
from .i18n import catalogue_language
from .labels import age_text, error_color, money, percent
from .today_money import other_money_line

#: the words keep the results panel's translation context (where they were first)
translate = QCoreApplication.translate


class CardFacts(NamedTuple):
    """What the cards need besides the estimate: the money the figures are in, and whether the
    person has no housing fund at all (a flexible worker who never paid into one)."""

    today_money: bool = False
    no_housing_fund: bool = False
    #: the regional minimum deposit rate the housing fund is assumed at, when the profile gives
    #: no rate of its own (None: a rate given, or no housing fund)
    housing_rate_assumed: Optional[Decimal] = None


def card_facts(estimate, profile, today_money: bool) -> CardFacts:
    """The facts of ``profile`` (a Profile) for ``estimate``'s cards."""
    none = no_housing_fund(estimate, profile)
    assumed = None
    if not none and profile.housing_fund.enabled and profile.housing_fund.employee_rate is None:
        from ..core.queries import housing_fund_bounds
        assumed = housing_fund_bounds(profile.region, estimate.as_of)[0]
    return CardFacts(today_money, none, assumed)


class SummaryCards(QWidget):
    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.pension_card = Card(translate("ResultsPanel", "每月养老金（退休时）"), self)
        self.rate_card = Card(translate("ResultsPanel", "替代率"), self)
        self.years_card = Card(translate("ResultsPanel", "缴费年限"), self)
        self.account_card = Card(translate("ResultsPanel", "养老保险个人账户（退休时）"), self)
        self.medical_card = Card(translate("ResultsPanel", "医保个人账户（退休时，累计记入）"), self)
        self.housing_card = Card(translate("ResultsPanel", "住房公积金（退休时提取）"), self)
        self.grid, self.columns = grid, 0
        self._arrange(3)
        # one size for the six figures: the size the tightest fits (trial s57: 1,065,967.82
        # was drawn smaller than 225,571.16)
        self.shared_size = SharedSize(card.value for card in self.all())

    def all(self) -> tuple[Card, ...]:
        return (self.pension_card, self.rate_card, self.years_card, self.account_card,
                self.medical_card, self.housing_card)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for n, card in enumerate(self.all()):
            self.grid.addWidget(card, n // columns, n % columns)  # moved, if it was placed
        for column in range(3):  # equal widths: a long (English) title must not squeeze one card
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def columns_for(self, width: int) -> int:
        """The most columns (3, 2, 1) at which every figure fits its card at the smallest size
        (never smaller than the text around it): at 1024×700 in English three columns drew
        "1,094,438.26 yuan ※" at 9 px, and the layout elided the ※ (trial 2)."""
        font = self.pension_card.value.font()
        font.setPixelSize(FitLabel.SMALLEST)
        advance = QFontMetrics(font).horizontalAdvance
        widest = max(advance(card.value.text()) for card in self.all())
        card = self.pension_card
        margins = card.layout().contentsMargins()
        around = margins.left() + margins.right() + 2 * card.frameWidth() + 4  # FitLabel's room
        spacing = max(0, self.grid.horizontalSpacing())
        for columns in (3, 2):
            if (width - spacing * (columns - 1)) // columns - around >= widest:
                return columns
        return 1

    def fit_columns(self) -> None:
        if self.width() > 0:
            self._arrange(self.columns_for(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def show_session(self, session) -> None:
        """The session's estimate (its figures as the session shows them), or none."""
        e = session.estimate
        if e is None:
            self.show_none()
        else:
            self.show_estimate(e, card_facts(e, session.profile, session.today_money))

    def show_none(self) -> None:
        for card in self.all():
            card.show_values("—")
        self.fit_columns()

    def show_estimate(self, e, facts: CardFacts) -> None:
        p, r = e.pension, e.retirement
        deflate = _deflater(e, facts.today_money)
        total = p.total_today if facts.today_money else p.total
        estimated = pension_estimated(e)
        if r.shortfall_months:
            self.pension_card.show_values(
                translate("ResultsPanel", "不能按月领取"),
                # the figure on the years as they are, not a topped-up one (trial 12: "补足后约
                # 3,232.73" beside the comparison's 补缴后约 3,298.44, which counts the months bought)
                _shortfall_text(r) + translate("ResultsPanel", "；按现有年限算约 {0} 元/月，补足后略高（见“比较退休时间”）").format(
                    money(total)),
                False, translate("ResultsPanel", "按月领取基本养老金需累计缴费满最低年限；可继续缴费或按规定补缴"))
            style(self.pension_card.value, f"color: {error_color()};")
        else:
            style(self.pension_card.value, "")
            pension_deflate = deflate
            if e.retired_by_as_of:  # a past figure: the amount paid then, never deflated (trial 2)
                total, pension_deflate = p.total, _deflater(e, False)
            self._pension_card(e, total, estimated, pension_deflate, facts.today_money)
        if r.shortfall_months:  # no monthly pension is payable: no rate to state
            self.rate_card.show_values("—", translate("ResultsPanel", "不能按月领取时没有替代率"))
        elif p.replacement_rate is None:  # no wage is known (a statement alone: trial 19)
            self.rate_card.show_values("—", translate(
                "ResultsPanel", "没有退休前的工资（只有权益记录单），算不出相对本人工资的替代率；相对计发基数 {0}").format(
                percent(p.replacement_rate_vs_average)), False)
        else:  # a ratio of the pension: ※ by the pension's rule (new-user trial)
            against = brought_forward(p, catalogue_language(), with_amount=False)
            against = against[:1].upper() + against[1:] if against else \
                translate("ResultsPanel", "相对本人退休前工资")
            self.rate_card.show_values(
                percent(p.replacement_rate), translate("ResultsPanel", "{0}；相对计发基数 {1}").format(
                    against, percent(p.replacement_rate_vs_average)), estimated)
        short = r.shortfall_months
        self.years_card.show_values(
            translate("ResultsPanel", "{0} 年").format(formats.years(r.years_at_retirement)),
            _years_split(r) + _minimum_text(r) +
            "\n" + (translate("ResultsPanel", "已于 {0} 退休，{1}") if e.retired_by_as_of else
                    translate("ResultsPanel", "{0} 退休，{1}")).format(r.chosen_month, age_text(r.chosen_age)))
        style(self.years_card.value, f"color: {error_color()};" if short else "")
        at = e.at_retirement
        self.account_card.show_values(translate("ResultsPanel", "{0} 元").format(money(deflate(at.pension_account))),
                                      translate("ResultsPanel", "未领完的余额可继承"),
                                      any(y.estimated for y in e.years))
        unknown = unknown_balances(e)
        partial = translate("ResultsPanel", "对账单未填余额：只含对账单日期以后记入的部分")
        self.medical_card.show_values(translate("ResultsPanel", "{0} 元").format(money(deflate(at.medical_account))),
                                      partial if "medical" in unknown else
                                      translate("ResultsPanel", "未扣除就医支出（可在假设中填写）"),
                                      rests_on_estimate(e, "medical"))
        if facts.no_housing_fund:  # not "0.00 元 ※" (trial item 13)
            self.housing_card.show_values(translate("ResultsPanel", "不适用"), translate("ResultsPanel", "灵活就业人员通常没有住房公积金"))
        else:
            self.housing_card.show_values(
                translate("ResultsPanel", "{0} 元").format(money(deflate(at.housing_fund))),
                partial if "housing_fund" in unknown else _housing_assumed(facts),
                rests_on_estimate(e, "housing_fund"))
        self.fit_columns()

    def _pension_card(self, e, total: Decimal, estimated: bool, deflate, today_money: bool) -> None:
        p = e.pension
        addons = translate("ResultsPanel", " + 地方加发 {0}").format(money(deflate(
            p.extra_total))) if p.extra_pension else ""
        parts = translate("ResultsPanel", "基础 {0} + 个人账户 {1} + 过渡性 {2}").format(
            money(deflate(p.basic_pension)), money(deflate(p.account_pension)),
            money(deflate(p.transitional_pension))) + addons
        # under the figure: the pension in the other money (trial item 4: a nominal figure
        # decades ahead reads as far more than it buys) and the regional add-ons in it; its
        # parts on hover and in 计算过程
        self.pension_card.show_values(
            translate("ResultsPanel", "{0} 元").format(money(total)), (
                retired_line(e, today_money) if e.retired_by_as_of else other_money_line(e, today_money))
            + ("\n" + included_addons(e, deflate) if addons else ""),
            estimated,
            parts + "\n" + translate("ResultsPanel", "计发基数 {0} 元{1}；平均缴费指数 {2}；计发月数 {3}").format(
                money(p.pension_base), translate("ResultsPanel", "（估计）") if p.pension_base_estimated else "",
                formats.index(p.average_index), formats.number(p.account_pension_divisor, 1))
            + _base_method(e))


def retired_line(e, today_money: bool) -> str:
    """For someone already retired (the retirement month at or before the estimate's): says so,
    and the monthly pension this year with the adjustments since (the core's
    ``monthly_pension_by_year``), in today's money when the figures are, instead of the figure
    at retirement inflated and called today's (trial 2, person 4)."""
    said = translate("ResultsPanel", "已于 {0} 退休").format(e.retirement.chosen_month)
    year = e.as_of.year
    now = e.monthly_pension_by_year.get(year)
    if now is None:
        return said
    now = values.shown(now, values.deflator(e, year) if today_money else None)
    return said + translate("ResultsPanel", "；{0} 年每月 {1} 元").format(year, money(now))


def _years_split(r) -> str:
    """The years at retirement as paid + projected, when some are projected (new-user trial 9:
    "27.42 年, 已满足" for one year paid read as years already paid)."""
    if r.years_projected <= 0:
        return ""
    return translate("ResultsPanel", "已缴 {0} 年 + 预计 {1} 年").format(
        formats.years(r.years_recorded), formats.years(r.years_projected)) + "\n"


def _minimum_text(r) -> str:
    """The minimum years: met by the years paid, met only if the projected ones are paid, or
    not met at retirement."""
    if r.shortfall_months:
        return _shortfall_text(r)
    need = formats.number(r.minimum_years)  # 20, 15.5: as 计算过程 says it
    if r.minimum_paid:
        return translate("ResultsPanel", "已满足最低 {0} 年").format(need)
    if r.minimum_reached_month is not None:  # not "到退休" of a minimum reached years before it
        return translate("ResultsPanel", "缴到 {0} 满最低 {1} 年").format(r.minimum_reached_month, need)
    return translate("ResultsPanel", "缴到退休才满最低 {0} 年").format(need)


def _deflater(e, today_money: bool):
    """A figure at retirement as shown (today's money by the one rule in presentation.values)."""
    deflator = values.deflator(e) if today_money else None
    return lambda value: values.shown(value, deflator)


def _shortfall_text(r) -> str:
    from .notices import code_text
    return code_text("NO_MONTHLY_PENSION", {"required": formats.years(r.minimum_years),
                                            "shortfall_months": str(r.shortfall_months)})


def _base_method(e) -> str:
    """How the pension base was estimated, when it was (shown on hover)."""
    month = e.pension.retirement_month
    used = [p for p in e.parameters if p.name == "pension_base" and p.status == "estimated"
            and p.method and p.effective_from <= month and p.region == e.pension.region]
    if not used:
        return ""
    from ..presentation.methods import method_words
    from .i18n import catalogue_language
    return "\n※ " + method_words(max(used, key=lambda p: p.effective_from).method,
                                  catalogue_language())


def style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet when it differs: each setting polishes the widget again and asks
    its parents for a new layout, even for the same sheet."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def no_housing_fund(e, profile) -> bool:
    """A flexible worker with no housing fund at all: nothing paid in, nothing at retirement."""
    return (profile.employment_of() == "flexible" and not e.at_retirement.housing_fund
            and not any(y.housing_fund.contributions for y in e.years))


def pension_estimated(e) -> bool:
    """Whether the pension (and what is read from it: the replacement rate, the months compared)
    rests on an estimated figure: an estimated year or the estimated pension base (※)."""
    return e.pension.pension_base_estimated or any(y.estimated for y in e.years)


def rests_on_estimate(e, part: str) -> bool:
    """Whether a balance at retirement rests on an estimated figure in any year before it."""
    return any(part in y.estimated_parts for y in e.years if y.phase != "retired")


def unknown_balances(e) -> set[str]:
    """The accounts whose balance at the statement date the user left blank with no history
    before it (the figure holds only what was credited after the statement)."""
    return {account for n in e.notices if n.code == "STATEMENT_BALANCE_UNKNOWN"
            for account in n.params.get("accounts", "").split(",")}


def included_addons(e, deflate) -> str:
    """Under the pension: the regional add-ons it includes, in yuan, marked ※ while they are
    today's rules assumed to apply at retirement (ADDONS_UNDER_CURRENT_RULES; trial 5: "含地方加发
    347.37" had no unit and no mark)."""
    text = translate("ResultsPanel", "含地方加发 {0} 元").format(money(deflate(e.pension.extra_total)))
    return text if e.retired_by_as_of else f"{text} {formats.ESTIMATE_MARK}"


class CardsArea(QScrollArea):
    """The cards over the results' tabs, taking the height they need up to SHARE of the
    column's: below that they scroll, and the tabs keep their room (at 1024×700 in English the
    charts had ~120 px). The same at start (``startup.show_cards``) and in the results panel,
    which adopts this area with its cards: nothing moves then."""

    SHARE = 0.45
    #: the cap of the cards built last: a panel built again (a language switch) starts with it
    #: until its column is laid out; uncapped, the cards' height (1,300 px in a narrow column)
    #: was the window's minimum for a moment, and Qt grew the window to it for good
    last_cap: Optional[int] = None
    _watched: Optional[QWidget] = None
    cards: Optional[SummaryCards] = None

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarAlwaysOff (no Qt enum)
        # its height is what it asks for (up to the cap): the tabs under it, which ask for more
        # than the column has, must not squeeze it into scrolling
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if CardsArea.last_cap is not None:
            self.setMaximumHeight(CardsArea.last_cap)
        self.cards = SummaryCards(self)
        self.cards.area = self
        self.setWidget(self.cards)
        self.cards.installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        parent = self.parentWidget()
        if parent is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = parent
            if parent is not None:
                parent.installEventFilter(self)
                self._cap()

    def _cap(self) -> None:
        """Not while the column is not shown (not laid out: its height is no measure yet)."""
        parent = self._watched
        if parent is not None and parent.isVisible() and parent.height() > 0:
            CardsArea.last_cap = max(120, int(parent.height() * self.SHARE))
            self.setMaximumHeight(CardsArea.last_cap)

    def need(self) -> int:
        """The cards' height at the area's width (their lines wrapped there)."""
        width = self.viewport().width() if self.isVisible() else self.width()
        return self.cards.heightForWidth(width) if self.cards.hasHeightForWidth() \
            else self.cards.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.cards.sizeHint().width(), min(self.need(), self.maximumHeight()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.cards.minimumSizeHint().width(), min(self.need(), 120))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.cards is not None:
            self._watch()
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._cap()
        elif watched is self.cards and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # other lines or columns: another height needed
        return super().eventFilter(watched, event)


def _housing_assumed(facts: CardFacts) -> str:
    """Under the housing fund: the deposit rate it rests on when the person gave none (trial 11:
    on by default at the regional minimum, with nothing saying so next to the figure)."""
    if facts.housing_rate_assumed is None:
        return ""
    return translate("ResultsPanel", "未填比例：按当地最低缴存比例 {0} 估算，可在“假设与公积金”中修改或关闭").format(
        formats.rate(facts.housing_rate_assumed))
