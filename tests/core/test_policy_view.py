"""Look-ups: published values, projections past the last one, back-casts before the first,
user overrides, and the record of every parameter used."""

from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import Override, PolicyLookupError, PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth as YM

GROWTH = {"average_wage_growth": Decimal("0.03"), "credited_interest_rate": Decimal("0.02")}


def test_published_value_is_enacted_with_its_reference():
    found = PolicyView(default_policy_data(), GROWTH).get("pension_base", "beijing", YM(2025, 6))
    assert found.value == Decimal("12049") and found.status == "enacted"
    assert "京人社发〔2025〕13号" in (found.reference.number or "")


def test_projection_past_the_last_value_is_estimated_and_says_how():
    view = PolicyView(default_policy_data(), GROWTH)
    data = default_policy_data().files["beijing"]["pension_base"]
    last = max(m for m, e in data.values.items() if e is not None)
    last_value = data.values[last].value
    found = view.get("pension_base", "beijing", YM(last.year + 2, 3))
    assert found.status == "estimated"
    assert found.value == (last_value * Decimal("1.03") ** 2).quantize(Decimal(1))
    # how, as figures (worded by presentation.methods): 2 years at 3% from the last value
    assert (found.method.kind, found.method.start, found.method.value, found.method.years,
            found.method.rate) == ("grown", last, last_value, 2, Decimal("0.03"))


def test_credited_rate_after_the_last_value_uses_the_assumption():
    found = PolicyView(default_policy_data(), GROWTH).get(
        "pension/credited_interest_rate", "beijing", YM(2031, 1))
    assert found.value == Decimal("0.02") and found.status == "estimated"
    enacted = PolicyView(default_policy_data(), GROWTH).get(
        "pension/credited_interest_rate", "beijing", YM(2021, 5))
    assert enacted.value == Decimal("0.0669") and enacted.status == "enacted"


def test_backcast_before_the_first_value_is_estimated():
    first = min(default_policy_data().files["anhui"]["average_wage"].values)
    found = PolicyView(default_policy_data(), GROWTH).get("average_wage", "anhui", YM(2010, 3))
    assert first.year > 2010
    assert found.status == "estimated" and found.method.kind == "scaled"
    assert (found.method.start, found.method.year) == (first, 2010)
    assert Decimal(1500) < found.value < Decimal(7000)


def test_no_value_and_no_rule_is_an_error_not_a_zero():
    view = PolicyView(default_policy_data(), GROWTH)
    with pytest.raises(PolicyLookupError):
        view.get("pension/account_pension_divisor", "beijing", YM(2000, 1))


def test_override_wins_and_is_reported():
    view = PolicyView(default_policy_data(), GROWTH,
                      (Override("pension_base", Decimal("13000"), YM(2026, 1)),))
    assert view.value("pension_base", "beijing", YM(2025, 12)) == Decimal("12049")
    found = view.get("pension_base", "beijing", YM(2026, 7))
    assert found.value == Decimal("13000") and found.status == "override"
    assert any(p.status == "override" for p in view.parameters_used())


def test_estimate_lists_parameters_with_sources_and_marks_estimates():
    profile = Profile(birth=YM(1985, 4), gender="female", category="cadre", region="shenzhen",
                      history=[{"period": "2024", "region": "shenzhen", "amount": "15000"}])
    result = estimate(profile, as_of=YM(2026, 11))
    names = {p.name for p in result.parameters}
    assert {"pension/credited_interest_rate", "pension_base", "average_wage",
            "pension/account_pension_divisor"} <= names
    assert all(p.title for p in result.parameters if p.status == "enacted")
    assert all(p.method for p in result.parameters if p.status == "estimated")
    assert result.pension.pension_base_estimated  # retirement in the 2040s
    assert any(n.code == "USES_ESTIMATED_VALUES" for n in result.notices)
    assert any(y.estimated for y in result.years)


@pytest.mark.parametrize("month, wage, floor, ceiling", [
    # the 2018-04 band ran through 2019-04 (the 2019 band began 2019-05): not a back-cast of 2019
    (YM(2019, 4), 7132, 4279, 21396),
    # the 2019 band ran 14 months, to 2020-06: 2020-05/06 keep it, not a projection
    (YM(2020, 6), 8211, 4927, 24633),
    # before 2019: 60% / 300% of the published Shanghai average wage, not a capped back-cast
    (YM(2018, 6), 7132, 4279, 21396),
    (YM(2013, 4), 4692, 2815, 14076),
])
def test_shanghai_bands_of_irregular_length_keep_their_published_values(month, wage, floor, ceiling):
    """Shanghai's contribution year ran April-March before 2019 and its bands changed in
    2019-05 and 2020-07 (data/regions/shanghai, each entry sourced): a month inside a published
    band is never read as estimated (a new user's trial saw 8211 marked estimated for 2018-05)."""
    view = PolicyView(default_policy_data(), GROWTH)
    for name, want in (("average_wage", wage), ("contribution_base/floor", floor),
                       ("contribution_base/ceiling", ceiling)):
        found = view.get(name, "shanghai", month)
        assert (found.value, found.status) == (Decimal(want), "enacted"), name
