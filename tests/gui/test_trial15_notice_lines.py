"""New-user trial 15: the notices box, scrolled when the column is low, showed the top half of a
line at its bottom. It now ends under a whole line: its height is where the label's own lines
end (a line with a CJK or ※ glyph is taller than the font's line spacing, so a height counted
in line spacings still cut a line: 46e12e2, reverted)."""

from __future__ import annotations

from tests.gui.test_trial12_short_of_minimum import _short


def _ink_rows(area) -> list[int]:
    """How many pixels of text ink each pixel row of the box's visible part has."""
    image = area.viewport().grab().toImage()
    paper = image.pixelColor(image.width() - 1, image.height() - 1).lightness()
    return [sum(1 for x in range(image.width())
                if abs(image.pixelColor(x, y).lightness() - paper) > 60)
            for y in range(image.height())]


def test_a_scrolled_notices_box_ends_under_a_whole_line(window, qtbot):
    session = window.session
    session.load(_short(), None)
    session.recompute()
    results = window.results
    area, label = results.notices_area, results.notices
    scrolled = 0
    for height in range(700, 800, 5):  # heights that cut a line before
        window.resize(1400, height)
        qtbot.waitUntil(lambda: area.height() > 0)
        results._fit_notices_now()
        qtbot.wait(10)
        if area.height() >= label.heightForWidth(area.viewport().width()):
            continue
        scrolled += 1
        ink = _ink_rows(area)
        # a whole line ends in its descent: a blank row, or a few pixels of a descender
        assert ink[-1] == 0 and ink[-2] <= max(ink) // 10, (height, area.height(), ink[-6:])
    assert scrolled >= 5
