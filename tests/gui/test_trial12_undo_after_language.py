"""New-user trial 12: after 用作完整记录 the quick panel said "已写入档案…（可撤销）" beside a 撤销写入
button; a switch to English rebuilt the panel without either, so the write the program had just
called undoable could not be undone from there. The rebuilt panel keeps both, and the button
still undoes the write."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.gui.simple_mode import SimpleMode


def _panel(window) -> SimpleMode:
    return window.simple  # the panel of the window as (re)built


def test_the_undo_button_survives_a_language_switch(window):
    session = window.session
    before = session.profile
    panel = _panel(window)
    panel.toggle.setChecked(True)
    panel.balance.set_decimal(Decimal(86000))
    panel._typed.add(panel.balance)
    panel.estimate()
    panel.ask_use_as_record()
    if panel.question is not None:
        panel.question.replace.click()
    assert panel.undo_button.isVisibleTo(panel) and session.profile.statement is not None
    # where the base went is said (it was ticked as 指定未来月工资 without a word)
    assert session.profile.future.monthly_wage is not None
    assert "当前月缴费基数写入假设中的“指定未来月工资”" in panel.result.text()
    window.set_language("en")
    try:
        panel = _panel(window)
        assert panel.undo_button.isVisibleTo(panel)
        assert panel.result.text().startswith("Written into the profile")
        panel.undo_button.click()
        assert session.profile == before
        assert not panel.undo_button.isVisibleTo(panel)
    finally:
        window.set_language("zh")
