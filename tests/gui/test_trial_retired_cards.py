"""New-user trial 2, person 4: a man retired in 2024-02, seen in 2026-12. The pension card says
he has retired and names his monthly pension this year (the core's monthly_pension_by_year, after
the 2025 and 2026 adjustments) beside the amount at retirement, with no "≈ 今日" that inflated
the 2024 amount and called it today's; the range line under it (区间约 9,685 – 9,685) is gone."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.fan_chart import BandsController, RangeLabel, bands_work
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.summary_cards import CardFacts, SummaryCards
from tests.core.test_trial_retired import AS_OF, wuhan_man_retired


def _session(as_of=AS_OF) -> Session:
    session = Session(wuhan_man_retired(), as_of=as_of)
    session.recompute()
    return session


def _cards(qtbot, session, today_money=False) -> SummaryCards:
    cards = SummaryCards()
    qtbot.addWidget(cards)
    cards.resize(900, 400)
    cards.show_estimate(session.estimate, CardFacts(today_money, False))
    return cards


def test_the_pension_card_says_he_has_retired_and_his_pension_this_year(qtbot):
    session = _session()
    e = session.estimate
    now = e.monthly_pension_by_year[2026]
    assert now > e.pension.total
    for today_money in (False, True):
        cards = _cards(qtbot, session, today_money)
        card = cards.pension_card
        # the amount at retirement, as it was paid (never deflated or inflated)
        assert card.value.text().startswith(f"{money(e.pension.total)} 元")
        detail = card.detail.text()
        assert detail.startswith(f"已于 2024-02 退休；2026 年每月 {money(now)} 元"), detail
        assert "今日" not in detail and "≈" not in detail
        # the years card says it happened, not "2024-02 退休" as a plan
        assert "已于 2024-02 退休" in cards.years_card.detail.text()


def test_in_english_too(qtbot):
    session = _session()
    now = session.estimate.monthly_pension_by_year[2026]
    try:
        install_language("en")
        cards = _cards(qtbot, session)
        detail = cards.pension_card.detail.text()
        assert detail.startswith(f"Retired in 2024-02; {money(now)} yuan a month in 2026"), detail
        assert "Retired in 2024-02, age" in cards.years_card.detail.text()
    finally:
        install_language("zh_CN")


def test_before_retirement_the_card_is_as_before(qtbot):
    session = _session(YearMonth(2023, 12))
    e = session.estimate
    cards = _cards(qtbot, session)
    detail = cards.pension_card.detail.text()
    assert "退休；" not in detail and f"≈ 今日 {money(e.pension.total_today)} 元" in detail


def _range_label(qtbot, session, bands) -> RangeLabel:
    holder = QWidget()
    qtbot.addWidget(holder)
    controller = BandsController(session, holder)
    controller._timer.stop()
    controller.profile, controller.bands = session.profile, bands
    label = RangeLabel(controller, holder)
    holder.kept = (controller, label)
    return label


def test_no_range_line_for_someone_retired(qtbot):
    session = _session()
    bands = bands_work(session.profile, session.as_of)
    assert bands.total[0] == bands.total[2]  # nothing uncertain: the trial's 9,685 – 9,685
    assert _range_label(qtbot, session, bands).text() == ""


def test_no_range_line_when_low_and_high_are_equal(qtbot):
    session = _session(YearMonth(2023, 12))  # not yet retired
    bands = bands_work(session.profile, session.as_of)
    label = _range_label(qtbot, session, bands)
    if bands.total[0] != bands.total[2]:
        assert label.text().startswith("区间约")
    same = SimpleNamespace(total=(bands.total[1],) * 3, total_today=(bands.total_today[1],) * 3,
                           assumptions=bands.assumptions)
    assert _range_label(qtbot, session, same).text() == ""
