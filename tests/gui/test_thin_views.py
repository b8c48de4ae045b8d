"""The widgets show what the core says (issue 10: no calculation in widgets): the retirement
choices are the core's window, the housing-fund bounds are the region's policy data and "the
regional minimum" can be chosen again, the cards use the one percent and age formatters."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.queries import housing_fund_bounds
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.presentation import formats


def test_retirement_choices_are_the_cores_window(window):
    session, combo = window.session, window.person.retirement
    w = retirement_months(session.profile, as_of=session.as_of)
    months = [combo.itemData(i) for i in range(combo.count())]
    assert months[0] is None  # "按法定退休年龄"
    elective = (w.latest_month - w.earliest_month) + 1 - (w.earliest_month <= w.statutory_month <= w.latest_month)
    assert len(months) - 1 == elective
    assert months[1] == str(w.earliest_month) and months[-1] == str(w.latest_month)


def test_housing_fund_bounds_come_from_the_region(window):
    panel, session = window.assumptions, window.session
    low, high = housing_fund_bounds(session.profile.region, session.as_of)
    assert Decimal(str(panel.hf_rate.minimum())) == low * 100
    assert Decimal(str(panel.hf_rate.maximum())) == high * 100


def test_the_regional_minimum_can_be_chosen_again(window, qtbot):
    panel, session = window.assumptions, window.session
    if not panel.hf_enabled.isChecked():
        panel.hf_enabled.setChecked(True)
    panel.hf_minimum.setChecked(False)
    panel.hf_rate.setValue(10.0)
    panel.hf_rate.valueChanged.emit(10.0)
    assert session.profile.housing_fund.employee_rate == Decimal("0.1")
    panel.hf_minimum.setChecked(True)
    assert session.profile.housing_fund.employee_rate is None  # the estimate takes the minimum
    assert not panel.hf_rate.isEnabled()


def test_cards_use_the_shared_formatters(window):
    e, results = window.session.estimate, window.results
    if not e.retirement.shortfall_months:
        # the figure by the shared formatter (its ※, when estimated, after it)
        assert results.rate_card.value.text().removesuffix(" ※") == formats.percent(e.pension.replacement_rate)
    assert formats.age(e.retirement.chosen_age, "zh") in results.years_card.detail.text()


def test_no_translated_text_hides_inside_an_f_string():
    """lupdate does not read inside f-strings: a translate()/tr() there is never translated (the
    old workaround listed such strings again in _IN_F_STRINGS)."""
    import re
    from pathlib import Path
    gui = Path(__file__).resolve().parents[2] / "shebao_desktop" / "gui"
    hidden = re.compile(r"""\bf(["'])(?:(?!\1).)*?\{(?:translate|self\.tr)\(""")
    found = [f"{path.name}:{n}" for path in sorted(gui.glob("*.py"))
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if hidden.search(line)]
    assert found == []
    assert not [p.name for p in gui.glob("*.py") if "_IN_F_STRINGS" in p.read_text("utf-8")]


def test_the_explanation_states_the_assumptions_used(window):
    from shebao_desktop.gui.explain import explain_html
    from shebao_desktop.presentation.messages import assumption_parts
    e = window.session.estimate
    html = explain_html(window.session.profile, e)
    assert "；".join(assumption_parts(e.assumptions, "zh")) in html
