"""New-user trial 10: the profile list cut the example's name at the column's edge
("示例：北京企业职工（可直…"). A long name now wraps onto a second line, and each entry's tooltip
is its whole name."""

from __future__ import annotations


def test_a_long_name_wraps_and_is_its_tooltip(window, qtbot):
    names = window.profiles_panel.list
    item = names.item(0)
    assert item.text().startswith("示例：北京企业职工")
    assert item.toolTip() == item.text()
    line = names.fontMetrics().height()
    assert names.fontMetrics().horizontalAdvance(item.text()) > names.viewport().width()  # too long
    assert names.visualItemRect(item).height() >= 2 * line  # on two lines, not cut
