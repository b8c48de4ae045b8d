"""Property tests of the calculation core over the valid input domain.

Profiles are drawn at random: birth 1960-2005, any gender and category, a packaged region,
0-40 history rows (whole years, part years and single months, wages 0-200000 in random
regions), an optional statement, an optional future wage, a retirement month inside the
elective window. History rows start no earlier than FIRST_DATA_YEAR, the first year of the
national average-wage series the policy data back-casts from; earlier rows are refused with
NO_POLICY_DATA naming the row (tested apart).

"Monotonic where the law is monotonic": the total pension is not monotonic in contribution
years where the transitional pension uses the person's index Ī (see
test_extra_low_year_can_lower_an_index_linked_transitional_pension), so that property asserts
the basic and account pensions always and the total only where the law is monotonic.
"""

from __future__ import annotations

import os

from decimal import ROUND_CEILING, Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from shebao_desktop.core.money import round_to
from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.pension import account_pension_divisor
from shebao_desktop.core.person import retirement_group
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.retirement import Age, retirement_window
from shebao_desktop.core.yearmonth import YearMonth

DATA = default_policy_data()
REGIONS = sorted(DATA.regions)
#: the first year of the national average-wage series that regional values are back-cast by;
#: a contribution before it cannot be computed and is refused (NO_POLICY_DATA)
FIRST_DATA_YEAR = min(DATA.files["national"]["statistics/urban_average_wage"].values).year
AS_OF = YearMonth(2026, 11)
#: share of the full example counts run by default (the README command); ``.ci/run`` runs them
#: all with SHEBAO_FUZZ_SCALE=1 as a step of its own. Derandomized: every run checks the same
#: examples, so a run's result does not depend on a random draw
SCALE = float(os.environ.get("SHEBAO_FUZZ_SCALE", "0.25"))
SETTINGS = settings(max_examples=max(20, round(100 * SCALE)), deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

money = st.decimals(min_value=0, max_value=200000, places=2, allow_nan=False,
                    allow_infinity=False)


@st.composite
def history_rows(draw, birth: YearMonth, min_size: int = 0) -> list[dict]:
    first = max(FIRST_DATA_YEAR, birth.year + 15)  # +15: always past age 14
    last = min(birth.year + 62, 2045)
    if last < first:
        return []
    years = draw(st.lists(st.integers(first, last), min_size=min_size, max_size=25, unique=True))
    rows: list[dict] = []
    for year in sorted(years):
        if len(rows) >= 40:
            break
        region = draw(st.sampled_from(REGIONS))
        kind = draw(st.sampled_from(["year", "part_year", "months"]))
        common = {"region": region,
                  "amount_kind": draw(st.sampled_from(["wage", "wage", "base"])),
                  "employment": draw(st.sampled_from([None, None, "employee", "flexible"]))}
        if kind == "months":
            months = draw(st.lists(st.integers(1, 12), min_size=1, max_size=3, unique=True))
            for month in sorted(months)[: 40 - len(rows)]:
                rows.append({**common, "period": f"{year}-{month:02d}",
                             "amount": str(draw(money))})
        else:
            row = {**common, "period": str(year), "amount": str(draw(money))}
            if kind == "part_year":
                row["months"] = draw(st.integers(0, 12))
            rows.append(row)
    return rows


@st.composite
def profiles(draw, min_history: int = 0) -> dict:
    """A valid profile as plain data (so a test can vary it and validate again)."""
    birth = YearMonth(draw(st.integers(1960, 2005)), draw(st.integers(1, 12)))
    gender = draw(st.sampled_from(["male", "female"]))
    category = draw(st.sampled_from(["worker", "cadre", "flexible"]))
    region = draw(st.sampled_from(REGIONS))
    profile: dict = {"birth": str(birth), "gender": gender, "category": category,
                     "region": region, "history": draw(history_rows(birth, min_history))}
    if draw(st.booleans()):
        profile["deemed_years"] = str(draw(st.decimals(0, 15, places=1)))
    # an optional statement, dated after age 16 and not after as_of
    start = YearMonth(max(FIRST_DATA_YEAR, birth.year + 16), birth.month)
    if start <= AS_OF and draw(st.booleans()):
        st_as_of = start + draw(st.integers(0, AS_OF - start))
        max_years = Decimal(st_as_of - start) / 12
        years = draw(st.decimals(0, max_years, places=2)) if max_years > 0 else Decimal(0)
        statement = {"as_of": str(st_as_of),
                     "pension_balance": str(draw(st.decimals(0, 1000000, places=2))),
                     "contribution_years": str(years),
                     "average_index": str(draw(st.decimals(0, 3, places=4)))}
        if draw(st.booleans()):
            statement["medical_balance"] = str(draw(st.decimals(0, 100000, places=2)))
        if draw(st.booleans()):
            statement["housing_fund_balance"] = str(draw(st.decimals(0, 500000, places=2)))
        profile["statement"] = statement
    future: dict = {"continue_contributing": draw(st.booleans())}
    if draw(st.booleans()):
        future["monthly_wage"] = str(draw(money))
    if draw(st.booleans()):
        future["employment"] = draw(st.sampled_from(["employee", "flexible"]))
    profile["future"] = future
    if draw(st.booleans()):
        profile["housing_fund"] = {
            "enabled": draw(st.booleans()),
            "employee_rate": str(draw(st.decimals(0, Decimal("0.12"), places=2))),
            "withdrawals": [{"month": f"{draw(st.integers(2000, 2060))}-{m:02d}",
                             "amount": str(draw(st.decimals(0, 200000, places=2)))}
                            for m in draw(st.lists(st.integers(1, 12), max_size=3, unique=True))],
        }
    if draw(st.booleans()):
        profile["assumptions"] = {
            "own_wage_growth": str(draw(st.decimals(Decimal("-0.05"), Decimal("0.10"), places=3))),
            "average_wage_growth": str(draw(st.decimals(Decimal("-0.02"), Decimal("0.08"),
                                                        places=3))),
            "credited_interest_rate": str(draw(st.decimals(0, Decimal("0.08"), places=3))),
            "inflation": str(draw(st.decimals(0, Decimal("0.05"), places=3))),
            "pension_adjustment": str(draw(st.decimals(0, Decimal("0.05"), places=3))),
            "medical_monthly_spending": str(draw(st.decimals(0, 2000, places=2))),
        }
    # a retirement month inside the elective window (None: the statutory month)
    if draw(st.booleans()):
        window = retirement_window(birth, retirement_group(gender, category), region,
                                   PolicyView(DATA, {}))
        span = window.latest_month - window.earliest_month
        profile["retirement"] = str(window.earliest_month + draw(st.integers(0, span)))
    return profile


def _estimate(data: dict):
    """The generated input is valid: even a ProfileError (the documented refusals: unknown
    region, retirement outside the window, no policy data for a row) is a failure here."""
    profile = Profile.model_validate(data)
    try:
        return estimate(profile, as_of=AS_OF)
    except ProfileError as exc:
        raise AssertionError(f"valid profile refused: {exc.field} {exc.code} {exc.detail}") \
            from exc


def _scaled(data: dict, k: Decimal) -> dict:
    """Every wage x k (rounded up to the fen, so never below the exact product)."""
    def up(text: str) -> str:
        return str((Decimal(text) * k).quantize(Decimal("0.01"), rounding=ROUND_CEILING))
    out = {**data, "history": [{**row, "amount": up(row["amount"])} for row in data["history"]]}
    if data["future"].get("monthly_wage") is not None:
        out["future"] = {**data["future"], "monthly_wage": up(data["future"]["monthly_wage"])}
    return out


# -- properties -------------------------------------------------------------------------------
@SETTINGS
@given(profiles())
def test_estimate_is_total_and_balances_never_negative(data):
    result = _estimate(data)
    p = result.pension
    parts = p.basic_pension + p.account_pension + p.transitional_pension + \
        sum(e.amount for e in p.extra_pension)
    assert p.total == round_to(parts, p.total_rounding)  # every part, regional add-ons too
    for part in (p.basic_pension, p.account_pension, p.transitional_pension, p.total):
        assert part >= 0
    for line in result.years:
        for account in (line.pension_account, line.medical_account, line.housing_fund):
            assert account.opening >= 0, (line.year, account)
            assert account.closing >= 0, (line.year, account)
            assert account.closing == (account.opening + account.contributions + account.interest
                                       - account.withdrawals), (line.year, account)
    retire = result.retirement.chosen_month
    assert result.retirement.earliest_month <= retire <= result.retirement.latest_month
    assert result.years[-1].year == retire.year + 20
    years = [line.year for line in result.years]
    assert years == list(range(years[0], years[-1] + 1))


@SETTINGS
@given(profiles(), st.decimals(Decimal("1.01"), Decimal("3"), places=2))
def test_pension_non_decreasing_when_every_wage_rises(data, k):
    low = _estimate(data).pension
    high = _estimate(_scaled(data, k)).pension
    assert high.account_balance >= low.account_balance
    assert high.basic_pension >= low.basic_pension
    assert high.total >= low.total, (low.total, high.total)


@SETTINGS
@given(profiles(min_history=1), st.data())
def test_pension_non_decreasing_with_an_extra_earlier_year(data, draw):
    birth = YearMonth.parse(data["birth"])
    earliest = min(YearMonth.parse(row["period"]) if len(row["period"]) == 7
                   else YearMonth(int(row["period"]), 1) for row in data["history"])
    first_allowed = max(FIRST_DATA_YEAR, birth.year + 15)
    # a year before today: a year from today on that no row covers is projected (paid at the
    # planned wage) when later rows are planned, so a row there replaces months, not adds them
    last_allowed = min(earliest.year - 1, AS_OF.year - 1)
    assume(last_allowed >= first_allowed)
    year = draw.draw(st.integers(first_allowed, last_allowed))
    extra = {"period": str(year), "region": draw.draw(st.sampled_from(REGIONS)),
             "amount": str(draw.draw(money))}
    more = {**data, "history": [extra, *data["history"]]}
    low = _estimate(data).pension
    high = _estimate(more).pension
    assert high.contribution_months >= low.contribution_months
    assert high.account_balance >= low.account_balance
    assert high.account_pension >= low.account_pension
    # C x (1 + Ī) / 2 x N grows: 12 more months add (1 + their index) to (1 + Ī) x N
    assert high.basic_pension >= low.basic_pension
    # The total is monotonic where the law is: where the transitional pension uses the person's
    # Ī (the national rule) and there are deemed years, a low-index extra year lowers Ī and so
    # the transitional pension C x Ī x N视同 x k; the law itself is not monotonic there
    # (see test_extra_low_year_can_lower_an_index_linked_transitional_pension).
    rule = PolicyView(DATA, {}).value("pension/transitional_index_rule", data["region"],
                                      low.retirement_month)
    if Decimal(data.get("deemed_years", "0")) == 0 or rule == "one":
        assert high.total >= low.total, (low.total, high.total)


def test_extra_low_year_can_lower_an_index_linked_transitional_pension():
    """The counter-example hypothesis found to a naive 'more years, more pension': Anhui uses
    the national rule (transitional index = Ī, coefficient 1.2%). A man born 1960-01 with 15
    deemed years (1976-1991, index 1) and one 1993 year at the contribution floor, retiring
    2020-01; one more floor year (1990, Shenzhen, whose floor is far below its average wage)
    lowers Ī, so the basic and account pensions rise and the transitional pension falls by more
    (about 4 yuan a month with the current data)."""
    base = {"birth": "1960-01", "gender": "male", "region": "anhui", "deemed_years": "15.0",
            "future": {"continue_contributing": False},
            "history": [{"period": "1993", "region": "anhui", "amount": "0"}]}
    more = {**base, "history": [{"period": "1990", "region": "shenzhen", "amount": "0"},
                                *base["history"]]}
    low, high = _estimate(base).pension, _estimate(more).pension
    assert high.average_index < low.average_index
    assert high.basic_pension > low.basic_pension
    assert high.account_pension >= low.account_pension
    assert high.transitional_pension < low.transitional_pension
    assert high.total < low.total


def test_account_pension_divisor_non_increasing_in_age():
    table = PolicyView(DATA, {}).value("pension/account_pension_divisor", "national",
                                       YearMonth(2025, 1))
    previous = None
    for total in range(40 * 12, 70 * 12):
        age = Age(total // 12, total % 12)
        divisor = account_pension_divisor(table, age)
        assert divisor > 0
        if previous is not None:
            assert divisor <= previous, (age, previous, divisor)
        previous = divisor
    # the table's own ends and the interpolation examples of the data file
    assert account_pension_divisor(table, Age(40, 0)) == 233
    assert account_pension_divisor(table, Age(70, 0)) == 56
    assert account_pension_divisor(table, Age(60, 1)) == Decimal("138.4")
    assert account_pension_divisor(table, Age(50, 1)) == Decimal("194.6")
    with pytest.raises(ValueError):
        account_pension_divisor(table, Age(70, 1))
    with pytest.raises(ValueError):
        account_pension_divisor(table, Age(39, 11))


def test_history_row_before_the_wage_series():
    """From FIRST_DATA_YEAR a row is computed; before it the row is refused by name."""
    assert FIRST_DATA_YEAR <= 1993
    ok = {"birth": "1960-05", "gender": "male", "region": "beijing",
          "history": [{"period": "1993", "region": "beijing", "amount": "400"},
                      {"period": "2000", "region": "beijing", "amount": "2000"}]}
    result = estimate(Profile.model_validate(ok), as_of=AS_OF)
    assert result.years[0].year == 1993
    assert result.pension.total > 0
    early = {**ok, "history": [{"period": str(FIRST_DATA_YEAR - 1), "region": "beijing",
                                "amount": "300"}, *ok["history"]]}
    with pytest.raises(ProfileError) as caught:
        estimate(Profile.model_validate(early), as_of=AS_OF)
    assert caught.value.field == "history.0.period"
    assert caught.value.code == "NO_POLICY_DATA"


@settings(max_examples=max(15, round(40 * SCALE)), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1960, 1975), st.integers(1, 12), st.integers(0, 20),
       st.sampled_from(REGIONS), money)
def test_rows_from_age_15_compute_or_are_refused_by_name(year, month, offset, region, wage):
    """Over rows from age 15 on (possibly before the data): only NO_POLICY_DATA, and only for a
    row before FIRST_DATA_YEAR, naming that row."""
    birth = YearMonth(year, month)
    period = year + 15 + offset
    data = {"birth": str(birth), "gender": "male", "region": "beijing",
            "history": [{"period": str(period), "region": region, "amount": str(wage)}]}
    try:
        estimate(Profile.model_validate(data), as_of=AS_OF)
    except ProfileError as exc:
        assert exc.code == "NO_POLICY_DATA", (exc.code, exc.detail)
        assert exc.field == "history.0.period"
        assert period < FIRST_DATA_YEAR
    else:
        assert period >= FIRST_DATA_YEAR or period >= year + 60  # or never paid (after retiring)


@pytest.mark.parametrize("region", REGIONS)
def test_every_packaged_region_can_be_estimated(region):
    """Each region `shebao-desktop regions` lists works as home region and as a row's region."""
    data = {"birth": "1980-01", "gender": "male", "region": region,
            "history": [{"period": "2020", "region": region, "amount": "8000"}]}
    result = estimate(Profile.model_validate(data), as_of=AS_OF)
    assert result.pension.total > 0
