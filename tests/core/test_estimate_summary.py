"""The Estimate says what it used: typed ages, the assumptions (user's or default) and the
rules with their sources (issue 10: readers no longer dig them out of the parameter list)."""

from __future__ import annotations

import json
from decimal import Decimal

from shebao_desktop.core.age import Age
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.summary import ASSUMPTION_NAMES, RULE_NAMES
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _profile(**assumptions) -> Profile:
    return Profile.model_validate({
        "name": "t", "region": "beijing", "birth": "1975-03", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "beijing", "amount": "9000"} for y in range(2000, 2027)],
        "assumptions": assumptions})


def test_ages_are_typed_and_match_the_months():
    e = estimate(_profile(), as_of=AS_OF)
    r = e.retirement
    assert isinstance(r.statutory_age, Age) and isinstance(r.chosen_age, Age)
    # born 1975-03: the statutory month is so many months after birth
    assert r.statutory_age.total_months == r.statutory_month - YearMonth(1975, 3)
    assert r.chosen_age == Age.between(YearMonth(1975, 3), r.chosen_month)
    # the JSON form stays readable: years and months by name
    dumped = json.loads(e.model_dump_json())["retirement"]["statutory_age"]
    assert dumped == {"years": r.statutory_age.years, "months": r.statutory_age.months}


def test_assumptions_say_whose_value_was_used():
    e = estimate(_profile(inflation="0.031"), as_of=AS_OF)
    by_name = {a.name: a for a in e.assumptions}
    assert tuple(by_name) == ASSUMPTION_NAMES
    assert by_name["inflation"].value == Decimal("0.031")
    assert by_name["inflation"].source == "user"
    assert {a.source for n, a in by_name.items() if n != "inflation"} == {"default"}
    # the default is the policy data's value the parameter list cites
    growth = next(p for p in e.parameters if p.name == "assumptions/average_wage_growth")
    assert by_name["average_wage_growth"].value == Decimal(str(growth.value))


def test_the_deflator_follows_the_inflation_used():
    e = estimate(_profile(inflation="0.02"), as_of=AS_OF)
    line = next(y for y in e.years if y.year == AS_OF.year + 10)
    assert line.deflator == (Decimal("1.02") ** 10).quantize(Decimal("0.000001"))


def test_rules_are_listed_with_their_sources():
    e = estimate(_profile(), as_of=AS_OF)
    names = [r.name for r in e.rules]
    assert "pension/interest_convention" in names and "pension/year_counting" in names
    assert "pension/transitional_index_rule" in names
    assert names == sorted(names, key=RULE_NAMES.index)  # in the catalogue's order
    assert all(r in e.parameters for r in e.rules)
    for rule in e.rules:
        assert rule.status != "enacted" or rule.title and (rule.number or rule.url), rule.name


def test_one_future_wage_projection_for_the_plan_and_the_fill_action():
    from shebao_desktop.core.projection import projected_wage
    # 6000 x 1.05^2 = 6615.00; before its own year the anchor stays as it is
    assert projected_wage(Decimal("6000"), 2024, 2026, Decimal("0.05")) == Decimal("6615.00")
    assert projected_wage(Decimal("6000"), 2024, 2023, Decimal("0.05")) == Decimal("6000.00")
    # the estimate's projected months use it: a profile whose last record is 2020 at 8000
    profile = Profile.model_validate({
        "name": "t", "region": "beijing", "birth": "1975-03", "gender": "male", "category": "worker",
        "history": [{"period": "2020", "region": "beijing", "amount": "8000"}],
        "assumptions": {"own_wage_growth": "0.04"}})
    from shebao_desktop.core.plan import build_plan
    from shebao_desktop.core.estimate import make_view, resolve_retirement
    from shebao_desktop.core.policy.loader import default_policy_data
    view = make_view(profile, default_policy_data(), AS_OF)
    _window, retire = resolve_retirement(profile, view)
    plan = build_plan(profile, AS_OF, retire, view)
    assert plan.months[YearMonth(2030, 1)].amount == projected_wage(Decimal(8000), 2020, 2030, Decimal("0.04"))
