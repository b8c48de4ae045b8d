"""core.decide.bands (low / central / high over the assumptions) and quick_history (rows
generated from one sentence), worked by hand."""

from decimal import Decimal

import pytest

from shebao_desktop.core.decide.bands import VARIED, band_values, bands
from shebao_desktop.core.decide.quick_history import generated_rows
from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

from .decide_profiles import AS_OF, mid_career

D = Decimal
Y = YearMonth


def test_band_values_come_from_the_data_with_reasoning():
    cases, reasoning = band_values(mid_career(), as_of=AS_OF)
    files = default_policy_data().files["national"]
    for name in VARIED:
        entry = files[f"assumptions/bands/{name}"].values[Y(2000, 1)]
        assert entry.status == "estimated" and len(entry.method) > 40
        assert reasoning[name] == entry.method
        assert cases["low"][name] == min(entry.value["low"], cases["central"][name])
        assert cases["high"][name] == max(entry.value["high"], cases["central"][name])
        assert cases["low"][name] <= cases["central"][name] <= cases["high"][name]


def test_a_users_own_value_outside_the_band_stays_inside_the_cases():
    p = mid_career().model_copy(update={"assumptions": mid_career().assumptions.model_copy(
        update={"pension_adjustment": D("0.2")})})
    cases, _ = band_values(p, as_of=AS_OF)
    assert cases["central"]["pension_adjustment"] == D("0.2") == cases["high"]["pension_adjustment"]


def test_bands_order_and_balances():
    b = bands(mid_career(), as_of=AS_OF)
    low, central, high = b.total
    assert low < central < high
    assert b.total_today[0] < b.total_today[1] < b.total_today[2]
    assert b.central.pension.total == central
    # every year of the three walks, the balance of the low case is at most the high one's
    # while working (lower interest, lower wages)
    retire = b.central.retirement.chosen_month
    working = [y for y in b.balances if y.year < retire.year]
    assert working and all(y.low <= y.central <= y.high for y in working)
    retired = [y for y in b.pension_paid if y.year > retire.year]
    assert retired and all(y.low < y.central < y.high for y in retired)
    assert b.assumptions["low"]["credited_interest_rate"] < b.assumptions["high"][
        "credited_interest_rate"]


def test_generated_rows_with_growth_by_hand():
    rows = generated_rows(Y(2013, 7), D("6000"), Y(2015, 3), "beijing", growth=D("0.06"),
                          as_of=AS_OF)
    got = [(r.period, r.amount) for r in rows]
    # 2013-07..12 month rows at 6,000; 2014 a year row at 6,000 x 1.06 = 6,360.00;
    # 2015-01, 2015-02 at 6,000 x 1.06^2 = 6,741.60 (until 2015-03, not included)
    assert got == [(f"2013-{m:02d}", D("6000.00")) for m in range(7, 13)] + [
        ("2014", D("6360.00")), ("2015-01", D("6741.60")), ("2015-02", D("6741.60"))]
    assert all(r.generated for r in rows)
    # the rows make a valid profile history
    Profile.model_validate(dict(birth="1980-01", gender="male", region="beijing",
                                history=[r.row.model_dump() for r in rows]))


def test_generated_rows_with_an_index_by_hand():
    rows = generated_rows(Y(2025, 11), None, None, "beijing", index=D("1.5"), as_of=AS_OF)
    # to the month before as_of (2026-01): 2025-11 and 2025-12; Beijing's band average of
    # 2025-07..2026-06 is 11,937: 1.5 x 11,937 = 17,905.50
    assert [(r.period, r.amount) for r in rows] == [("2025-11", D("17905.50")),
                                                   ("2025-12", D("17905.50"))]
    # a whole year: Beijing's band averages are 11,761 (2024-07..2025-06: ceiling 35,283 / 3)
    # and 11,937 from 2025-07; their mean over 2025 is 11,849; 1.5 x 11,849 = 17,773.50
    (year,) = generated_rows(Y(2025, 1), None, Y(2026, 1), "beijing", index=D("1.5"),
                             as_of=AS_OF)
    assert (year.period, year.amount) == ("2025", D("17773.50"))


def test_generated_rows_refuse_bad_input():
    with pytest.raises(ProfileError) as caught:
        generated_rows(Y(2026, 1), D("5000"), Y(2025, 1), "beijing", as_of=AS_OF)
    assert caught.value.code == "QUICK_HISTORY_EMPTY"
    with pytest.raises(ProfileError) as caught:
        generated_rows(Y(2020, 1), None, None, "beijing", as_of=AS_OF)
    assert caught.value.code == "QUICK_HISTORY_NEEDS_AMOUNT"
    with pytest.raises(ProfileError) as caught:
        generated_rows(Y(2020, 1), D("5000"), None, "atlantis", as_of=AS_OF)
    assert caught.value.code == "UNKNOWN_REGION"
