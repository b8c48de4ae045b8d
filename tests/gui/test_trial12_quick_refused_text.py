"""New-user trial 12: "abc" typed into 当前月缴费基数 went back to 11,068.86, marked red, and 估算
answered for 11,068.86 without a word where the answer goes. The refusal is said there, and the
next 估算 stops at it once; the one after answers for the figures shown."""

from __future__ import annotations

from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.core.yearmonth import YearMonth


def test_a_refused_text_is_said_where_the_answer_goes(quick_panel, qtbot):
    simple = quick_panel(sample_profile(YearMonth(2026, 11)))
    edit = simple.base.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "abc")
    simple.base.editingFinished.emit()  # the field left (the click on 估算)
    assert simple.result.text().startswith("无法读取“abc”")
    simple.estimate()
    assert simple.answer is None and simple.result.text().endswith("请核对后再按“估算”。")
    simple.estimate()
    assert simple.answer is not None
