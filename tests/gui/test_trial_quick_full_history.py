"""New-user trial: on 张伟's profile (14 years of rows, no statement) the opened 快速估算 showed
当前月缴费基数 from the last row but years 0, index 1.0000 and balance 0, and its answer
(about 16,647 元/月, 24.42 years) sat beside the headline (25,004 元/月, 38.83 years) with no word
that the two differ; its "用作完整记录 →" wrote those zeros as the statement, in place of the rows,
without asking.

Now the three statement fields show what the profile's own estimate has at the end of last year,
the answer untouched is the headline's figure (and says so), any other answer says beside it
that it is a rough one and names the full figure, and 用作完整记录 on a profile with rows or a
statement first asks, naming what would be replaced (cancel keeps all), with an undo after."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.decide.quick_history import figures_so_far, rows_before
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.labels import money

AS_OF = YearMonth(2026, 11)


def zhang_wei(**more) -> Profile:
    """14 yearly rows, 2012-2025 (8,000 rising to 21,000), nothing yet this year."""
    return Profile.model_validate({
        "name": "张伟", "birth": "1990-03", "gender": "male", "category": "worker",
        "region": "beijing", **more,
        "history": [{"period": str(2012 + i), "region": "beijing", "amount": str(8000 + 1000 * i)}
                    for i in range(14)]})


@pytest.fixture
def panel(quick_panel):
    return quick_panel  # as of 2026-11 (conftest)


def test_the_fields_show_the_profiles_own_figures_and_the_answer_is_the_headlines(panel):
    simple = panel(zhang_wei())
    full = simple.session.estimate
    last_year = [y for y in full.years if y.year == 2025][0]
    assert simple.years.decimal() == Decimal("14.00")  # was 0
    assert simple.balance.decimal() == last_year.pension_account.closing > 0  # was 0
    assert simple.index.decimal() != Decimal(1) and simple.index.decimal() > 0
    # this month's base in the full calculation (the 2025 row grown to 2026), not the 2025 row
    assert simple.base.decimal() == full.monthly_contributions.base
    assert simple.figures_date() == YearMonth(2025, 12)
    assert "2025-12" in simple.source.text() and simple.source.isVisibleTo(simple)
    simple.estimate()
    assert simple.answer.pension.total == full.pension.total
    assert simple.answer.retirement.years_at_retirement == full.retirement.years_at_retirement
    assert "与右侧按完整记录计算的结果相同" in simple.result.text()
    assert "粗略估算" not in simple.result.text()


def test_an_answer_that_is_not_the_full_calculation_says_so_beside_it(panel):
    simple = panel(zhang_wei())
    full = simple.session.estimate
    simple.years.setValue(0)  # what the trial's panel showed
    simple.balance.setValue(0)
    simple.estimate()
    assert simple.answer.pension.total != full.pension.total
    text = simple.result.text()
    assert "粗略估算" in text and "与右侧的完整计算不同" in text
    assert money(full.pension.total) in text and f"缴费 {full.retirement.years_at_retirement} 年" in text
    assert text.index("粗略估算") < text.index("※")  # beside the figure, before the notes
    # typed statement figures stand at last month, and the line under the fields says so
    assert simple.figures_date() == AS_OF + -1 and "你填写的数字" in simple.source.text()


def test_the_comparison_follows_the_full_figure_when_the_profile_changes(panel):
    simple = panel(zhang_wei())
    simple.estimate()
    assert "结果相同" in simple.result.text()
    answer = simple.answer
    session = simple.session
    assert session.update("more", None, deemed_years="3")
    session.recompute()
    assert simple.answer is answer  # the answer shown stays: it was not recomputed
    assert session.estimate.pension.total != answer.pension.total
    assert money(session.estimate.pension.total) in simple.result.text()
    assert "粗略估算" in simple.result.text()


def test_use_as_record_asks_naming_the_rows_and_cancel_keeps_them(panel):
    simple = panel(zhang_wei())
    session = simple.session
    before = session.profile
    simple.full_button.click()
    question = simple.question
    assert question is not None and question.isVisible()
    assert session.profile == before  # nothing written while asking
    text = question.informativeText()
    assert "14 行" in text and "2012" in text and "2025" in text and "2025-12" in text
    assert "14.00" in text and money(simple.balance.decimal()) in text  # what would be written
    assert question.defaultButton() is not question.replace  # cancel is the default
    question.defaultButton().click()
    assert session.profile == before and not simple.undo_button.isVisible()


def test_replace_writes_one_undo_step_and_the_undo_button_restores(panel):
    simple = panel(zhang_wei())
    session = simple.session
    before = session.profile
    headline = session.estimate.pension.total
    simple.full_button.click()
    simple.question.replace.click()
    st = session.profile.statement
    assert (st.as_of, st.contribution_years) == (YearMonth(2025, 12), Decimal("14.00"))
    session.recompute()
    assert session.estimate.pension.total == headline  # the profile's own figures: same result
    assert simple.undo_button.isVisibleTo(simple)
    simple.undo_button.click()
    assert session.profile == before
    assert not simple.undo_button.isVisibleTo(simple)


def test_a_statement_to_be_replaced_is_named(panel):
    statement = {"as_of": "2025-12", "pension_balance": "150000", "contribution_years": "9",
                 "average_index": "1.3"}
    simple = panel(Profile.model_validate({
        "name": "李娜", "birth": "1988-05", "gender": "female", "category": "worker",
        "region": "beijing", "statement": statement}))
    simple.years.setValue(10)
    simple.full_button.click()
    text = simple.question.informativeText()
    assert "现有对账单数据" in text and "2025-12" in text and "150,000.00" in text and "1.3" in text
    assert simple.session.profile.statement.contribution_years == Decimal(9)


def test_a_profile_with_nothing_to_replace_is_written_at_once(panel):
    simple = panel(Profile.model_validate({
        "name": "新档案", "birth": "1996-01", "gender": "male", "category": "worker",
        "region": "beijing"}))
    simple.base.setValue(8000)
    simple.years.setValue(5)
    simple.full_button.click()
    assert simple.question is None
    assert simple.session.profile.statement.contribution_years == Decimal(5)


def test_the_core_figures_so_far_and_the_rows_a_statement_stands_for():
    profile = zhang_wei()
    full = estimate(profile, as_of=AS_OF)
    so_far = figures_so_far(full)
    paid = [y for y in full.years if y.year < 2026]
    assert so_far.as_of == YearMonth(2025, 12)
    assert so_far.contribution_years == Decimal("14.00")
    assert so_far.pension_balance == paid[-1].pension_account.closing
    assert min(y.average_index for y in paid) < so_far.average_index < max(
        y.average_index for y in paid)
    assert len(rows_before(profile, YearMonth(2025, 12))) == 14
    assert len(rows_before(profile, YearMonth(2019, 6))) == 8  # 2012-2019
    data = profile.model_dump(mode="json")
    data.update(history=[], future={**data["future"], "monthly_wage": "9000"})
    assert figures_so_far(estimate(Profile.model_validate(data), as_of=AS_OF)) is None


def test_rows_before_the_personal_account_keep_their_transitional_pension(panel):
    """An older 张伟 (rows from 1990): the quick estimate counts the pre-account years the full
    calculation counted in his rows, not none (2,570 元/月 of transitional pension lost)."""
    profile = zhang_wei().model_validate({
        **zhang_wei().model_dump(mode="json"), "birth": "1970-03",
        "history": [{"period": str(y), "region": "beijing", "amount": str(1000 + 600 * (y - 1990))}
                    for y in range(1990, 2026)]})
    simple = panel(profile)
    full = simple.session.estimate
    assert full.pension.pre_account_source == "history" and full.pension.transitional_pension > 0
    simple.estimate()
    assert simple.answer.pension.pre_account_years == full.pension.pre_account_years
    assert abs(simple.answer.pension.total - full.pension.total) < 1  # rounding of the index
    simple.full_button.click()
    simple.question.replace.click()
    assert simple.session.profile.statement.pre_account_years == full.pension.pre_account_years


def test_what_the_four_numbers_do_not_replace_stays_in_the_statement(panel):
    statement = {"as_of": "2025-12", "pension_balance": "150000", "contribution_years": "9",
                 "average_index": "1.3", "pre_account_years": "4", "transitional_index": "1.1",
                 "medical_balance": "8000"}
    simple = panel(Profile.model_validate({
        "name": "李娜", "birth": "1970-05", "gender": "female", "category": "worker",
        "region": "beijing", "statement": statement}))
    simple.balance.setValue(160000)  # a newer balance: typed, so dated last month
    simple.full_button.click()
    simple.question.replace.click()
    st = simple.session.profile.statement
    assert (st.as_of, st.pension_balance) == (AS_OF + -1, Decimal(160000))
    assert (st.pre_account_years, st.transitional_index) == (Decimal(4), Decimal("1.1"))
    assert st.medical_balance is None  # of 2025-12: not carried to another date


def test_a_base_grown_from_last_years_row_is_marked_as_an_estimate(panel):
    """Trial 6: 当前月缴费基数 was this month's (2026) base, projected from the 2025 row, beside
    figures "算到 2025-12", and nothing said it was assumed. It says so, with the row it grew
    from; a base typed over, or the profile's 未来月工资, is not said to be projected."""
    simple = panel(zhang_wei())
    assert simple.base.decimal() > Decimal(21000)
    said = "当前月缴费基数是 2026-11 的估算 ※：按 2025 年的 21,000.00 元和工资增长假设推算。"
    assert said in simple.source.text()
    simple.base.setValue(15000)
    assert "当前月缴费基数是" not in simple.source.text()
    pinned = panel(zhang_wei(future={"monthly_wage": "22000"}))
    assert pinned.base.decimal() == Decimal(22000) and "当前月缴费基数是" not in pinned.source.text()
