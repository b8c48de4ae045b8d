"""The sweep returns, for each retirement month, exactly what ``estimate`` returns for it."""

from decimal import Decimal

import pytest

from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import estimate_ages, retirement_months
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
