"""The decision tools' fast paths (core/decide/branching.py) give exactly the plain per-case
estimates: the flexible levels and goal-seek guesses branched from one shared past equal
``estimate()`` of each changed profile in every field (``model_dump()``), and the retirement-month
scan of the goal seek gives each month's own pension and shortfall."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.decide import branching, flexible_levels, goal_seek
from shebao_desktop.core.decide.branching import estimates_from, pensions_by_month
from shebao_desktop.core.decide.walk import future_rows, kept_rows
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.core.yearmonth import YearMonth
from tests.core.decide_profiles import mid_career
from tests.core.test_sweep import _shapes

AS_OF = YearMonth(2026, 12)
DATA = default_policy_data()


def _variants(p: Profile, start: YearMonth, employment) -> list[Profile]:
    """Three futures from ``start``: flat wages of 6,000, 12,000 and 40,000 (the band clamps)."""
    retire = p.retirement or retirement_months(p, as_of=AS_OF).statutory_month
    kept = kept_rows(p, start, AS_OF)
    return [future_rows(p, start, retire, lambda m, w=w: Decimal(w), employment, AS_OF, kept)
            for w in ("6000", "12000", "40000")]


@pytest.mark.parametrize("name", sorted(_shapes()))
@pytest.mark.parametrize("start,employment", [(AS_OF + 1, "flexible"), (AS_OF, None)])
def test_branched_futures_equal_their_own_estimates(name, start, employment):
    p = Profile.model_validate(_shapes()[name])
    variants = _variants(p, start, employment)
    fast = estimates_from(variants, start, DATA, as_of=AS_OF)
    for variant, got in zip(variants, fast):
        assert got.model_dump() == estimate(variant, as_of=AS_OF).model_dump(), name


@pytest.mark.parametrize("name", sorted(_shapes()))
def test_month_scan_equals_each_months_estimate(name):
    p = Profile.model_validate(_shapes()[name])
    w = retirement_months(p, as_of=AS_OF)
    start = max(w.statutory_month, AS_OF + 1)
    if start > w.latest_month:
        pytest.skip("no month left in the window after today")
    months = [start + i for i in range(0, w.latest_month - start + 1, 5)]
    for month, today, short in pensions_by_month(p, months, DATA, as_of=AS_OF):
        alone = estimate(p.model_copy(update={"retirement": month}), as_of=AS_OF)
        assert (today, short) == (alone.pension.total_today,
                                  alone.retirement.shortfall_months), (name, str(month))


def test_the_shared_past_is_branched_not_walked_again(monkeypatch):
    """A mid-career profile's futures branch from the shared walk: no whole estimate runs."""
    p = mid_career()
    variants = _variants(p, AS_OF + 1, "flexible")
    expected = [estimate(v, as_of=AS_OF).model_dump() for v in variants]

    def refuse(*args, **kwargs):
        raise AssertionError("a whole estimate was run")

    monkeypatch.setattr(branching, "estimate", refuse)
    got = estimates_from(variants, AS_OF + 1, DATA, as_of=AS_OF)
    assert [e.model_dump() for e in got] == expected


def test_future_rows_equal_a_whole_validation():
    p = Profile.model_validate(_shapes()["woman"])
    changed = future_rows(p, AS_OF, YearMonth(2031, 1), lambda m: Decimal("8000.5"), None, AS_OF)
    assert changed.model_dump() == Profile.model_validate(changed.model_dump()).model_dump()
    assert [r.period for r in changed.history][-1] == "2030-12"


@pytest.mark.parametrize("tool", ["flexible", "goal"])
def test_flexible_levels_and_goal_guesses_equal_plain_estimates(monkeypatch, tool):
    """Every profile the tool estimates through the shared past gives what ``estimate()``
    gives for it, and the tool's answers are read off those estimates."""
    seen: list = []
    real = branching.SharedPast.estimate
    real_reached = branching.SharedPast.reached

    def recording(self, profile):
        result = real(self, profile)
        seen.append((profile, result))
        return result

    def recording_reached(self, profile):
        result, make = real_reached(self, profile)
        seen.append((profile, result, make))
        return result, make
    monkeypatch.setattr(branching.SharedPast, "estimate", recording)
    monkeypatch.setattr(branching.SharedPast, "reached", recording_reached)
    p = mid_career()
    if tool == "flexible":
        # each level is walked to the end of its retirement year; its figures are read off
        # that walk and its whole estimate is made when first asked for (Level.estimate)
        levels = flexible_levels(p, (Decimal("0.6"), Decimal("1"), Decimal("3")), as_of=AS_OF)
        assert len(seen) == 3
        for (profile, result, make), level in zip(seen, levels):
            whole = estimate(profile, as_of=AS_OF)
            assert level.estimate is make() and level.estimate.model_dump() == whole.model_dump()
            assert (result.pension, result.retirement.chosen_month,
                    result.retirement.years_at_retirement, result.retirement.shortfall_months,
                    result.at_retirement.pension_account) == (
                whole.pension, whole.retirement.chosen_month,
                whole.retirement.years_at_retirement, whole.retirement.shortfall_months,
                whole.at_retirement.pension_account)
            assert result.years == whole.years[:len(result.years)]
            assert (level.total, level.total_today, level.minimum_met) == (
                whole.pension.total, whole.pension.total_today,
                whole.retirement.shortfall_months == 0)
        return
    goal_seek(p, Decimal("9000"), as_of=AS_OF)
    assert len(seen) >= 3
    for profile, result, _ in seen:  # each guess read off its walk to its retirement year
        whole = estimate(profile, as_of=AS_OF)
        assert (result.pension, result.retirement.shortfall_months) == (
            whole.pension, whole.retirement.shortfall_months)


