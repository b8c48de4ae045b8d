"""Goal seek speaks to a flexible worker (灵活就业) in 缴费档次, not wages (new-user trial: a goal
of 9000 answered "今后月工资 17,841" and index 1.9146; a goal of 5000 said only "不必提高缴费或
推迟退休"). An employee's answers keep their words (tests/gui/test_goal_words.py)."""

from decimal import Decimal as D

import pytest

from shebao_desktop.core.decide.goal import Answer, Goal
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.goal_view import GoalBox
from shebao_desktop.presentation.messages import template

STATUTORY = YearMonth(2043, 6)
LEVELS = dict(lowest_level=D("0.6"), highest_level=D("3"))


@pytest.fixture
def box(sample_widget):
    box = sample_widget(GoalBox)
    box._answered = box.session.estimate  # as compute_goal asks: for the inputs shown
    return box


def _flexible(current: str, target: str, index: Answer, month: Answer, wage: Answer,
              level: str = "0.6", **extra) -> Goal:
    return Goal(D(target), STATUTORY, D(current), index, month, wage, flexible=True,
                current_level=D(level), **{**LEVELS, **extra})


def _said(box, goal) -> str:
    box._goal_done(goal, None)
    return box.goal_text.text()


def test_a_level_not_a_wage_answers_a_flexible_worker(box):
    text = _said(box, _flexible("3000.00", "9000", Answer(D("1.9146"), True, "FOUND", D("9000")),
                                Answer(None, False, "NOT_WITHIN_WINDOW", D("8000")),
                                Answer(D("17841"), True, "FOUND", D("9001"))))
    assert "• 今后按 191.5% 档次缴费" in text  # 1.9146 rounded up: it still reaches the goal
    assert "17,841" not in text and "月工资" not in text and "1.9146" not in text
    assert "今后平均缴费指数" not in text and "缴费档次在 60%–300% 之间" in text
    assert f"或推迟到：{template('NOT_WITHIN_WINDOW', 'zh')}" in text


def test_the_regions_levels_round_the_answer_up_to_one_it_offers(box):
    text = _said(box, _flexible("3000.00", "9000", Answer(D("1.9146"), True, "FOUND", D("9000")),
                                Answer(None, False, "NOT_WITHIN_WINDOW", D("8000")),
                                Answer(D("17841"), True, "FOUND", D("9001")),
                                levels=(D("0.6"), D("1"), D("2"), D("3"))))
    assert "• 今后按 200% 档次缴费" in text and "191.5%" not in text


def test_a_goal_reached_names_the_level_paid_now(box):
    reached = Answer(STATUTORY, True, "ALREADY_REACHED", D("5315.73"))
    floor = Answer(D("0.6000"), True, "ALREADY_REACHED", D("5274.87"))
    wage = Answer(D("4699"), True, "ALREADY_REACHED", D("5274.87"))
    text = _said(box, _flexible("5315.73", "5000", floor, reached, wage))
    assert "按当前档次（60%）已能达到：不必提高档次或推迟退休。" in text
    assert "不必提高缴费" not in text and "4,699" not in text
    # paying more than the lowest level now: the lowest reaches it too, and is said
    text = _said(box, _flexible("5315.73", "5000", floor, reached, wage, level="0.621"))
    assert "按当前档次（62.1%）已能达到" in text and "按最低档次（60%）也能达到" in text


def test_above_the_highest_level_says_so(box):
    text = _said(box, _flexible("3000.00", "30000", Answer(None, False, "ABOVE_CEILING", D("9916")),
                                Answer(None, False, "NOT_WITHIN_WINDOW", D("8000")),
                                Answer(None, False, "ABOVE_CEILING", D("9916"))))
    assert "所需档次高于最高档次（300%），达不到" in text
    assert template("ABOVE_CEILING", "zh") not in text  # the ceiling base is an employee's word


def test_the_plan_stopping_but_the_lowest_level_reaching_it(box):
    text = _said(box, _flexible("3000.00", "5000", Answer(D("0.6000"), True, "ALREADY_REACHED",
                                                          D("5200")),
                                Answer(YearMonth(2045, 1), True, "FOUND", D("5010")),
                                Answer(D("4699"), True, "ALREADY_REACHED", D("5200"))))
    assert "• 按最低档次（60%）缴费即可达到" in text and "或推迟到：2045-01" in text
    assert template("FLOOR_REACHES", "zh") not in text


def test_in_english_the_level_lines_read_as_sentences(box):
    from shebao_desktop.gui.i18n import install_language
    reached = Answer(STATUTORY, True, "ALREADY_REACHED", D("5315.73"))
    floor = Answer(D("0.6000"), True, "ALREADY_REACHED", D("5274.87"))
    try:
        install_language("en")
        text = _said(box, _flexible("5315.73", "5000", floor, reached, floor, level="0.621"))
        assert ("Reached already at your present level (62.1%): no need to raise the level or "
                "retire later; the lowest level (60%) reaches it too.") in text
        text = _said(box, _flexible("3000.00", "9000", Answer(D("1.9146"), True, "FOUND", D("9000")),
                                    Answer(None, False, "NOT_WITHIN_WINDOW", D("8000")),
                                    Answer(D("17841"), True, "FOUND", D("9001"))))
        assert "• Pay at the 191.5% level from now on" in text and "：" not in text
        assert "wage" not in text and "The level lies between 60% and 300%" in text
    finally:
        install_language("zh_CN")
