"""core.decide.goal: goal seek. The answers are searched on the estimate; each is checked by
estimating again (the answer reaches the target, one step less does not)."""

from decimal import Decimal

import pytest

from shebao_desktop.core.contributions import contribution_band
from shebao_desktop.core.decide.goal import INDEX_STEP, WAGE_STEP, goal_seek
from shebao_desktop.core.decide.walk import future_rows, view_for
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.money import fen
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

from .decide_profiles import AS_OF, mid_career

D = Decimal


def _at_index(p, index):
    """The pension (today's money) paying ``index`` x the average wage from AS_OF on."""
    view = view_for(p, None, AS_OF)
    retire = estimate(p, as_of=AS_OF).retirement.chosen_month
    changed = future_rows(p, AS_OF, retire, lambda m: fen(
        index * contribution_band(view, p.region, m).average_wage), None, AS_OF)
    return estimate(changed, as_of=AS_OF).pension.total_today


def _at_wage(p, wage, as_of=AS_OF):
    """The pension (today's money) once ``wage`` is typed into the window's future-wage field
    (指定未来月工资): the profile validated with it, as Session.update does."""
    data = p.model_dump(mode="json")
    data["future"] = {**data["future"], "monthly_wage": f"{wage:.2f}"}
    return estimate(Profile.model_validate(data), as_of=as_of).pension.total_today


@pytest.fixture(scope="module")
def seek_index_one():
    """The target is the pension that index 1.0000 gives: the answer must be 1.0000."""
    p = mid_career()
    target = _at_index(p, D("1"))
    return p, target, goal_seek(p, target, as_of=AS_OF)


def test_index_for_the_pension_of_index_one_is_one(seek_index_one):
    p, target, goal = seek_index_one
    assert goal.index.possible and goal.index_needed == D("1.0000")
    assert goal.index.total_today == target
    assert _at_index(p, D("1") - INDEX_STEP) < target


def test_wage_answer_reestimated(seek_index_one):
    p, target, goal = seek_index_one
    wage = goal.wage_needed
    assert goal.wage.possible and wage is not None
    assert _at_wage(p, wage) >= target > _at_wage(p, wage - WAGE_STEP)
    # within a yuan of the wage, the pension is within a few fen of the target
    assert _at_wage(p, wage) - target < D("1")


def test_retirement_month_answer():
    p = mid_career()
    e = estimate(p, as_of=AS_OF)
    statutory = e.retirement.statutory_month
    later = estimate(p.model_copy(update={"retirement": statutory + 12}), as_of=AS_OF)
    # a target between the statutory pension and the one a year later: a month in between
    target = (e.pension.total_today + later.pension.total_today) / 2
    goal = goal_seek(p, target, as_of=AS_OF)
    month = goal.retirement_month_needed
    assert goal.retirement.possible and statutory < month <= statutory + 12
    before = estimate(p.model_copy(update={"retirement": month + -1}), as_of=AS_OF)
    assert before.pension.total_today < target <= goal.retirement.total_today


def test_impossible_goals_say_why():
    goal = goal_seek(mid_career(), D("1000000"), as_of=AS_OF)
    assert (goal.index.possible, goal.index.why, goal.index_needed) == (False, "ABOVE_CEILING", None)
    assert (goal.wage.possible, goal.wage.why) == (False, "ABOVE_CEILING")
    assert (goal.retirement.possible, goal.retirement.why) == (False, "NOT_WITHIN_WINDOW")


def test_a_goal_already_reached():
    goal = goal_seek(mid_career(), D("100"), as_of=AS_OF)
    assert goal.index.why == "ALREADY_REACHED" and goal.index_needed == D("0.6000")  # the floor ratio
    assert goal.retirement.why == "ALREADY_REACHED"
    assert goal.retirement_month_needed == estimate(mid_career(), as_of=AS_OF).retirement.chosen_month


def test_a_given_retirement_month_is_the_one_answered_for():
    p = mid_career()
    latest = estimate(p, as_of=AS_OF).retirement.latest_month
    goal = goal_seek(p, D("100"), as_of=AS_OF, retirement=latest)
    assert goal.retirement_month == latest == goal.retirement_month_needed


