"""New-user trial 15: the notices box, scrolled when the column is low, showed half of its last
line. It now shows whole lines (its height a whole number of lines plus the label's margin)."""

from __future__ import annotations

from tests.gui.test_trial12_short_of_minimum import _short


def test_a_scrolled_notices_box_shows_whole_lines(window, qtbot):
    session = window.session
    session.load(_short(), None)
    session.recompute()
    results = window.results
    area, label = results.notices_area, results.notices
    line = label.fontMetrics().lineSpacing()
    scrolled = 0
    for height in range(700, 800, 7):  # heights that cut a line at random before
        window.resize(1400, height)
        qtbot.waitUntil(lambda: area.height() > 0)
        results._fit_notices_now()
        if area.height() < label.heightForWidth(area.viewport().width()):
            scrolled += 1
            assert (area.height() - 2) % line == 0, height
    assert scrolled >= 5
