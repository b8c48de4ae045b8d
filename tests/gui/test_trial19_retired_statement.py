"""New-user trial 19: a 成都 woman (born 1975-06, 工人岗位: retired 2025-09 at 50y3m) with only
her statement of 2025-12 (balance 86,420.17, 19.33 years, index 0.87). 快速估算 refused to answer
until 当前月缴费基数 was filled, though 4,500 and 9,000 gave the same 2,117.61 (nothing is left
to pay); and nothing said that the statement runs three months past the retirement it assumed."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render

AS_OF = YearMonth(2026, 12)
STATEMENT = {"as_of": "2025-12", "pension_balance": "86420.17", "contribution_years": "19.33",
             "average_index": "0.87"}


def _woman(**changes) -> Profile:
    data = {"region": "chengdu", "birth": "1975-06", "gender": "female", "category": "worker",
            "statement": STATEMENT}
    data.update(changes)
    return Profile.model_validate(data)


def test_a_statement_after_the_assumed_retirement_is_said():
    found = [n.params for n in estimate(_woman(), as_of=AS_OF).notices
             if n.code == "RETIRED_AT_STATUTORY_ASSUMED"]
    assert found == [{"month": "2025-09", "paid_until": "2025-12", "women": "1"}]
    zh = render("RETIRED_AT_STATUTORY_ASSUMED", found[0], "zh_CN")
    assert "权益记录单到 2025-12 仍在缴费，晚于这个退休时间" in zh and "女职工与女干部" in zh
    assert zh.endswith("2025-09 以后的缴费也已算入")
    en = render("RETIRED_AT_STATUTORY_ASSUMED", found[0], "en")
    assert "contributions up to 2025-12, after that month" in en and "women workers" in en
    earlier = _woman(statement={**STATEMENT, "as_of": "2025-06"})
    assert [n.params for n in estimate(earlier, as_of=AS_OF).notices
            if n.code == "RETIRED_AT_STATUTORY_ASSUMED"] == [{"month": "2025-09"}]


def test_the_quick_estimate_asks_no_base_of_someone_retired_by_the_statement(quick_panel):
    blank = Profile.model_validate({"region": "chengdu", "birth": "1975-06", "gender": "female",
                                    "category": "worker"})
    simple = quick_panel(blank, as_of=AS_OF)
    simple.as_of.set_month(YearMonth(2025, 12))
    simple._typed_date(YearMonth(2025, 12))
    simple.balance.set_decimal(Decimal("86420.17"))
    simple.years.set_decimal(Decimal("19.33"))
    simple.index.set_decimal(Decimal("0.87"))
    assert simple.four_numbers()["base"] == 0
    simple.estimate()
    assert simple.answer is not None, simple.result.text()  # was "请填写当前月缴费基数"
    assert simple.answer.retirement.chosen_month == YearMonth(2025, 9)
    # a man of the same figures, retiring in 2035, is still asked for it
    young = quick_panel(blank.model_copy(update={"birth": YearMonth(1975, 6), "gender": "male"}),
                        as_of=AS_OF)
    young.as_of.set_month(YearMonth(2025, 12))
    young._typed_date(YearMonth(2025, 12))
    young.years.set_decimal(Decimal("19.33"))
    young.estimate()
    assert young.answer is None and "请填写当前月缴费基数" in young.result.text()


def test_statement_years_count_whole_months():
    """19年4个月 can only be typed 19.33: counted 231.96 months ("实际缴费 231.96 个月"); a
    statement counts whole months, so 232."""
    assert estimate(_woman(), as_of=AS_OF).pension.contribution_months == 232
    half = _woman(statement={**STATEMENT, "contribution_years": "22.5"})
    assert estimate(half, as_of=AS_OF).pension.contribution_months == 270


def test_the_rate_card_says_why_a_statement_alone_has_no_rate(qtbot):
    """替代率 read "— ※" with nothing under it to say why (no wage before retirement is known)."""
    from shebao_desktop.gui.summary_cards import CardFacts, SummaryCards
    cards = SummaryCards()
    qtbot.addWidget(cards)
    e = estimate(_woman(), as_of=AS_OF)
    assert e.pension.replacement_rate is None
    cards.show_estimate(e, CardFacts())
    assert cards.rate_card.value.text() == "—"
    assert cards.rate_card.detail.text().startswith("没有退休前的工资（只有权益记录单）")
