"""A paid month's contributions are taken over from the month before when nothing they rest on
changes (core/month_reuse.py, issue 10: the first estimate after a start). Every estimate must be
the one computed month by month: whole estimates (every year line, the pension, the parameters
used, the notices, the ※ marks) compared with ``month_reuse.ENABLED`` off, each on cold caches."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings

from shebao_desktop.core import contributions as contributions_module
from shebao_desktop.core import month_reuse
from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

from .test_golden_estimates import _profiles
from .test_properties import AS_OF, SCALE, profiles

DATA = default_policy_data()


def _both(profile: Profile, as_of: YearMonth, monkeypatch) -> tuple[dict, dict, int, int]:
    """The estimate computed month by month and with months taken over (cold caches each),
    and how many months each computed."""
    counts = []
    out = []
    for enabled in (False, True):
        DATA.lookups.clear()
        monkeypatch.setattr(month_reuse, "ENABLED", enabled)
        calls = [0]
        real = contributions_module.month_contributions

        def counted(*args, **kwargs):
            calls[0] += 1
            return real(*args, **kwargs)
        monkeypatch.setattr(month_reuse, "month_contributions", counted)
        try:
            result = estimate(profile, DATA, as_of=as_of).model_dump(mode="json")
        except ProfileError as exc:
            result = {"error": (exc.field, exc.code)}
        out.append(result)
        counts.append(calls[0])
    DATA.lookups.clear()
    return out[0], out[1], counts[0], counts[1]


@pytest.mark.parametrize("name", sorted(_profiles()))
def test_the_pinned_profiles_are_estimated_the_same(name, monkeypatch):
    profile = Profile.model_validate(_profiles()[name])
    by_month, taken_over, computed_by_month, computed = _both(profile, YearMonth(2026, 12),
                                                              monkeypatch)
    assert taken_over == by_month
    if name in ("example", "shanghai", "woman", "flexible"):  # whole years of one wage
        assert computed < computed_by_month / 2, (computed, computed_by_month)


def test_users_values_from_a_month_on_are_estimated_the_same(monkeypatch):
    """A user's value starting mid-year (a rate, the account start, a band edge): the months
    around it are computed, not taken over."""
    raw = dict(_profiles()["woman"])
    raw["overrides"] = [
        {"parameter": "pension/employee_rate", "value": "0.09", "from_month": "2012-05"},
        {"parameter": "contribution_base/floor", "value": "2100", "from_month": "2010-10",
         "region": "guangdong"},
        {"parameter": "housing_fund/rate_min", "value": "0.06", "from_month": "2016-03"},
        {"parameter": "average_wage", "value": "7000", "region": "zhejiang"}]
    profile = Profile.model_validate(raw)
    by_month, taken_over, _, _ = _both(profile, YearMonth(2026, 12), monkeypatch)
    assert "error" not in by_month
    assert taken_over == by_month


@settings(max_examples=max(10, round(25 * SCALE)), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(profiles(min_history=1))
def test_any_profile_is_estimated_the_same(monkeypatch, raw):
    try:
        profile = Profile.model_validate(raw)
    except ValueError:
        return
    by_month, taken_over, _, _ = _both(profile, AS_OF, monkeypatch)
    assert taken_over == by_month


def test_a_rule_naming_a_month_is_a_dated_month():
    """The account start (a month as a value) and a back-fill's ``from`` are dated months of
    the region, as are the entries' own months."""
    from shebao_desktop.core.estimate import make_view
    raw = dict(_profiles()["woman"])
    view = make_view(Profile.model_validate(raw), DATA, YearMonth(2026, 12))
    dated = month_reuse.dated_months(view, "guangdong")
    start = view.value("pension/account_start", "guangdong", YearMonth(2000, 1))
    start = start if isinstance(start, YearMonth) else YearMonth.parse(str(start))
    assert start.index in dated
    _, floor = DATA.find("contribution_base/floor", "guangdong")
    assert all(month.index in dated for month in floor.values)
    assert Decimal(len(dated)) > 10
