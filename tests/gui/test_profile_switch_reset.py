"""A trial run (r2) found one person's figures in another's panels -- the quick estimate's four
numbers and its answer, greyed statement figures and a future wage (ticking the box copied them
in), the goal and the compared months: every panel now starts from the newly opened profile."""

from decimal import Decimal

from shebao_desktop.core.yearmonth import YearMonth


def _type_for_the_first_person(window):
    simple = window.simple
    simple.toggle.setChecked(True)
    simple.base.set_decimal(Decimal("17000"))
    simple.years.set_decimal(Decimal("20.5"))  # born 1991-06: at most 21.42 years from 14 to 2026-11
    simple.index.set_decimal(Decimal("0.93"))
    simple.balance.set_decimal(Decimal("98765.43"))
    simple.estimate()
    assert simple.answer is not None and "元/月" in simple.result.text()
    simple.use_as_record()  # the statement and a future wage of this person
    window.assumptions.future_wage_check.setChecked(True)
    window.assumptions.future_wage.setValue(5000)
    window.assumptions.future_wage.editingFinished.emit()
    assert window.session.profile.statement.pension_balance == Decimal("98765.43")


def test_a_new_profile_shows_nothing_of_the_previous_person(window):
    _type_for_the_first_person(window)
    window.new_profile()
    profile = window.session.profile
    assert profile.statement is None and profile.future.monthly_wage is None
    simple = window.simple
    assert simple.answer is None and simple.result.text() == ""
    assert [simple.base.decimal(), simple.years.decimal(), simple.balance.decimal()] == [0, 0, 0]
    history = window.history
    assert history.st_balance.decimal() == 0 and history.st_years.decimal() == 0
    assert window.assumptions.future_wage.decimal() == 0
    # ticking the boxes copies no one else's figures in
    history.use_statement.setChecked(True)
    st = window.session.profile.statement
    assert st.pension_balance == 0 and st.contribution_years == 0
    window.assumptions.future_wage_check.setChecked(True)
    assert window.session.profile.future.monthly_wage == 0
    simple.use_as_record()
    assert window.session.profile.statement.pension_balance == 0


def test_the_goal_and_compared_months_belong_to_one_profile(window):
    compare = window.results.compare_page.build()
    goal = compare.goal
    box = compare.customs[0]
    box.addItem("—", "")
    box.addItem("2054-01", "2054-01")
    box.setCurrentIndex(1)
    compare._custom_changed(1)
    goal.target.setValue(9000)
    goal.goal_text.setText("目前计划：约 1 元/月")
    assert compare.custom_months() == [YearMonth(2054, 1)]
    window.set_language("en")  # a language change keeps them
    compare = window.results.compare_page.build()
    goal = compare.goal
    assert compare.custom_months() == [YearMonth(2054, 1)] and goal.target.value() == 9000
    window.set_language("zh_CN")
    compare = window.results.compare_page.build()
    goal = compare.goal
    goal.target.setValue(9000)
    window.new_profile()  # another person: gone
    assert compare.custom_months() == [] and goal.target.value() == 0
    assert goal.goal_text.text() == ""


def test_the_quick_answer_says_it_is_not_applied_and_keeps_deemed_years_apart(window):
    simple = window.simple
    simple.toggle.setChecked(True)
    for box, value in ((simple.base, "5000"), (simple.years, "10"), (simple.deemed, "3"),
                       (simple.index, "1"), (simple.balance, "50000")):
        box.set_decimal(Decimal(value))
    before = window.session.estimate.pension.total
    simple.estimate()
    assert "尚未应用" in simple.result.text()
    assert window.session.estimate.pension.total == before  # the cards: the full record still
    assert simple.simple_profile().deemed_years == Decimal(3)
    simple.use_as_record()
    profile = window.session.profile
    assert profile.deemed_years == Decimal(3) and profile.statement.contribution_years == 10
    assert "尚未应用" not in simple.result.text()


def test_a_goal_computed_for_the_previous_person_is_not_shown(window, qtbot):
    goal = window.results.compare_page.build().goal
    goal.target.setValue(9000)
    goal.compute_goal()  # still running when another profile opens
    window.new_profile()
    goal._goal_done(object(), None)  # its answer arrives late: dropped
    assert goal.goal is None and goal.goal_text.text() == ""


def test_a_new_profile_starts_clean_region_and_quick_estimate(window):
    """Trial 24.png: a new profile kept the previous person's region, and the quick-estimate
    panel stayed as the last profile left it."""
    from shebao_desktop.gui.sample import blank_profile
    session = window.session
    assert session.update("test", None, region="shanghai")
    window.simple.toggle.setChecked(False)
    window.new_profile()
    assert session.profile.region == blank_profile(session.as_of).region != "shanghai"
    assert window.simple.toggle.isChecked() and window.simple.body.isVisibleTo(window.simple)
    # a profile with a history opens with the panel closed, whatever the last one showed
    assert session.update("test", None, history=[
        {"period": "2020", "region": "beijing", "amount": "9000"},
        {"period": "2021", "region": "beijing", "amount": "9500"}])
    window.profiles.duplicate(window.profiles.current_id)
    assert len(session.profile.history) == 2
    assert not window.simple.toggle.isChecked() and not window.simple.body.isVisibleTo(window.simple)
