"""Trial (new user): after a restart the goal under the comparison went back from 9000 to the
first figure (8000); after a language switch the line under it said "输入已改" though nothing was
changed. The goal typed is kept for its profile across a restart (the window's QSettings) and,
with what the line said, across a language switch (said again in the new language)."""

from PySide6.QtCore import QSettings

from shebao_desktop.app import settings_path
from shebao_desktop.gui.goal_view import PROFILE_KEY

from .window_helpers import open_decision, start_window


def _box(window, qtbot):
    """The goal box of the comparison, shown, with its first line said."""
    return open_decision(window, qtbot, also=lambda view: view.goal.goal_text.text() != "").goal


def test_a_language_switch_keeps_the_goal_and_says_no_input_changed(window, qtbot):
    box = _box(window, qtbot)
    assert "目标先填为" in box.goal_text.text()
    box.target.setValue(30000)
    window.set_language("en")
    box = _box(window, qtbot)
    assert box.target.value() == 30000
    text = box.goal_text.text()
    assert "inputs changed" not in text and "starts at that figure" in text  # the same, in English
    # an answer is said again in the new language, not dropped as if the inputs had changed
    box.seek.click()
    qtbot.waitUntil(lambda: box.goal is not None and not box.goal_runner.busy, timeout=120_000)
    assert "Current plan:" in box.goal_text.text() and "goal 30,000.00 yuan" in box.goal_text.text()
    window.set_language("zh_CN")
    box = _box(window, qtbot)
    assert box.target.value() == 30000 and box.goal is not None
    assert "目标 30,000.00 元" in box.goal_text.text() and "输入已改" not in box.goal_text.text()


def test_a_restart_keeps_the_goal_typed_for_the_profile(qtbot):
    window = start_window(qtbot)
    box = _box(window, qtbot)
    first = box.target.value()
    assert first != 9000 and "目标先填为" in box.goal_text.text()
    box.target.setValue(9000)
    window.close()
    window = start_window(qtbot)
    box = _box(window, qtbot)
    assert box.target.value() == 9000
    assert "上次所填" in box.goal_text.text() and "输入已改" not in box.goal_text.text()
    window.close()
    # a goal typed for another profile is not this one's
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    settings.setValue(PROFILE_KEY, "someone-else")
    settings.sync()
    del settings
    window = start_window(qtbot)
    box = _box(window, qtbot)
    assert box.target.value() == first and "目标先填为" in box.goal_text.text()
    window.close()


def test_a_goal_not_typed_follows_the_plan(window, qtbot):
    """Trial 14: the goal first filled in (the next thousand above the plan) stayed at 1,000 —
    the plan of the first row typed — beside a plan of 3,991.04 once all rows were in. A goal
    not typed now follows the plan; one typed stays."""
    box = _box(window, qtbot)
    session = window.session
    first = box.target.value()
    assert first == float((session.estimate.pension.total_today // 1000 + 1) * 1000)
    rows = [row.model_copy(update={"amount": row.amount * 2}) for row in session.profile.history]
    assert session.update("测试：工资翻倍", None, history=rows)
    session.recompute()
    box.compute_shortfall()
    followed = float((session.estimate.pension.total_today // 1000 + 1) * 1000)
    assert followed > first and box.target.value() == followed
    box.target.setValue(50000)  # typed: kept through an edit
    assert session.update("测试：工资减半", None, history=[
        row.model_copy(update={"amount": row.amount / 2}) for row in rows])
    session.recompute()
    box.compute_shortfall()
    assert box.target.value() == 50000
