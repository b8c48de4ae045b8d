"""Trial item 13 (40.png): a flexible worker's housing-fund card said "0.00 元 ※"; it now says
the fund does not apply (flexible workers usually have none), and an employee's card still
gives the balance."""

from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.labels import money


def test_a_flexible_worker_without_a_housing_fund_sees_not_applicable(window):
    session = window.session
    assert session.update("test", None, category="flexible")
    session.recompute()
    QApplication.processEvents()
    e = session.estimate
    assert e.at_retirement.housing_fund == 0
    card = window.results.housing_card
    assert card.value.text() == "不适用" and "※" not in card.value.text()
    assert "灵活就业人员通常没有住房公积金" in card.detail.text()


def test_an_employee_sees_the_housing_fund_balance(window):
    QApplication.processEvents()
    e = window.session.estimate
    assert window.session.profile.category != "flexible" and e.at_retirement.housing_fund > 0
    assert window.results.housing_card.value.text().startswith(f"{money(e.at_retirement.housing_fund)} 元")
