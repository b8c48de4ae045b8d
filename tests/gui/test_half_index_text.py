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
    assert _index_text(SimpleNamespace(pension=PENSION)) == "本地区使用 (1 + 平均缴费指数) ÷ 2"


def test_a_top_up_add_on_is_explained_net_of_the_transitional_pension(qapp):
    """广东 定额加发 with a small new-method transitional pension: (100 + 4 x N) - transitional."""
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.profile import Profile
    from shebao_desktop.core.yearmonth import YearMonth
    from shebao_desktop.gui.explain import explain_html

    profile = Profile.model_validate({
        "birth": "1966-01", "gender": "male", "region": "guangdong", "deemed_years": "0.5",
        "history": [{"period": str(y), "region": "guangdong", "amount": "3000",
                     "amount_kind": "base"} for y in range(2000, 2026)],
        "future": {"continue_contributing": False}})
    result = estimate(profile, as_of=YearMonth(2026, 11))
    lines = [e for e in result.pension.extra_pension if e.name_zh == "定额加发"]
    assert result.pension.transitional_pension > 0 and len(lines) == 1
    transitional = result.pension.transitional_pension
    assert f") − {transitional:,.2f}" in explain_html(profile, result)
