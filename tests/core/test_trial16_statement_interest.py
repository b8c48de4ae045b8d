"""New-user trial 16: a statement of 86,000 as of 2026-11 earned, in 2026, only December's interest
(108.30 = 86,000 x 1.5 % / 12 and a little): the balance is taken as it stands at the end of its
month, that year's interest for the months before not added -- right for the annual statement
(as of December, the year's interest in), a little low for a balance looked up mid-year, which
usually has none of that year's interest yet. Nothing said so; the statement's notice now does,
for a statement of a month before December."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render

AS_OF = YearMonth(2026, 12)


def _statement(month: str) -> Profile:
    return Profile.model_validate({
        "birth": "1980-10", "gender": "male", "category": "worker", "region": "chengdu",
        "statement": {"as_of": month, "pension_balance": "86000", "contribution_years": "11",
                      "average_index": "1.1"},
        "future": {"continue_contributing": True, "monthly_wage": "9000"}})


def test_a_mid_year_statement_says_its_interest_is_not_added():
    e = estimate(_statement("2026-11"), as_of=AS_OF)
    [notice] = [n for n in e.notices if n.code == "STATEMENT_USED"]
    zh = render(notice.code, notice.params, "zh")
    assert zh.startswith("2026-11 及以前按权益记录单的数字计算；余额视为已含到该月的利息，当年此前各月的利息不再另计")
    assert "年中查询的余额多半还不含当年利息" in zh
    assert "a balance looked up mid-year usually does not include" in render(notice.code, notice.params, "en")
    # as it says: 2026 credits December's interest only (the balance's 1/12 of the year's rate)
    [year] = [y for y in e.years if y.year == 2026]
    rates = [p for p in e.parameters if p.name == "pension/credited_interest_rate"
             and p.effective_from <= YearMonth(2026, 12)]
    rate = max(rates, key=lambda p: p.effective_from).value
    interest = year.pension_account.interest
    assert Decimal("86000") * rate / 12 <= interest < Decimal("86000") * rate * 2 / 12

def test_a_december_statement_says_nothing_more():
    e = estimate(_statement("2025-12"), as_of=AS_OF)
    [notice] = [n for n in e.notices if n.code == "STATEMENT_USED"]
    assert render(notice.code, notice.params, "zh") == "2025-12 及以前按权益记录单的数字计算"
