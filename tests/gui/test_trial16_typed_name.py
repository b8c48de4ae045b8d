"""New-user trial 16: after 新建, the profile list said 新档案 while the name box already said
广州李女士, until the box lost focus. The open profile's entry follows the name as it is typed;
committed, the list is the saved names again."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_list_says_the_name_as_it_is_typed(window, qtbot):
    window.new_profile()
    panel, name = window.profiles_panel, window.person.name
    qtbot.waitUntil(lambda: panel.list.currentItem() is not None)
    before = panel.list.currentItem().text()
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Li Hua")
    assert name.hasFocus() and window.session.profile.name != "Li Hua"  # not committed yet
    assert panel.list.currentItem().text() == "Li Hua" != before
    qtbot.keyClick(name, Qt.Key.Key_Return)  # committed: the saved name, listed again
    qtbot.waitUntil(lambda: window.session.profile.name == "Li Hua")
    qtbot.waitUntil(lambda: [panel.list.item(n).text() for n in range(panel.list.count())].count(
        "Li Hua") == 1)
