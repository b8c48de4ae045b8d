"""New-user trial 3, finding 6: 快速估算 had no date for the statement's figures. A statement dated
2025-12 typed in was taken as of last month (2026-11): 11 months of contributions short (36.83
years and 11,896.70 元 against 37.75 years and 12,182.40 元 by the full record's 截至 2025-12).
The panel now has 记录单截至年月: it shows the month the figures stand at and can be typed over;
the quick answer and 用作完整记录 use it, and the full record gives the same answer."""

from decimal import Decimal

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.simple_mode import SimpleMode

AS_OF = YearMonth(2026, 11)


def _panel(qtbot) -> SimpleMode:
    profile = blank_profile(AS_OF, "hangzhou").model_copy(update={"birth": YearMonth(1988, 4)})
    session = Session(profile, as_of=AS_OF)
    session.recompute()
    panel = SimpleMode(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _type(panel: SimpleMode, date: str) -> None:
    """The trial's statement-only user: 9,000 base, 12.5 years, index 1.15, 86,000 at ``date``."""
    panel.base.setValue(9000)
    panel.years.setValue(12.5)
    panel.index.setValue(1.15)
    panel.balance.setValue(86000)
    panel.as_of.setText(date)
    panel.as_of.editingFinished.emit()


def test_the_statement_date_is_shown_and_typed_over(qtbot):
    panel = _panel(qtbot)
    assert panel.toggle.isChecked()  # nothing to estimate from yet: open
    assert panel.as_of.month() == AS_OF + -1  # none yet: last month, shown
    panel.years.setValue(3)  # figures typed, date not: last month, as said under the fields
    assert panel.figures_date() == YearMonth(2026, 10) and "2026-10" in panel.source.text()
    _type(panel, "2025-12")
    assert panel.figures_date() == YearMonth(2025, 12)
    assert "截至 2025-12" in panel.source.text()


def test_the_quick_answer_counts_from_the_statement_date_as_the_full_record_does(qtbot):
    panel = _panel(qtbot)
    _type(panel, "2025-12")
    panel.estimate()
    quick = panel.answer
    assert quick is not None
    # 2025-12 + the 11 months to 2026-11 (continued) + to retirement: more than dated 2026-11
    panel.use_as_record()
    statement = panel.session.profile.statement
    assert statement.as_of == YearMonth(2025, 12)
    assert statement.contribution_years == Decimal("12.5")
    panel.session.recompute()
    full = panel.session.estimate
    assert quick.pension.total == full.pension.total
    assert quick.retirement.years_at_retirement == full.retirement.years_at_retirement
    later = _panel(qtbot)
    _type(later, "2026-10")
    later.estimate()
    months = (YearMonth(2026, 10).index - YearMonth(2025, 12).index) / Decimal(12)
    assert later.answer.retirement.years_at_retirement < quick.retirement.years_at_retirement
    assert quick.retirement.years_at_retirement - later.answer.retirement.years_at_retirement \
        == months.quantize(Decimal("0.01"))


def test_a_date_not_yet_past_is_refused_with_its_reason(qtbot):
    panel = _panel(qtbot)
    _type(panel, "2026-11")  # this month: a statement records past months only
    panel.estimate()
    assert panel.answer is None
    assert "记录单截至年月应早于本月（2026-11）" in panel.result.text()


def test_the_answer_says_the_base_grows_by_the_own_wage_assumption(qtbot):
    """Trial 4: "假设今后按当前基数缴费" read as a flat base, while 15,000 became 15,450 ... (3 % a
    year, the own-wage-growth assumption the answer used)."""
    panel = _panel(qtbot)
    _type(panel, "2025-12")
    panel.estimate()
    growth = next(a.value for a in panel.answer.assumptions if a.name == "own_wage_growth")
    assert growth > 0
    assert f"基数每年按“本人工资增长”{growth * 100:.2f}%增长" in panel.result.text()
    assert "按当前基数缴费到计划退休" not in panel.result.text()
