"""New-user trial 9: for a profile with one row of 2014, the years card said "27.42 年 / 已满足最低
15 年", 计算过程 "共 27.42 年：已满足" and the PDF "已满足（累计 27.42 年…）" -- as if paid. Each now
says how many are paid and how many projected, and that the minimum is met only if they are paid
(core: RetirementInfo.years_recorded)."""

from __future__ import annotations

from shebao_desktop.cli_text import estimate_text
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.summary_cards import CardFacts, SummaryCards

AS_OF = YearMonth(2026, 12)


def _profile(first: int) -> Profile:
    return Profile.model_validate({
        "birth": "1990-05", "gender": "male", "region": "beijing",
        "history": [{"period": str(y), "region": "beijing", "amount": "8000"}
                    for y in range(first, 2015)]})


def _card(qtbot, result) -> str:
    cards = SummaryCards()
    qtbot.addWidget(cards)
    cards.show_estimate(result, CardFacts())
    return cards.years_card.value.text() + "|" + cards.years_card.detail.text()


def test_one_year_paid_is_not_called_met(qtbot):
    result = estimate(_profile(2014), as_of=AS_OF)
    card = _card(qtbot, result)
    # 北京, 2053; the projected months reach the 20 years in 2045-11 (trial 14: not "缴到退休")
    assert card.startswith("27.42 年|已缴 1.00 年 + 预计 26.42 年\n缴到 2045-11 满最低 20 年")
    assert "已满足" not in card
    explained = explain_html(_profile(2014), result)
    assert "其中缴费记录和对账单上已缴 1 年（含视同），其余 26.42 年是按继续缴费推算的" in explained
    assert "缴到 2045-11 满足" in explained and ">已满足<" not in explained
    html = summary_html(_profile(2014), result, chart_png=None, today_money=False,
                        version="t", printed_on="2026-12-04")
    assert "缴到 2045-11 满足（退休时累计 27.42 年，其中已缴 1 年、预计 26.42 年；需 20 年）" in html
    cli = estimate_text(result, chinese=True)
    assert "退休时累计: 27.42 (已缴 1.00 + 预计 26.42)" in cli


def test_the_minimum_paid_already_is_met_and_the_split_still_shown(qtbot):
    """1995..2014 recorded: 20 years paid, the minimum met whatever comes later."""
    profile = Profile.model_validate({
        "birth": "1975-05", "gender": "male", "region": "beijing",
        "history": [{"period": str(y), "region": "beijing", "amount": "8000"}
                    for y in range(1995, 2015)]})
    result = estimate(profile, as_of=AS_OF)
    assert result.retirement.years_recorded == 20 and result.retirement.minimum_paid
    card = _card(qtbot, result)
    assert "已缴 20.00 年 + 预计" in card and "已满足最低" in card


def test_in_english(qtbot):
    install_language("en")
    try:
        result = estimate(_profile(2014), as_of=AS_OF)
        card = _card(qtbot, result)
        assert "1.00 years paid + 26.42 projected" in card  # the unit said (trial 17)
        assert "20-year minimum met once paid to 2045-11" in card
        assert "Of these, paid by the records and statement: 1 (deemed years included)" in explain_html(_profile(2014), result)
        assert "(paid 1.00 + projected 26.42)" in estimate_text(result, chinese=False)
    finally:
        install_language("zh")
