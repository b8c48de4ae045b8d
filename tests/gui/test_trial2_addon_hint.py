"""The 个人信息 page names the rule of an add-on paid by the years (trial 2: 深圳 "定额加发 200.00"
there, 188 / 200 / 212 in the comparison, unexplained): 100 元 + 每满一年 4 元 × N 年."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.gui.transitional_box import addons_hint
from tests.core.test_trial2_total_and_addon import AS_OF, shenzhen


def test_the_add_on_hint_says_its_rule(qapp):
    p = estimate(shenzhen(), as_of=AS_OF).pension
    supplement = next(x for x in p.extra_pension if x.name_zh == "定额加发")
    text = addons_hint(p)
    assert f"定额加发 {supplement.amount:,.2f}（按缴费年限计发" in text
    assert "100 元 + 每满一年 4 元 × " in text
