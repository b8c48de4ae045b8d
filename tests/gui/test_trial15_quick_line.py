"""New-user trial 15: the quick estimate's answer wrapped "…缴费 24.42" with "年" alone on the next
line. A figure and its unit are kept together (unbreakable spaces)."""

from __future__ import annotations

from shebao_desktop.gui.simple_words import answer_html


def test_a_figure_keeps_its_unit(window):
    e = window.session.estimate
    html = answer_html(e, None)
    years = str(e.retirement.years_at_retirement)
    assert f"缴费 {years}\u00a0年" in html and f"{years} 年" not in html
