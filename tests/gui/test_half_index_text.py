"""四川/重庆 take (1 + Ī) / 2 as the transitional index (rule half_one_plus_average): the person
form's hint and the 计算过程 page say so instead of treating it as an untyped 过渡性指数."""

from decimal import Decimal
from types import SimpleNamespace

from shebao_desktop.gui.explain_pension import _index_text
from shebao_desktop.gui.transitional_box import index_hint

PENSION = SimpleNamespace(transitional_index=Decimal("0.9820"), average_index=Decimal("0.9640"),
                          transitional_index_rule="half_one_plus_average",
                          transitional_index_source="rule")


def test_person_form_hint_names_the_half_rule(qapp):
    hint = index_hint(PENSION)
    assert "0.9820" in hint and "(1 + 平均缴费指数) ÷ 2" in hint
    assert "未填写" not in hint


def test_explain_page_names_the_half_rule(qapp):
    assert _index_text(SimpleNamespace(pension=PENSION)) == "本地区使用 (1 + 本人平均缴费指数) ÷ 2"
