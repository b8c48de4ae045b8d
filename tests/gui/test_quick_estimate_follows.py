"""Trial 2: 快速估算's 当前月缴费基数 was stale -- 0.00 after a history was pasted, 18,000.00
after a language switch, still 18,000.00 after a wage was changed to 20,000 then 21,000. Its
fields show the profile's figures and follow every change; a figure the person typed stays."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shebao_desktop.gui.simple_mode import SimpleMode


def _set_row(session, period: str, amount: str) -> None:
    rows = [row.model_dump(mode="json") for row in session.profile.history]
    for row in rows:
        if row["period"] == period:
            row["amount"] = amount
    assert session.update("edit", None, history=rows)


def test_the_base_follows_the_history(sample_widget):
    simple = sample_widget(SimpleMode)
    session = simple.session
    assert simple.base.decimal() == Decimal("17000")  # the 2026 row: this month's
    _set_row(session, "2026", "20000")
    assert simple.base.decimal() == Decimal("20000")
    _set_row(session, "2026", "21000")
    assert simple.base.decimal() == Decimal("21000")
    assert session.update("clear", None, history=[])  # then a history pasted
    assert simple.base.decimal() == 0
    session.undo_stack.undo()
    assert simple.base.decimal() == Decimal("21000")
    # a later row (按增长率填充未来) is not this month's base
    rows = [row.model_dump(mode="json") for row in session.profile.history]
    assert session.update("future", None, history=rows + [
        {**rows[-1], "period": "2027", "amount": "30000"}])
    assert simple.base.decimal() == Decimal("21000")
    # the wage from now on, when the profile has one, is the base
    assert session.update("wage", None, future={
        **session.profile.future.model_dump(mode="json"), "monthly_wage": "19000"})
    assert simple.base.decimal() == Decimal("19000")


def test_the_statement_fields_follow_and_a_typed_figure_stays(sample_widget):
    simple = sample_widget(SimpleMode)
    session = simple.session
    simple.base.setFocus()
    simple.base.selectAll()
    QTest.keyClicks(simple.base, "12000")
    QTest.keyClick(simple.base, Qt.Key.Key_Return)
    assert simple.base.decimal() == Decimal("12000")
    assert session.update("statement", None, statement={
        "as_of": "2026-10", "pension_balance": "185000", "contribution_years": "12",
        "average_index": "1.1"}, deemed_years="2")
    assert [simple.balance.decimal(), simple.years.decimal(), simple.index.decimal(),
            simple.deemed.decimal()] == [185000, 12, Decimal("1.1"), 2]
    _set_row(session, "2026", "20000")
    assert simple.base.decimal() == Decimal("12000")  # typed: a trial the person is making
    simple.use_as_record()
    assert session.profile.future.monthly_wage == Decimal("12000")
    session.update("wage", None, future={
        **session.profile.future.model_dump(mode="json"), "monthly_wage": "13000"})
    assert simple.base.decimal() == Decimal("13000")  # written: the profile's again


def test_an_edit_works_the_figures_out_once_per_profile_and_estimate(sample_widget, monkeypatch):
    """Issue 10 (an edit of one wage): the fields, the source line and the date ask for the
    profile's figures ~6 times an edit; they are worked out once for each profile and estimate
    (counted, not timed), and still follow the edit."""
    from shebao_desktop.gui import simple_mode
    simple = sample_widget(SimpleMode)
    session = simple.session
    calls, base = [], simple_mode.current_base
    monkeypatch.setattr(simple_mode, "current_base", lambda *a: calls.append(1) or base(*a))
    _set_row(session, "2026", "20000")  # the profile changes
    session.recompute()  # then its estimate
    assert len(calls) == 2
    assert simple.base.decimal() == Decimal("20000")
