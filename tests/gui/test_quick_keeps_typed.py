"""快速估算: figures typed and not applied (用作完整记录 not pressed) stay in their fields when
the language is switched (the content is built again), a text still being typed too, and the
answer shown stays (worded in the new language)."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_typed_figures_survive_a_language_switch(window, qtbot):
    simple = window.simple
    simple.toggle.setChecked(True)
    profile_figures = simple.profile_figures()
    simple.base.setValue(12345.67)  # typed and left (valueChanged): kept as typed
    simple.index.setValue(1.5)
    simple.estimate()
    answer = simple.answer
    assert answer is not None
    # a text being typed in the balance field, the field not left yet
    simple.balance.setFocus()
    simple.balance.lineEdit().selectAll()
    qtbot.keyClicks(simple.balance.lineEdit(), "98765")
    assert simple.balance.decimal() == Decimal("98765")  # shown, not yet read
    window.set_language("en")
    QApplication.processEvents()
    new = window.simple
    assert new is not simple
    assert new.toggle.isChecked()
    assert new.base.decimal() == Decimal("12345.67")
    assert new.index.decimal() == Decimal("1.5000")
    assert new.balance.decimal() == Decimal("98765.00")
    # the fields not typed into still show the profile's figures
    assert new.years.decimal() == profile_figures["years"]
    assert new.deemed.decimal() == profile_figures["deemed"]
    # the answer stays, in English; the profile was not changed
    assert new.answer is answer and "yuan" in new.result.text()
    assert window.session.profile.statement is None or \
        window.session.profile.statement.average_index != Decimal("1.5")
    # they are still the person's typed figures: an edit of the profile leaves them
    assert window.session.update("test", None, birth="1985-03")
    assert new.base.decimal() == Decimal("12345.67") and new.index.decimal() == Decimal("1.5000")
    # and 用作完整记录 writes them
    new.use_as_record()
    assert window.session.profile.statement.average_index == Decimal("1.5000")
    assert window.session.profile.statement.pension_balance == Decimal("98765.00")
