"""The one formatter each for money, percent, rate, age and period (presentation.formats), and
today's money in one place (presentation.values): the CLI, the window and the PDF share them."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.age import Age
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation import formats, values


def test_age_takes_the_typed_value_and_its_old_text():
    assert formats.age(Age(63, 0), "zh") == "63岁"
    assert formats.age(Age(60, 3), "zh") == "60岁3个月"
    assert formats.age(Age(60, 3), "en") == "60 y 3 m"
    assert formats.age("61y4m", "en") == "61 y 4 m"  # the pension command's JSON form
    assert formats.age("not an age", "zh") == "not an age"


def test_period_money_percent_rate():
    assert formats.period(YearMonth(2025, 1), YearMonth(2027, 6), "zh") == "2025-01 至 2027-06"
    assert formats.period(YearMonth(2025, 1), YearMonth(2027, 6), "en") == "2025-01 to 2027-06"
    assert formats.money(Decimal("1234567.5")) == "1,234,567.50"
    assert formats.money(Decimal("1234567.5"), grouping=False) == "1234567.50"
    assert formats.percent(Decimal("0.4531")) == "45.3%"
    assert formats.rate(Decimal("0.12")) == "12%" and formats.rate(Decimal("0.015")) == "1.5%"
    assert formats.percent(None) == formats.rate(None) == formats.money(None) == "—"


def test_today_money_is_one_division():
    assert values.shown(Decimal("300"), Decimal("1.5")) == Decimal("200")
    assert values.shown(Decimal("300"), None) == Decimal("300")
    assert values.shown(None, Decimal("1.5")) is None


def test_the_assumptions_used_are_stated_once_for_the_cli_and_the_pdf():
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.profile import Profile
    from shebao_desktop.cli_text import estimate_text
    from shebao_desktop.presentation.messages import assumption_parts
    profile = Profile.model_validate({
        "name": "t", "region": "beijing", "birth": "1975-03", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "beijing", "amount": "9000"} for y in range(2000, 2027)],
        "assumptions": {"inflation": "0.031"}})
    e = estimate(profile, as_of=YearMonth(2026, 12))
    zh = assumption_parts(e.assumptions, "zh")
    assert zh[3] == "通货膨胀 3.1%"  # the user's own value: no ※
    assert zh[0].startswith("本人工资增长 ※")  # a default is an estimate
    assert len(zh) == 5
    assert "；".join(zh) in estimate_text(e, chinese=True)
    assert "; ".join(assumption_parts(e.assumptions, "en")) in estimate_text(e, chinese=False)
