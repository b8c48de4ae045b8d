"""Quick entry (issue 11): the 快速估算 from four statement numbers and the quick history fill."""

from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox

from shebao_desktop.core.decide.quick_history import generated_rows
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.labels import money


def _four(simple, base="8000", years="12", index="1.2", balance="90000"):
    simple.toggle.setChecked(True)
    simple.base.set_decimal(Decimal(base))
    simple.years.set_decimal(Decimal(years))
    simple.index.set_decimal(Decimal(index))
    simple.balance.set_decimal(Decimal(balance))


def test_four_numbers_give_the_estimate_of_a_statement_and_that_base(window):
    simple = window.simple
    _four(simple)
    simple.estimate()
    session = window.session
    data = session.profile.model_dump()
    data.update(history=[], statement={"as_of": str(session.as_of + -1), "pension_balance": "90000",
                                       "contribution_years": "12", "average_index": "1.2"},
                future={**data["future"], "monthly_wage": "8000"})
    expected = estimate(type(session.profile).model_validate(data), as_of=session.as_of)
    assert simple.answer.pension.total == expected.pension.total
    assert f"约 {money(expected.pension.total)} 元/月" in simple.result.text()
    # more years and a higher index give more
    _four(simple, years="20", index="1.5")
    simple.estimate()
    assert simple.answer.pension.total > expected.pension.total


def test_no_base_is_said(window):
    simple = window.simple
    _four(simple, base="0")
    simple.estimate()
    assert simple.answer is None and "缴费基数" in simple.result.text()


def test_the_four_numbers_become_the_profiles_statement_in_one_undo_step(window):
    simple = window.simple
    before = window.session.profile
    _four(simple)
    simple.use_as_record()
    st = window.session.profile.statement
    assert (st.pension_balance, st.contribution_years, st.average_index) == (
        Decimal("90000"), Decimal("12"), Decimal("1.2"))
    assert st.as_of == window.session.as_of + -1
    assert window.session.profile.future.monthly_wage == Decimal("8000")
    assert window.inputs.currentIndex() == 1  # the rows, one click away
    assert window.session.profile.history == before.history
    window.session.undo_stack.undo()
    assert window.session.profile == before


def test_quick_history_fills_the_rows_the_core_generates(window, qtbot):
    session = window.session
    dialog = window.quick_history()
    dialog.start.setText("2013-07")
    dialog.start.editingFinished.emit()
    dialog.amount.setValue(6000)
    dialog.growth.setValue(6)
    expected = generated_rows(YearMonth(2013, 7), Decimal("6000"), None, session.profile.region,
                              growth=Decimal("0.06"), as_of=session.as_of)
    assert [r.period for r in dialog.rows] == [g.row.period for g in expected]
    assert dialog.rows[0].period == "2013-07" and dialog.rows[0].amount == Decimal("6000")
    last = dialog.rows[-1]
    assert last.first_month + (last.paid_months - 1) == session.as_of + -1  # up to last month
    before = session.profile
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    history = session.profile.history
    for g in expected:
        assert g.row in history
    # the sample's own rows in those months are replaced, earlier ones (none here) kept
    assert all(row.first_month >= YearMonth(2013, 7) for row in history)
    session.undo_stack.undo()
    assert session.profile == before


def test_quick_history_by_index_uses_the_regional_average(window):
    dialog = window.quick_history()
    dialog.by_index.setChecked(True)
    dialog.index.setValue(1.5)
    expected = generated_rows(dialog.start.month(), None, None, window.session.profile.region,
                              index=Decimal("1.5"), as_of=window.session.as_of)
    assert [r.amount for r in dialog.rows] == [g.amount for g in expected]
    dialog.reject()


def test_a_start_after_today_is_said_and_cannot_be_applied(window):
    dialog = window.quick_history()
    dialog.start.set_month(window.session.as_of)
    dialog.refresh()
    assert dialog.rows == []
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.preview.text() and "Traceback" not in dialog.preview.text()
    dialog.reject()


def test_typed_figures_reach_the_core_as_the_decimals_shown(window):
    """The quick estimate and the quick fill read what the boxes show, as Decimal (no float)."""
    simple = window.simple
    simple.toggle.setChecked(True)
    for box, text in ((simple.balance, "12345678.91"), (simple.index, "0.8765")):
        box.lineEdit().setText(text)
        box.interpretText()
    n = simple.four_numbers()
    assert n["balance"] == Decimal("12345678.91") and n["index"] == Decimal("0.8765")
    assert all(type(v) is Decimal for v in n.values())
    assert simple.balance.text().startswith("12,345,678.91")  # groups shown
    dialog = window.quick_history()
    dialog.amount.lineEdit().setText("6543.21")
    dialog.amount.interpretText()
    assert dialog.rows[0].amount == Decimal("6543.21")
    dialog.reject()
