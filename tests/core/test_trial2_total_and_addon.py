"""New-user trial 2, in the core and on the command line.

1. 浙江 rounds the pension total up to the jiao (见分进角, regions/zhejiang/pension/total_rounding.yaml):
   the breakdown says what the parts add up to before that rounding (``parts_total``) and whether
   the rounding changed it (``total_rounded``), and the CLI's total line adds up.
2. 深圳 (广东's rule) pays 定额加发 = 100 + 4 x full contribution years (粤人社〔2014〕8号 for the 4 per
   year, 粤劳电〔2009〕32号 for the 100: regions/guangdong/pension/addons/fixed_supplement.yaml; a
   深圳 2024-10 form prints 0 + 25 x 4 + 100 = 200): 200 / 212 / 224 at 25 / 28 / 31 full years.
   The amount varies by that rule (no bug); the add-on line carries the rule's terms so the
   views can say so, and the CLI does.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from shebao_desktop.cli_text import estimate_text
from shebao_desktop.core.decide.compare import compare
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth as Y

AS_OF = Y(2026, 12)


def hangzhou() -> Profile:
    return Profile.model_validate({
        "region": "hangzhou", "birth": "1985-03", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "hangzhou", "amount": "17000"}
                    for y in range(2008, 2027)]})


def shenzhen() -> Profile:
    return Profile.model_validate({
        "region": "shenzhen", "birth": "1992-06", "gender": "female", "category": "worker",
        "history": [{"period": str(y), "region": "shenzhen", "amount": "12000"}
                    for y in range(2019, 2027)]})


@pytest.fixture(scope="module")
def zj():
    return estimate(hangzhou(), as_of=AS_OF)


def test_parts_total_is_the_sum_before_the_jiao_rounding(zj):
    p = zj.pension
    assert p.total_rounding == "jiao_up"
    parts = [p.basic_pension, p.account_pension, p.transitional_pension,
             *(e.amount for e in p.extra_pension)]
    assert p.parts_total == sum(parts, D(0)) == D("21162.29")
    assert p.total == D("21162.3")  # 见分进角: 21162.29 -> 21162.3 (figure unchanged)
    assert p.total_rounded


def test_a_total_the_rounding_left_alone_is_not_marked_rounded(zj):
    p = zj.pension.model_copy(update={"total": zj.pension.parts_total})
    assert not p.total_rounded
    assert not zj.pension.model_copy(update={"total_rounding": "none"}).total_rounded


def test_cli_total_line_adds_up_and_names_the_rounding(zj):
    zh = next(line for line in estimate_text(zj, True).splitlines() if line.startswith("月养老金"))
    assert zh.endswith("+ 过渡调节金 758.68 = 21162.29，见分进角为 21162.30")
    en = next(line for line in estimate_text(zj, False).splitlines()
              if line.startswith("monthly pension"))
    assert en.endswith("758.68 = 21162.29, rounded up to the jiao: 21162.30")


def test_shenzhen_supplement_varies_by_the_rule_100_plus_4_per_full_year():
    choices = compare(shenzhen(), [Y(2044, 6), Y(2047, 6), Y(2050, 6)], as_of=AS_OF)
    lines = [c.estimate.pension.extra_pension for c in choices]
    assert [[e.name_zh for e in x] for x in lines] == [["定额加发"]] * 3
    got = [(x[0].years, x[0].amount, c.extra) for x, c in zip(lines, choices)]
    assert got == [(D(25), D("200.00"), D("200.00")), (D(28), D("212.00"), D("212.00")),
                   (D(31), D("224.00"), D("224.00"))]
    for (line,) in lines:  # the rule's terms, as the data gives them, with its source
        assert (line.fixed, line.per_year, line.years_rule) == (D(100), D(4), "full_total_years")
        assert line.by_years and line.top_up
        assert line.amount == line.fixed + line.per_year * line.years
        assert line.number == "粤人社〔2014〕8号"


def test_cli_says_the_supplement_is_paid_by_the_years():
    e = estimate(shenzhen(), as_of=AS_OF)
    zh = next(x for x in estimate_text(e, True).splitlines() if x.startswith("月养老金"))
    assert zh.endswith("定额加发 212.00（按缴费年限计发：100 元 + 每满一年 4 元 × 28 年）")
    assert zh.count("=") == 1  # 广东 does not round the total: no rounding step on the line
    en = next(x for x in estimate_text(e, False).splitlines() if x.startswith("monthly pension"))
    assert "212.00 (by contribution years: 100 + 4 per full year x 28)" in en
    assert "Fixed" not in en  # not called fixed: it varies with the years
