"""Trial 6: a woman worker born 1975-12 (湖南), paid to 2025-11, who retired early in 2025-12
(her statutory month is 2026-06), could not choose 2025-12: the retirement field was greyed at
the statutory month, and the program assumed 2025-12..2026-05 paid. With the statutory month
past and nothing paid since, the earlier months of the window stay open, from the month after
the last one paid; later months stay closed (人社部发〔2024〕94号)."""

from shebao_desktop.core.decide.compare import compare, default_months
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import open_months, retirement_months
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.compare_view import compare_work
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.summary_page import one_page_data, one_page_html

AS_OF = YearMonth(2026, 11)
RETIRED, STATUTORY = YearMonth(2025, 12), YearMonth(2026, 6)


def _woman(last_paid: YearMonth = YearMonth(2025, 11), **extra) -> Profile:
    rows = [{"period": str(y), "region": "hunan", "amount": "6000"} for y in range(1996, 2025)]
    month = YearMonth(2025, 1)
    while month <= last_paid:
        rows.append({"period": str(month), "region": "hunan", "amount": "6000"})
        month = month + 1
    return Profile.model_validate({"name": "李桂芳", "region": "hunan", "birth": "1975-12",
                                   "gender": "female", "category": "worker", "history": rows,
                                   **extra})


def test_her_past_early_month_is_open_and_later_ones_are_not():
    woman = _woman()
    window = retirement_months(woman, as_of=AS_OF)
    assert window.statutory_month == STATUTORY and window.earliest_month == RETIRED
    assert open_months(woman, window, AS_OF) == (RETIRED, STATUTORY)
    assert default_months(woman, as_of=AS_OF) == [STATUTORY, RETIRED]
    kinds = {c.retirement_month: c.kinds for c in compare(woman, as_of=AS_OF)}
    assert kinds == {STATUTORY: ("statutory", "chosen"), RETIRED: ("earliest",)}
    # paid to 2026-02: she cannot have retired before 2026-03
    assert open_months(_woman(YearMonth(2026, 2)), window, AS_OF) == (YearMonth(2026, 3), STATUTORY)
    # her month, chosen: no month after 2025-11 is assumed paid
    chosen = estimate(_woman(retirement=RETIRED), as_of=AS_OF)
    statutory = estimate(_woman(), as_of=AS_OF)
    assert chosen.retirement.chosen_month == RETIRED
    assert chosen.retirement.years_at_retirement < statutory.retirement.years_at_retirement
    assert chosen.pension.total < statutory.pension.total
    # the month she did retire in is not "a past month that cannot be chosen any more"
    assert "RETIREMENT_MONTH_IN_PAST" not in {n.code for n in chosen.notices}
    later = estimate(_woman(retirement=YearMonth(2026, 8)), as_of=AS_OF)  # past, not open
    assert "RETIREMENT_MONTH_IN_PAST" in {n.code for n in later.notices}


def test_the_window_offers_her_month_and_says_it_is_past(qapp):
    from shebao_desktop.gui.person_form import PersonForm
    session = Session(_woman(), as_of=AS_OF)
    form = PersonForm(session)
    assert form.retirement.isEnabled()
    months = [form.retirement.itemData(i) for i in range(form.retirement.count())]
    assert months == [None] + [str(YearMonth(2025, 12) + n) for n in range(6)]
    assert "已过去" in form.retirement.itemText(1) and "2025-12" in form.retirement.itemText(1)


def test_the_comparison_and_the_summary_show_her_two_months(qapp):
    from shebao_desktop.gui.compare_view import CompareView
    session = Session(_woman(retirement=RETIRED), as_of=AS_OF)
    session.recompute()
    view = CompareView(session)
    view._show(compare_work(session.profile, AS_OF, [YearMonth(2027, 1)]), None)
    assert view.columns == [RETIRED, STATUTORY]
    assert "不列更晚的月份" in view.status.text()
    page = one_page_data(session)
    assert [c.retirement_month for c in page.choices] == [RETIRED, STATUTORY]
    html = one_page_html(page, printed_on="2026-11-30")
    assert "三个退休时间比较" not in html and "退休时间比较" in html
