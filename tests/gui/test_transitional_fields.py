"""The person form and the statement panel take 建账前缴费年限 and 过渡性指数 (optional) and show
what the estimate derived, with the region's add-ons (issue 8)."""

from decimal import Decimal




def _to_zhejiang(window, qtbot):
    region = window.person.region
    region.setCurrentIndex(region.findData("zhejiang"))
    region.activated.emit(region.currentIndex())
    qtbot.waitUntil(lambda: window.session.estimate.pension.region == "zhejiang")


def test_person_form_shows_what_was_derived_and_the_add_ons(window, qtbot):
    _to_zhejiang(window, qtbot)
    fields = window.person.transitional
    pension = window.session.estimate.pension
    assert fields.pre_account.optional() is None  # empty: derived
    hint = fields.hint.text()
    assert f"建账前缴费年限 {pension.pre_account_years.quantize(Decimal('0.01'))} 年" in hint
    assert f"过渡性指数 {pension.transitional_index:.4f}" in hint
    for line in pension.extra_pension:
        assert line.name_zh in hint


def test_person_form_override_and_back_to_derived(window, qtbot):
    _to_zhejiang(window, qtbot)
    fields = window.person.transitional
    fields.pre_account.setValue(9.5)
    qtbot.waitUntil(lambda: window.session.estimate.pension.pre_account_source == "given")
    assert window.session.profile.pre_account_years == Decimal("9.50")
    assert "已填写" in fields.hint.text()
    fields.pre_account.setValue(fields.pre_account.minimum())  # empty again
    qtbot.waitUntil(lambda: window.session.estimate.pension.pre_account_source != "given")
    assert window.session.profile.pre_account_years is None


def test_statement_panel_takes_the_transitional_index(window, qtbot):
    _to_zhejiang(window, qtbot)
    panel = window.history
    panel.use_statement.setChecked(True)
    qtbot.waitUntil(lambda: window.session.profile.statement is not None)
    fields = panel.st_transitional
    assert fields.index.isEnabled()
    # turning the statement on leaves both empty: the region's rule, not a typed 0
    statement = window.session.profile.statement
    assert statement.pre_account_years is None and statement.transitional_index is None
    assert fields.pre_account.optional() is None and fields.index.optional() is None
    fields.index.setValue(0.85)
    qtbot.waitUntil(lambda: window.session.profile.statement.transitional_index is not None)
    assert window.session.profile.statement.transitional_index == Decimal("0.8500")
    qtbot.waitUntil(lambda: "过渡性指数" in fields.hint.text())
    if window.session.estimate.pension.transitional_index_rule == "transitional_index":
        qtbot.waitUntil(lambda: window.session.estimate.pension.transitional_index_source == "given")


def test_pension_card_adds_the_add_ons(window, qtbot):
    _to_zhejiang(window, qtbot)
    p = window.session.estimate.pension
    assert p.extra_pension
    detail = window.results.pension_card.findChildren(type(window.person.transitional.hint))
    texts = " ".join(label.text() for label in detail)
    assert "地方加发" in texts
