"""Goal seek in the window (trial items 43/44): a target the plan already reaches is said to be
reached, in the catalogue's words as the command line says them, with no "requirements"
listed; an answer at the floor of the band is not offered as a wage or index below the floor;
the first target says where it comes from."""

from decimal import Decimal as D

import pytest

from shebao_desktop.core.decide.goal import Answer, Goal
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.goal_view import GoalBox
from shebao_desktop.presentation.messages import template

STATUTORY = YearMonth(2043, 6)


@pytest.fixture
def box(sample_widget):
    box = sample_widget(GoalBox)
    box._answered = box.session.estimate  # as compute_goal asks: for the inputs shown
    return box


def _goal(current: str, target: str, index: Answer, month: Answer, wage: Answer) -> Goal:
    return Goal(D(target), STATUTORY, D(current), index, month, wage)


def test_a_target_the_plan_reaches_is_said_reached_without_asks(box):
    floor = Answer(D("0.6000"), True, "ALREADY_REACHED", D("6644.09"))
    goal = _goal("6644.09", "5000", floor, Answer(STATUTORY, True, "ALREADY_REACHED"),
                 Answer(D("4699"), True, "ALREADY_REACHED", D("6644.09")))
    box._goal_done(goal, None)
    text = box.goal_text.text()
    assert template("ALREADY_REACHED", "zh") in text  # the CLI's words
    assert "6,644.09" in text and "5,000.00" in text
    # no index, month or wage offered as if they were needed
    assert "0.6000" not in text and "4,699" not in text and "2043-06" not in text
    assert "今后平均缴费指数" not in text


def test_an_answer_at_the_floor_says_the_floor_applies_not_a_lower_wage(box):
    # the plan stops paying (below the target) but paying on at the floor reaches it
    goal = _goal("3000.00", "5000", Answer(D("0.6000"), True, "ALREADY_REACHED", D("5200")),
                 Answer(YearMonth(2045, 1), True, "FOUND", D("5010")),
                 Answer(D("4699"), True, "ALREADY_REACHED", D("5200")))
    box._goal_done(goal, None)
    text = box.goal_text.text()
    floor = template("FLOOR_REACHES", "zh")
    assert f"今后平均缴费指数：{floor}" in text and f"或今后月工资：{floor}" in text
    assert "4,699" not in text and "0.6000" not in text
    assert "或推迟到：2045-01" in text  # a month found is still an answer


def test_a_found_wage_is_still_given(box):
    goal = _goal("3000.00", "9000", Answer(D("2.2882"), True, "FOUND", D("9000")),
                 Answer(None, False, "NOT_WITHIN_WINDOW", D("8000")),
                 Answer(D("17919"), True, "FOUND", D("9001")))
    box._goal_done(goal, None)
    text = box.goal_text.text()
    assert "今后平均缴费指数：2.2882" in text and "或今后月工资：17,919 元" in text
    assert template("ALREADY_REACHED", "zh") not in text


def test_the_first_target_is_the_plan_rounded_up_and_says_so(box, qtbot):
    qtbot.waitUntil(lambda: box.session.estimate is not None)
    today = box.session.estimate.pension.total_today
    box.compute_shortfall()
    assert D(str(int(box.target.value()))) == (today // 1000 + 1) * 1000
    assert "向上取整到千元" in box.goal_text.text()
