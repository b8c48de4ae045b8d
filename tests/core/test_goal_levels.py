"""Goal seek for a flexible worker (灵活就业): the answers carry what is needed to speak in the
缴费档次 they choose (60 %-300 % of the average wage) -- whether the months from now on are
flexible (the plan's rule), the level paid now, and the index answer rounded up to a level."""

from decimal import Decimal

from shebao_desktop.core.contributions import contribution_band
from shebao_desktop.core.decide.goal import future_employment, goal_seek, level_for
from shebao_desktop.core.decide.walk import view_for
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile

from .decide_profiles import AS_OF, mid_career

D = Decimal


def flexible_worker(**extra) -> Profile:
    """A Beijing man born 1975-01, a flexible worker who paid on 7,200 from 2011 and goes on."""
    data = dict(birth="1975-01", gender="male", region="beijing", category="flexible",
                history=[{"period": str(y), "region": "beijing", "amount": "7200"}
                         for y in range(2011, 2026)])
    data.update(extra)
    return Profile.model_validate(data)


def test_a_flexible_workers_goal_knows_the_level_paid_now():
    p = flexible_worker()
    goal = goal_seek(p, D("5000"), as_of=AS_OF)
    assert goal.flexible and (goal.lowest_level, goal.highest_level) == (D("0.6"), D("3"))
    paid = estimate(p, as_of=AS_OF).monthly_contributions
    average = contribution_band(view_for(p, None, AS_OF), "beijing", paid.month).average_wage
    # the wage grown by the own-wage assumption, over that month's average wage
    assert goal.current_level == (paid.base / average).quantize(D("0.001"))
    assert goal.current_level == D("0.621")
    assert goal.index.why == "ALREADY_REACHED" and goal.level_needed == D("0.600")


def test_the_index_answer_is_rounded_up_to_a_tenth_of_a_percent():
    goal = goal_seek(flexible_worker(), D("9000"), as_of=AS_OF)
    assert goal.index.why == "FOUND" and goal.index_needed == D("2.5262")
    assert goal.level_needed == D("2.527")  # 252.7 %: up, so it still reaches the target


def test_above_the_ceiling_there_is_no_level():
    goal = goal_seek(flexible_worker(), D("30000"), as_of=AS_OF)
    assert goal.index.why == "ABOVE_CEILING" and goal.level_needed is None


def test_an_employee_is_not_a_flexible_worker_unless_the_future_says_so():
    p = mid_career()
    assert not goal_seek(p, D("9000"), as_of=AS_OF).flexible
    later = p.model_copy(update={"future": p.future.model_copy(update={"employment": "flexible"})})
    assert future_employment(later) == "flexible" and future_employment(p) == "employee"
    assert goal_seek(later, D("9000"), as_of=AS_OF).flexible


def test_a_listed_level_is_the_next_one_up():
    levels = (D("0.6"), D("1"), D("1.5"), D("2"), D("3"))
    assert level_for(D("1.9146"), levels) == D("2")
    assert level_for(D("1.5"), levels) == D("1.5")
    assert level_for(D("3.2"), levels) is None
    assert level_for(D("1.9146")) == D("1.915")
