"""New-user trial 11: a man in 四川 who paid 1996-2015 and stopped (继续缴费 unticked) was shown a
replacement rate of 81.8 %: his pension of 2032 (5,319.02) over his wage of 2015 (6,500), 17
years of wage growth apart. The rate is now against that wage brought to the retirement month
by the growth of the region's pension base (core/replacement.py), and every view says so; a
record paid up to retirement keeps the plain rate (its last wage)."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.cli_text import estimate_text
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.money import fen
from shebao_desktop.core.decide.walk import view_for
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

TODAY = YearMonth(2026, 12)


def _stopped(continuing: bool = False) -> Profile:
    rows = [{"period": str(y), "region": "sichuan", "amount": str(2000 + (y - 2000) * 300)}
            for y in range(1996, 2016)]
    return Profile.model_validate({"birth": "1970-09", "gender": "male", "region": "sichuan",
                                   "history": rows,
                                   "future": {"continue_contributing": continuing}})


def test_a_wage_of_2015_is_brought_to_the_retirement_month():
    profile = _stopped()
    result = estimate(profile, as_of=TODAY)
    p = result.pension
    assert p.retirement_month == YearMonth(2032, 3) and p.payable
    then = view_for(profile, None, TODAY).value("pension_base", "sichuan", YearMonth(2015, 12))
    assert then < p.pension_base  # the base grew between: the plain rate overstated
    assert p.replacement_wage_from == YearMonth(2015, 12)
    assert p.replacement_wage == fen(Decimal(6500) * p.pension_base / then)
    assert p.replacement_rate == (p.total / p.replacement_wage).quantize(Decimal("0.0001"))
    assert p.replacement_rate < (p.total / Decimal(6500)).quantize(Decimal("0.0001"))
    text = estimate_text(result, True)
    assert f"相对本人 2015-12 的工资按计发基数增长折算到退休时的 {p.replacement_wage} 元" in text
    assert "relative to own wage of 2015-12 brought to retirement" in estimate_text(result, False)


def test_contributions_up_to_retirement_keep_the_last_wage():
    result = estimate(_stopped(continuing=True), as_of=TODAY)
    p = result.pension
    assert p.replacement_wage_from is None
    last = [y for y in result.years if y.months_contributed][-1]
    assert last.year == 2032  # paid to the month before retirement (2032-03)
    assert p.replacement_wage is not None and p.replacement_wage > Decimal(6500)
    assert p.replacement_rate == (p.total / p.replacement_wage).quantize(Decimal("0.0001"))
    assert "折算到退休时" not in estimate_text(result, True)
