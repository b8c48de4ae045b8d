"""The 个人信息 page names the rule of an add-on paid by the years (trial 2: 深圳 "定额加发 200.00"
there, 188 / 200 / 212 in the comparison, unexplained): 100 元 + 每满一年 4 元 × N 年."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.gui.transitional_box import addons_hint
from tests.core.test_trial2_total_and_addon import AS_OF, shenzhen


def test_the_add_on_hint_says_its_rule(qapp):
    result = estimate(shenzhen(), as_of=AS_OF)
    p = result.pension
    supplement = next(x for x in p.extra_pension if x.name_zh == "定额加发")
    text = addons_hint(result)
    assert f"定额加发 {supplement.amount:,.2f}（按缴费年限计发" in text
    assert "100 元 + 每满一年 4 元 × " in text


def test_an_add_on_of_a_pension_not_payable_says_it_waits_for_the_years(qapp):
    """Trial 13: a 深圳 worker short of the minimum years read "地方加发项目（每月）：定额加发 …"
    as if paid. Below the minimum nothing is paid monthly; the add-on is what the pension would
    carry once the years are made up."""
    short = shenzhen().model_copy(update={"future": shenzhen().future.model_copy(
        update={"continue_contributing": False})})
    result = estimate(short, as_of=AS_OF)
    assert not result.pension.payable and result.pension.extra_pension
    assert addons_hint(result).startswith("地方加发项目（每月，补足最低缴费年限后才发）：定额加发 ")
    assert addons_hint(estimate(shenzhen(), as_of=AS_OF)).startswith("地方加发项目（每月）：定额加发 ")