def test_goal_month_equals_the_first_estimate_reaching_it():
    """The month answer is the first month whose own estimate reaches the target."""
    p = mid_career()
    w = retirement_months(p, as_of=AS_OF)
    at = {m: estimate(p.model_copy(update={"retirement": m}), as_of=AS_OF).pension.total_today
          for m in (w.statutory_month + 11, w.statutory_month + 12)}
    target = at[w.statutory_month + 12]
    goal = goal_seek(p, target, as_of=AS_OF)
    assert goal.retirement.possible
    found = goal.retirement_month_needed
    assert estimate(p.model_copy(update={"retirement": found}),
                    as_of=AS_OF).pension.total_today == goal.retirement.total_today >= target
    assert found == w.statutory_month or estimate(
        p.model_copy(update={"retirement": found + -1}), as_of=AS_OF).pension.total_today < target


@pytest.mark.parametrize("name", sorted(_shapes()))
def test_bands_equal_three_plain_estimates_after_an_edit(name):
    """The low and high cases start from the central walk's assumption-free years
    (decide/shared_years.lend): each still equals its own estimate, before and after an edit."""
    from shebao_desktop.core.decide.bands import band_values, bands
    p = Profile.model_validate(_shapes()[name])
    bands(p, as_of=AS_OF)  # the caches now hold these walks
    rows = list(p.history)
    if rows:
        n = len(rows) // 2
        rows[n] = rows[n].model_copy(update={"amount": rows[n].amount + 7})
    edited = p.model_copy(update={"history": rows})
    got = bands(edited, as_of=AS_OF)
    cases, _ = band_values(edited, as_of=AS_OF)
    for case in ("low", "central", "high"):
        own = edited.model_copy(update={"assumptions": edited.assumptions.model_copy(
            update=cases[case])}) if case != "central" else edited
        from shebao_desktop.core.estimate import make_view
        make_view(own, DATA, AS_OF)._cache.walk_record = None  # walked from the start
        assert getattr(got, case).model_dump() == estimate(own, as_of=AS_OF).model_dump(), case


def test_the_low_case_starts_from_the_central_walk(monkeypatch):
    """After an edit, the low and high cases walk only from the first year that uses an
    assumed figure, not from the edited year."""
    from shebao_desktop.core import walk
    from shebao_desktop.core.decide.bands import bands
    p = Profile.model_validate(_shapes()["woman"])
    bands(p, as_of=AS_OF)
    rows = list(p.history)
    rows[1] = rows[1].model_copy(update={"amount": rows[1].amount + 7})  # an early year
    edited = p.model_copy(update={"history": rows})
    walked: list[int] = []
    real = walk.Walk.year_line

    def counting(self, year):
        walked.append(year)
        return real(self, year)
    monkeypatch.setattr(walk.Walk, "year_line", counting)
    bands(edited, as_of=AS_OF)
    edited_year = int(rows[1].period[:4])
    assert walked.count(edited_year) == 1  # the central case only


@pytest.mark.parametrize("name", sorted(_shapes()))
def test_comparison_equals_choices_of_plain_estimates(name):
    """Each month is walked only to the end of its retirement year (branching.to_retirement);
    every figure of its Choice equals the one read off the whole estimate, and ``estimate``
    is that whole estimate."""
    from dataclasses import fields

    from shebao_desktop.core.decide.compare import choice_of, compare, default_months
    from shebao_desktop.core.decide.walk import view_for
    p = Profile.model_validate(_shapes()[name])
    months = default_months(p, as_of=AS_OF)
    choices = compare(p, months, as_of=AS_OF)
    view = view_for(p, None, AS_OF)
    for c in choices:
        whole = estimate(p.model_copy(update={"retirement": c.retirement_month}), as_of=AS_OF)
        plain = choice_of(p, whole, view, c.kinds)
        compared = [f.name for f in fields(c) if f.compare]
        assert [getattr(c, n) for n in compared] == [getattr(plain, n) for n in compared], name
        assert c.estimate.model_dump() == whole.model_dump()
