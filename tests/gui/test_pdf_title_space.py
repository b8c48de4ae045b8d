"""Trial pdf1/page-02.png: the PDF's 提示 title sat on the 五险一金 table above it. After a table
whose last cell is empty, Qt's HTML reader puts the next block straight after the table (no
empty block between them) and that block's top margin is dropped. Every section title now has
the space above it that the others have."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import printing
from shebao_desktop.gui.report import _pairs, _section, summary_html

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def _title_gaps(doc: QTextDocument) -> dict[str, float]:
    """Each section title's distance from the bottom of what is above it, and whether a table
    is right above it (the title then loses its margin)."""
    layout, gaps = doc.documentLayout(), {}
    above_bottom, above_table = 0.0, False
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        if frame is not None:
            above_bottom, above_table = layout.frameBoundingRect(frame).bottom(), True
        else:
            rect = layout.blockBoundingRect(block)
            if block.blockFormat().headingLevel() == 3:
                gaps[block.text()] = (rect.top() - above_bottom, above_table)
            above_bottom, above_table = rect.bottom(), False
        it += 1
    return gaps


def test_the_notices_title_has_space_above_it_like_the_others(qapp):
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    result = estimate(profile, as_of=YearMonth(2026, 12))
    assert result.notices  # the 提示 section is printed, after the 五险一金 table
    doc = printing.build_document(summary_html(profile, result, chart_png=None, today_money=False,
                                               version="test", printed_on="2026-12-02"))
    gaps = _title_gaps(doc)
    assert "提示" in gaps and "每月缴费（五险一金）" in gaps
    assert all(not right_after_table for _gap, right_after_table in gaps.values()), gaps
    assert gaps["提示"][0] >= min(gap for gap, _ in gaps.values()) > 0, gaps


@pytest.mark.parametrize("pairs", [1, 2, 3])
def test_a_title_after_a_half_filled_pairs_table_keeps_its_space(qapp, pairs):
    """An odd number of label/value pairs leaves the last row's cells blank (the results table
    with one regional add-on has 11)."""
    doc = printing.build_document(_pairs([(f"项{n}", str(n)) for n in range(pairs)])
                                  + _section("提示") + "<p>内容</p>")
    gap, right_after_table = _title_gaps(doc)["提示"]
    assert not right_after_table and gap > 0
