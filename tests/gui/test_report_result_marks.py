"""Trial 2 (pdf/st-1.png): the PDF's 估算结果 table gave 退休时养老个人账户, 退休时医保个人账户
and 退休时住房公积金 without ※ and without 元, though the window's cards mark them ※. The
table's amounts carry 元, and ※ exactly where the cards put it."""

from __future__ import annotations

import re

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.summary_cards import CardFacts, SummaryCards, card_facts
from shebao_desktop.presentation.formats import money

AS_OF = YearMonth(2026, 11)


def _cell(html: str, label: str) -> str:
    match = re.search(rf">{label}</td><td[^>]*>([^<]*)</td>", html)
    assert match, label
    return match.group(1)


def _html(profile, e) -> str:
    return summary_html(profile, e, chart_png=None, today_money=False, version="t",
                        printed_on="2026-12-02")


def test_the_balances_carry_yuan_and_the_cards_marks(qtbot):
    profile = sample_profile(AS_OF)
    e = estimate(profile, as_of=AS_OF)
    html = _html(profile, e)
    at = e.at_retirement
    assert _cell(html, "退休时养老个人账户") == f"{money(at.pension_account)} 元※"
    assert _cell(html, "退休时医保个人账户") == f"{money(at.medical_account)} 元※"
    assert _cell(html, "退休时住房公积金") == f"{money(at.housing_fund)} 元※"
    assert _cell(html, "基础养老金") == f"{money(e.pension.basic_pension)} 元"
    # the same marks as the window's cards
    cards = SummaryCards()
    qtbot.addWidget(cards)
    cards.show_estimate(e, card_facts(e, profile, False))
    for card, label in ((cards.account_card, "退休时养老个人账户"),
                        (cards.medical_card, "退休时医保个人账户"),
                        (cards.housing_card, "退休时住房公积金")):
        assert ("※" in card.value.text()) == _cell(html, label).endswith("※"), label


def test_nothing_estimated_no_mark_and_no_housing_fund_not_applicable():
    profile = sample_profile(AS_OF)
    e = estimate(profile, as_of=AS_OF)
    years = [y.model_copy(update={"estimated": False, "estimated_parts": []}) for y in e.years]
    plain = e.model_copy(update={"years": years, "pension": e.pension.model_copy(
        update={"pension_base_estimated": False})})
    html = _html(profile, plain)
    for label in ("退休时养老个人账户", "退休时医保个人账户", "退休时住房公积金", "计发基数"):
        assert _cell(html, label).endswith(" 元"), label
    assert f"{money(e.pension.total)}</b> 元<" in html
    flexible = profile.model_copy(update={"category": "flexible"})
    none = e.model_copy(update={"years": [y.model_copy(update={"housing_fund": y.housing_fund.model_copy(
        update={"contributions": 0})}) for y in e.years], "at_retirement": e.at_retirement.model_copy(
        update={"housing_fund": 0})})
    assert card_facts(none, flexible, False) == CardFacts(False, True)  # the card: 不适用
    assert _cell(_html(flexible, none), "退休时住房公积金") == "不适用"
