"""Trials 19 and 20: the open 快速估算 panel grew as its lines appeared (where the figures come
from, the answer's place), moving the 个人信息 form below it while a new user typed (a name went
into the wrong field). The two lines have their room from the start: in Chinese the panel keeps
its height when they come."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.simple_mode import SimpleMode


def test_the_open_quick_panel_keeps_its_height_as_its_lines_come(window):
    window.resize(1440, 900)
    window.new_profile()
    panel = window.findChild(SimpleMode)
    assert panel.toggle.isChecked()  # a new profile opens it

    def height() -> int:
        window.session.recompute()
        for _ in range(5):
            QApplication.processEvents()
        return panel.height()

    before = height()
    assert panel.source.text() == "" and panel.result.text() == ""
    window.session.update("birth", None, birth="1975-06", gender="female", region="chengdu")
    window.session.update("row", None, history=[{"period": "2020", "region": "chengdu", "amount": "6000"}])
    after = height()
    assert panel.source.text() and panel.result.text()  # both lines came
    assert after == before
