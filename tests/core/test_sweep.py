"""The sweep returns, for each retirement month, exactly what ``estimate`` returns for it."""

from collections import Counter
from decimal import Decimal

import pytest

from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import estimate_ages, retirement_months
from shebao_desktop.core.walk import YEARS_AFTER_RETIREMENT
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _profile() -> Profile:
    return Profile.model_validate({
        "name": "sweep", "region": "beijing", "birth": "1975-03", "gender": "male",
        "category": "worker",
        "history": [{"period": str(y), "region": "beijing", "amount": str(9000 + 500 * (y - 1998))}
                    for y in range(1998, 2027)]})


def test_window_matches_estimate():
    p = _profile()
    w = retirement_months(p, as_of=AS_OF)
    e = estimate(p, as_of=AS_OF)
    assert (w.statutory_month, w.earliest_month, w.latest_month) == (
        e.retirement.statutory_month, e.retirement.earliest_month, e.retirement.latest_month)


def test_each_month_equals_its_own_estimate():
    p = _profile()
    w = retirement_months(p, as_of=AS_OF)
    months = [w.earliest_month, w.statutory_month, w.latest_month]
    swept = estimate_ages(p, months, as_of=AS_OF)
    assert list(swept) == months
    for m in months:
        alone = estimate(p.model_copy(update={"retirement": m}), as_of=AS_OF)
        assert swept[m].pension.total == alone.pension.total
        assert swept[m].model_dump() == alone.model_dump()
    # later retirement, more years: a larger pension (Beijing, wage above the base)
    assert swept[w.latest_month].pension.total > swept[w.earliest_month].pension.total > Decimal(0)


def test_month_outside_window_is_refused():
    p = _profile()
    w = retirement_months(p, as_of=AS_OF)
    with pytest.raises(ProfileError):
        estimate_ages(p, [w.latest_month + 1], as_of=AS_OF)


# -- all seven ages (statutory -3..+3 years) of profiles of different shapes ----------------
def _shapes() -> dict[str, dict]:
    from tests.core.test_golden_estimates import _profiles
    shapes = dict(_profiles())
    # a housing-fund withdrawal and medical spending: the walk goes month by month
    spender = dict(shapes["woman"])
    spender["housing_fund"] = {"employee_rate": "0.07",
                               "withdrawals": [{"month": "2020-03", "amount": "20000"},
                                               {"month": "2031-06", "amount": "5000"}]}
    spender["assumptions"] = {"medical_monthly_spending": "150"}
    shapes["spender"] = spender
    # planned rows after the earliest retirement month: those months branch apart
    late = dict(shapes["flexible"])
    late["history"] = late["history"] + [{"period": str(y), "region": "hubei", "amount": "6000",
                                          "employment": "flexible"} for y in range(2027, 2037)]
    shapes["late_rows"] = late
    return shapes


def _seven(p: Profile) -> list[YearMonth]:
    w = retirement_months(p, as_of=AS_OF)
    return sorted({min(max(w.statutory_month + 12 * k, w.earliest_month), w.latest_month)
                   for k in range(-3, 4)})


@pytest.mark.parametrize("name", sorted(_shapes()))
def test_seven_ages_equal_seven_estimates(name):
    p = Profile.model_validate(_shapes()[name])
    months = _seven(p)
    swept = estimate_ages(p, list(reversed(months)), as_of=AS_OF)  # any order in, that order out
    assert list(swept) == list(reversed(months))
    for m in months:
        alone = estimate(p.model_copy(update={"retirement": m}), as_of=AS_OF)
        assert swept[m].model_dump() == alone.model_dump(), (name, str(m))


def test_common_years_are_walked_once(monkeypatch):
    """The sweep branches: it never falls back to a whole estimate per month for a profile
    whose rows all end before the earliest month (it would give the same figures, slower)."""
    import shebao_desktop.core.sweep as sweep

    def refuse(*args, **kwargs):
        raise AssertionError("a whole estimate was run")

    monkeypatch.setattr(sweep, "estimate", refuse)
    p = _profile()
    months = _seven(p)
    walked = []
    real_year = sweep.Walk.year_line

    def counting(self, year):
        walked.append(year)
        return real_year(self, year)

    monkeypatch.setattr(sweep.Walk, "year_line", counting)
    from shebao_desktop.core.estimate import make_view
    from shebao_desktop.core.policy.loader import default_policy_data
    make_view(p, default_policy_data(), AS_OF)._cache.walk_record = None  # nothing to start from
    swept = estimate_ages(p, months, as_of=AS_OF)
    assert len(swept) == len(months)
    # the common walk: each year before the last month's retirement year, once; each month:
    # its retirement year and the years after it, nothing before
    expected = {y: 1 for y in range(1998, max(months).year)}
    for month in months:
        for year in range(month.year, month.year + YEARS_AFTER_RETIREMENT + 1):
            expected[year] = expected.get(year, 0) + 1
    assert Counter(walked) == expected
