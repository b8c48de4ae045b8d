"""New-user trial 9: the 快速估算 panel's 估算 button sat under the lines that say where the
figures come from; typing over a figure rewords those lines and the button moved down while one
reached for it. The buttons are right under the fields now: the lines come after them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shebao_desktop.core.profile import Profile


def test_the_button_stays_while_figures_are_typed(quick_panel):
    profile = Profile.model_validate({"birth": "1990-03", "gender": "male", "region": "beijing",
                                      "history": [{"period": "2024", "region": "beijing",
                                                   "amount": "9000"}]})
    simple = quick_panel(profile)
    simple.resize(420, 700)
    simple.show()
    QApplication.processEvents()
    before, source = simple.estimate_button.y(), simple.source.text()
    simple.years.setValue(3)  # typed over: the source line says so, in other words
    simple.balance.setValue(12345)
    QApplication.processEvents()
    assert simple.source.text() != source
    assert simple.estimate_button.y() == before
    assert simple.estimate_button.y() < simple.source.y()
