"""New-user trial 14: two figures that looked like bugs, said why. The comparison's "今日" row of
one's own contributions was above the nominal one (past payments are brought forward to today by
inflation); the flexible levels' "多交部分几年领回" was 11.9 at every level (the extra cost and the
extra pension both grow in proportion to the level above 60 %)."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.decide.flexible import flexible_levels
from shebao_desktop.gui.compare_view import CompareView
from shebao_desktop.gui.flexible_view import FlexibleView


def test_the_notes_say_why(window, qtbot):
    session = window.session
    compare = CompareView(session)
    qtbot.addWidget(compare)
    # a pension of a retirement month already past too (trial 16: 3,871.80 today above 3,795.88)
    assert "过去的金额（缴费，以及退休月已过去时的养老金）按通胀折到今天（所以可能高于名义金额）" in compare.note.text()
    # which year's minimum a column applies (trial 15)
    assert "提前退休按所选退休年份的标准，推迟退休按法定退休年份的标准（人社部发〔2024〕94号）" in compare.note.text()
    flexible = FlexibleView(session)
    qtbot.addWidget(flexible)
    assert "各档相同或相近，因为多交的钱和多领的养老金都与档次高出 60% 的部分成正比" in flexible.note.text()


def test_the_years_to_recover_are_in_fact_alike_across_levels(window):
    """What the note says holds for the core's figures (a flexible worker of the example)."""
    session = window.session
    profile = session.profile.model_copy(update={"category": "flexible"})
    years = [v.years_to_recover for v in flexible_levels(profile, as_of=session.as_of)
             if v.years_to_recover is not None]
    assert len(years) >= 3 and max(years) - min(years) <= Decimal("1")
