"""New-user trial 12: dragging the handle between the inputs and the results hid the whole
input column; 视图 → 个人信息 (Ctrl+1) did not bring it back, only a drag on a handle nobody
could see did. No column can be collapsed now: dragged to nothing, each keeps its least width."""

from __future__ import annotations


def test_no_column_can_be_dragged_to_nothing(window):
    splitter = window.splitter
    assert not splitter.childrenCollapsible()
    total = sum(splitter.sizes())
    splitter.setSizes([0, 0, total])  # as far as a drag goes
    profiles, inputs, results = splitter.sizes()
    assert profiles > 0 and inputs >= window.splitter.widget(1).minimumSizeHint().width() > 0