def test_retired_already_nothing_to_seek():
    from shebao_desktop.core.profile import Profile
    p = Profile.model_validate(dict(
        birth="1958-01", gender="male", region="shanghai",
        history=[{"period": str(y), "region": "shanghai", "amount": "8000"}
                 for y in range(1995, 2018)]))
    goal = goal_seek(p, D("5000"), as_of=AS_OF)  # retired in 2018-01
    assert {a.why for a in (goal.index, goal.wage, goal.retirement)} == {"ALREADY_RETIRED"}
    assert not goal.index.possible and goal.index_needed is None


def test_a_plan_below_the_minimum_reaches_no_target():
    from .decide_profiles import short_horizon
    # 4 years paid and retiring in 2026-05: no index in 4 more months reaches 15 years
    goal = goal_seek(short_horizon(2022), D("100"), as_of=AS_OF)
    assert (goal.index.possible, goal.index.why) == (False, "MINIMUM_NOT_MET")
    assert (goal.wage.possible, goal.wage.why) == (False, "MINIMUM_NOT_MET")
    assert goal.index.total_today == 0


def test_the_search_by_hand_on_a_straight_line():
    """_seek on pension = 1,000 + 2,000 x index (index 0.6 .. 3.0): 4,000 needs exactly 1.5;
    4,000.10 needs 1.50005, so the grid answer is 1.5001 (1.5000 gives 4,000.00 < 4,000.10);
    below 2,200 (index 0.6) it is reached already; above 7,000 (index 3) it is not possible."""
    from shebao_desktop.core.decide.goal import _seek
    calls = []

    def line(x):
        calls.append(x)
        return D(1000) + D(2000) * x
    low, high = D("0.6"), D("3")
    assert _seek(line, D("4000"), low, high, INDEX_STEP).value == D("1.5000")
    found = _seek(line, D("4000.10"), low, high, INDEX_STEP)
    assert (found.value, found.total_today, found.why) == (D("1.5001"), D("4000.2000"), "FOUND")
    assert _seek(line, D("2000"), low, high, INDEX_STEP).why == "ALREADY_REACHED"
    none = _seek(line, D("7000.01"), low, high, INDEX_STEP)
    assert (none.value, none.possible, none.why) == (None, False, "ABOVE_CEILING")
    calls.clear()
    _seek(line, D("4321.09"), low, high, INDEX_STEP)
    assert len(calls) <= 6  # interpolation: a straight line takes a guess and its neighbour


def test_the_wage_answer_typed_into_the_future_wage_field_reaches_the_goal():
    """Issue 11 trial: the answer gave less than the goal once typed into 指定未来月工资 (the
    search put the wage on every month from today, the field applies it from the month after
    the last record and leaves rows already planned after today). A Zhejiang man born 1988-03
    paid on 6,000 to 2026-06 and planned 5,000 for 2027; today 2026-12."""
    as_of = YearMonth(2026, 12)
    months = [f"{y}-{m:02d}" for y in range(2023, 2027) for m in range(1, 13)]
    p = Profile.model_validate(dict(birth="1988-03", gender="male", region="zhejiang", history=[
        *({"period": m, "region": "zhejiang", "amount": "6000", "amount_kind": "base"}
          for m in months if m <= "2026-06"),
        *({"period": f"2027-{m:02d}", "region": "zhejiang", "amount": "5000"}
          for m in range(1, 13))]))
    target = D("6000")
    goal = goal_seek(p, target, as_of=as_of)
    wage = goal.wage_needed
    assert goal.wage.possible and wage == wage.to_integral_value()
    assert _at_wage(p, wage, as_of) == goal.wage.total_today >= target
    assert _at_wage(p, wage - WAGE_STEP, as_of) < target
    # asked again with the answer in the field, the answer is the same
    assert goal_seek(Profile.model_validate({**p.model_dump(mode="json"), "future": {
        "monthly_wage": str(wage)}}), target, as_of=as_of).wage_needed == wage
